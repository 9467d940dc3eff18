// Escape for what must hear it first: a "Time's up" to dismiss before
// Escape leaves present mode or pauses a voting round. One listener, added
// before any other (main.tsx), hands Escape to the latest claim and stops it
// there: a listener on the same target in the same phase is stopped only by
// stopImmediatePropagation, and only if it was added later.
const claims: (() => void)[] = [];

export function installEscapeFirst(): void {
  window.addEventListener(
    'keydown',
    (event) => {
      const claim = claims[claims.length - 1];
      if (event.key !== 'Escape' || !claim) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      claim();
    },
    true,
  );
}

/** Takes Escape until the returned function is called. */
export function claimEscape(handler: () => void): () => void {
  claims.push(handler);
  return () => {
    const at = claims.lastIndexOf(handler);
    if (at >= 0) claims.splice(at, 1);
  };
}
