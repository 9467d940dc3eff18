// With ?test=1 in the address, the page exposes window.__jejak for the
// end-to-end tests: the map as canonical .cjm text, the selection and the
// viewport. Without it nothing is exposed.
import { writeCjm } from '../../shared/format/writer';
import type { Camera } from '../board/camera';
import type { Selection } from '../board/selection';
import { presentProbe } from '../presenting/presentProbe';
import { timerTestView } from '../workshop/timer/timerTestHook';
import type { Session } from './session';

interface BoardState {
  selection: () => Selection;
  camera: Camera;
  view: () => { width: number; height: number };
}

export function installTestHooks(session: () => Session | null, board: () => BoardState | null): void {
  (window as unknown as { __jejak: unknown }).__jejak = {
    doc: () => {
      const s = session();
      return s ? writeCjm(s.map) : null;
    },
    dirty: () => session()?.dirty ?? false,
    selection: () => board()?.selection() ?? { notes: [], cell: null },
    viewport: () => {
      const b = board();
      return b ? { ...b.camera.get(), ...b.view() } : null;
    },
    setCamera: (state: { x: number; y: number; scale: number }) => board()?.camera.set(state),
    present: () => presentProbe.get(),
    timer: timerTestView,
  };
}
