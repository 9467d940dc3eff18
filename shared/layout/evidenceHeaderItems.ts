// The stage titles as the evidence view draws them: the title moved up, and
// under it the stage's evidence shares ("● Assumption 20% ● Observed 60% …")
// and a bar split in the same proportions, in the colours the notes take in
// that view. They replace the ordinary stage headers (drawn over them in the
// same place), so they are pinned and follow pan and zoom exactly as those do.
import type { EvidenceShare } from '../analysis/reportData';
import { EVIDENCE_CHOICES, type EvidenceChoice } from '../analysis/noteFilter';
import { EVIDENCE_FILL } from '../analysis/evidenceView';
import { ellipsize } from './fitText';
import { GEOMETRY, HEADER_FONT, SMALL_FONT } from './geometry';
import type { BoardLayout } from './layout';
import type { SceneItem } from './sceneTypes';
import { lineHeight, measureText } from './textMetrics';
import type { Theme } from './theme';

export interface EvidenceHeaderWords {
  levels: Record<EvidenceChoice, string>;
  /** Said under a stage with no notes to count. */
  noNotes: string;
}

const PAD_X = 12;
const TITLE_TOP = 4;
const SHARES_TOP = 27;
const BAR_TOP = 47;
const BAR_HEIGHT = 6;
const DOT_RADIUS = 5;
/** Between a dot and its words, and between two entries. */
const DOT_GAP = 5;
const ENTRY_GAP = 12;

interface Entry {
  level: EvidenceChoice;
  text: string;
  width: number;
}

/** The shares of one stage as entries; with words when they fit the column, else the percentages alone. */
function entries(share: EvidenceShare, words: EvidenceHeaderWords, room: number): Entry[] {
  const shown = EVIDENCE_CHOICES.filter((level) => share.counts[level] > 0);
  const make = (withWords: boolean) =>
    shown.map((level) => {
      const text = withWords ? `${words.levels[level]} ${share.percents[level]}%` : `${share.percents[level]}%`;
      return { level, text, width: 2 * DOT_RADIUS + DOT_GAP + measureText(text, SMALL_FONT) };
    });
  const total = (list: Entry[]) => list.reduce((sum, e) => sum + e.width, 0) + ENTRY_GAP * Math.max(0, list.length - 1);
  const worded = make(true);
  return total(worded) <= room ? worded : make(false);
}

export function evidenceHeaderItems(layout: BoardLayout, theme: Theme, shares: ReadonlyMap<string, EvidenceShare>, words: EvidenceHeaderWords): SceneItem[] {
  const y = layout.personaStripHeight;
  const h = GEOMETRY.stageHeaderHeight;
  const small = lineHeight(SMALL_FONT);
  const items: SceneItem[] = [];
  for (const column of layout.columns) {
    const x = column.x;
    const room = column.width - 2 * PAD_X;
    items.push(
      { type: 'rect', x, y, width: column.width, height: h, fill: column.stage.color ?? theme.headerFill, stroke: theme.background, strokeWidth: 1 },
      { type: 'text', x: x + PAD_X, y: y + TITLE_TOP, width: room, align: 'center', text: ellipsize(column.stage.title, room, HEADER_FONT), font: HEADER_FONT, color: theme.headerText },
    );
    const share = shares.get(column.stage.id);
    if (!share || share.total === 0) {
      items.push({ type: 'text', x: x + PAD_X, y: y + SHARES_TOP, width: room, align: 'center', text: ellipsize(words.noNotes, room, SMALL_FONT), font: SMALL_FONT, color: theme.headerSubtleText });
      continue;
    }
    const list = entries(share, words, room);
    const width = list.reduce((sum, e) => sum + e.width, 0) + ENTRY_GAP * (list.length - 1);
    let at = x + PAD_X + Math.max(0, (room - width) / 2);
    for (const entry of list) {
      items.push({ type: 'circle', x: at + DOT_RADIUS, y: y + SHARES_TOP + small / 2, radius: DOT_RADIUS, fill: EVIDENCE_FILL[entry.level] });
      items.push({ type: 'text', x: at + 2 * DOT_RADIUS + DOT_GAP, y: y + SHARES_TOP, text: entry.text, font: SMALL_FONT, color: theme.headerText });
      at += entry.width + ENTRY_GAP;
    }
    // The bar: one segment per level, as wide as its count's share (exact, not the rounded percentages).
    let left = x + PAD_X;
    for (const level of EVIDENCE_CHOICES) {
      const count = share.counts[level];
      if (count === 0) continue;
      const w = (room * count) / share.total;
      items.push({ type: 'rect', x: left, y: y + BAR_TOP, width: w, height: BAR_HEIGHT, fill: EVIDENCE_FILL[level] });
      left += w;
    }
  }
  return items;
}
