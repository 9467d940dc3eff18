// docs/architecture.md, "Speed": editing re-lays out one note. layoutBoard(map,
// previous) reuses the cells whose notes are the very same objects; after
// any edit made through the real History and operations it must give what a
// full layout from a cold wrap cache gives, and after a text edit it must
// reuse every other cell as it was.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANE_KINDS, type JourneyMap } from '../../../../shared/format';
import { History } from '../../../../shared/history/history';
import { layoutBoard, type BoardLayout } from '../../../../shared/layout/layout';
import { clearWrapCache } from '../../../../shared/layout/wrapText';
import { ops } from '../../../../shared/ops';
import { colorArb, propertyOptions } from '../../../support/arbitraries';
import { bigMap } from '../../../support/bigMap';
import { commandArb, runCommand } from '../property/commands';
import { anyMapArb, emotionArb, layoutData, loadSample, metricArb, noteTextArb, SAMPLES } from './layoutMaps';
import { notesHiddenInFile } from '../../../support/fileSays';

/** An index into a collection as it is when the edit runs. */
const ref = fc.nat(99);
const refs = fc.array(ref, { minLength: 1, maxLength: 3 });
const at = <T>(items: readonly T[], r: number): T | undefined => items[r % Math.max(1, items.length)];

/** An edit a workshop makes, as plain data so a failing run prints readably. */
interface Edit {
  op: keyof typeof EDITS;
  args: unknown;
}

interface EditSpec<A> {
  weight: number;
  arb: fc.Arbitrary<A>;
  run: (h: History, map: JourneyMap, args: A, step: number) => unknown;
}
const edit = <A>(weight: number, arb: fc.Arbitrary<A>, run: EditSpec<A>['run']): EditSpec<A> => ({ weight, arb, run });
const noteIds = (map: JourneyMap, rs: number[]) => [...new Set(rs.flatMap((r) => at(map.notes, r)?.id ?? []))];

const EDITS = {
  editText: edit(8, fc.tuple(ref, noteTextArb), (h, map, [r, text]) => {
    const note = at(map.notes, r);
    return note && h.apply(ops.setNoteText, { id: note.id, text });
  }),
  addNote: edit(5, fc.record({ lane: ref, stage: ref, position: fc.option(fc.nat(4), { nil: undefined }), text: noteTextArb, emotion: fc.option(emotionArb, { nil: undefined }) }), (h, map, a, step) =>
    h.apply(ops.addNote, { id: `new-${step}`, lane: at(map.lanes, a.lane)!.id, stage: at(map.stages, a.stage)!.id, position: a.position, text: a.text, fields: a.emotion === undefined ? {} : { emotion: a.emotion } }),
  ),
  moveNotes: edit(4, fc.record({ notes: refs, lane: ref, stage: ref, position: fc.option(fc.nat(4), { nil: undefined }) }), (h, map, a) =>
    h.apply(ops.moveNotes, { ids: noteIds(map, a.notes), lane: at(map.lanes, a.lane)!.id, stage: at(map.stages, a.stage)!.id, position: a.position }),
  ),
  deleteNotes: edit(2, refs, (h, map, rs) => h.apply(ops.deleteNotes, { ids: noteIds(map, rs) })),
  setEmotion: edit(3, fc.tuple(refs, fc.option(emotionArb, { nil: null })), (h, map, [rs, value]) => h.apply(ops.setEmotion, { ids: noteIds(map, rs), value })),
  setMetric: edit(3, fc.tuple(refs, fc.option(metricArb, { nil: null })), (h, map, [rs, m]) =>
    h.apply(ops.setMetric, { ids: noteIds(map, rs), value: m && (m.unit ? m : { name: m.name, value: m.value }) }),
  ),
  hideNotes: edit(2, fc.tuple(refs, fc.boolean()), (h, map, [rs, hidden]) => notesHiddenInFile(h, noteIds(map, rs), hidden)),
  recolourNotes: edit(1, fc.tuple(refs, colorArb), (h, map, [rs, value]) => h.apply(ops.recolourNotes, { ids: noteIds(map, rs), value })),
  addStage: edit(2, fc.nat(8), (h, _, index, step) => h.apply(ops.addStage, { id: `st-${step}`, title: `Tahap ${step}`, index })),
  moveStage: edit(2, fc.tuple(ref, fc.nat(8)), (h, map, [r, index]) => h.apply(ops.moveStage, { id: at(map.stages, r)!.id, index })),
  deleteStage: edit(1, ref, (h, map, r) => h.apply(ops.deleteStage, { id: at(map.stages, r)!.id })),
  addLane: edit(2, fc.tuple(fc.constantFrom(...LANE_KINDS), fc.nat(10)), (h, _, [kind, index], step) => h.apply(ops.addLane, { id: `ln-${step}`, kind, title: `Lajur ${step}`, index })),
  moveLane: edit(2, fc.tuple(ref, fc.nat(10)), (h, map, [r, index]) => h.apply(ops.moveLane, { id: at(map.lanes, r)!.id, index })),
  deleteLane: edit(1, ref, (h, map, r) => h.apply(ops.deleteLane, { id: at(map.lanes, r)!.id })),
  hideLane: edit(3, fc.tuple(ref, fc.boolean()), (h, map, [r, hidden]) => h.apply(ops.setLaneHidden, { id: at(map.lanes, r)!.id, hidden })),
  undo: edit(2, fc.constant(null), (h) => h.undo()),
  redo: edit(1, fc.constant(null), (h) => h.redo()),
};

