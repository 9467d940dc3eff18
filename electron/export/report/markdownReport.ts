// The Markdown report's text: the HTML report's sections as headings,
// paragraphs and GitHub-flavoured tables, for a wiki, a repository or an
// e-mail. The map is a picture beside the file, linked by its bare file name
// so the two can be moved together; the emotion curve, a chart in the HTML
// report, is its table of means here (the numbers the chart is drawn from).
import { metricFigure } from '../../../shared/analysis/noteMetric';
import { EVIDENCE_KINDS, type EvidenceShare } from '../../../shared/analysis/reportData';
import type { Persona } from '../../../shared/format/types';
import { mdLinkTarget, mdTable, mdText } from './markdownText';
import { authorText, emotionSentences, evidenceSummary, evidenceText, exportedOn, madeFromText, priorityText, privacySentences, reviewChecklist, reviewSentence, sizeText, type ReportContext } from './reportContext';

export function markdownReport(ctx: ReportContext, pictureName: string): string {
  const blocks = [
    ...cover(ctx),
    ...mapPicture(ctx, pictureName),
    ...emotions(ctx),
    ...painPoints(ctx),
    ...actions(ctx),
    ...personas(ctx),
    ...metrics(ctx),
    ...evidence(ctx),
    ...review(ctx),
    '---',
    `*${mdText(ctx.words.footer(exportedOn(ctx)))}*`,
  ];
  return `${blocks.join('\n\n')}\n`;
}

const heading = (level: 1 | 2 | 3, text: string) => `${'#'.repeat(level)} ${mdText(text)}`;
const italic = (text: string) => `*${mdText(text)}*`;

function cover(ctx: ReportContext): string[] {
  const { words, data } = ctx;
  const { map } = data;
  const facts: [string, string][] = [[words.facts.type, mdText(words.mapTypes[map.type])]];
  if (map.goal?.trim()) facts.push([words.facts.goal, mdText(map.goal)]);
  if (map.scenario?.trim()) facts.push([words.facts.scenario, mdText(map.scenario)]);
  facts.push([words.facts.size, mdText(sizeText(ctx))]);
  facts.push([words.facts.reviewBy, `${mdText(reviewSentence(ctx))} **(${mdText(words.review.badge[data.review.state])})**`]);
  facts.push([words.facts.exported, mdText(exportedOn(ctx))]);
  return [
    heading(1, map.title),
    italic(words.reportKind),
    facts.map(([label, value]) => `- **${mdText(label)}:** ${value}`).join('\n'),
    privacySentences(ctx).map((sentence) => `> ${mdText(sentence)}`).join('\n>\n'),
  ];
}

function mapPicture(ctx: ReportContext, pictureName: string): string[] {
  const { words } = ctx;
  return [heading(2, words.sections.map), `![${mdText(words.map.alt(ctx.data.map.title))}](${mdLinkTarget(pictureName)})`, italic(words.map.caption)];
}

function emotions(ctx: ReportContext): string[] {
  const { words, format, data } = ctx;
  const scored = data.emotions.filter((series) => series.mean !== null);
  const out = [heading(2, words.sections.emotions), mdText(words.emotions.intro)];
  if (scored.length === 0) return [...out, italic(words.emotions.none)];
  const rows = data.map.stages.map((stage, i) => [
    mdText(stage.title),
    ...scored.map((series) => {
      const mean = series.points[i]!.mean;
      return mean === null ? '—' : mdText(format.signed(mean));
    }),
  ]);
  rows.push([`**${mdText(words.emotions.average)}**`, ...scored.map((series) => `**${mdText(format.signed(series.mean!))}**`)]);
  return [
    ...out,
    emotionSentences(ctx)
      .map((s) => `- ${mdText(s)}`)
      .join('\n'),
    mdTable([mdText(words.emotions.stage), ...scored.map((s) => mdText(s.label))], ['left', ...scored.map(() => 'right' as const)], rows),
  ];
}

function painPoints(ctx: ReportContext): string[] {
  const { words, format, data } = ctx;
  const w = words.painPoints;
  if (data.painPoints.length === 0) return [heading(2, words.sections.painPoints), italic(w.none)];
  const rows = data.painPoints.map((p) => [
    mdText(format.integer(p.rank)),
    mdText(format.integer(p.votes)),
    withLines(noteText(ctx, p.note.text), [authorText(ctx, p.note)]),
    mdText(p.stage.title),
    mdText(evidenceText(ctx, p.note)),
  ]);
  return [
    heading(2, words.sections.painPoints),
    mdText(w.intro),
    mdTable([w.rank, w.votes, w.painPoint, w.stage, w.evidence].map(mdText), ['right', 'right', 'left', 'left', 'left'], rows),
  ];
}

