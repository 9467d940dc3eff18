// What both reports start from: the prepared export (the map as exported,
// private notes already left out), the figures worked out once from it, the
// words in the language asked for, and the sentences built from them. The
// HTML and the Markdown report each lay these out their own way and so
// cannot say different things.
import { reportData, type ActionItem, type EvidenceShare, type ReportData } from '../../../shared/analysis/reportData';
import { countMap } from '../../../shared/analysis/summary';
import { faceDownByStage } from '../../../shared/export/mapForExport';
import type { ExportOptions } from '../../../shared/export/options';
import { reportFormat, type ReportFormat } from '../../../shared/export/reportFormat';
import type { PreparedExport } from '../../../shared/export/sceneForExport';
import type { Note } from '../../../shared/format/types';
import { localeOf, words as wordsOf } from '../../../shared/i18n/languages';
import type { ReportWords } from '../../../shared/i18n/words';

export interface ReportContext {
  prepared: PreparedExport;
  data: ReportData;
  words: ReportWords;
  format: ReportFormat;
  includeHidden: boolean;
}

export function reportContext(prepared: PreparedExport, options: Pick<ExportOptions, 'language' | 'includeHidden' | 'now'>): ReportContext {
  const words = wordsOf(options.language).report;
  return { prepared, data: reportData(prepared.map, options.now), words, format: reportFormat(localeOf(options.language)), includeHidden: options.includeHidden };
}

/** The facts under the title: the map's size. */
export function sizeText(ctx: ReportContext): string {
  return ctx.words.size(countMap(ctx.data.map), ctx.format.integer);
}

/**
 * What the report says about privacy: private notes left out or included,
 * and, when left out, how many are still face down and in which stages (the
 * picture shows them as blank cards, laid out from mapForPicture).
 */
export function privacySentences(ctx: ReportContext): string[] {
  const { words, format } = ctx;
  if (ctx.includeHidden) return [words.privateIncluded];
  const sentences = [words.privateLeftOut];
  const pictured = ctx.prepared.layout.map;
  const byStage = faceDownByStage(pictured);
  const total = [...byStage.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return sentences;
  const where = pictured.stages
    .filter((stage) => byStage.has(stage.id))
    .map((stage) => `${stage.title} ${format.integer(byStage.get(stage.id)!)}`)
    .join(', ');
  return [...sentences, words.faceDown(total, format.integer(total), where)];
}

/** The day the report was made, in words. */
export function exportedOn(ctx: ReportContext): string {
  return ctx.format.date(ctx.data.today);
}

/** The review date with how near it is, e.g. "The review is due by 15 April 2027, in 12 days." */
export function reviewSentence(ctx: ReportContext): string {
  const { review } = ctx.data;
  const { words, format } = ctx;
  if (review.date === null || review.days === null) return words.review.none;
  const date = format.date(review.date);
  if (review.state === 'overdue') return words.review.overdue(date, -review.days);
  if (review.days === 0) return words.review.today(date);
  if (review.state === 'due') return words.review.due(date, review.days);
  return words.review.scheduled(date, review.days);
}

/** What to check at the review: assumptions left and actions due; null without a date. */
export function reviewChecklist(ctx: ReportContext): string | null {
  const { review } = ctx.data;
  return review.date === null ? null : ctx.words.review.before(review.assumptions, review.actionsDueByReview);
}

/** One line per persona: where the curve is lowest and highest. */
export function emotionSentences(ctx: ReportContext): string[] {
  const { words, format } = ctx;
  return ctx.data.emotions.flatMap((series) => {
    if (!series.lowest || !series.highest) return [];
    const low = { stage: series.lowest.stage.title, mean: format.signed(series.lowest.mean!) };
    if (series.lowest === series.highest) return [words.emotions.single(series.label, low)];
    return [words.emotions.range(series.label, low, { stage: series.highest.stage.title, mean: format.signed(series.highest.mean!) })];
  });
}

export function evidenceSummary(ctx: ReportContext, share: EvidenceShare): string {
  const { percent } = ctx.format;
  return ctx.words.evidence.summary({
    data: percent(share.percents.measured + share.percents.observed),
    assumption: percent(share.percents.assumption),
    unstated: percent(share.percents.unstated),
  });
}

/** A note's evidence as a cell says it: "Observed: 14 customer interviews, Oct 2026". */
export function evidenceText(ctx: ReportContext, note: Note): string {
  const kind = ctx.words.evidence.kinds[note.evidence ?? 'unstated'];
  const source = note.source?.trim();
  return source ? `${kind}: ${source}` : kind;
}

/**
 * "Made from “…”" under an action whose source note is on the map with other
 * words than the action's; null when it says nothing the action does not.
 */
export function madeFromText(ctx: ReportContext, action: ActionItem): string | null {
  const source = action.madeFrom?.text.trim();
  if (!source || source === action.note.text.trim()) return null;
  return ctx.words.actions.madeFrom(source);
}

/** "Written by Dewi" under a note a participant wrote; null for a note with no author (or authors left out). */
export function authorText(ctx: ReportContext, note: Note): string | null {
  return note.author === undefined ? null : ctx.words.writtenBy(note.author);
}

/** The words for a priority, or "not set". */
export function priorityText(ctx: ReportContext, note: Note): string {
  return note.priority ? ctx.words.priorities[note.priority] : ctx.words.actions.noPriority;
}
