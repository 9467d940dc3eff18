// Issue 13, point 6: the reports say what the map says. A map whose Metrics
// lane holds two notes typed on the wall (no metric fields) and three pain
// points; a round of dot voting by clicks, its top two made opportunities
// from the results, then every vote cleared ("Reset") and one opportunity
// reworded as an action. The inspector says
// what each opportunity was made from and with how many votes, and selects
// the source; the HTML report, exported through the dialog, lists both
// metrics and the votes each action came from; so does the XLSX action list,
// opened with openpyxl. Deleting the source leaves the votes with the
// opportunity, and the inspector says the source is gone.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentMap, geometry, notePoint, press, selection, settle, waitForBoard } from './support/board';
import { exportOutcome } from './support/exportOutcome';
import { ROOT, useE2E } from './support/jejak';

const e2e = useE2E();
const SHOTS = join(ROOT, 'test-results/reports-keep-the-map');

const SHIPPING = 'Shipping cost appears only at checkout';
const QRIS = 'QRIS payment fails on the first try';
const PRICES = 'Prices hidden behind "contact sales"';
const NPS = 'NPS 32 after the first order';
const DROP_OFF = 'Drop-off 40% at the payment page';
/** What the room turns the QRIS opportunity into, typed over the words it was made with. */
const RETRY = 'Retry a QRIS payment once before showing an error';

const MAP = {
  format: 'cjm',
  version: 1,
  id: 'map-report-keeps',
  title: 'Online shop checkout',
  type: 'current-state',
  locale: 'en',
  createdAt: '2026-12-01T09:00:00Z',
  updatedAt: '2026-12-01T09:00:00Z',
  personas: [],
  stages: [
    { id: 'st-browse', title: 'Browse' },
    { id: 'st-buy', title: 'Buy' },
    { id: 'st-after', title: 'After the order' },
  ],
  lanes: [
    { id: 'ln-pain', kind: 'pain-points', title: 'Pain points' },
    { id: 'ln-opps', kind: 'opportunities', title: 'Opportunities' },
    { id: 'ln-metrics', kind: 'metrics', title: 'Metrics' },
  ],
  notes: [
    { id: 'nt-prices', lane: 'ln-pain', stage: 'st-browse', text: PRICES },
    { id: 'nt-shipping', lane: 'ln-pain', stage: 'st-buy', text: SHIPPING },
    { id: 'nt-qris', lane: 'ln-pain', stage: 'st-buy', text: QRIS },
    { id: 'nt-drop-off', lane: 'ln-metrics', stage: 'st-buy', text: DROP_OFF },
    { id: 'nt-nps', lane: 'ln-metrics', stage: 'st-after', text: NPS },
  ],
};

async function clickNote(page: Page, id: string): Promise<void> {
  const p = notePoint(await geometry(page), id);
  await page.mouse.click(p.x, p.y);
  await settle(page);
}

