// Copy, cut and paste of notes through the browser's own events (clipboard
// access needs them): the selected notes as text and as Jejak's own notes,
// pasted into the selected cell (or the one in the middle of the view) as
// one undo step; lines of text become one note each.
import { useEffect, type RefObject } from 'react';
import { refusalMessage } from '../../shared/i18n/refusals';
import { newId } from '../../shared/ids';
import { ops } from '../../shared/ops';
import { currentLanguage } from '../words';
import { fromClipboard, notesToClipboard } from './clipboard';
import { EMPTY_SELECTION } from './selection';
import { targetCell, type BoardDeps } from './boardService';

export function useClipboardEvents(depsRef: RefObject<BoardDeps>, notify: (message: string) => void): void {
  useEffect(() => {
    const outsideBoard = (e: Event) => (e.target as HTMLElement | null)?.closest?.('input, textarea, select, [role="dialog"]');
    const onCopy = (event: ClipboardEvent, cut: boolean) => {
      const d = depsRef.current;
      if (outsideBoard(event) || !event.clipboardData || d.selection.notes.length === 0) return;
      const chosen = new Set(d.selection.notes);
      notesToClipboard(d.session.map.notes.filter((n) => chosen.has(n.id)), event.clipboardData);
      event.preventDefault();
      if (cut && d.edit.apply(ops.deleteNotes, { ids: [...d.selection.notes] })) d.setSelection(EMPTY_SELECTION);
    };
    const onPaste = (event: ClipboardEvent) => {
      const d = depsRef.current;
      if (outsideBoard(event) || !event.clipboardData) return;
      const pasted = fromClipboard(event.clipboardData);
      const cell = targetCell(d);
      if (!pasted || !cell) return;
      event.preventDefault();
      const ids: string[] = [];
      const result = d.session.history.transaction('note.paste', (apply) => {
        const items = pasted.kind === 'lines' ? pasted.lines.map((text) => ({ text, fields: {} })) : pasted.notes.map(({ id: _id, lane: _l, stage: _s, text, image: _i, ...fields }) => ({ text, fields }));
        for (const item of items) {
          const id = newId('note');
          apply(ops.addNote, { id, lane: cell.lane, stage: cell.stage, text: item.text, fields: item.fields });
          ids.push(id);
        }
      });
      d.session.history.seal();
      if (result.ok) d.setSelection({ notes: ids, cell: null });
      else notify(refusalMessage(result.refusal, currentLanguage()));
    };
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', onPaste);
    };
  }, [notify]);
}
