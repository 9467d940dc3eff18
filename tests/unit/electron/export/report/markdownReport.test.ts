// The Markdown report: every table well-formed (one cell per column on every
// row, whatever the notes hold), the picture beside it named after the report,
// linked relatively, and a real PNG; typed markup and Markdown stay text;
// private notes stay out; the review date says due or overdue.
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { exportMarkdown, REPORT_PICTURE_MAX_PIXELS, reportPictureScale } from '../../../../../electron/export/report/markdown';
import { mdLinkTarget, mdText } from '../../../../../electron/export/report/markdownText';
import { ExportCancelled } from '../../../../../shared/export/options';
import { prepareExport } from '../../../../../shared/export/sceneForExport';
import type { JourneyMap } from '../../../../../shared/format';
import { words as wordsOf, type Language } from '../../../../../shared/i18n/languages';
import { bigMap } from '../../../../support/bigMap';
import { craftedMap, NOW, sample, SAMPLES, SCRIPT_NOTE, SECRET_LANE_NOTE, SECRET_NOTE } from './support/reportMaps';

function report(map: JourneyMap, language: Language, pictureName = 'REPORT.png', includeHidden = false) {
  return exportMarkdown(prepareExport(map, includeHidden), { language, includeHidden, now: NOW, scale: 1 }, pictureName);
}

/** Cells of a table line, split on pipes that are not escaped. */
function cells(line: string): string[] {
  expect(line.startsWith('| ')).toBe(true);
  expect(line.endsWith(' |')).toBe(true);
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

/** Every table in the text: its header, rule and rows, each checked for shape. */
function tables(markdown: string): string[][][] {
  const found: string[][][] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('|')) continue;
    const block: string[] = [];
    while (i < lines.length && lines[i]!.startsWith('|')) block.push(lines[i++]!);
    // A table stands alone: a blank line before and after it.
    expect(lines[i - block.length - 1]).toBe('');
    expect(lines[i] ?? '').toBe('');
    const rows = block.map(cells);
    const width = rows[0]!.length;
    for (const row of rows) expect(row).toHaveLength(width);
    for (const rule of rows[1]!) expect(rule).toMatch(/^-{3,}:?$/);
    found.push([rows[0]!, ...rows.slice(2)]);
  }
  return found;
}

function tableAfter(markdown: string, heading: string): string[][] {
  const from = markdown.indexOf(`## ${mdText(heading)}\n`);
  expect(from).toBeGreaterThanOrEqual(0);
  return tables(markdown.slice(from).split('\n## ')[0]!)[0]!;
}

describe.each(SAMPLES.flatMap((name) => (['en', 'id'] as const).map((language) => ({ name, language }))))('the $name sample in $language', ({ name, language }) => {
  it('has every section, well-formed tables and the picture beside it', async () => {
    const map = sample(name);
    const { markdown, picture } = await report(map, language, `${name} laporan.png`);
    const words = wordsOf(language).report;
    expect(markdown.startsWith(`# ${mdText(map.title)}\n`)).toBe(true);
    for (const heading of Object.values(words.sections)) expect(markdown).toContain(`\n## ${mdText(heading)}\n`);
    // Emotions, pain points, actions, metrics and evidence each have a table.
    expect(tables(markdown)).toHaveLength(5);
    expect(picture.name).toBe(`${name} laporan.png`);
    expect(markdown).toContain(`](${encodeURIComponent(picture.name)})`);
    const png = PNG.sync.read(Buffer.from(picture.bytes));
    const { scene } = prepareExport(map, false);
    expect(png.width).toBe(Math.ceil(scene.width));
    expect(png.height).toBe(Math.ceil(scene.height));
    expect(markdown.endsWith('\n')).toBe(true);
  });
});

