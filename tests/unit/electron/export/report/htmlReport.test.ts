// The HTML report, read as a reader reads it: opened from a file in
// Chromium with JavaScript off. Every section is there in both languages;
// the page asks for nothing over the network and points nowhere outside
// itself; what a facilitator typed stays text; private notes stay out.
import { Buffer } from 'node:buffer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportHtml, REPORT_CSP } from '../../../../../electron/export/report/html';
import { SECTION_IDS, type SectionId } from '../../../../../electron/export/report/htmlSections';
import { prepareExport } from '../../../../../shared/export/sceneForExport';
import { emotionChartSvg } from '../../../../../shared/export/emotionChart';
import type { JourneyMap } from '../../../../../shared/format';
import { words as wordsOf, type Language } from '../../../../../shared/i18n/languages';
import { craftedMap, NOW, sample, SAMPLES, SCRIPT_NOTE, SECRET_LANE_NOTE, SECRET_NOTE } from './support/reportMaps';
import { isWellFormedSvg, ReportBrowser, tableRows } from './support/reportPage';

const browser = new ReportBrowser();
afterAll(() => browser.close());

function report(map: JourneyMap, language: Language, includeHidden = false): Promise<string> {
  return exportHtml(prepareExport(map, includeHidden), { language, includeHidden, now: NOW });
}

/** The map picture's SVG, decoded from its data: URL. */
function pictureSvg(html: string): string {
  const match = /<img class="map-picture" src="data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)"/.exec(html);
  if (!match) throw new Error('no map picture');
  return Buffer.from(match[1]!, 'base64').toString('utf8');
}

function headingOf(language: Language, id: SectionId): string {
  const s = wordsOf(language).report.sections;
  return { map: s.map, emotions: s.emotions, 'pain-points': s.painPoints, actions: s.actions, personas: s.personas, metrics: s.metrics, evidence: s.evidence, review: s.review }[id];
}

