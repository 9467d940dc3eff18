// The evidence view: its colours keep the note text readable (WCAG AA) and
// tell the levels apart; its shares, for the map and per stage, are the
// report's (whole percentages adding up to 100) over the notes on the board;
// and the stage titles it draws carry those shares and follow the columns.
import { describe, expect, it } from 'vitest';
import { boardEvidenceShares, EVIDENCE_FILL, evidenceFill } from '../../../../shared/analysis/evidenceView';
import { EVIDENCE_CHOICES } from '../../../../shared/analysis/noteFilter';
import type { JourneyMap, Note } from '../../../../shared/format';
import { evidenceHeaderItems } from '../../../../shared/layout/evidenceHeaderItems';
import { GEOMETRY } from '../../../../shared/layout/geometry';
import { layoutBoard } from '../../../../shared/layout/layout';
import { contrastRatio, LIGHT_THEME, textColorOn } from '../../../../shared/layout/theme';
import { craftedMap } from '../../../support/craftedMap';

function note(id: string, stage: string, extra: Partial<Note> = {}): Note {
  return { id, lane: 'ln-a', stage, text: `note ${id}`, ...extra };
}

const MAP: JourneyMap = craftedMap({
  personas: [],
  stages: [
    { id: 'st-1', title: 'Awareness' },
    { id: 'st-2', title: 'Consideration' },
    { id: 'st-3', title: 'Empty' },
  ],
  lanes: [
    { id: 'ln-a', kind: 'actions', title: 'Actions' },
    { id: 'ln-h', kind: 'thoughts', title: 'Put away', hidden: true },
  ],
  notes: [
    note('a1', 'st-1', { evidence: 'assumption' }),
    note('a2', 'st-1', { evidence: 'observed' }),
    note('a3', 'st-1', { evidence: 'measured' }),
    note('b1', 'st-2', { evidence: 'measured' }),
    note('b2', 'st-2'),
    note('b3', 'st-2', { evidence: 'measured' }),
    note('b4', 'st-2', { evidence: 'measured' }),
    note('private', 'st-2', { evidence: 'assumption', hidden: true }),
    { id: 'h1', lane: 'ln-h', stage: 'st-1', text: 'hidden lane', evidence: 'assumption' },
  ],
});

describe('evidence colours', () => {
  it('keep the note text at WCAG AA (4.5:1) in every theme colour of ink', () => {
    for (const level of EVIDENCE_CHOICES) {
      const fill = EVIDENCE_FILL[level];
      expect(contrastRatio(fill, LIGHT_THEME.noteText), level).toBeGreaterThanOrEqual(4.5);
      expect(textColorOn(fill, LIGHT_THEME), level).toBe(LIGHT_THEME.noteText);
    }
  });

  it('are four different colours, amber, blue, green and grey', () => {
    expect(new Set(Object.values(EVIDENCE_FILL)).size).toBe(4);
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
    const [ar, ag, ab] = rgb(EVIDENCE_FILL.assumption);
    expect(ar > ag && ag > ab, 'assumption is amber').toBe(true);
    const [or, , ob] = rgb(EVIDENCE_FILL.observed);
    expect(ob > or, 'observed is blue').toBe(true);
    const [mr, mg, mb] = rgb(EVIDENCE_FILL.measured);
    expect(mg > mr && mg > mb, 'measured is green').toBe(true);
    const [ur, ug, ub] = rgb(EVIDENCE_FILL.unstated);
    expect(Math.max(ur, ug, ub) - Math.min(ur, ug, ub), 'no evidence is a neutral grey').toBeLessThan(20);
  });

  it('colour a note by its evidence, none as grey', () => {
    expect(evidenceFill(MAP.notes[0]!)).toBe(EVIDENCE_FILL.assumption);
    expect(evidenceFill(MAP.notes[4]!)).toBe(EVIDENCE_FILL.unstated);
  });
});

describe('evidence shares', () => {
  const shares = boardEvidenceShares(MAP);

  it('count the notes on the board, leaving out private notes and hidden lanes', () => {
    expect(shares.map.total).toBe(7);
    expect(shares.map.counts).toEqual({ assumption: 1, observed: 1, measured: 4, unstated: 1 });
    // 57.14 and three 14.29s round down to 99; the missing point goes to the largest remainder, the first .29 in the report's order (observed).
    expect(Object.values(shares.map.percents).reduce((a, b) => a + b, 0)).toBe(100);
    expect(shares.map.percents).toEqual({ measured: 57, observed: 15, assumption: 14, unstated: 14 });
  });

  it('per stage, for every stage, an empty one all zero', () => {
    expect(shares.stages.get('st-1')!.percents).toEqual({ measured: 34, observed: 33, assumption: 33, unstated: 0 });
    expect(shares.stages.get('st-2')!.percents).toEqual({ measured: 75, observed: 0, assumption: 0, unstated: 25 });
    expect(shares.stages.get('st-3')!.total).toBe(0);
  });
});

describe('the stage titles in the evidence view', () => {
  const layout = layoutBoard(MAP);
  const words = { levels: { assumption: 'Assumption', observed: 'Observed', measured: 'Measured', unstated: 'No evidence' }, noNotes: 'No notes yet' };
  const items = evidenceHeaderItems(layout, LIGHT_THEME, boardEvidenceShares(MAP).stages, words);
  const texts = items.flatMap((i) => (i.type === 'text' ? [i.text] : []));

  it('say each stage’s title and shares, and "no notes" for an empty stage', () => {
    expect(texts).toEqual(['Awareness', 'Assumption 33%', 'Observed 33%', 'Measured 34%', 'Consideration', 'Measured 75%', 'No evidence 25%', 'Empty', 'No notes yet']);
  });

  it('stay within the stage header of each column', () => {
    for (const item of items) {
      if (item.type !== 'rect' && item.type !== 'text' && item.type !== 'circle') continue;
      const column = layout.columns.find((c) => item.x >= c.x && item.x < c.x + c.width);
      expect(column, `${item.type} at ${item.x}`).toBeDefined();
      expect(item.y).toBeGreaterThanOrEqual(layout.personaStripHeight);
      const bottom = item.type === 'circle' ? item.y + item.radius : item.type === 'rect' ? item.y + item.height : item.y + 16;
      expect(bottom).toBeLessThanOrEqual(layout.personaStripHeight + GEOMETRY.stageHeaderHeight);
    }
  });

  it('draw a bar split as the counts are, in the evidence colours', () => {
    const column = layout.columns[1]!;
    const bar = items.filter((i) => i.type === 'rect' && i.height === 6 && i.x >= column.x && i.x < column.x + column.width);
    expect(bar.map((r) => (r.type === 'rect' ? r.fill : ''))).toEqual([EVIDENCE_FILL.measured, EVIDENCE_FILL.unstated]);
    const widths = bar.map((r) => (r.type === 'rect' ? r.width : 0));
    expect(widths[0]! / (widths[0]! + widths[1]!)).toBeCloseTo(0.75);
  });

  it('fall back to percentages alone when the words do not fit', () => {
    const long = { ...words, levels: { assumption: 'A very long word for assumption', observed: 'A very long word for observed', measured: 'A very long word for measured', unstated: 'x' } };
    const narrow = evidenceHeaderItems(layout, LIGHT_THEME, boardEvidenceShares(MAP).stages, long).flatMap((i) => (i.type === 'text' ? [i.text] : []));
    expect(narrow.slice(0, 4)).toEqual(['Awareness', '33%', '33%', '34%']);
  });
});
