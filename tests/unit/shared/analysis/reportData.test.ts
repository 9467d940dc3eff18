// What a report says, worked out from a map crafted so every figure can be
// checked by hand: pain points by votes then stage, actions by priority then
// due date, evidence shares that add up to 100, emotion means with gaps, and
// the review date against "now".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { daysBetween, localDate, reportData, REVIEW_DUE_DAYS } from '../../../../shared/analysis/reportData';
import { prepareExport } from '../../../../shared/export/sceneForExport';
import { readCjm, type JourneyMap, type Note } from '../../../../shared/format';
import { curveColor } from '../../../../shared/layout/emotionCurveItems';
import { craftedMap } from '../../../support/craftedMap';

/** Local noon: the same calendar day in every time zone the suite runs in. */
const NOW = new Date(2027, 2, 1, 12);

function note(id: string, lane: string, stage: string, extra: Partial<Note> = {}): Note {
  return { id, lane, stage, text: `note ${id}`, ...extra };
}

function crafted(notes: Note[], extra: Partial<JourneyMap> = {}): JourneyMap {
  return craftedMap({
    personas: [
      { id: 'ps-a', name: 'Ayu' },
      { id: 'ps-b', name: 'Bima' },
    ],
    stages: [
      { id: 'st-1', title: 'One' },
      { id: 'st-2', title: 'Two' },
      { id: 'st-3', title: 'Three' },
    ],
    lanes: [
      { id: 'ln-pain', kind: 'pain-points', title: 'Pain' },
      { id: 'ln-opp', kind: 'opportunities', title: 'Opportunities' },
      { id: 'ln-metrics', kind: 'metrics', title: 'Metrics' },
      { id: 'ln-emo-b', kind: 'emotions', title: 'Feelings of Bima', persona: 'ps-b' },
      { id: 'ln-emo-x', kind: 'emotions', title: 'Room mood' },
      { id: 'ln-emo-a', kind: 'emotions', title: 'Feelings of Ayu', persona: 'ps-a' },
      { id: 'ln-actions', kind: 'actions', title: 'Actions' },
    ],
    notes,
    ...extra,
  });

}

describe('pain points', () => {
  it('are ranked by votes, equal votes by stage then by their order on the wall, sharing a rank', () => {
    const map = crafted([
      note('p-c3', 'ln-pain', 'st-3', { votes: 3 }),
      note('p-b5', 'ln-pain', 'st-2', { votes: 5 }),
      note('p-a3', 'ln-pain', 'st-1', { votes: 3 }),
      note('p-a0', 'ln-pain', 'st-1'),
      note('p-a3b', 'ln-pain', 'st-1', { votes: 3 }),
      note('x', 'ln-actions', 'st-1', { votes: 9 }),
    ]);
    const ranked = reportData(map, NOW).painPoints;
    expect(ranked.map((p) => [p.note.id, p.rank, p.votes, p.stage.id])).toEqual([
      ['p-b5', 1, 5, 'st-2'],
      ['p-a3', 2, 3, 'st-1'],
      ['p-a3b', 2, 3, 'st-1'],
      ['p-c3', 2, 3, 'st-3'],
      ['p-a0', 5, 0, 'st-1'],
    ]);
  });
});

describe('actions', () => {
  it('are the opportunities, by priority, then earliest due date, undated last, with who owns them', () => {
    const map = crafted([
      note('none', 'ln-opp', 'st-1'),
      note('high-late', 'ln-opp', 'st-1', { priority: 'high', due: '2027-06-01', owner: 'Ops' }),
      note('low-early', 'ln-opp', 'st-1', { priority: 'low', due: '2027-01-01' }),
      note('high-undated', 'ln-opp', 'st-2', { priority: 'high', owner: '  ' }),
      note('high-early', 'ln-opp', 'st-3', { priority: 'high', due: '2027-02-28', owner: 'Tim CS 🚀' }),
      note('medium', 'ln-opp', 'st-2', { priority: 'medium', due: '2027-03-01' }),
      note('pain', 'ln-pain', 'st-1', { priority: 'high' }),
    ]);
    const actions = reportData(map, NOW).actions;
    expect(actions.map((a) => a.note.id)).toEqual(['high-early', 'high-late', 'high-undated', 'medium', 'low-early', 'none']);
    expect(actions[0]).toMatchObject({ owner: 'Tim CS 🚀', priority: 'high', due: '2027-02-28', overdue: true });
    expect(actions[1]).toMatchObject({ owner: 'Ops', overdue: false });
    expect(actions[2]).toMatchObject({ owner: null, due: null, overdue: false });
    // Due today is not overdue.
    expect(actions[3]).toMatchObject({ due: '2027-03-01', overdue: false });
    expect(actions[5]).toMatchObject({ owner: null, priority: null, due: null });
  });
});

