// The HTML report: one self-contained file to mail round after a workshop or
// print for the wall. It loads nothing and runs nothing: a Content-Security-
// Policy in the page allows only its own inline styles and data: images and
// fonts, and there is no script at all, so a report opened from a shared
// drive or an e-mail cannot reach the network or be turned against its
// reader by what someone typed on a note.
//
// The map itself is the SVG export (the very scene the board draws) in an
// <img> as a data: URL, rather than inline SVG or a PNG:
// - an SVG stays vector, so the printed page and a zoomed screen are sharp
//   at any size, and a 5,000-note map costs no rasterising (a PNG of that
//   map would be tens of megapixels and seconds of work);
// - inside an <img> the SVG is its own document: its embedded fonts, styles
//   and ids cannot clash with the report's, and a browser never runs script
//   or fetches anything from an SVG shown as an image.
// Its text is not selectable there, but every note the report is about is
// also written out as text in the sections that follow.
import { Buffer } from 'node:buffer';
import { throwIfCancelled, type ExportControl, type ExportOptions } from '../../../shared/export/options';
import type { PreparedExport } from '../../../shared/export/sceneForExport';
import { escapeMarkup as esc } from '../../../shared/export/escapeMarkup';
import { exportSvg } from '../svg';
import { REPORT_CSS } from './htmlStyles';
import {
  actionsSection,
  emotionsSection,
  evidenceSection,
  mapSection,
  metricsSection,
  painPointsSection,
  personasSection,
  reviewSection,
  SECTION_IDS,
  sectionTitle,
} from './htmlSections';
import { exportedOn, privacySentences, reportContext, reviewSentence, sizeText, type ReportContext } from './reportContext';

/**
 * Nothing but what the file carries: its inline styles, data: images (the
 * map, the personas' photos) and data: fonts (those the map's SVG embeds).
 * No script, no connections, no forms, no base URL to redirect links.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'";

/**
 * Asynchronous because the map's SVG subsets its fonts to the characters it
 * draws; everything else is worked out at once.
 */
export async function exportHtml(prepared: PreparedExport, options: Pick<ExportOptions, 'language' | 'includeHidden' | 'now'>, control: ExportControl = {}): Promise<string> {
  throwIfCancelled(control.signal);
  const ctx = reportContext(prepared, options);
  const svg = await exportSvg(prepared, { embedMap: false });
  throwIfCancelled(control.signal);
  const picture = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
  const body = [
    cover(ctx),
    mapSection(ctx, picture),
    emotionsSection(ctx),
    painPointsSection(ctx),
    actionsSection(ctx),
    personasSection(ctx),
    metricsSection(ctx),
    evidenceSection(ctx),
    reviewSection(ctx),
    `<footer>${esc(ctx.words.footer(exportedOn(ctx)))}</footer>`,
  ].join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${options.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Jejak">',
    `<title>${esc(ctx.words.documentTitle(ctx.data.map.title))}</title>`,
    `<style>${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main class="report">',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The title page: what the map is, what it is for, when to look at it again, and what is left out. */
function cover(ctx: ReportContext): string {
  const { words, data } = ctx;
  const { map } = data;
  const lang = ` lang="${esc(map.locale)}"`;
  const facts: [string, string][] = [[esc(words.facts.type), esc(words.mapTypes[map.type])]];
  if (map.goal?.trim()) facts.push([esc(words.facts.goal), `<span${lang}>${esc(map.goal)}</span>`]);
  if (map.scenario?.trim()) facts.push([esc(words.facts.scenario), `<span${lang}>${esc(map.scenario)}</span>`]);
  facts.push([esc(words.facts.size), esc(sizeText(ctx))]);
  facts.push([esc(words.facts.reviewBy), `${esc(reviewSentence(ctx))}<span class="badge ${data.review.state}">${esc(words.review.badge[data.review.state])}</span>`]);
  facts.push([esc(words.facts.exported), esc(exportedOn(ctx))]);
  const dl = facts.map(([dt, dd]) => `<dt>${dt}</dt><dd>${dd}</dd>`).join('');
  const privacy = privacySentences(ctx)
    .map((sentence) => `<p class="privacy${ctx.includeHidden ? ' included' : ''}">${esc(sentence)}</p>`)
    .join('');
  const contents = SECTION_IDS.map((id) => `<li><a href="#${id}">${esc(sectionTitle(ctx, id))}</a></li>`).join('');
  return [
    '<header id="top">',
    `<p class="kicker">${esc(words.reportKind)}</p>`,
    `<h1${lang}>${esc(map.title)}</h1>`,
    `<dl class="facts">${dl}</dl>`,
    privacy,
    `<nav aria-labelledby="contents-title"><h2 class="contents-title" id="contents-title">${esc(words.contents)}</h2><ol>${contents}</ol></nav>`,
    '</header>',
  ].join('\n');
}
