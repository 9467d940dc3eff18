// The HTML report's one style sheet, inline (the page loads nothing). On
// screen: a readable column. On paper: A4 portrait with each section starting
// a page, the map alone on a landscape page and shrunk to fit it, table
// headers repeated on every page and no row split across two, colours kept
// (bars and swatches are meaningless in grey ink-saving mode). The type is
// the system's: the report reflows, so it needs no measured font, and every
// desktop's sans-serif and emoji fonts cover Indonesian and emoji.
import { CHART_FONT_FAMILY } from '../../../shared/export/emotionChart';

export const REPORT_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #EEF1F4; color: #1B2430; font-family: ${CHART_FONT_FAMILY}; font-size: 15px; line-height: 1.5; }
.report { max-width: 1000px; margin: 24px auto; padding: 40px 48px; background: #FFFFFF; border-radius: 6px; box-shadow: 0 1px 3px rgba(27, 36, 48, 0.12); }
h1 { font-size: 2em; line-height: 1.2; margin: 0.2em 0 0.6em; }
h2 { font-size: 1.45em; line-height: 1.25; margin: 0 0 0.4em; padding-bottom: 0.25em; border-bottom: 2px solid #1F2A37; }
h3 { font-size: 1.1em; margin: 0 0 0.2em; }
p { margin: 0 0 0.8em; }
section { margin-top: 48px; }
.kicker { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8em; font-weight: 600; color: #52606D; margin: 0; }
.intro { color: #3E4C59; max-width: 48em; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.35em 1.2em; margin: 0 0 1.2em; }
.facts dt { font-weight: 600; color: #52606D; }
.facts dd { margin: 0; white-space: pre-line; }
.privacy { font-size: 0.9em; color: #3E4C59; border-left: 4px solid #AEB8C4; padding: 0.3em 0.8em; background: #F4F6F8; }
.privacy.included { border-left-color: #C2410C; background: #FFF4ED; }
nav ol { margin: 0.2em 0 0; padding-left: 1.4em; columns: 2; }
nav a { color: #1D4ED8; }
.contents-title { font-size: 1em; border: 0; margin: 1.4em 0 0; padding: 0; }
.badge { display: inline-block; font-size: 0.78em; font-weight: 600; padding: 0.05em 0.55em; border-radius: 1em; vertical-align: 0.1em; margin-left: 0.4em; white-space: nowrap; }
.badge.overdue { background: #FDE2E2; color: #9B1C1C; }
.badge.due { background: #FEF3C7; color: #7C4A03; }
.badge.scheduled { background: #DDF3E4; color: #065F46; }
.badge.none, .badge.primary { background: #E7E7EF; color: #3E4C59; }
figure { margin: 0 0 1em; }
figcaption { font-size: 0.85em; color: #52606D; margin-top: 0.4em; }
.map-picture { display: block; max-width: 100%; height: auto; margin: 0 auto; border: 1px solid #DDE2E8; }
.emotion-chart { display: block; width: 100%; height: auto; }
table { width: 100%; border-collapse: collapse; margin: 0.6em 0 1.2em; font-size: 0.9em; }
th, td { text-align: left; vertical-align: top; padding: 0.45em 0.6em; border-bottom: 1px solid #DDE2E8; }
thead th { background: #1F2A37; color: #FFFFFF; font-weight: 600; }
tbody tr:nth-child(even) { background: #F7F8FA; }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.text { white-space: pre-line; overflow-wrap: anywhere; }
td.when { white-space: nowrap; }
/* A few narrow columns of means: no need to stretch them across the page. */
#emotions table { width: auto; min-width: 60%; }
tr.whole-map { font-weight: 600; background: #EEF1F4 !important; }
.empty-note, .missing { color: #7B8794; font-style: italic; }
.overdue-mark { color: #9B1C1C; font-weight: 600; }
.made-from, .written-by { color: #52606D; font-size: 0.9em; }
.priority-high { font-weight: 600; color: #9B1C1C; }
.priority-medium { font-weight: 600; color: #7C4A03; }
.evidence-bar { display: block; width: 100%; min-width: 90px; height: 12px; }
.swatch { display: inline-block; width: 0.8em; height: 0.8em; border-radius: 2px; margin-right: 0.35em; vertical-align: -0.05em; }
.personas { display: grid; grid-template-columns: repeat(auto-fill, minmax(280px, 1fr)); gap: 16px; }
.persona { border: 1px solid #DDE2E8; border-radius: 6px; padding: 14px 16px; }
.persona .photo { float: right; width: 72px; height: 72px; border-radius: 50%; object-fit: cover; margin: 0 0 8px 12px; }
.persona .role { color: #52606D; margin-bottom: 0.5em; }
.persona blockquote { margin: 0.6em 0; padding-left: 0.8em; border-left: 3px solid #C2410C; font-style: italic; }
.persona dl { margin: 0.4em 0 0; }
.persona dt { font-weight: 600; font-size: 0.9em; color: #52606D; margin-top: 0.5em; }
.persona dd { margin: 0; }
.persona ul { margin: 0.1em 0 0; padding-left: 1.2em; }
.persona p { white-space: pre-line; }
.summary { font-weight: 600; }
.review-state { font-size: 1.15em; }
footer { margin-top: 48px; padding-top: 0.6em; border-top: 1px solid #DDE2E8; font-size: 0.85em; color: #52606D; }

@page { size: A4 portrait; margin: 14mm 13mm 16mm; }
@page landscape { size: A4 landscape; margin: 10mm; }
@media print {
  html { font-size: 10pt; }
  body { background: #FFFFFF; font-size: 10pt; }
  .report { max-width: none; margin: 0; padding: 0; box-shadow: none; border-radius: 0; }
  section { margin-top: 0; break-before: page; }
  #map { page: landscape; }
  /* The whole map on its landscape page: A4 less margins, heading and caption. */
  .map-picture { max-height: 160mm; width: auto; max-width: 100%; }
  h2, h3 { break-after: avoid-page; }
  tr, .persona, figure, .facts, blockquote { break-inside: avoid; }
  thead { display: table-header-group; }
  nav a { color: inherit; text-decoration: none; }
  .personas { display: block; }
  .persona { margin-bottom: 10px; }
  footer { margin-top: 24px; }
}
`;
