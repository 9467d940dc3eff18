// Copy, cut and paste. Notes copied to another app arrive as plain text,
// one note per line; pasting plain text makes one note per non-empty line
// (how a room's wall, typed up in a document, gets in). Between Jejak
// windows the notes travel whole as JSON beside the text.
import type { Note } from '../../shared/format/types';

const NOTES_MIME = 'application/x-jejak-notes';

export function notesToClipboard(notes: readonly Note[], data: DataTransfer): void {
  data.setData('text/plain', notes.map((n) => n.text.replace(/\s*\n\s*/g, ' ')).join('\n'));
  data.setData(NOTES_MIME, JSON.stringify(notes));
}

export type Pasted = { kind: 'notes'; notes: Note[] } | { kind: 'lines'; lines: string[] };

export function fromClipboard(data: DataTransfer): Pasted | null {
  const json = data.getData(NOTES_MIME);
  if (json) {
    try {
      const notes = JSON.parse(json) as Note[];
      if (Array.isArray(notes)) return { kind: 'notes', notes };
    } catch {
      // Not ours after all: fall back to the text.
    }
  }
  const lines = data
    .getData('text/plain')
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•·]|\d+[.)])\s+/, '').trim())
    .filter((line) => line !== '');
  return lines.length > 0 ? { kind: 'lines', lines } : null;
}
