// Adding what the room says: one line, or many pasted at once, as notes at
// the end of one cell, through the history as one undo step however many.
import type { History } from '../../../shared/history/history';
import { newId } from '../../../shared/ids';
import { ops } from '../../../shared/ops';
import type { Refusal } from '../../../shared/ops/refusal';

export type CaptureResult = { ok: true; ids: string[] } | { ok: false; refusal: Refusal };

export function captureNotes(history: History, cell: { lane: string; stage: string }, texts: readonly string[]): CaptureResult {
  const ids = texts.map(() => newId('note'));
  // Sealed on both sides: typing into a note just before must not swallow this step, nor this the next.
  history.seal();
  const result = history.transaction('note.capture', (run) => {
    texts.forEach((text, i) => run(ops.addNote, { id: ids[i]!, lane: cell.lane, stage: cell.stage, text }));
  });
  history.seal();
  return result.ok ? { ok: true, ids } : { ok: false, refusal: result.refusal };
}

/** The lines of pasted text that become notes: trimmed, list bullets and numbers dropped, blanks left out. */
export function captureLines(text: string): string[] {
  return text
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/^\s*(?:[-*•·]|\d+[.)])\s+/, '').trim())
    .filter((line) => line !== '');
}
