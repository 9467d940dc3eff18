// Comparing two maps cell by cell: the two samples against copies edited in
// known ways (exact counts of added, removed and changed notes, each in its
// cell, saying what changed), a current state against a future state built
// with new ids (matched by titles and lane kinds, notes by text), the two
// samples against each other, and both maps' emotion curves on one axis.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareMaps, type MapComparison } from '../../../../shared/analysis/compareMaps';
import { readCjm, type JourneyMap, type Note } from '../../../../shared/format';

const SAMPLES = join(import.meta.dirname, '../../../../shared/samples');

function sample(name: string): JourneyMap {
  const read = readCjm(readFileSync(join(SAMPLES, name)));
  if (!read.ok) throw new Error(`${name} does not read`);
  return read.map;
}
const b2b = () => sample('b2b-software-purchase.en.cjm');
const hotel = () => sample('hotel-check-in.id.cjm');

function noteOf(map: JourneyMap, id: string): Note {
  const found = map.notes.find((n) => n.id === id);
  if (!found) throw new Error(`no note ${id}`);
  return found;
}

/** The cell of the comparison where a stage (by id, either side) meets a lane. */
function cellAt(c: MapComparison, stageId: string, laneId: string) {
  const column = c.columns.findIndex((col) => col.after?.id === stageId || col.before?.id === stageId);
  const row = c.rows.findIndex((r) => r.after?.id === laneId || r.before?.id === laneId);
  expect(column, `stage ${stageId}`).toBeGreaterThanOrEqual(0);
  expect(row, `lane ${laneId}`).toBeGreaterThanOrEqual(0);
  return c.cells[row]![column]!;
}

