// One keystroke's layout in Node: layoutBoard(map, previous) after one note's
// text changed on the 20,000-note map, beside a full layoutBoard(map). Also
// what the renderer does on top of it per keystroke (boardModel: layout plus
// the view-independent scene parts), and a full layout with a cold wrap cache.
import type { JourneyMap } from '../../../shared/format/types';
import { History } from '../../../shared/history/history';
import { clearWrapCache } from '../../../shared/layout/wrapText';
import { layoutBoard } from '../../../shared/layout/layout';
import { ops } from '../../../shared/ops';
import { boardModel } from '../../../renderer/board/boardModel';
import { median, time } from '../measure';

export interface LayoutEditFigures {
  incremental: number;
  full: number;
  fullCold: number;
  /** Median of per-run incremental / full ratios. */
  ratio: number;
  modelIncremental: number;
  modelFull: number;
  modelRatio: number;
}

export function measureLayoutEdit(map: JourneyMap, runs = 15): LayoutEditFigures {
  const history = new History(map, { limit: 100 });
  const target = map.notes[Math.floor(map.notes.length / 2)]!;
  let layout = layoutBoard(history.current);
  let model = boardModel(history.current, null);
  const edit = (i: number) => {
    history.seal();
    const result = history.apply(ops.setNoteText, { id: target.id, text: `${target.text} ${'x'.repeat(i % 40)}${i}` });
    if (!result.ok) throw new Error('bench edit refused');
    return history.current;
  };
  // Warm-up: JIT and the wrap cache.
  for (let i = 0; i < 3; i++) {
    layoutBoard(history.current);
    layout = layoutBoard(edit(i), layout);
    model = boardModel(history.current, model);
  }
  const inc: number[] = [];
  const full: number[] = [];
  const ratios: number[] = [];
  const mInc: number[] = [];
  const mFull: number[] = [];
  const mRatios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const current = history.current;
    const f = time(() => layoutBoard(current));
    const next = edit(100 + i);
    const previous = layout;
    const n = time(() => (layout = layoutBoard(next, previous)));
    full.push(f);
    inc.push(n);
    ratios.push(n / f);
    const mf = time(() => boardModel(next, null));
    const next2 = edit(500 + i);
    const previousModel = model;
    const mn = time(() => (model = boardModel(next2, previousModel)));
    layout = model.layout;
    mFull.push(mf);
    mInc.push(mn);
    mRatios.push(mn / mf);
  }
  const cold: number[] = [];
  for (let i = 0; i < 5; i++) {
    clearWrapCache();
    const current = history.current;
    cold.push(time(() => layoutBoard(current)));
  }
  return {
    incremental: median(inc),
    full: median(full),
    fullCold: median(cold),
    ratio: median(ratios),
    modelIncremental: median(mInc),
    modelFull: median(mFull),
    modelRatio: median(mRatios),
  };
}
