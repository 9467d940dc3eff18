// The lane titles, painted where the camera leaves them: each slides down
// its row to stay in view while any part of the row is on screen (a row
// taller than the screen no longer scrolls its title away). One Konva node,
// drawn with the pinned lane headers; only the rows in view are painted.
import { laneTitleShift } from '../../shared/layout/laneHeader';
import type { BoardModel } from './boardModel';
import type { Camera } from './camera';
import { openTop } from './pinnedTitles';
import { paintItem, type ImageSource } from './paint';
import { PaintShape } from './shapes';

export function LaneTitlesShape({ model, camera, view, images }: { model: BoardModel; camera: Camera; view: { width: number; height: number }; images: ImageSource }) {
  return (
    <PaintShape
      paint={(ctx) => {
        const state = camera.get();
        const top = openTop(model.layout, state);
        const bottom = (view.height - state.y) / state.scale;
        for (const title of model.laneTitles) {
          const { row } = title;
          if (row.y + row.height <= top || row.y >= bottom) continue;
          const shift = laneTitleShift(row, title.height, top);
          ctx.save();
          ctx.translate(0, shift);
          for (const item of title.items) paintItem(ctx, item, images);
          ctx.restore();
        }
      }}
    />
  );
}