describe('a crafted Indonesian map', () => {
  it('ranks pain points by votes and lists the actions with owner, priority and due date', async () => {
    const { markdown } = await report(craftedMap(), 'en');
    const pain = tableAfter(markdown, 'Pain points by votes');
    expect(pain.slice(1).map((row) => [row[0], row[1], row[3]])).toEqual([
      ['1', '7', 'Pertimbangan'],
      ['2', '4', 'Pembelian'],
      ['3', '2', 'Kesadaran'],
    ]);
    const actions = tableAfter(markdown, 'Actions');
    expect(actions[0]).toEqual(['Action', 'Stage', 'Owner', 'Priority', 'Due', 'Votes']);
    expect(actions.slice(1)).toEqual([
      [`Pre-check-in online *${mdText(`Made from “${SCRIPT_NOTE}”`)}*`, 'Pertimbangan', 'Budi 👷', 'High', '30 April 2027', '7'],
      ['Papan antrean digital', 'Kesadaran', 'Tim Ops', 'Low', '15 January 2027 **(overdue)**', '0'],
      ['Pojok anak', 'Pembelian', '*no owner yet*', '*not set*', '*no date*', '3'],
    ]);
  });

  it('lists the metric fields and the notes of metrics lanes as written, stage by stage', async () => {
    const map = craftedMap();
    map.notes.push({ id: 'n12', lane: 'ln-metrics', stage: 'st-3', text: 'NPS 41', evidence: 'measured' }, { id: 'n13', lane: 'ln-metrics', stage: 'st-1', text: ' ' });
    const { markdown } = await report(map, 'en');
    expect(tableAfter(markdown, 'Metrics').slice(1)).toEqual([
      ['CSAT', '4.25 /5', 'Pertimbangan', 'Kepuasan check-in', 'Measured'],
      ['Metrik', 'NPS 41', 'Pembelian', '', 'Measured'],
    ]);
    // A column that holds words as written is aligned left.
    expect(markdown).toContain('| Metric | Value | Stage | Note | Source |\n| --- | --- |');
  });

  it('gives the evidence shares of the map and of each stage', async () => {
    const { markdown } = await report(craftedMap(), 'id');
    const evidence = tableAfter(markdown, 'Data atau asumsi?');
    expect(evidence[0]).toEqual(['Tahap', 'Catatan', 'Terukur', 'Diamati', 'Asumsi', 'Tidak disebutkan']);
    expect(evidence[1]).toEqual(['**Seluruh peta**', '**9**', '**22% (2)**', '**11% (1)**', '**34% (3)**', '**33% (3)**']);
    expect(evidence.slice(2).map((row) => row[0])).toEqual(['Kesadaran', 'Pertimbangan', 'Pembelian']);
    expect(markdown).toContain('**33% catatan berpijak pada data (terukur atau diamati), 34% masih asumsi, dan 33% tidak menyebutkan dasarnya.**');
  });

  it('keeps markup, pipes and line breaks typed on notes as text in a well-formed table', async () => {
    const { markdown } = await report(craftedMap(), 'en');
    expect(markdown).not.toMatch(/<(?!br>)/);
    const pain = tableAfter(markdown, 'Pain points by votes');
    expect(pain[1]![2]).toBe('&lt;script>alert("x")&lt;/script> \\| pipa');
    expect(pain[2]![2]).toBe('Baris satu<br>Baris dua');
    expect(pain[3]![2]).toBe('Antre lama 😤🙏');
    expect(markdown).toContain('# Peta uji 🚀 &lt;b>&amp;amp;\n');
    expect(markdown).toContain('### Sari 👩‍👧 (Primary persona)');
  });

  it('leaves private notes and hidden lanes out unless asked, and says which', async () => {
    const without = await report(craftedMap(), 'id');
    expect(without.markdown).not.toContain(SECRET_NOTE);
    expect(without.markdown).toContain(`> ${wordsOf('id').report.privateLeftOut}`);
    const withHidden = await report(craftedMap(), 'id', 'REPORT.png', true);
    expect(tableAfter(withHidden.markdown, 'Poin hambatan menurut suara')[1]!.slice(0, 3)).toEqual(['1', '99', SECRET_NOTE]);
    expect(withHidden.markdown).toContain(`> ${wordsOf('id').report.privateIncluded}`);
    // The hidden lane's note is plain text, listed nowhere; the picture grows by its lane.
    expect(withHidden.markdown).not.toContain(SECRET_LANE_NOTE);
    expect(PNG.sync.read(Buffer.from(withHidden.picture.bytes)).height).toBeGreaterThan(PNG.sync.read(Buffer.from(without.picture.bytes)).height);
  });

  it('says when the review is due, or overdue, relative to the day of the export', async () => {
    expect((await report(craftedMap('2027-03-20'), 'en')).markdown).toContain('**The review is due by 20 March 2027, in 19 days.** (due soon)');
    expect((await report(craftedMap('2027-02-20'), 'en')).markdown).toContain('**The review was due on 20 February 2027, 9 days ago.** (overdue)');
    expect((await report(craftedMap('2027-02-20'), 'id')).markdown).toContain('- **Tinjau paling lambat:** Tinjauan seharusnya dilakukan paling lambat 20 Februari 2027, 9 hari yang lalu. **(terlambat)**');
    expect((await report(craftedMap('2027-12-31'), 'en')).markdown).toContain('(scheduled)');
    expect((await report(craftedMap(null), 'en')).markdown).toContain('**This map has no review date.** (not set)');
  });

  it('links the picture by its bare name, encoded, wherever the caller keeps it', async () => {
    const { markdown, picture } = await report(craftedMap(), 'en', '/home/rina/Laporan (final) Q1.png');
    expect(picture.name).toBe('Laporan (final) Q1.png');
    expect(markdown).toContain('](Laporan%20%28final%29%20Q1.png)');
    expect((await report(craftedMap(), 'en', 'C:\\Peta\\REPORT.png')).picture.name).toBe('REPORT.png');
  });

  it('stops when cancelled', async () => {
    const abort = new AbortController();
    abort.abort();
    await expect(exportMarkdown(prepareExport(craftedMap(), false), { language: 'en', includeHidden: false, now: NOW, scale: 1 }, 'R.png', { signal: abort.signal })).rejects.toBeInstanceOf(
      ExportCancelled,
    );
  });
});

