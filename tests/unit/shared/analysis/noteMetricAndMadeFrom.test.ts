// What every export reads through one function each: a note's metric (its
// metric field, or a metrics lane's note as written) and the votes behind an
// action (its own, and those of the note it was made from).
import { describe, expect, it } from 'vitest';
import { sourceNotes, votesBehind } from '../../../../shared/analysis/madeFrom';
import { metricEntries, metricFigure, noteMetric } from '../../../../shared/analysis/noteMetric';
import type { JourneyMap, Lane, Note } from '../../../../shared/format';

const METRICS: Lane = { id: 'ln-metrics', kind: 'metrics', title: 'Target metrics' };
const PAIN: Lane = { id: 'ln-pain', kind: 'pain-points', title: 'Pain points' };
const OPPS: Lane = { id: 'ln-opps', kind: 'opportunities', title: 'Opportunities' };

const note = (id: string, lane: Lane, stage: string, text: string, more: Partial<Note> = {}): Note => ({ id, lane: lane.id, stage, text, ...more });

function mapOf(notes: Note[]): JourneyMap {
  return {
    format: 'cjm',
    version: 1,
    id: 'm',
    title: 'M',
    type: 'current-state',
    locale: 'en',
    createdAt: '2026-12-01T00:00:00Z',
    updatedAt: '2026-12-01T00:00:00Z',
    personas: [],
    stages: [
      { id: 's1', title: 'Browse' },
      { id: 's2', title: 'Buy' },
    ],
    lanes: [PAIN, OPPS, METRICS],
    notes,
  };
}

describe('noteMetric', () => {
  it('reads a metric field, in any lane, by its name, value and unit', () => {
    expect(noteMetric(note('a', PAIN, 's1', 'Waits', { metric: { name: 'Wait', value: 40.5, unit: 'min' } }), PAIN)).toEqual({ from: 'field', name: 'Wait', value: 40.5, unit: 'min' });
    expect(noteMetric(note('b', METRICS, 's1', 'NPS', { metric: { name: 'NPS', value: 32 } }), METRICS)).toEqual({ from: 'field', name: 'NPS', value: 32, unit: null });
  });

  it('reads a metrics lane’s note without a field as written, named by its lane; an empty one is none', () => {
    expect(noteMetric(note('c', METRICS, 's1', '  Drop-off 40% at payment \n'), METRICS)).toEqual({ from: 'lane', name: 'Target metrics', text: 'Drop-off 40% at payment' });
    expect(noteMetric(note('d', METRICS, 's1', ' \n '), METRICS)).toBeNull();
    // Words in another lane are not a metric, however many figures they hold.
    expect(noteMetric(note('e', PAIN, 's1', 'NPS 12'), PAIN)).toBeNull();
  });

  it('says its figure: the value formatted with its unit, or the words as written', () => {
    const format = (value: number) => value.toLocaleString('id-ID');
    expect(metricFigure({ from: 'field', name: 'Wait', value: 40.5, unit: 'min' }, format)).toBe('40,5 min');
    expect(metricFigure({ from: 'field', name: 'NPS', value: 32, unit: null }, format)).toBe('32');
    expect(metricFigure({ from: 'lane', name: 'Metrics', text: 'NPS 32' }, format)).toBe('NPS 32');
  });

  it('lists a map’s metrics stage by stage, then in the order of the file', () => {
    const map = mapOf([
      note('late', METRICS, 's2', 'CSAT 4.1'),
      note('field', PAIN, 's1', 'Long queue', { metric: { name: 'Queue', value: 12 } }),
      note('blank', METRICS, 's1', ''),
      note('early', METRICS, 's1', 'NPS 32'),
      note('stray', METRICS, 's-gone', 'Not on the map'),
    ]);
    expect(metricEntries(map).map((m) => [m.note.id, m.stage.id, m.lane.id, m.metric.from])).toEqual([
      ['field', 's1', PAIN.id, 'field'],
      ['early', 's1', METRICS.id, 'lane'],
      ['late', 's2', METRICS.id, 'lane'],
    ]);
  });
});

describe('the votes behind an action', () => {
  it('are its own and those of the note it was made from, when it was made', () => {
    expect(votesBehind(note('a', OPPS, 's1', 'Fix'))).toBe(0);
    expect(votesBehind(note('b', OPPS, 's1', 'Fix', { votes: 2 }))).toBe(2);
    expect(votesBehind(note('c', OPPS, 's1', 'Fix', { madeFrom: { note: 'p', votes: 7 } }))).toBe(7);
    expect(votesBehind(note('d', OPPS, 's1', 'Fix', { votes: 2, madeFrom: { note: 'p', votes: 7 } }))).toBe(9);
  });

  it('name the note it was made from while that note is on the map, and nothing once it is gone', () => {
    const source = note('p', PAIN, 's1', 'Prices only on request', { votes: 0 });
    const made = note('o', OPPS, 's1', 'Show prices', { madeFrom: { note: 'p', votes: 7 } });
    const orphan = note('q', OPPS, 's1', 'Live chat', { madeFrom: { note: 'deleted', votes: 3 } });
    const sourceOf = sourceNotes(mapOf([source, made, orphan]));
    expect(sourceOf(made)).toBe(source);
    expect(sourceOf(orphan)).toBeNull();
    expect(sourceOf(source)).toBeNull();
  });
});