describe('evidence shares', () => {
  it('count measured, observed, assumed and unstated notes, with whole percentages that add up to 100', () => {
    const map = crafted([
      note('m', 'ln-actions', 'st-1', { evidence: 'measured' }),
      note('o1', 'ln-actions', 'st-1', { evidence: 'observed' }),
      note('o2', 'ln-pain', 'st-2', { evidence: 'observed' }),
      note('a1', 'ln-pain', 'st-2', { evidence: 'assumption' }),
      note('a2', 'ln-opp', 'st-2', { evidence: 'assumption' }),
      note('a3', 'ln-opp', 'st-2', { evidence: 'assumption' }),
      note('u', 'ln-emo-a', 'st-1'),
    ]);
    const { evidence } = reportData(map, NOW);
    expect(evidence.map.total).toBe(7);
    expect(evidence.map.counts).toEqual({ measured: 1, observed: 2, assumption: 3, unstated: 1 });
    // 14.29, 28.57, 42.86, 14.29: rounded down to 14 + 28 + 42 + 14 = 98, the two largest remainders get a point.
    expect(evidence.map.percents).toEqual({ measured: 14, observed: 29, assumption: 43, unstated: 14 });
    expect(evidence.stages.map((s) => [s.stage.id, s.share.total, s.share.percents])).toEqual([
      // Three thirds: the tie goes to the first kind, measured.
      ['st-1', 3, { measured: 34, observed: 33, assumption: 0, unstated: 33 }],
      ['st-2', 4, { measured: 0, observed: 25, assumption: 75, unstated: 0 }],
      ['st-3', 0, { measured: 0, observed: 0, assumption: 0, unstated: 0 }],
    ]);
  });

  it('add up to 100 for any mix', () => {
    for (let seed = 1; seed < 200; seed++) {
      const notes: Note[] = [];
      for (let i = 0; i < seed % 37; i++) {
        const level = [undefined, 'assumption', 'observed', 'measured'][(i * seed) % 4] as Note['evidence'];
        notes.push(note(`n${i}`, 'ln-actions', 'st-1', level ? { evidence: level } : {}));
      }
      const { percents, total } = reportData(crafted(notes), NOW).evidence.map;
      const sum = Object.values(percents).reduce((a, b) => a + b, 0);
      expect(sum).toBe(total === 0 ? 0 : 100);
    }
  });
});