describe('Markdown text', () => {
  it('renders as the text typed: no emphasis, links, code, maths, HTML or blocks that were not there', () => {
    expect(mdText('**bold** _it_ `code` [link](x) ~~gone~~ $x$ a|b \\')).toBe('\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[link\\](x) \\~\\~gone\\~\\~ \\$x\\$ a\\|b \\\\');
    expect(mdText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)>');
    expect(mdText('AT&T &lt; &#60;')).toBe('AT&T &amp;lt; &amp;#60;');
    expect(mdText('# not a heading')).toBe('\\# not a heading');
    expect(mdText('- not a list')).toBe('\\- not a list');
    expect(mdText('---')).toBe('\\---');
    expect(mdText('> not a quote')).toBe('\\> not a quote');
    expect(mdText('2027. Rencana')).toBe('2027\\. Rencana');
    expect(mdText('Title #')).toBe('Title \\#');
    // Left as typed where Markdown would not misread them.
    expect(mdText('+1 suara, -2 emosi, #wifi, 3.5 /5')).toBe('+1 suara, -2 emosi, #wifi, 3.5 /5');
    expect(mdText('Antrean 10–20 menit 😤 — ✅')).toBe('Antrean 10–20 menit 😤 — ✅');
    expect(mdText('satu\r\ndua\ntiga')).toBe('satu<br>dua<br>tiga');
  });

  it('encodes a link target so spaces and brackets cannot end it early', () => {
    expect(mdLinkTarget('Peta (v2) Q1\'s!.png')).toBe('Peta%20%28v2%29%20Q1%27s%21.png');
    expect(mdLinkTarget('Perjalanan pelanggan – 😊.png')).toBe(`Perjalanan%20pelanggan%20${encodeURIComponent('–')}%20${encodeURIComponent('😊')}.png`);
  });
});

it('draws the picture of a big map smaller, never below 1 pixel per board pixel', () => {
  const prepared = prepareExport(bigMap({ notes: 5000 }), false);
  const scale = reportPictureScale(prepared, 2);
  expect(scale).toBeLessThan(2);
  expect(scale).toBeGreaterThanOrEqual(1);
  if (scale > 1) expect(prepared.scene.width * prepared.scene.height * scale * scale).toBeLessThanOrEqual(REPORT_PICTURE_MAX_PIXELS);
  const small = prepareExport(craftedMap(), false);
  expect(reportPictureScale(small, 2)).toBe(2);
  expect(reportPictureScale(small, 9)).toBe(4);
});
