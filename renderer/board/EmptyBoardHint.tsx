// Until a map has its first note, the board says how to add one, quietly, in
// the middle of its open cells (never over the stage and lane titles). It is
// a page element over the canvas, not part of the scene: no export shows it.
import type { BoardModel } from './boardModel';
import { pinnedTitles } from './pinnedTitles';
import type { Camera } from './camera';
import { useCameraState } from './useCameraState';
import { useWords } from '../words';

export function EmptyBoardHint({ model, camera, view }: { model: BoardModel; camera: Camera; view: { width: number; height: number } }) {
  const w = useWords();
  const { x, y, scale } = useCameraState(camera);
  const pinned = pinnedTitles(model.layout);
  // The cells on screen, less what the pinned titles cover.
  const left = Math.max(x, 0) + pinned.left * scale;
  const top = Math.max(y, 0) + pinned.top * scale;
  const right = Math.min(view.width, x + model.layout.width * scale);
  const bottom = Math.min(view.height, y + model.layout.height * scale);
  if (right - left < 40 || bottom - top < 20) return null;
  return (
    <div className="empty-board-hint" style={{ left, top, width: right - left, height: bottom - top }}>
      <p role="note" data-testid="empty-board-hint">{w.board.emptyHint}</p>
    </div>
  );
}
