// The HTML report's sections, each a function of the report context. Every
// piece of map text goes through `esc`: a note reading `<script>` is shown as
// those eight characters, never parsed.
import { metricFigure } from '../../../shared/analysis/noteMetric';
import { EVIDENCE_KINDS, type EvidenceKind, type EvidenceShare } from '../../../shared/analysis/reportData';
import { emotionChartSvg } from '../../../shared/export/emotionChart';
import { escapeMarkup as esc } from '../../../shared/export/escapeMarkup';
import type { Note, Persona } from '../../../shared/format/types';
import { usablePicture } from '../../../shared/pictures/storedPicture';
import { authorText, emotionSentences, evidenceSummary, evidenceText, madeFromText, priorityText, reviewChecklist, reviewSentence, type ReportContext } from './reportContext';

export const SECTION_IDS = ['map', 'emotions', 'pain-points', 'actions', 'personas', 'metrics', 'evidence', 'review'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export function sectionTitle(ctx: ReportContext, id: SectionId): string {
  const s = ctx.words.sections;
  const titles: Record<SectionId, string> = {
    map: s.map,
    emotions: s.emotions,
    'pain-points': s.painPoints,
    actions: s.actions,
    personas: s.personas,
    metrics: s.metrics,
    evidence: s.evidence,
    review: s.review,
  };
  return titles[id];
}

/** Evidence colours: data in greens and blues, assumptions in amber, silence in grey. */
export const EVIDENCE_COLORS: Record<EvidenceKind, string> = { measured: '#047857', observed: '#1D4ED8', assumption: '#D97706', unstated: '#AEB8C4' };

function section(ctx: ReportContext, id: SectionId, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-title"><h2 id="${id}-title">${esc(sectionTitle(ctx, id))}</h2>${body}</section>`;
}

/** Map content in the map's own language, so a reader (or screen reader) pronounces it right. */
function lang(ctx: ReportContext): string {
  return ` lang="${esc(ctx.data.map.locale)}"`;
}

function noteText(ctx: ReportContext, note: Note): string {
  return note.text.trim() === '' ? `<span class="empty-note">${esc(ctx.words.emptyNote)}</span>` : esc(note.text);
}

/** The note's text with, on the lines below, who wrote it and what it was made from. */
function noteWithLines(ctx: ReportContext, note: Note, madeFrom: string | null = null): string {
  const below = [
    { line: authorText(ctx, note), className: 'written-by' },
    { line: madeFrom, className: 'made-from' },
  ];
  return `${noteText(ctx, note)}${below.map(({ line, className }) => (line === null ? '' : `<br><span class="${className}">${esc(line)}</span>`)).join('')}`;
}

function table(head: { label: string; className?: string }[], rows: string[]): string {
  const th = head.map((h) => `<th scope="col"${h.className ? ` class="${h.className}"` : ''}>${h.label}</th>`).join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function empty(text: string): string {
  return `<p class="missing">${esc(text)}</p>`;
}

export function mapSection(ctx: ReportContext, pictureUrl: string): string {
  const { words } = ctx;
  const { width, height } = ctx.prepared.scene;
  const img = `<img class="map-picture" src="${esc(pictureUrl)}" width="${Math.round(width)}" height="${Math.round(height)}" alt="${esc(words.map.alt(ctx.data.map.title))}">`;
  return section(ctx, 'map', `<figure>${img}<figcaption>${esc(words.map.caption)}</figcaption></figure>`);
}

export function emotionsSection(ctx: ReportContext): string {
  const { words, format, data } = ctx;
  const scored = data.emotions.filter((series) => series.mean !== null);
  if (scored.length === 0) return section(ctx, 'emotions', `<p class="intro">${esc(words.emotions.intro)}</p>${empty(words.emotions.none)}`);
  const color = (index: number) => ctx.prepared.theme.curve[index % ctx.prepared.theme.curve.length]!;
  const chart = emotionChartSvg({
    title: words.emotions.chartTitle,
    stages: data.map.stages.map((stage) => stage.title),
    series: scored.map((series) => ({ label: series.label, color: color(series.paletteIndex), values: series.points.map((p) => p.mean) })),
  });
  const sentences = emotionSentences(ctx).map((s) => `<li>${esc(s)}</li>`).join('');
  const head = [{ label: esc(words.emotions.stage) }, ...scored.map((s) => ({ label: `${swatch(color(s.paletteIndex))}${esc(s.label)}`, className: 'number' }))];
  const rows = data.map.stages.map((stage, i) => {
    const cells = scored.map((series) => {
      const point = series.points[i]!;
      return point.mean === null ? `<td class="number missing">—</td>` : `<td class="number">${esc(format.signed(point.mean))}</td>`;
    });
    return `<tr><th scope="row"${lang(ctx)}>${esc(stage.title)}</th>${cells.join('')}</tr>`;
  });
  const means = scored.map((series) => `<td class="number">${esc(format.signed(series.mean!))}</td>`).join('');
  rows.push(`<tr class="whole-map"><th scope="row">${esc(words.emotions.average)}</th>${means}</tr>`);
  return section(
    ctx,
    'emotions',
    `<p class="intro">${esc(words.emotions.intro)}</p><figure>${chart}</figure><ul${lang(ctx)}>${sentences}</ul>${table(head, rows)}`,
  );
}

export function painPointsSection(ctx: ReportContext): string {
  const { words, format, data } = ctx;
  const w = words.painPoints;
  if (data.painPoints.length === 0) return section(ctx, 'pain-points', empty(w.none));
  const rows = data.painPoints.map(
    (p) =>
      `<tr><td class="number">${esc(format.integer(p.rank))}</td><td class="number">${esc(format.integer(p.votes))}</td><td class="text"${lang(ctx)}>${noteWithLines(ctx, p.note)}</td><td${lang(ctx)}>${esc(p.stage.title)}</td><td${lang(ctx)}>${esc(evidenceText(ctx, p.note))}</td></tr>`,
  );
  const head = [{ label: esc(w.rank), className: 'number' }, { label: esc(w.votes), className: 'number' }, { label: esc(w.painPoint) }, { label: esc(w.stage) }, { label: esc(w.evidence) }];
  return section(ctx, 'pain-points', `<p class="intro">${esc(w.intro)}</p>${table(head, rows)}`);
}

export function actionsSection(ctx: ReportContext): string {
  const { words, format, data } = ctx;
  const w = words.actions;
  if (data.actions.length === 0) return section(ctx, 'actions', empty(w.none));
  const rows = data.actions.map((a) => {
    const owner = a.owner ? `<td${lang(ctx)}>${esc(a.owner)}</td>` : `<td class="missing">${esc(w.noOwner)}</td>`;
    const priority = `<td${a.priority ? ` class="priority-${a.priority}"` : ' class="missing"'}>${esc(priorityText(ctx, a.note))}</td>`;
    const due = a.due
      ? `<td class="when">${esc(format.date(a.due))}${a.overdue ? `<br><span class="overdue-mark">${esc(w.overdue)}</span>` : ''}</td>`
      : `<td class="missing">${esc(w.noDue)}</td>`;
    const action = noteWithLines(ctx, a.note, madeFromText(ctx, a));
    const votes = `<td class="number${a.votes === 0 ? ' missing' : ''}">${esc(format.integer(a.votes))}</td>`;
    return `<tr><td class="text"${lang(ctx)}>${action}</td><td${lang(ctx)}>${esc(a.stage.title)}</td>${owner}${priority}${due}${votes}</tr>`;
  });
  const head = [{ label: esc(w.action) }, { label: esc(w.stage) }, { label: esc(w.owner) }, { label: esc(w.priority) }, { label: esc(w.due) }, { label: esc(w.votes), className: 'number' }];
  return section(ctx, 'actions', `<p class="intro">${esc(w.intro)}</p>${table(head, rows)}`);
}

export function personasSection(ctx: ReportContext): string {
  const { data, words } = ctx;
  if (data.personas.length === 0) return section(ctx, 'personas', empty(words.personas.none));
  return section(ctx, 'personas', `<div class="personas">${data.personas.map((p) => personaCard(ctx, p)).join('')}</div>`);
}

function personaCard(ctx: ReportContext, persona: Persona): string {
  const w = ctx.words.personas;
  const parts: string[] = [];
  // Only a photo whose header says it is safe to decode: the page's reader would decode it whole.
  const photo = persona.photo ? usablePicture(ctx.data.map.assets, persona.photo) : null;
  // The asset's bytes were checked against their type when the map was read; a data: URL is all the page may load.
  if (photo) parts.push(`<img class="photo" src="data:${esc(photo.mime)};base64,${esc(photo.data)}" alt="">`);
  const primary = ctx.data.map.primaryPersona === persona.id ? `<span class="badge primary">${esc(w.primary)}</span>` : '';
  parts.push(`<h3${lang(ctx)}>${esc(persona.name)}${primary}</h3>`);
  const about = [persona.role?.trim() ? esc(persona.role) : '', persona.age !== undefined ? esc(w.years(ctx.format.integer(persona.age))) : ''].filter(Boolean);
  if (about.length > 0) parts.push(`<div class="role"${lang(ctx)}>${about.join(' · ')}</div>`);
  if (persona.bio?.trim()) parts.push(`<p${lang(ctx)}>${esc(persona.bio)}</p>`);
  if (persona.quote?.trim()) parts.push(`<blockquote${lang(ctx)}>“${esc(persona.quote)}”</blockquote>`);
  const lists = (
    [
      [w.goals, persona.goals],
      [w.frustrations, persona.frustrations],
      [w.motivations, persona.motivations],
      [w.channels, persona.channels],
    ] as const
  ).filter(([, items]) => items && items.length > 0);
  if (lists.length > 0) {
    const dl = lists.map(([label, items]) => `<dt>${esc(label)}</dt><dd><ul${lang(ctx)}>${items!.map((item) => `<li>${esc(item)}</li>`).join('')}</ul></dd>`);
    parts.push(`<dl>${dl.join('')}</dl>`);
  }
  return `<article class="persona">${parts.join('')}</article>`;
}

export function metricsSection(ctx: ReportContext): string {
  const { words, format, data } = ctx;
  const w = words.metrics;
  if (data.metrics.length === 0) return section(ctx, 'metrics', empty(w.none));
  // Figures line up on the right; a column that also holds words as written reads from the left.
  const figure = data.metrics.every((m) => m.metric.from === 'field') ? 'number' : 'text';
  const rows = data.metrics.map((m) => {
    // A metrics lane's note is its own figure: its words stand in the value, not twice.
    const note = m.metric.from === 'field' ? noteText(ctx, m.note) : '';
    return `<tr><td${lang(ctx)}>${esc(m.metric.name)}</td><td class="${figure}"${lang(ctx)}>${esc(metricFigure(m.metric, format.figure))}</td><td${lang(ctx)}>${esc(m.stage.title)}</td><td class="text"${lang(ctx)}>${note}</td><td${lang(ctx)}>${esc(evidenceText(ctx, m.note))}</td></tr>`;
  });
  const head = [{ label: esc(w.metric) }, { label: esc(w.value), className: figure === 'number' ? 'number' : undefined }, { label: esc(w.stage) }, { label: esc(w.note) }, { label: esc(w.source) }];
  return section(ctx, 'metrics', `<p class="intro">${esc(w.intro)}</p>${table(head, rows)}`);
}

export function evidenceSection(ctx: ReportContext): string {
  const { words, format, data } = ctx;
  const w = words.evidence;
  if (data.evidence.map.total === 0) return section(ctx, 'evidence', `<p class="intro">${esc(w.intro)}</p>${empty(w.noNotes)}`);
  const cells = (share: EvidenceShare) =>
    EVIDENCE_KINDS.map((kind) => `<td class="number">${esc(format.percent(share.percents[kind]))} <span class="missing">(${esc(format.integer(share.counts[kind]))})</span></td>`).join('');
  const row = (label: string, share: EvidenceShare, className = '', labelLang = '') =>
    `<tr${className}><th scope="row"${labelLang}>${esc(label)}</th><td class="number">${esc(format.integer(share.total))}</td>${cells(share)}<td>${evidenceBar(share)}</td></tr>`;
  const rows = [
    row(w.wholeMap, data.evidence.map, ' class="whole-map"'),
    ...data.evidence.stages.map(({ stage, share }) => row(stage.title, share, '', lang(ctx))),
  ];
  const head = [
    { label: esc(w.stage) },
    { label: esc(w.notes), className: 'number' },
    ...EVIDENCE_KINDS.map((kind) => ({ label: `${swatch(EVIDENCE_COLORS[kind])}${esc(w.kinds[kind])}`, className: 'number' })),
    { label: '' },
  ];
  return section(ctx, 'evidence', `<p class="intro">${esc(w.intro)}</p><p class="summary">${esc(evidenceSummary(ctx, data.evidence.map))}</p>${table(head, rows)}`);
}

/** The four shares as one stacked bar; SVG fills print even where CSS backgrounds are dropped. */
export function evidenceBar(share: EvidenceShare): string {
  if (share.total === 0) return '';
  let x = 0;
  const rects = EVIDENCE_KINDS.map((kind) => {
    const width = (share.counts[kind] * 100) / share.total;
    const rect = width > 0 ? `<rect x="${round(x)}" y="0" width="${round(width)}" height="10" fill="${EVIDENCE_COLORS[kind]}"/>` : '';
    x += width;
    return rect;
  });
  return `<svg class="evidence-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">${rects.join('')}</svg>`;
}

export function reviewSection(ctx: ReportContext): string {
  const { words, data } = ctx;
  const badge = `<span class="badge ${data.review.state}">${esc(words.review.badge[data.review.state])}</span>`;
  const checklist = reviewChecklist(ctx);
  return section(
    ctx,
    'review',
    `<p class="review-state">${esc(reviewSentence(ctx))}${badge}</p>${checklist ? `<p>${esc(checklist)}</p>` : ''}<p class="intro">${esc(words.review.cadence)}</p>`,
  );
}

function swatch(color: string): string {
  return `<svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" rx="2" fill="${color}"/></svg>`;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
