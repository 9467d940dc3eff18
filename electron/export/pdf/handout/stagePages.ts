// One page per stage (more when a stage runs long): the stage's title, then
// its notes listed lane by lane in the board's order, each with what the
// card's foot says in full (evidence and its source, priority, owner, due
// date, votes, emotion, metric, tags), so a handout reads without the wall.
import type { Lane, Note, Stage } from '../../../../shared/format/types';
import { cellKey } from '../../../../shared/layout/layout';
import { lineHeight } from '../../../../shared/layout/textMetrics';
import { localeOf, words as wordsOf, type Language } from '../../../../shared/i18n/languages';
import { drawLine } from '../drawText';
import { INK, MUTED } from '../furniture';
import type { PageContext } from '../pageContext';
import type { Progress } from '../progress';
import type { Flow } from './flow';
import { FONTS } from './titlePage';
import { noteFill } from '../../../../shared/layout/noteItem';

const STAGE_TITLE = { weight: 600, size: 18 } as const;
const NOTE_INDENT = 16;

const formatters = new Map<Language, { date(iso: string): string; number(n: number): string }>();

function formats(language: Language): { date(iso: string): string; number(n: number): string } {
  const known = formatters.get(language);
  if (known) return known;
  const tag = localeOf(language);
  const dates = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const made = { date: (iso: string) => dates.format(new Date(`${iso}T00:00:00Z`)), number: (n: number) => numbers.format(n) };
  formatters.set(language, made);
  return made;
}

export async function drawStagePages(page: PageContext, flow: Flow, progress: Progress): Promise<void> {
  const { map } = page.prepared;
  for (const [i, stage] of map.stages.entries()) {
    flow.addPage();
    await drawStage(page, flow, stage, i, progress);
  }
}

async function drawStage(page: PageContext, flow: Flow, stage: Stage, index: number, progress: Progress): Promise<void> {
  const { ctx, words, prepared } = page;
  const { map, layout, theme } = prepared;
  const { doc } = ctx;
  // A page break inside a lane says again which stage, and which lane, the notes belong to.
  let lane: Lane | null = null;
  flow.onNewPage = () => {
    drawLine(ctx, words.continued(stage.title), flow.left, flow.y, { font: FONTS.subheading, color: MUTED });
    flow.y += lineHeight(FONTS.subheading) + 8;
    if (lane) drawLaneHeading(page, flow, lane, true);
  };
  flow.paragraph(words.stage(index + 1, map.stages.length), FONTS.small, MUTED);
  flow.paragraph(stage.title, STAGE_TITLE, INK);
  flow.gap(3);
  doc.save();
  doc.lineWidth(2).moveTo(flow.left, flow.y).lineTo(flow.left + flow.width, flow.y).stroke(stage.color ?? theme.headerFill);
  doc.restore();
  flow.gap(12);
  let any = false;
  for (const row of layout.rows) {
    const notes = layout.cells.get(cellKey(row.lane.id, stage.id))?.notes ?? [];
    if (notes.length === 0) continue;
    any = true;
    const first = noteHeight(page, flow, notes[0]!, row.lane);
    flow.ensure(lineHeight(FONTS.heading) + 4 + Math.min(first, flow.pageRoom / 2));
    drawLaneHeading(page, flow, row.lane, false);
    lane = row.lane;
    for (const note of notes) {
      drawNote(page, flow, note, row.lane);
      await progress.advance(1);
    }
    lane = null;
    flow.gap(10);
  }
  if (!any) flow.paragraph(words.noNotes, FONTS.body, MUTED);
  flow.onNewPage = null;
  await progress.advance(1);
}

function drawLaneHeading(page: PageContext, flow: Flow, lane: Lane, continued: boolean): void {
  const { ctx, prepared, options, words } = page;
  const { theme } = prepared;
  const size = 9;
  const y = flow.y + (lineHeight(FONTS.heading) - size) / 2;
  ctx.doc.save();
  ctx.doc.lineWidth(0.5).roundedRect(flow.left, y, size, size, 2).fillAndStroke(noteFill({}, lane, theme), theme.noteBorder);
  ctx.doc.restore();
  const kind = wordsOf(options.language).laneKinds[lane.kind];
  // The kind is said after the title unless the title already says it ("Emotions: Maya").
  const title = lane.title.toLocaleLowerCase().includes(kind.toLocaleLowerCase()) ? lane.title : `${lane.title} · ${kind}`;
  flow.paragraph(continued ? words.continued(title) : title, FONTS.heading, INK, NOTE_INDENT);
  flow.gap(4);
}

/** The small line under a note: everything its card's foot says, spelled out. */
function details(page: PageContext, note: Note): string {
  const { words, options } = page;
  const f = formats(options.language);
  const parts: string[] = [];
  if (note.evidence) parts.push(`${words.evidence}: ${words.evidenceLevels[note.evidence]}${note.source ? ` (${words.source}: ${note.source})` : ''}`);
  else if (note.source) parts.push(`${words.source}: ${note.source}`);
  if (note.priority) parts.push(`${words.priority}: ${words.priorities[note.priority]}`);
  if (note.owner) parts.push(`${words.owner}: ${note.owner}`);
  if (note.due) parts.push(`${words.due}: ${f.date(note.due)}`);
  if (note.votes) parts.push(`● ${words.votesCount(note.votes)}`);
  if (note.emotion !== undefined) parts.push(words.emotionValue(note.emotion > 0 ? `+${note.emotion}` : note.emotion < 0 ? `−${-note.emotion}` : '0'));
  if (note.tags?.length) parts.push(note.tags.map((t) => `#${t}`).join(' '));
  return parts.join(' · ');
}

function metricLine(page: PageContext, note: Note): string {
  if (!note.metric) return '';
  const f = formats(page.options.language);
  return `${note.metric.name}: ${f.number(note.metric.value)}${note.metric.unit ? ` ${note.metric.unit}` : ''}`;
}

function noteHeight(page: PageContext, flow: Flow, note: Note, _lane: Lane): number {
  const width = NOTE_INDENT + 10;
  return flow.height(metricLine(page, note), FONTS.subheading, width) + flow.height(note.text, FONTS.body, width) + flow.height(details(page, note), FONTS.small, width) + 6;
}

function drawNote(page: PageContext, flow: Flow, note: Note, lane: Lane): void {
  const { ctx, prepared } = page;
  const { theme } = prepared;
  const indent = NOTE_INDENT + 10;
  const height = noteHeight(page, flow, note, lane);
  // A note stays on one page unless it is longer than half a page.
  flow.ensure(Math.min(height, flow.pageRoom / 2));
  const size = 6;
  const y = flow.y + (lineHeight(FONTS.body) - size) / 2;
  ctx.doc.save();
  ctx.doc.lineWidth(0.4).roundedRect(flow.left + NOTE_INDENT, y, size, size, 1.5).fillAndStroke(noteFill(note, lane, theme), theme.noteBorder);
  ctx.doc.restore();
  const metric = metricLine(page, note);
  if (metric) flow.paragraph(metric, FONTS.subheading, INK, indent);
  flow.paragraph(note.text, FONTS.body, INK, indent);
  const more = details(page, note);
  if (more) flow.paragraph(more, FONTS.small, MUTED, indent);
  flow.gap(6);
}
