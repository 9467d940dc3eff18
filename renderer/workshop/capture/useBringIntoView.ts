// Notes just captured are selected (the board outlines them), and if they
// landed out of view the board pans just enough to bring the last one in, so
// the facilitator typing at the foot of the screen sees where each went.
import { useCallback, useEffect, useRef, useState } from 'react';
import { notePosition } from '../../../shared/layout/layout';
import type { BoardModel } from '../../board/boardModel';
import type { Camera } from '../../board/camera';

/** Room left between a revealed note and the edge of the view, in screen pixels. */
const MARGIN = 8;

export function useBringIntoView(model: BoardModel, camera: Camera, view: { width: number; height: number }): (id: string) => void {
  const [wanted, setWanted] = useState<{ id: string } | null>(null);
  const done = useRef<{ id: string } | null>(null);

  // Runs once the layout has the note (the map changes before the board re-renders).
  useEffect(() => {
    if (!wanted || done.current === wanted) return;
    const layout = model.layout;
    const where = layout.noteCells.get(wanted.id);
    const cell = where && layout.cells.get(where.cell);
    const placement = where && cell?.placements[where.index];
    if (!cell || !placement) return;
    done.current = wanted;
    const { x, y } = notePosition(layout, cell, placement);
    const state = camera.get();
    const { scale } = state;
    // The stage titles and lane names stay pinned over the board's top and left edges.
    const left = (layout.columns[0]?.x ?? 0) * scale;
    const top = layout.top * scale;
    const shift = (start: number, size: number, from: number, to: number) =>
      start < from + MARGIN ? from + MARGIN - start : start + size > to - MARGIN ? Math.max(from + MARGIN - start, to - MARGIN - (start + size)) : 0;
    const dx = shift(state.x + x * scale, placement.width * scale, left, view.width);
    const dy = shift(state.y + y * scale, placement.height * scale, top, view.height);
    if (dx !== 0 || dy !== 0) camera.set({ scale, x: state.x + dx, y: state.y + dy });
  }, [wanted, model, camera, view]);

  return useCallback((id: string) => setWanted({ id }), []);
}
