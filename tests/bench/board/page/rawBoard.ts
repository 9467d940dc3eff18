// The baseline page: the same board painted with plain Canvas2D, no React,
// no Konva. It fetches the map, lays it out with shared/layout, and paints
// the background, the cards in view (the very paint functions the board
// uses, same wrapped lines, text only from 40% up), the overlay and the
// pinned headers, in the frame the camera moves. Address:
// rawBoard.html?map=FILE&w=WIDTH&h=HEIGHT (the board's own view size).
import { allNoteItems } from '../../../../shared/layout/scene';
import type { NoteItem } from '../../../../shared/layout/sceneTypes';
import { boardModel, type BoardModel } from '../../../../renderer/board/boardModel';
import { paintItem, paintNote } from '../../../../renderer/board/paint';
import { TEXT_ZOOM } from '../../../../renderer/board/camera';
import type { JourneyMap } from '../../../../shared/format/types';
import type { BenchApi, CameraState, OpenRun } from '../protocol';
import { runFrames, settle, type DrawSource } from './frameLoop';
import { loadPhases } from './phases';

const noImages = () => null;

const params = new URLSearchParams(location.search);
const width = Number(params.get('w') ?? 1280);
const height = Number(params.get('h') ?? 720);
const canvas = document.createElement('canvas');
canvas.width = width;
canvas.height = height;
canvas.style.cssText = `position:absolute;left:0;top:0;width:${width}px;height:${height}px`;
document.body.append(canvas);
const ctx = canvas.getContext('2d')!;

let model: BoardModel | null = null;
let notes: NoteItem[] = [];
let before: (() => void) | null = null;
let after: (() => void) | null = null;

function inView(camera: CameraState): NoteItem[] {
  const { x, y, scale } = camera;
  const x0 = -x / scale;
  const y0 = -y / scale;
  const x1 = x0 + width / scale;
  const y1 = y0 + height / scale;
  return notes.filter((n) => n.x < x1 && n.x + n.width > x0 && n.y < y1 && n.y + n.height > y0);
}

function draw(camera: CameraState): void {
  const m = model!;
  const { x, y, scale } = camera;
  const visible = inView(camera);
  const withText = scale >= TEXT_ZOOM;
  // Timed like the board's content layer: clear, background, cards, overlay.
  before?.();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width, height);
  ctx.setTransform(scale, 0, 0, scale, x, y);
  for (const item of m.background) paintItem(ctx, item, noImages);
  for (const note of visible) paintNote(ctx, note, withText);
  for (const item of m.overlay) paintItem(ctx, item, noImages);
  after?.();
  // The pinned headers, as Board.tsx places them.
  ctx.setTransform(scale, 0, 0, scale, x, Math.max(y, 0));
  for (const item of m.top) paintItem(ctx, item, noImages);
  ctx.setTransform(scale, 0, 0, scale, Math.max(x, 0), y);
  for (const item of m.left) paintItem(ctx, item, noImages);
  for (const title of m.laneTitles) for (const item of title.items) paintItem(ctx, item, noImages);
  ctx.setTransform(scale, 0, 0, scale, Math.max(x, 0), Math.max(y, 0));
  for (const item of m.corner) paintItem(ctx, item, noImages);
}

const source: DrawSource = {
  setCamera: draw,
  onDraw(b, a) {
    before = b;
    after = a;
    return () => {
      before = null;
      after = null;
    };
  },
};

const opened: Promise<OpenRun> = (async () => {
  const [text] = await Promise.all([
    fetch(params.get('map')!).then((r) => r.text()),
    document.fonts.load('400 15px Inter'),
    document.fonts.load('600 16px Inter'),
  ]);
  performance.mark('raw:fetched');
  const map = JSON.parse(text) as JourneyMap;
  performance.mark('raw:parsed');
  model = boardModel(map, null);
  notes = allNoteItems(model.layout, model.theme, model.labels);
  performance.mark('raw:laid-out');
  draw({ x: 0, y: 0, scale: 1 });
  const firstDraw = performance.now();
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return { firstDraw, painted: performance.now(), texts: -1, ...loadPhases(params.get('map')!) };
})();

const api: BenchApi = {
  open: () => opened,
  frames: (cameras, warmFrames) => runFrames(source, cameras, warmFrames),
  settle: (camera, frames) => settle(source, camera, frames),
  cardsInView: (camera) => inView(camera).length,
  armKey() {
    throw new Error('the raw page has no editor');
  },
  keyResult: () => Promise.resolve(null),
};
(window as unknown as { __bench: BenchApi }).__bench = api;