async function exportAs(page: Page, format: 'html' | 'xlsx', name: string): Promise<void> {
  await press(page, 'Control+e');
  const dialog = page.getByTestId('export-dialog');
  await dialog.waitFor();
  await dialog.getByTestId(`export-format-${format}`).check();
  await dialog.getByTestId('export-start').click();
  const files = page.getByTestId('file-dialog');
  await files.waitFor();
  await files.getByTestId('file-name').fill(name);
  await page.keyboard.press('Enter');
  expect(await exportOutcome(page)).toContain(`${name}.${format}`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** A report section's table as rows of cell texts (tags dropped, entities decoded). */
function tableRows(html: string, section: string): string[][] {
  const body = new RegExp(`<section id="${section}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
  const text = (cell: string) =>
    cell
      .replace(/<br>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
      .trim();
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => text(cell[1]!)));
}

const READ_SHEETS = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb.worksheets}, default=str))
`;

describe('reports keep what the map says', () => {
  it('lists the Metrics lane’s notes as metrics, and shows the votes each opportunity was made from, after the votes are cleared', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const served = await e2e.serve({ contents: `${JSON.stringify(MAP, null, 2)}\n`, as: 'checkout.cjm' });
    const page = await e2e.open(served.url);
    await page.setViewportSize({ width: 1366, height: 768 });
    await waitForBoard(page);

    // A round of three dots: two on the shipping cost, one on QRIS.
    await press(page, 'v');
    await page.getByTestId('voting-start').waitFor();
    await page.getByTestId('voting-dots').fill('3');
    await page.getByTestId('voting-start-button').click();
    await page.getByTestId('voting-bar').waitFor();
    await clickNote(page, 'nt-shipping');
    await clickNote(page, 'nt-shipping');
    await clickNote(page, 'nt-qris');

    // The results' top two become opportunities.
    await page.getByTestId('voting-open-results').click();
    await page.getByTestId('voting-results').waitFor();
    await page.getByTestId('voting-top').fill('2');
    await page.getByTestId('voting-select-top').click();
    await page.getByTestId('voting-make').click();
    await settle(page);
    let map = await currentMap(page);
    const made = map.notes.filter((n) => n.lane === 'ln-opps');
    expect(made.map((n) => n.text)).toEqual([SHIPPING, QRIS]);

    // Every vote cleared: the opportunities keep the votes they were made from.
    await page.getByTestId('voting-results-reset').click();
    await page.getByTestId('voting-reset-confirm').waitFor();
    await page.getByTestId('voting-reset-yes').click();
    await page.getByTestId('voting-reset-confirm').waitFor({ state: 'detached' });
    map = await currentMap(page);
    expect(map.notes.filter((n) => n.votes)).toEqual([]);
    await page.getByTestId('voting-end').click();
    await page.getByTestId('voting-bar').waitFor({ state: 'detached' });
    if (await page.getByTestId('voting-results').isVisible()) await page.getByTestId('voting-results-close').click();

    // The inspector says where an opportunity came from, and shows its source.
    const shipping = made[0]!;
    await clickNote(page, shipping.id);
    expect(await selection(page)).toEqual({ notes: [shipping.id], cell: null });
    const from = page.getByTestId('made-from');
    await from.waitFor();
    expect((await from.innerText()).replace(/\s+/g, ' ').trim()).toBe(`Made from ${SHIPPING} 2 votes`);
    await settle(page);
    await page.screenshot({ path: join(SHOTS, 'inspector-made-from-1366x768.png') });
    await page.getByTestId('made-from-show').click();
    await settle(page);
    expect(await selection(page)).toEqual({ notes: ['nt-shipping'], cell: null });

    // The room rewords the QRIS opportunity as an action.
    await clickNote(page, made[1]!.id);
    await press(page, 'Enter');
    const editor = page.getByTestId('note-editor');
    await editor.waitFor();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(RETRY);
    await press(page, 'Escape');
    await editor.waitFor({ state: 'detached' });
    expect((await currentMap(page)).notes.find((n) => n.id === made[1]!.id)!.text).toBe(RETRY);

    // The HTML report: both metrics listed, the actions with the votes they came from.
    await exportAs(page, 'html', 'report');
    const html = readFileSync(join(served.dir, 'report.html'), 'utf8');
    expect(html).not.toContain('No note on this map carries a metric.');
    const metrics = tableRows(html, 'metrics');
    expect(metrics[0]).toEqual(['Metric', 'Value', 'Stage', 'Note', 'Source']);
    expect(metrics.slice(1).map((row) => [row[1], row[2]])).toEqual([
      [DROP_OFF, 'Buy'],
      [NPS, 'After the order'],
    ]);
    const actions = tableRows(html, 'actions');
    const votes = actions[0]!.indexOf('Votes');
    expect(votes).toBeGreaterThan(0);
    expect(actions.slice(1).map((row) => [row[0], row[votes]])).toEqual([
      [SHIPPING, '2'],
      [`${RETRY} Made from “${QRIS}”`, '1'],
    ]);

    // The report as a reader sees it, in Chromium.
    const reader = await e2e.browser().newPage({ viewport: { width: 1366, height: 768 } });
    await reader.goto(`file://${join(served.dir, 'report.html')}`);
    await reader.locator('#actions').scrollIntoViewIfNeeded();
    await reader.locator('#actions').screenshot({ path: join(SHOTS, 'html-report-actions-1366.png') });
    await reader.locator('#metrics').screenshot({ path: join(SHOTS, 'html-report-metrics-1366.png') });
    await reader.screenshot({ path: join(SHOTS, 'html-report-whole-1366.png'), fullPage: true });
    await reader.close();

    // The XLSX: the action list's votes, and the metrics.
    await exportAs(page, 'xlsx', 'sheets');
    const run = spawnSync('/usr/bin/python3', ['-c', READ_SHEETS, join(served.dir, 'sheets.xlsx')], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    writeFileSync(join(SHOTS, 'xlsx-openpyxl-dump.json'), run.stdout);
    const sheets = JSON.parse(run.stdout) as Record<string, unknown[][]>;
    const [head, ...rows] = sheets.Actions!;
    const at = (name: string) => head!.indexOf(name);
    expect(rows.map((row) => [row[at('Action')], row[at('Votes')], row[at('Made from')]])).toEqual([
      [SHIPPING, 2, SHIPPING],
      [RETRY, 1, QRIS],
    ]);
    const [metricHead, ...metricRows] = sheets.Metrics!;
    expect(metricRows.map((row) => [row[metricHead!.indexOf('Value')], row[metricHead!.indexOf('Stage')]])).toEqual([
      [DROP_OFF, 'Buy'],
      [NPS, 'After the order'],
    ]);

    // The source deleted: the opportunity says so, and keeps its votes; undo brings the source back.
    await clickNote(page, 'nt-shipping');
    await press(page, 'Delete');
    expect((await currentMap(page)).notes.some((n) => n.id === 'nt-shipping')).toBe(false);
    await clickNote(page, shipping.id);
    expect((await from.innerText()).replace(/\s+/g, ' ').trim()).toBe('Made from a note no longer on the map 2 votes');
    await press(page, 'Control+z');
    await from.getByTestId('made-from-show').waitFor();
  });
});
