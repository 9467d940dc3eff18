// What voting mode adds to the board, as scene items drawn over the notes:
// the lanes not in the round veiled (their notes cannot be voted on), and on
// each voted note of the round a large count, readable from the back of the
// room (the "● 3" at a note's foot is 12 px, fine on a screen, small on a
// wall). In a secret round, until the results reveal the counts, the count
// is only the dots of the person voting now. Only the board draws these:
// exports and the file are untouched.
import { cellKey, notePosition, type BoardLayout } from '../../../shared/layout/layout';
import type { SceneItem } from '../../../shared/layout/sceneTypes';
import { lineHeight, measureText, type FontSpec } from '../../../shared/layout/textMetrics';
import { countsHidden, dotsOn, type VotingRound } from './round';

const COUNT_FONT: FontSpec = { weight: 600, size: 17 };
const BADGE_HEIGHT = 30;
const BADGE_FILL = '#1D4ED8';
/** The dots of the person voting now are ringed in amber: they can see where theirs went. */
const MINE_RING = '#F59E0B';
const BADGE_OUTSIDE = 12;
const VEIL = '#EEF1F4';
const VEIL_OPACITY = 0.7;

export function votingMarks(layout: BoardLayout, round: VotingRound, resultsOnShow: boolean): SceneItem[] {
  const items: SceneItem[] = [];
  const inRound = new Set(round.lanes);
  const secret = countsHidden(round, resultsOnShow);
  const first = layout.columns[0];
  const last = layout.columns[layout.columns.length - 1];
  if (!first || !last) return items;
  const left = first.x;
  const right = last.x + last.width;
  for (const row of layout.rows) {
    if (!inRound.has(row.lane.id)) items.push({ type: 'rect', x: left, y: row.y, width: right - left, height: row.height, fill: VEIL, opacity: VEIL_OPACITY });
  }
  for (const row of layout.rows) {
    if (!inRound.has(row.lane.id)) continue;
    for (const column of layout.columns) {
      const cell = layout.cells.get(cellKey(row.lane.id, column.stage.id));
      if (!cell) continue;
      for (const placement of cell.placements) {
        const mine = dotsOn(round, placement.note.id);
        const votes = secret ? mine : (placement.note.votes ?? 0);
        if (votes === 0 && mine === 0) continue;
        const at = notePosition(layout, cell, placement);
        const text = String(votes);
        const width = Math.max(BADGE_HEIGHT, Math.ceil(measureText(text, COUNT_FONT)) + 16);
        // On the card's top-right corner, half outside like a sticker, so it
        // hides little of the text: it reaches into the gap beside the card
        // (GEOMETRY.noteGap) and the cell's padding above it.
        const x = at.x + placement.width - width + BADGE_OUTSIDE;
        const y = at.y - BADGE_OUTSIDE;
        items.push({
          type: 'rect',
          x,
          y,
          width,
          height: BADGE_HEIGHT,
          radius: BADGE_HEIGHT / 2,
          fill: BADGE_FILL,
          stroke: mine > 0 ? MINE_RING : '#FFFFFF',
          strokeWidth: mine > 0 ? 4 : 2,
        });
        items.push({ type: 'text', x, y: y + (BADGE_HEIGHT - lineHeight(COUNT_FONT)) / 2, width, align: 'center', text, font: COUNT_FONT, color: '#FFFFFF' });
      }
    }
  }
  return items;
}