const editArb = fc.oneof(...Object.entries(EDITS).map(([op, s]) => ({ weight: s.weight, arbitrary: (s.arb as fc.Arbitrary<unknown>).map((args): Edit => ({ op: op as Edit['op'], args })) })));

function runEdit(h: History, e: Edit, step: number): void {
  h.seal();
  (EDITS[e.op] as EditSpec<unknown>).run(h, h.current, e.args, step);
}

/** The incremental layout after the edit, checked against a full layout from a cold cache. */
function relayout(map: JourneyMap, previous: BoardLayout): BoardLayout {
  const incremental = layoutBoard(map, previous);
  clearWrapCache();
  expect(layoutData(incremental)).toEqual(layoutData(layoutBoard(map)));
  // A cell whose notes are the same objects as before, their pictures the same assets, is the same CellLayout.
  const assetOf = (m: JourneyMap, id: string | undefined) => (id !== undefined && m.assets && Object.hasOwn(m.assets, id) ? m.assets[id] : undefined);
  for (const [key, cell] of incremental.cells) {
    const old = previous.cells.get(key);
    const sameNotes = old && old.notes.length === cell.notes.length && old.notes.every((n, i) => n === cell.notes[i]);
    const samePictures = cell.notes.every((n) => assetOf(previous.map, n.image) === assetOf(map, n.image));
    if (sameNotes && samePictures) expect(cell).toBe(old);
  }
  return incremental;
}

/** After one note's text changes, its cell is laid out again and every other cell is reused. */
function expectOnlyCellRedone(previous: BoardLayout, next: BoardLayout, noteId: string): void {
  const key = previous.noteCells.get(noteId)?.cell;
  expect([...next.cells.keys()].sort()).toEqual([...previous.cells.keys()].sort());
  for (const [k, cell] of next.cells) {
    if (k === key) expect(cell).not.toBe(previous.cells.get(k));
    else expect(cell, `cell ${k.replace('\u0000', ' × ')} reused`).toBe(previous.cells.get(k));
  }
}

describe('incremental layout', () => {
  it('equals the full layout after every edit made through History', () => {
    fc.assert(
      fc.property(anyMapArb, fc.array(editArb, { minLength: 1, maxLength: 25 }), (start, edits) => {
        const h = new History(start);
        let layout = layoutBoard(start);
        edits.forEach((e, step) => {
          const before = h.current;
          runEdit(h, e, step);
          const next = relayout(h.current, layout);
          const note = e.op === 'editText' ? at(before.notes, (e.args as [number, string])[0]) : undefined;
          const edited = note && h.current.notes.find((n) => n.id === note.id);
          if (note && edited && edited.text !== note.text && !edited.hidden && layout.noteCells.has(note.id)) expectOnlyCellRedone(layout, next, note.id);
          layout = next;
        });
      }),
      propertyOptions(300),
    );
  });

  it('equals the full layout after any command of the format property suite', () => {
    fc.assert(
      fc.property(anyMapArb, fc.array(commandArb, { maxLength: 25 }), (start, commands) => {
        const h = new History(start);
        let layout = layoutBoard(start);
        for (const command of commands) {
          runCommand(h, command);
          layout = relayout(h.current, layout);
        }
      }),
      propertyOptions(150),
    );
  });

  it.each(SAMPLES)('re-lays out only the edited note’s cell of %s', (file) => {
    const h = new History(loadSample(file));
    let layout = layoutBoard(h.current);
    for (const note of h.current.notes.filter((_, i) => i % 9 === 0)) {
      h.apply(ops.setNoteText, { id: note.id, text: `${note.text} — diperbarui setelah sesi` });
      const next = relayout(h.current, layout);
      expectOnlyCellRedone(layout, next, note.id);
      expect(next.columns).toEqual(layout.columns);
      layout = next;
    }
  });

  it('prints how long a 20,000-note map takes to lay out, in full and after one edit', () => {
    const map = bigMap({ notes: 20_000, seed: 3 });
    /** Median ms of `runs` timed calls of `fn`, each after an untimed `setup`. */
    const median = (runs: number, fn: () => void, setup = () => {}) => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        setup();
        const t = performance.now();
        fn();
        times.push(performance.now() - t);
      }
      return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!.toFixed(2);
    };
    const cold = median(5, () => layoutBoard(map), clearWrapCache);
    const warm = median(5, () => layoutBoard(map));
    const h = new History(map);
    let layout = layoutBoard(map);
    let step = 0;
    const incremental = median(
      21,
      () => (layout = layoutBoard(h.current, layout)),
      () => {
        const note = h.current.notes[(step * 7919) % h.current.notes.length]!;
        h.apply(ops.setNoteText, { id: note.id, text: `${note.text} ${step++}` });
        h.seal();
      },
    );
    expect(layoutData(layout)).toEqual(layoutData(layoutBoard(h.current)));
    console.log(
      `layoutBoard, ${map.notes.length.toLocaleString('en-GB')} notes in ${layout.cells.size} cells, median ms: ` +
        `full from a cold wrap cache ${cold}, full with a warm cache ${warm}, incremental after one text edit ${incremental}`,
    );
  });
});