describe('compareMaps, a version against the map edited since (same map id: notes matched by id)', () => {
  it('counts the B2B sample edited in known ways exactly, each change in its cell', () => {
    const before = b2b();
    const after = structuredClone(before);
    noteOf(after, 'nt-002').text = 'Audit flags 14 purchases ordered before any PO existed';
    noteOf(after, 'nt-024').votes = 11;
    noteOf(after, 'nt-021').emotion = 2;
    // Moved to Decision, and its text edited on the way.
    Object.assign(noteOf(after, 'nt-018'), { stage: 'st-decision', text: 'Fills a 6-field demo form' });
    after.notes = after.notes.filter((n) => !['nt-005', 'nt-006', 'nt-031'].includes(n.id));
    after.notes.push(
      { id: 'nt-new-1', lane: 'ln-pain-points', stage: 'st-awareness', text: 'No peer reference in logistics' },
      { id: 'nt-new-2', lane: 'ln-pain-points', stage: 'st-awareness', text: 'Analyst reports cost money' },
      { id: 'nt-new-3', lane: 'ln-opportunities', stage: 'st-onboarding', text: 'Import wizard for old POs' },
      { id: 'nt-new-4', lane: 'ln-emotions-maya', stage: 'st-advocacy', text: 'Proud', emotion: 2 },
    );

    const c = compareMaps(before, after);
    expect(c.notesMatchedBy).toBe('id');
    expect(c.columns).toHaveLength(6);
    expect(c.rows).toHaveLength(13);
    expect(c.totals).toEqual({ added: 4, removed: 3, changed: 4, unchanged: 104 - 3 - 4 });

    expect(cellAt(c, 'st-awareness', 'ln-pain-points').added.map((n) => n.id)).toEqual(['nt-new-1', 'nt-new-2']);
    expect(cellAt(c, 'st-awareness', 'ln-thoughts').removed.map((n) => n.id)).toEqual(['nt-005', 'nt-006']);
    expect(cellAt(c, 'st-consideration', 'ln-metrics').removed.map((n) => n.id)).toEqual(['nt-031']);
    const changedText = cellAt(c, 'st-awareness', 'ln-actions').changed;
    expect(changedText.map((ch) => [ch.after.id, ch.fields])).toEqual([['nt-002', ['text']]]);
    expect(changedText[0]!.before.text).toMatch(/^Audit flags 11 purchases/);
    expect(cellAt(c, 'st-consideration', 'ln-pain-points').changed.map((ch) => [ch.after.id, ch.fields])).toEqual([['nt-024', ['votes']]]);
    expect(cellAt(c, 'st-consideration', 'ln-emotions-maya').changed.map((ch) => [ch.after.id, ch.fields])).toEqual([['nt-021', ['emotion']]]);
    // A moved note is listed where it is now, saying where it was.
    const moved = cellAt(c, 'st-decision', 'ln-actions').changed;
    expect(moved.map((ch) => [ch.after.id, ch.fields])).toEqual([['nt-018', ['text', 'place']]]);
    const from = moved[0]!.from!;
    expect([c.columns[from.column]!.before!.id, c.rows[from.row]!.before!.id]).toEqual(['st-consideration', 'ln-actions']);
    expect(cellAt(c, 'st-consideration', 'ln-actions').changed).toEqual([]);
  });

  it('counts the Indonesian hotel sample with a stage renamed, a stage added and a lane removed', () => {
    const before = hotel();
    const after = structuredClone(before);
    after.stages[0]!.title = 'Reservasi'; // renamed: still the same column (matched by id)
    after.stages.splice(3, 0, { id: 'st-valet', title: 'Valet' });
    after.notes.push(
      { id: 'nt-valet-1', lane: 'ln-actions', stage: 'st-valet', text: 'Menyerahkan kunci mobil ke petugas valet' },
      { id: 'nt-valet-2', lane: 'ln-frontstage', stage: 'st-valet', text: 'Petugas valet menyapa dengan nama tamu' },
    );
    const removedLane = after.notes.filter((n) => n.lane === 'ln-support');
    after.lanes = after.lanes.filter((l) => l.id !== 'ln-support');
    after.notes = after.notes.filter((n) => n.lane !== 'ln-support');
    noteOf(after, 'nt-010').tags = ['parkir'];

    const c = compareMaps(before, after);
    expect(removedLane.length).toBeGreaterThan(0);
    expect(c.totals).toEqual({ added: 2, removed: removedLane.length, changed: 1, unchanged: 105 - removedLane.length - 1 });
    expect(c.columns.map((col) => col.after?.id ?? null)).toEqual(['st-booking', 'st-pre-arrival', 'st-arrival', 'st-valet', 'st-check-in', 'st-to-room', 'st-in-room']);
    expect(c.columns[0]!.before!.title).toBe('Pemesanan');
    expect(c.columns[3]!.before).toBeNull();
    // The lane only the version has keeps its place, between its neighbours.
    const lanes = c.rows.map((r) => (r.after ?? r.before)!.id);
    expect(lanes.indexOf('ln-support')).toBe(lanes.indexOf('ln-backstage') + 1);
    expect(c.rows[lanes.indexOf('ln-support')]!.after).toBeNull();
    expect(c.cells[lanes.indexOf('ln-support')]!.flatMap((cell) => cell.removed).length).toBe(removedLane.length);
    expect(cellAt(c, 'st-valet', 'ln-frontstage').added.map((n) => n.id)).toEqual(['nt-valet-2']);
    const tagged = c.cells.flat().flatMap((cell) => cell.changed);
    expect(tagged.map((ch) => [ch.after.id, ch.fields])).toEqual([['nt-010', ['tags']]]);
  });

  it('finds nothing between a map and itself', () => {
    const c = compareMaps(b2b(), b2b());
    expect(c.totals).toEqual({ added: 0, removed: 0, changed: 0, unchanged: 104 });
  });

  it('treats a default written out and a default left out as the same', () => {
    const before = b2b();
    const after = structuredClone(before);
    Object.assign(noteOf(after, 'nt-001'), { votes: 0, hidden: false, tags: [] });
    expect(compareMaps(before, after).totals.changed).toBe(0);
  });
});

