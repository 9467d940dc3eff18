// How a field locked by a refusal shows it (useRefusals.ts says why): pure,
// so the Node tests read it without React.

/** A control's disabled state and hover text from why it is locked (null: open). */
export function lockedProps(why: string | null): { disabled: boolean; title?: string } {
  return why === null ? { disabled: false } : { disabled: true, title: why };
}

/** The reasons among `whys`, each once, in order: what a panel says once at its top. */
export function reasonsOf(whys: readonly (string | null)[]): string[] {
  return [...new Set(whys.filter((why): why is string => why !== null))];
}