function actions(ctx: ReportContext): string[] {
  const { words, format, data } = ctx;
  const w = words.actions;
  if (data.actions.length === 0) return [heading(2, words.sections.actions), italic(w.none)];
  const rows = data.actions.map((a) => {
    return [
      withLines(noteText(ctx, a.note.text), [authorText(ctx, a.note), madeFromText(ctx, a)]),
      mdText(a.stage.title),
      a.owner ? mdText(a.owner) : italic(w.noOwner),
      a.priority ? mdText(priorityText(ctx, a.note)) : italic(w.noPriority),
      a.due ? `${mdText(format.date(a.due))}${a.overdue ? ` **(${mdText(w.overdue)})**` : ''}` : italic(w.noDue),
      mdText(format.integer(a.votes)),
    ];
  });
  return [
    heading(2, words.sections.actions),
    mdText(w.intro),
    mdTable([w.action, w.stage, w.owner, w.priority, w.due, w.votes].map(mdText), ['left', 'left', 'left', 'left', 'left', 'right'], rows),
  ];
}

function personas(ctx: ReportContext): string[] {
  const { words, data } = ctx;
  if (data.personas.length === 0) return [heading(2, words.sections.personas), italic(words.personas.none)];
  return [heading(2, words.sections.personas), ...data.personas.flatMap((persona) => personaBlocks(ctx, persona))];
}

function personaBlocks(ctx: ReportContext, persona: Persona): string[] {
  const w = ctx.words.personas;
  const primary = ctx.data.map.primaryPersona === persona.id ? ` (${w.primary})` : '';
  const out = [heading(3, `${persona.name}${primary}`)];
  const about = [persona.role?.trim() ?? '', persona.age !== undefined ? w.years(ctx.format.integer(persona.age)) : ''].filter(Boolean);
  if (about.length > 0) out.push(italic(about.join(' · ')));
  if (persona.bio?.trim()) out.push(mdText(persona.bio));
  if (persona.quote?.trim()) out.push(`> ${mdText(`“${persona.quote.trim()}”`)}`);
  const lists = [
    [w.goals, persona.goals],
    [w.frustrations, persona.frustrations],
    [w.motivations, persona.motivations],
    [w.channels, persona.channels],
  ] as const;
  for (const [label, items] of lists) {
    if (!items || items.length === 0) continue;
    out.push(`**${mdText(label)}**\n\n${items.map((item) => `- ${mdText(item)}`).join('\n')}`);
  }
  return out;
}

function metrics(ctx: ReportContext): string[] {
  const { words, format, data } = ctx;
  const w = words.metrics;
  if (data.metrics.length === 0) return [heading(2, words.sections.metrics), italic(w.none)];
  const rows = data.metrics.map((m) => [
    mdText(m.metric.name),
    mdText(metricFigure(m.metric, format.figure)),
    mdText(m.stage.title),
    // A metrics lane's note is its own figure: its words stand in the value, not twice.
    m.metric.from === 'field' ? noteText(ctx, m.note.text) : '',
    mdText(evidenceText(ctx, m.note)),
  ]);
  // Figures line up on the right; a column that also holds words as written reads from the left.
  const value = data.metrics.every((m) => m.metric.from === 'field') ? 'right' : 'left';
  return [heading(2, words.sections.metrics), mdText(w.intro), mdTable([w.metric, w.value, w.stage, w.note, w.source].map(mdText), ['left', value, 'left', 'left', 'left'], rows)];
}

function evidence(ctx: ReportContext): string[] {
  const { words, format, data } = ctx;
  const w = words.evidence;
  const out = [heading(2, words.sections.evidence), mdText(w.intro)];
  if (data.evidence.map.total === 0) return [...out, italic(w.noNotes)];
  const cells = (share: EvidenceShare) => EVIDENCE_KINDS.map((kind) => mdText(`${format.percent(share.percents[kind])} (${format.integer(share.counts[kind])})`));
  const rows = [
    [`**${mdText(w.wholeMap)}**`, `**${mdText(format.integer(data.evidence.map.total))}**`, ...cells(data.evidence.map).map((c) => `**${c}**`)],
    ...data.evidence.stages.map(({ stage, share }) => [mdText(stage.title), mdText(format.integer(share.total)), ...cells(share)]),
  ];
  return [
    ...out,
    `**${mdText(evidenceSummary(ctx, data.evidence.map))}**`,
    mdTable([w.stage, w.notes, ...EVIDENCE_KINDS.map((kind) => w.kinds[kind])].map(mdText), ['left', 'right', 'right', 'right', 'right', 'right'], rows),
  ];
}

function review(ctx: ReportContext): string[] {
  const { words, data } = ctx;
  const checklist = reviewChecklist(ctx);
  return [
    heading(2, words.sections.review),
    `**${mdText(reviewSentence(ctx))}** (${mdText(words.review.badge[data.review.state])})`,
    ...(checklist ? [mdText(checklist)] : []),
    mdText(words.review.cadence),
  ];
}

function noteText(ctx: ReportContext, text: string): string {
  return text.trim() === '' ? italic(ctx.words.emptyNote) : mdText(text);
}

/** A note's cell with, after it, who wrote it and what else is said of it, each in italics. */
function withLines(text: string, lines: (string | null)[]): string {
  return [text, ...lines.filter((line): line is string => line !== null).map(italic)].join(' ');
}