describe('compareMaps, current state against future state (different maps: matched by titles)', () => {
  /** The B2B map as a team might start its future state: new ids throughout, titles typed again. */
  function futureOf(current: JourneyMap): JourneyMap {
    const future = structuredClone(current);
    future.id = 'future-state-map';
    future.type = 'future-state';
    const stageIds = new Map(future.stages.map((s, i) => [s.id, `fs-${i}`]));
    const laneIds = new Map(future.lanes.map((l, i) => [l.id, `fl-${i}`]));
    for (const s of future.stages) {
      s.id = stageIds.get(s.id)!;
      s.title = `  ${s.title.toUpperCase().replace(/ /g, '  ')} `; // case and spacing differ
    }
    for (const l of future.lanes) l.id = laneIds.get(l.id)!;
    // A lane renamed in the future state: matched by its kind (the only pain-points lane).
    future.lanes.find((l) => l.kind === 'pain-points')!.title = 'Friction we remove';
    future.notes = future.notes.map((n, i) => ({ ...n, id: `fn-${i}`, stage: stageIds.get(n.stage)!, lane: laneIds.get(n.lane)! }));
    return future;
  }

  it('matches stages by title, lanes by title or kind, and notes by their text within a cell', () => {
    const current = b2b();
    const future = futureOf(current);
    const painLane = future.lanes.find((l) => l.kind === 'pain-points')!.id;
    const byText = (text: string) => future.notes.find((n) => n.text === text)!;
    byText(noteOf(current, 'nt-024').text).text = 'Price bands published on the pricing page';
    byText(noteOf(current, 'nt-022').text).emotion = 1; // the same words, felt differently
    byText(noteOf(current, 'nt-009').text).text = `  ${noteOf(current, 'nt-009').text.toUpperCase()}`; // only case and spacing
    future.notes = future.notes.filter((n) => n.text !== noteOf(current, 'nt-025').text);
    future.notes.push({ id: 'fn-live-chat', lane: painLane, stage: 'fs-1', text: 'Live chat answers in under a minute' });

    const c = compareMaps(current, future);
    expect(c.notesMatchedBy).toBe('text');
    expect(c.columns).toHaveLength(6);
    expect(c.columns.every((col) => col.before !== null && col.after !== null)).toBe(true);
    expect(c.rows).toHaveLength(13);
    expect(c.rows.every((r) => r.before !== null && r.after !== null)).toBe(true);
    // nt-024 rewritten: one removed and one added; nt-025 removed; the live chat note added; nt-022's emotion and nt-009's case changed.
    expect(c.totals).toEqual({ added: 2, removed: 2, changed: 2, unchanged: 104 - 4 });
    const pain = cellAt(c, 'st-consideration', 'ln-pain-points');
    expect(pain.added.map((n) => n.text).sort()).toEqual(['Live chat answers in under a minute', 'Price bands published on the pricing page']);
    expect(pain.removed.map((n) => n.id).sort()).toEqual(['nt-024', 'nt-025']);
    expect(cellAt(c, 'st-consideration', 'ln-emotions-maya').changed.map((ch) => [ch.before.id, ch.fields])).toEqual([['nt-022', ['emotion']]]);
    expect(cellAt(c, 'st-awareness', 'ln-pain-points').changed.map((ch) => [ch.before.id, ch.fields])).toEqual([['nt-009', ['text']]]);
  });

  it('overlays both maps\' emotion curves on the same stages', () => {
    const current = b2b();
    const future = futureOf(current);
    const maya = future.lanes.find((l) => l.title === 'Emotions: Maya')!.id;
    for (const n of future.notes) if (n.lane === maya) n.emotion = 2;
    const c = compareMaps(current, future);
    expect(c.emotions.before.map((s) => s.lane.id)).toEqual(['ln-emotions-maya', 'ln-emotions-david']);
    expect(c.emotions.after.map((s) => s.lane.title)).toEqual(['Emotions: Maya', 'Emotions: David']);
    // Maya today: −1 at awareness, (1 − 1) / 2 at consideration, −2 at decision, (−1 + 1) / 2 at onboarding, 1, 2.
    expect(c.emotions.before[0]!.means).toEqual([-1, 0, -2, 0, 1, 2]);
    expect(c.emotions.after[0]!.means).toEqual([2, 2, 2, 2, 2, 2]);
    expect(c.emotions.before[1]!.means).toEqual(c.emotions.after[1]!.means);
    expect(c.emotions.before[0]!.row).toBe(c.emotions.after[0]!.row);
  });
});

describe('compareMaps, the two samples against each other', () => {
  it('matches the lanes both use by id, keeps every stage (no title in common), and shares no note', () => {
    const c = compareMaps(b2b(), hotel());
    expect(c.notesMatchedBy).toBe('text'); // their note ids are alike ("nt-001") but mean nothing alike
    expect(c.rows).toHaveLength(13);
    expect(c.columns).toHaveLength(12);
    // What only the first map has comes before the stage it preceded there (here: before all of the other's).
    expect(c.columns.slice(0, 6).map((col) => col.before?.id)).toEqual(b2b().stages.map((s) => s.id));
    expect(c.columns.slice(6).map((col) => col.after?.id)).toEqual(hotel().stages.map((s) => s.id));
    expect(c.columns.slice(0, 6).every((col) => col.after === null)).toBe(true);
    expect(c.totals).toEqual({ added: 105, removed: 104, changed: 0, unchanged: 0 });
    // Each map's curves sit only over its own stages.
    expect(c.emotions.before[0]!.means.slice(6)).toEqual([null, null, null, null, null, null]);
    expect(c.emotions.after[0]!.means.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(c.emotions.before[0]!.means.slice(0, 6)).toEqual([-1, 0, -2, 0, 1, 2]);
  });
});