describe.each(SAMPLES.flatMap((name) => (['en', 'id'] as const).map((language) => ({ name, language }))))('the $name sample in $language', ({ name, language }) => {
  let html = '';
  beforeAll(async () => {
    html = await report(sample(name), language);
  });

  it('has every section, headed in the language asked for, in order', async () => {
    const page = await browser.open(html);
    expect(await page.locator('section').evaluateAll((sections) => sections.map((s) => s.id))).toEqual([...SECTION_IDS]);
    for (const id of SECTION_IDS) expect((await page.locator(`section#${id} > h2`).textContent())?.trim()).toBe(headingOf(language, id));
    expect(await page.locator('html').getAttribute('lang')).toBe(language);
    expect(await page.title()).toBe(wordsOf(language).report.documentTitle(sample(name).title));
    // Each section says something beyond its heading.
    for (const id of SECTION_IDS) expect((await page.locator(`section#${id}`).innerText()).length).toBeGreaterThan(headingOf(language, id).length + 10);
    await page.close();
  });

  it('loads nothing, runs nothing and points nowhere outside itself', async () => {
    const page = await browser.open(html);
    expect(browser.requests).toEqual([]);
    expect(await page.locator('script, iframe, object, embed, link, base, form, meta[http-equiv="refresh"]').count()).toBe(0);
    const csp = page.locator('meta[http-equiv="Content-Security-Policy"]');
    expect(await csp.getAttribute('content')).toBe(REPORT_CSP);
    const sources = await page.locator('[src]').evaluateAll((elements) => elements.map((e) => e.getAttribute('src') ?? ''));
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) expect(src).toMatch(/^data:image\/(svg\+xml|png|jpeg|webp);base64,/);
    const links = await page.locator('[href]').evaluateAll((elements) => elements.map((e) => e.getAttribute('href') ?? ''));
    for (const href of links) expect(href).toMatch(/^#[a-z-]+$/);
    // Every contents link lands on a section.
    for (const href of links) expect(await page.locator(href).count()).toBe(1);
    // The picture itself carries no address either (namespaces name, they do not load).
    const svg = pictureSvg(html);
    expect(svg).toContain('<svg');
    expect(svg.replace(/xmlns(:\w+)?="[^"]*"/g, '')).not.toMatch(/(href|src)\s*=\s*["'](?!data:|#)|url\(\s*(?!["']?(data:|#))/);
    // The picture is drawn: the image decoded to its natural size.
    expect(await page.locator('img.map-picture').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(100);
    await page.close();
  });

  it('draws the emotion chart as well-formed SVG, one legend entry per persona', async () => {
    const page = await browser.open(html);
    const chart = await page.locator('svg.emotion-chart').evaluate((svg) => svg.outerHTML);
    expect(await isWellFormedSvg(page, chart)).toBe(true);
    const personas = sample(name).personas.map((p) => p.name);
    for (const persona of personas) expect(chart).toContain(persona);
    expect(await page.locator('svg.emotion-chart polyline').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('a crafted Indonesian map', () => {
  let html = '';
  beforeAll(async () => {
    html = await report(craftedMap(), 'en');
  });

  it('ranks pain points by votes', async () => {
    const page = await browser.open(html);
    const rows = await tableRows(page, 'pain-points');
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['1', '7', 'Pertimbangan'],
      ['2', '4', 'Pembelian'],
      ['3', '2', 'Kesadaran'],
    ]);
    expect(rows[1]![4]).toBe('Observed: Wawancara 12 tamu');
    await page.close();
  });

  it('lists the actions by priority, each with its owner, priority, due date (overdue marked) and the votes it was made from', async () => {
    const page = await browser.open(html);
    const rows = await tableRows(page, 'actions');
    expect(rows).toEqual([
      [`Pre-check-in online` + `Made from “${SCRIPT_NOTE}”`, 'Pertimbangan', 'Budi 👷', 'High', '30 April 2027', '7'],
      ['Papan antrean digital', 'Kesadaran', 'Tim Ops', 'Low', '15 January 2027overdue', '0'],
      // Made from a note deleted since: its votes still count, its words are gone.
      ['Pojok anak', 'Pembelian', 'no owner yet', 'not set', 'no date', '3'],
    ]);
    expect(await page.locator('section#actions thead th').allTextContents()).toEqual(['Action', 'Stage', 'Owner', 'Priority', 'Due', 'Votes']);
    await page.close();
  });

  it('lists the metric fields and the notes of metrics lanes as written, stage by stage', async () => {
    const map = craftedMap();
    map.notes.push(
      { id: 'n12', lane: 'ln-metrics', stage: 'st-3', text: ' NPS 41 setelah menginap ', evidence: 'measured', source: 'Survei Q4' },
      { id: 'n13', lane: 'ln-metrics', stage: 'st-1', text: '  ' },
      { id: 'n14', lane: 'ln-metrics', stage: 'st-1', text: 'Antre 25 menit', hidden: true },
    );
    const page = await browser.open(await report(map, 'en'));
    expect(await tableRows(page, 'metrics')).toEqual([
      ['CSAT', '4.25 /5', 'Pertimbangan', 'Kepuasan check-in', 'Measured'],
      ['Metrik', 'NPS 41 setelah menginap', 'Pembelian', '', 'Measured: Survei Q4'],
    ]);
    // Words as written read from the left, beside the figures.
    expect(await page.locator('section#metrics tbody td:nth-child(2)').evaluateAll((cells) => cells.map((c) => c.className))).toEqual(['text', 'text']);
    await page.close();
  });

  it('gives the evidence shares of the map and of each stage', async () => {
    const page = await browser.open(html);
    const rows = await tableRows(page, 'evidence');
    expect(rows[0]!.slice(0, 6)).toEqual(['Whole map', '9', '22% (2)', '11% (1)', '34% (3)', '33% (3)']);
    expect(rows.slice(1).map((r) => r.slice(0, 2))).toEqual([
      ['Kesadaran', '3'],
      ['Pertimbangan', '3'],
      ['Pembelian', '3'],
    ]);
    // Thirds: the point left over goes to the first kind; two thirds round up.
    expect(rows[1]!.slice(2, 6)).toEqual(['34% (1)', '0% (0)', '33% (1)', '33% (1)']);
    expect(rows[2]!.slice(2, 6)).toEqual(['33% (1)', '0% (0)', '67% (2)', '0% (0)']);
    expect(await page.locator('section#evidence .summary').textContent()).toBe(
      '33% of the notes rest on data (measured or observed), 34% are assumptions and 33% do not say.',
    );
    await page.close();
  });

  it('keeps markup typed on a note as text, and Indonesian, emoji and line breaks intact', async () => {
    const page = await browser.open(html);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('b').count()).toBe(0);
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain(SCRIPT_NOTE);
    expect(text).toContain('Antre lama 😤🙏');
    expect(text).toContain('Budi 👷');
    expect(text).toContain('Sari 👩‍👧');
    expect(await page.locator('h1').textContent()).toBe('Peta uji 🚀 <b>&amp;');
    const cell = page.locator('section#pain-points td.text', { hasText: 'Baris satu' });
    expect(await cell.textContent()).toBe('Baris satu\nBaris dua');
    expect(await cell.innerText()).toBe('Baris satu\nBaris dua');
    // Map text is marked as Indonesian, the report's own words as English.
    expect(await cell.getAttribute('lang')).toBe('id');
    await page.close();
  });

  it('leaves private notes and hidden lanes out, everywhere, picture included', async () => {
    for (const secret of [SECRET_NOTE, SECRET_LANE_NOTE, 'Lajur tersembunyi']) {
      expect(html).not.toContain(secret);
      expect(pictureSvg(html)).not.toContain(secret);
    }
    const page = await browser.open(html);
    // The count of face-down notes is said (the picture shows them as blank cards), never their words.
    expect(await page.locator('.privacy').allTextContents()).toEqual([wordsOf('en').report.privateLeftOut, wordsOf('en').report.faceDown(1, '1', 'Pertimbangan 1')]);
    await page.close();
  });

  it('shows them when asked to include them, and says so', async () => {
    const withHidden = await report(craftedMap(), 'id', true);
    // The lane's note is plain text (no table lists it): the picture shows it.
    expect(withHidden).toContain(SECRET_NOTE);
    expect(pictureSvg(withHidden)).toContain(SECRET_NOTE);
    expect(pictureSvg(withHidden)).toContain(SECRET_LANE_NOTE);
    const page = await browser.open(withHidden);
    expect((await tableRows(page, 'pain-points'))[0]!.slice(0, 3)).toEqual(['1', '99', SECRET_NOTE]);
    expect(await page.locator('.privacy.included').textContent()).toBe(wordsOf('id').report.privateIncluded);
    await page.close();
  });

  it('says when the review is due, or overdue, relative to the day of the export', async () => {
    const due = await browser.open(html);
    expect(await due.locator('section#review .review-state').textContent()).toBe('The review is due by 20 March 2027, in 19 days.due soon');
    expect(await due.locator('section#review .badge.due').count()).toBe(1);
    await due.close();
    const overdue = await browser.open(await report(craftedMap('2027-02-20'), 'id'));
    expect(await overdue.locator('section#review .review-state').textContent()).toBe('Tinjauan seharusnya dilakukan paling lambat 20 Februari 2027, 9 hari yang lalu.terlambat');
    expect(await overdue.locator('header .badge.overdue').count()).toBe(1);
    await overdue.close();
    const none = await browser.open(await report(craftedMap(null), 'en'));
    expect(await none.locator('section#review .review-state').textContent()).toBe('This map has no review date.not set');
    await none.close();
  });
});

describe('the emotion chart', () => {
  it('breaks a line where a stage has no score and escapes its labels', async () => {
    const svg = emotionChartSvg({
      title: 'Emosi <per> persona',
      stages: ['Satu & dua', 'Dua', 'Tiga', 'Empat'],
      series: [
        { label: 'Sari <b>', color: '#1D4ED8', values: [1, null, -1, -2] },
        { label: 'Andi 😊', color: '#C2410C', values: [0, 1, 2, 1] },
        { label: 'Sendiri', color: '#047857', values: [null, 2, null, null] },
      ],
    });
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg).toContain('Sari &lt;b&gt;');
    expect(svg).toContain('Satu &amp; dua');
    expect(svg).toContain('Andi 😊');
    // 3 + 4 + 1 points, and one marker per legend entry.
    expect(svg.match(/<(circle|rect x="[^"]*" y="[^"]*" width="10"|polygon) /g)).toHaveLength(8 + 3);
    const page = await browser.open(`<!DOCTYPE html><meta charset="utf-8">${svg}`);
    expect(await isWellFormedSvg(page, svg)).toBe(true);
    await page.close();
  });

  it('slants stage names when there are too many to sit level', async () => {
    const stages = Array.from({ length: 30 }, (_, i) => `Tahapan nomor ${i + 1} yang panjang sekali`);
    const svg = emotionChartSvg({ title: 't', stages, series: [{ label: 'x', color: '#000000', values: stages.map((_, i) => (i % 5) - 2) }] });
    expect(svg.match(/rotate\(-45\)/g)).toHaveLength(30);
    expect(svg).toContain('…');
  });
});
