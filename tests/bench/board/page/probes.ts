// Injected into the Jejak page before its own script (Playwright's init
// script): catches Konva as the bundle defines it, times the first draw of
// the board's content layer that paints notes, and exposes window.__bench
// for the frame loop and the keystroke probe. Reads the board only through
// Konva's stage and window.__jejak (with &test=1); changes nothing.
import type Konva from 'konva';
import type { BenchApi, CameraState, KeyRun, OpenRun } from '../protocol';
import { runFrames, settle, type DrawSource } from './frameLoop';
import { loadPhases } from './phases';

type KonvaGlobal = typeof Konva;
interface JejakHooks {
  setCamera(state: CameraState): void;
  viewport(): (CameraState & { width: number; height: number }) | null;
}

const w = window as unknown as { Konva?: KonvaGlobal; __jejak?: JejakHooks; __bench?: BenchApi };

/** A draw with at least this many fillText calls has painted notes (at 100% every note has lines). */
const NOTE_TEXTS = 10;

let konva: KonvaGlobal | null = null;
/** Set at the first content-layer draw with notes; `opened` once two frames have followed it. */
let firstDrawSeen = false;
let opened: OpenRun | null = null;
const openWaiters: ((run: OpenRun) => void)[] = [];

// Counts fillText calls while the content layer draws; `watch` sees each string.
let countTexts = false;
let texts = 0;
let watch: ((text: string) => void) | null = null;
const fillText = CanvasRenderingContext2D.prototype.fillText;
CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
  if (countTexts) texts++;
  if (watch) watch(text);
  return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
};

const contentLayer = (): Konva.Layer | null => konva?.stages[0]?.getLayers()[0] ?? null;

function onKonva(k: KonvaGlobal): void {
  konva = k;
  // The bundle registers Konva's classes after the namespace: patch once it has run.
  queueMicrotask(() => {
    const proto = k.Layer.prototype;
    const drawScene = proto.drawScene;
    proto.drawScene = function (this: Konva.Layer, ...args: Parameters<typeof drawScene>) {
      const mine = !firstDrawSeen && this === contentLayer();
      if (mine) {
        countTexts = true;
        texts = 0;
      }
      const result = drawScene.apply(this, args);
      if (mine) {
        countTexts = false;
        if (texts >= NOTE_TEXTS) {
          const firstDraw = performance.now();
          const drawn = texts;
          firstDrawSeen = true;
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const run = { firstDraw, painted: performance.now(), texts: drawn, ...loadPhases('/api/startupFile') };
              opened = run;
              openWaiters.splice(0).forEach((resolve) => resolve(run));
            }),
          );
        }
      }
      return result;
    };
  });
}

// Konva assigns itself to window.Konva while the bundle is evaluated.
Object.defineProperty(window, 'Konva', {
  configurable: true,
  get: () => konva ?? undefined,
  set(value: KonvaGlobal) {
    Object.defineProperty(window, 'Konva', { configurable: true, writable: true, value });
    onKonva(value);
  },
});

const source: DrawSource = {
  setCamera: (camera) => w.__jejak!.setCamera(camera),
  onDraw(before, after) {
    const layer = contentLayer();
    if (!layer) throw new Error('no Konva stage on the page');
    layer.on('beforeDraw.bench', before);
    layer.on('draw.bench', after);
    return () => layer.off('.bench');
  },
};

let key: { line: string; down: number; commit: number; drawStart: number; matched: boolean; result: Promise<KeyRun | null> } | null = null;

w.__bench = {
  open: () => new Promise<OpenRun>((resolve) => (opened ? resolve(opened) : openWaiters.push(resolve))),
  frames: (cameras, warmFrames) => runFrames(source, cameras, warmFrames),
  settle: (camera, frames) => settle(source, camera, frames),
  cardsInView: () => -1,
  armKey(line, timeoutMs) {
    const layer = contentLayer();
    if (!layer) throw new Error('no Konva stage on the page');
    let done: (run: KeyRun | null) => void = () => {};
    const result = new Promise<KeyRun | null>((resolve) => (done = resolve));
    const state = { line, down: -1, commit: -1, drawStart: -1, matched: false, result };
    key = state;
    let drawing = false;
    const finish = (run: KeyRun | null) => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('input', onInput);
      layer.off('.benchkey');
      watch = null;
      clearTimeout(timer);
      done(run);
    };
    const onKeyDown = () => {
      if (state.down < 0) state.down = performance.now();
    };
    const onInput = () => queueMicrotask(() => {
      if (state.commit < 0) state.commit = performance.now();
    });
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('input', onInput);
    watch = (text) => {
      if (drawing && state.down >= 0 && text === line) state.matched = true;
    };
    layer.on('beforeDraw.benchkey', () => {
      drawing = true;
      state.drawStart = performance.now();
    });
    layer.on('draw.benchkey', () => {
      drawing = false;
      if (!state.matched) return;
      const end = performance.now();
      finish({ commit: state.commit - state.down, drawStart: state.drawStart - state.down, drawEnd: end - state.down });
    });
    const timer = setTimeout(() => finish(null), timeoutMs);
  },
  keyResult: () => key?.result ?? Promise.resolve(null),
};
