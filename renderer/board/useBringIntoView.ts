// Brings a note into view once the board has laid it out: a note just added
// (captured, made from votes, opened for typing) is in the map before it is
// in the board's layout, so the camera moves on the render that has it.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { notePosition } from '../../shared/layout/layout';
import type { BoardModel } from './boardModel';
import { cameraShowing, type Placing } from './bringIntoView';
import { pinnedTitles } from './pinnedTitles';
import type { Camera } from './camera';

export function useBringIntoView(model: BoardModel, camera: Camera, view: { width: number; height: number }): (id: string, placing: Placing) => void {
  const [wanted, setWanted] = useState<{ id: string; placing: Placing } | null>(null);
  const done = useRef<typeof wanted>(null);

  // Before the browser paints, so the view does not flash where it was.
  useLayoutEffect(() => {
    if (!wanted || done.current === wanted) return;
    const layout = model.layout;
    const where = layout.noteCells.get(wanted.id);
    const cell = where && layout.cells.get(where.cell);
    const placement = where && cell?.placements[where.index];
    if (!cell || !placement) {
      // In the map but not on the board (its lane is hidden): nothing to show, and nothing to wait for.
      if (layout.map.notes.some((n) => n.id === wanted.id)) done.current = wanted;
      return;
    }
    done.current = wanted;
    const rect = { ...notePosition(layout, cell, placement), width: placement.width, height: placement.height };
    camera.set(cameraShowing(camera.get(), rect, view, pinnedTitles(layout), wanted.placing));
  }, [wanted, model, camera, view]);

  return useCallback((id: string, placing: Placing) => setWanted({ id, placing }), []);
}