describe('emotions', () => {
  const map = crafted([
    note('a1', 'ln-emo-a', 'st-1', { emotion: -2 }),
    note('a2', 'ln-emo-a', 'st-1', { emotion: 1 }),
    note('a3', 'ln-emo-a', 'st-3', { emotion: 2 }),
    note('a4', 'ln-emo-a', 'st-2'),
    note('b1', 'ln-emo-b', 'st-2', { emotion: -1 }),
  ]);

  it('give each emotions lane its mean per stage, null where no note is scored', () => {
    const series = reportData(map, NOW).emotions;
    expect(series.map((s) => s.lane.id)).toEqual(['ln-emo-b', 'ln-emo-x', 'ln-emo-a']);
    const ayu = series[2]!;
    expect(ayu.persona?.name).toBe('Ayu');
    expect(ayu.label).toBe('Ayu');
    expect(ayu.points.map((p) => [p.stage.id, p.mean, p.count])).toEqual([
      ['st-1', -0.5, 2],
      ['st-2', null, 0],
      ['st-3', 2, 1],
    ]);
    expect(ayu.mean).toBeCloseTo(1 / 3);
    expect(ayu.lowest?.stage.id).toBe('st-1');
    expect(ayu.highest?.stage.id).toBe('st-3');
    expect(series[0]).toMatchObject({ label: 'Bima', mean: -1 });
    expect(series[0]!.lowest).toBe(series[0]!.highest);
    expect(series[1]).toMatchObject({ label: 'Room mood', persona: null, mean: null, lowest: null, highest: null });
  });

  it('name the lane too when two lanes record one persona', () => {
    const twice = crafted([], {
      lanes: [
        { id: 'e1', kind: 'emotions', title: 'Before', persona: 'ps-a' },
        { id: 'e2', kind: 'emotions', title: 'After', persona: 'ps-a' },
      ],
    });
    expect(reportData(twice, NOW).emotions.map((s) => s.label)).toEqual(['Ayu (Before)', 'Ayu (After)']);
  });

  it('colour each curve as the board does', () => {
    const sample = readCjm(new Uint8Array(readFileSync(join(import.meta.dirname, '../../../../shared/samples/b2b-software-purchase.en.cjm'))));
    if (!sample.ok) throw new Error('sample does not open');
    for (const m of [sample.map, map]) {
      const { layout, theme } = prepareExport(m, false);
      const series = reportData(m, NOW).emotions;
      for (const s of series) {
        const row = layout.rows.find((r) => r.lane.id === s.lane.id)!;
        expect(theme.curve[s.paletteIndex % theme.curve.length]).toBe(curveColor(layout, row, theme));
      }
    }
  });
});

describe('the review date', () => {
  const opps = [
    note('o1', 'ln-opp', 'st-1', { due: '2027-03-10' }),
    note('o2', 'ln-opp', 'st-1', { due: '2027-09-10' }),
    note('o3', 'ln-opp', 'st-1'),
    note('a1', 'ln-pain', 'st-1', { evidence: 'assumption', due: '2027-01-01' }),
    note('a2', 'ln-actions', 'st-2', { evidence: 'assumption' }),
  ];

  it('is overdue once it has passed', () => {
    const review = reportData(crafted(opps, { reviewBy: '2027-02-27' }), NOW).review;
    expect(review).toEqual({ date: '2027-02-27', state: 'overdue', days: -2, assumptions: 2, actionsDueByReview: 0 });
  });

  it('is due today and within the next month, scheduled after that', () => {
    expect(reportData(crafted(opps, { reviewBy: '2027-03-01' }), NOW).review).toMatchObject({ state: 'due', days: 0 });
    expect(reportData(crafted(opps, { reviewBy: '2027-03-31' }), NOW).review).toMatchObject({ state: 'due', days: REVIEW_DUE_DAYS, actionsDueByReview: 1 });
    expect(reportData(crafted(opps, { reviewBy: '2027-04-01' }), NOW).review).toMatchObject({ state: 'scheduled', days: 31 });
    expect(reportData(crafted(opps, { reviewBy: '2027-12-31' }), NOW).review).toMatchObject({ state: 'scheduled', actionsDueByReview: 2 });
  });

  it('is none when the map has no date', () => {
    expect(reportData(crafted(opps), NOW).review).toEqual({ date: null, state: 'none', days: null, assumptions: 2, actionsDueByReview: 0 });
    expect(reportData(crafted(opps, { reviewBy: null }), NOW).review.state).toBe('none');
  });

  it('counts days by the local calendar, across months and leap days', () => {
    expect(localDate(new Date(2027, 0, 31, 23, 59))).toBe('2027-01-31');
    expect(localDate(new Date(2028, 1, 29, 0, 1))).toBe('2028-02-29');
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-03-01', '2026-12-31')).toBe(-60);
  });
});

it('leaves the map it reads untouched', () => {
  const notes = [note('p1', 'ln-pain', 'st-2', { votes: 1 }), note('p2', 'ln-pain', 'st-1', { votes: 2 })];
  const map = crafted(notes);
  const before = JSON.stringify(map);
  reportData(map, NOW);
  expect(JSON.stringify(map)).toBe(before);
});
