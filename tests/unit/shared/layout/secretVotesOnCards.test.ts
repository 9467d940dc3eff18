// A secret dot-voting round keeps its counts off the cards: a note drawn with
// hideVotes has no "● N" at its foot, and keeps everything else there (the
// emotion beside it, the evidence on the left). The board and present mode
// draw the round's lanes this way until the results reveal the counts.
import { describe, expect, it } from 'vitest';
import { sceneLabels } from '../../../../shared/i18n/sceneLabels';
import { layoutBoard } from '../../../../shared/layout/layout';
import { noteItem } from '../../../../shared/layout/noteItem';
import { LIGHT_THEME } from '../../../../shared/layout/theme';
import { loadSample } from './layoutMaps';

describe('a voted note', () => {
  const sample = loadSample('b2b-software-purchase.en.cjm');
  // nt-024 holds 8 votes; it is given a feeling too, to see the marks beside the count.
  const map = { ...sample, notes: sample.notes.map((n) => (n.id === 'nt-024' ? { ...n, emotion: -1 as const } : n)) };
  const layout = layoutBoard(map);
  const drawn = (id: string, hideVotes: boolean) => {
    const where = layout.noteCells.get(id)!;
    const cell = layout.cells.get(where.cell)!;
    return noteItem(layout, cell, cell.placements[where.index]!, LIGHT_THEME, sceneLabels(map.locale), { hideVotes });
  };

  it('shows its count at its foot beside its emotion', () => {
    expect(drawn('nt-024', false).marksRight).toBe('−1  ● 8');
  });

  it('hides only the count when asked: the emotion and the left marks stay', () => {
    const shown = drawn('nt-024', false);
    const hidden = drawn('nt-024', true);
    expect(hidden.marksRight).toBe('−1');
    expect(hidden.marksLeft).toBe(shown.marksLeft);
    expect(hidden.marksLeft).not.toBe('');
  });
});
