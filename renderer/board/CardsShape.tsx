// The board zoomed out below reading size: every card in view painted by one
// Konva node straight from the layout, with no text and no per-note nodes or
// objects, so a 20,000-note map at fit is one cheap pass over its cells.
import { memo } from 'react';
import { PaintShape } from './shapes';
import { cellKey, notePosition } from '../../shared/layout/layout';
import type { BoardModel } from './boardModel';
import type { Camera } from './camera';
import { columnsIn, rowsIn } from './grid';
import { cardFill, PLAIN_LENS, type BoardLens } from './lens';
import { DIMMED_NOTE_ALPHA } from '../../shared/layout/paintCanvas';

export const CardsShape = memo(function CardsShape({ model, camera, view, lens = PLAIN_LENS }: { model: BoardModel; camera: Camera; view: { width: number; height: number }; lens?: BoardLens }) {
  return (
    <PaintShape
      paint={(ctx) => {
        const { x, y, scale } = camera.get();
        const x0 = -x / scale;
        const y0 = -y / scale;
        const x1 = x0 + view.width / scale;
        const y1 = y0 + view.height / scale;
        const { layout, theme } = model;
        const columns = columnsIn(layout, x0, x1);
        // A thin edge keeps white cards (a text lane) visible on a white band.
        ctx.strokeStyle = theme.noteBorder;
        ctx.lineWidth = 1 / scale;
        const alpha = ctx.globalAlpha;
        for (const row of rowsIn(layout, y0, y1)) {
          for (const column of columns) {
            const cell = layout.cells.get(cellKey(row.lane.id, column.stage.id));
            if (!cell) continue;
            for (const placement of cell.placements) {
              const note = placement.note;
              const at = notePosition(layout, cell, placement);
              // The lens (filter, evidence view) as NoteShape draws it: faded when not matching, coloured by evidence.
              ctx.globalAlpha = lens.test && !lens.test(note, row.lane) ? alpha * DIMMED_NOTE_ALPHA : alpha;
              ctx.fillStyle = cardFill(note, row.lane, lens, theme);
              ctx.fillRect(at.x, at.y, placement.width, placement.height);
              ctx.strokeRect(at.x, at.y, placement.width, placement.height);
            }
          }
        }
        ctx.globalAlpha = alpha;
      }}
    />
  );
});
