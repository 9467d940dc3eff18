// What a map's file may hold that no operation of the app writes: a primary
// persona, notes face down by hand. Another copy (a later Jejak, a hand
// edit, a script) can write them, so merges, layout and voting must cope;
// tests bring them in as the app brings in someone else's file, through
// the merge's own operation (ops.replaceMap), one undo step.
import type { ApplyResult, History } from '../../shared/history/history';
import { ops } from '../../shared/ops';

export function primaryPersonaInFile(h: History, persona: string | null): ApplyResult<void> {
  // A file naming a persona it lacks is a repair (the reader drops it), not a map: refused as the app's own operations refuse one.
  if (persona !== null && !h.current.personas.some((p) => p.id === persona)) return { ok: false, refusal: { code: 'not-found', collection: 'personas', id: persona } };
  const { primaryPersona: _dropped, ...rest } = h.current;
  return h.apply(ops.replaceMap, { map: persona === null ? rest : { ...rest, primaryPersona: persona } });
}

export function notesHiddenInFile(h: History, ids: readonly string[], hidden: boolean | null): ApplyResult<void> {
  const chosen = new Set(ids);
  const notes = h.current.notes.map((note) => {
    if (!chosen.has(note.id)) return note;
    const { hidden: _was, ...rest } = note;
    return hidden ? { ...rest, hidden: true } : rest;
  });
  return h.apply(ops.replaceMap, { map: { ...h.current, notes } });
}
