// Editing a note in place: a text box over the canvas in the same font,
// size and wrap width, so nothing jumps when editing starts or ends. Each
// keystroke is an operation; the history merges them into one undo step.
import { useLayoutEffect, useRef } from 'react';
import { GEOMETRY, NOTE_FONT, NOTE_TEXT_WIDTH } from '../../shared/layout/geometry';
import { notePosition } from '../../shared/layout/layout';
import { noteTextTop } from '../../shared/layout/noteItem';
import { FONT_FAMILY, lineHeight } from '../../shared/layout/textMetrics';
import type { BoardModel } from './boardModel';
import type { Camera } from './camera';
import { useCameraState } from './useCameraState';

export interface NoteEditorProps {
  model: BoardModel;
  camera: Camera;
  noteId: string;
  fill: string;
  textColor: string;
  onText(text: string): void;
  onDone(): void;
}

export function NoteEditor({ model, camera, noteId, fill, textColor, onText, onDone }: NoteEditorProps) {
  const box = useRef<HTMLTextAreaElement>(null);
  const cameraState = useCameraState(camera);
  const where = model.layout.noteCells.get(noteId);
  const cell = where && model.layout.cells.get(where.cell);
  const placement = cell?.placements[where!.index];
  const note = placement?.note;

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    // The camera brings the note into view just after; the browser's own scrolling would shift the whole board.
    el.focus({ preventScroll: true });
    el.setSelectionRange(el.value.length, el.value.length);
  }, [noteId]);

  if (!cell || !placement || !note) return null;
  const { x, y } = notePosition(model.layout, cell, placement);
  const { scale } = cameraState;
  const lh = lineHeight(NOTE_FONT);
  const top = y + noteTextTop({ metric: note.metric, picture: placement.picture });
  return (
    <textarea
      ref={box}
      className="note-editor"
      data-testid="note-editor"
      spellCheck
      value={note.text}
      onChange={(event) => onText(event.target.value)}
      onKeyDown={(event) => {
        // Escape or ⌘/Ctrl+Enter ends the editing (the keyboard dispatcher leaves every key of the note to it).
        if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
          event.preventDefault();
          onDone();
        }
      }}
      onBlur={onDone}
      style={{
        left: cameraState.x + (x + GEOMETRY.notePaddingX) * scale,
        top: cameraState.y + top * scale,
        width: NOTE_TEXT_WIDTH,
        height: Math.max(1, placement.lines.length) * lh + 2,
        transform: `scale(${scale})`,
        font: `${NOTE_FONT.weight} ${NOTE_FONT.size}px/${lh}px ${FONT_FAMILY}`,
        background: fill,
        color: textColor,
      }}
    />
  );
}
