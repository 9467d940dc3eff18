// Filters and the evidence view on the B2B sample (issue 7, points 7 and 8):
// the filter bar's count, notes that do not match drawn faded (their card's
// pixels move three quarters of the way to the lane's band) while matching
// ones stay as they were, Find counting and stepping through matching notes
// only, the title bar's chip; the evidence view's colours on the cards, its
// legend's shares (the map's, worked out here), the shares under the stage
// titles following pan and zoom, "assumptions to check", and both languages.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { EVIDENCE_CHOICES } from '../../shared/analysis/noteFilter';
import type { JourneyMap, Note } from '../../shared/format/types';
import { GEOMETRY } from '../../shared/layout/geometry';
import { LIGHT_THEME } from '../../shared/layout/theme';
import { currentMap, type Geometry, geometry, noteRect, press, selection, setCamera, settle, waitForBoard } from './support/board';
import { SAMPLES, useE2E } from './support/jejak';
import { capture } from './support/pixels';

const e2e = useE2E();
const SAMPLE = join(SAMPLES, 'b2b-software-purchase.en.cjm');
const SHOTS = process.env.JEJAK_SHOTS_DIR ?? '/tmp';

type Rgb = [number, number, number];

function pixel(image: PNG, x: number, y: number): Rgb {
  const i = (Math.round(y) * image.width + Math.round(x)) * 4;
  return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
}

/** The mean colour of a run of pixels. */
function mean(samples: Rgb[]): Rgb {
  const sum = samples.reduce((a, s) => [a[0] + s[0], a[1] + s[1], a[2] + s[2]] as Rgb, [0, 0, 0]);
  return sum.map((v) => v / samples.length) as Rgb;
}

const hex = (colour: string): Rgb => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as Rgb;
const near = (a: Rgb, b: Rgb, tolerance: number) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

/**
 * Brings a note to the middle of the view at `scale` and samples its card
 * (a strip along its top, above any text), with the colour of its lane's band.
 */
async function sampleNote(page: Page, id: string, scale = 1): Promise<{ card: Rgb; band: Rgb; g: Geometry }> {
  let g = await geometry(page);
  const r = noteRect(g, id);
  await setCamera(page, { scale, x: Math.round(g.view.width / 2 - (r.x + r.width / 2) * scale), y: Math.round(g.view.height / 2 - (r.y + r.height / 2) * scale) });
  await settle(page);
  g = await geometry(page);
  const shot = await capture(page, g.canvas);
  const at = (bx: number, by: number) => {
    const p = g.toScreen({ x: bx, y: by });
    return pixel(shot, p.x - g.canvas.x, p.y - g.canvas.y);
  };
  const strip: Rgb[] = [];
  // Zoomed out, cards have no text: their middle is card; at reading size, only the top strip is.
  const top = scale >= 0.4 ? r.y + 4 : r.y + r.height / 2;
  for (let bx = r.x + 12; bx < r.x + r.width - 12; bx += 4 / scale) strip.push(at(bx, top));
  // The lane's band under the card, as the scene paints it (shared/layout/scene.ts backgroundItems).
  const row = g.layout.rowOf.get(g.map.notes.find((n) => n.id === id)!.lane)!;
  const band = hex(row.index % 2 ? LIGHT_THEME.laneBandOdd : LIGHT_THEME.laneBandEven);
  return { card: mean(strip), band, g };
}

/** The notes on the board (all of the sample's lanes are shown). */
function boardNotes(map: JourneyMap): Note[] {
  const shown = new Set(map.lanes.filter((l) => !l.hidden).map((l) => l.id));
  return map.notes.filter((n) => shown.has(n.lane));
}

async function chip(page: Page, group: string, value: string) {
  const locator = page.locator(`[data-testid="filter-chip"][data-group="${group}"][data-value="${value}"]`);
  await locator.waitFor();
  return locator;
}

describe('filters', () => {
  it('count and dim the notes that do not match, keep the others, and Find sees only matching notes', async () => {
    const served = await e2e.serve({ file: SAMPLE });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    const map = await currentMap(page);
    const kind = new Map(map.lanes.map((l) => [l.id, l.kind]));
    const total = boardNotes(map).length;
    const actionNote = 'nt-002';
    const painNote = 'nt-009';
    expect(kind.get(map.notes.find((n) => n.id === actionNote)!.lane)).toBe('actions');
    expect(kind.get(map.notes.find((n) => n.id === painNote)!.lane)).toBe('pain-points');

    const plainAction = await sampleNote(page, actionNote);
    const plainPain = await sampleNote(page, painNote);

    // Ctrl+Shift+F opens the bar with the keyboard in it; nothing is filtered yet.
    await press(page, 'Control+Shift+F');
    await page.getByTestId('filter-bar').waitFor();
    await expect.poll(() => page.getByTestId('filter-bar').evaluate((bar) => bar.contains(bar.ownerDocument.activeElement))).toBe(true);
    await expect.poll(() => page.getByTestId('filter-count').textContent()).toBe(`${total} of ${total} notes match`);
    expect(await page.getByTestId('filter-active').count()).toBe(0);

    // Lane kind, by the keyboard: a chip takes Enter (the board's own Enter must not eat it).
    const painChip = await chip(page, 'laneKinds', 'pain-points');
    await painChip.focus();
    await press(page, 'Enter');
    expect(await painChip.getAttribute('aria-pressed')).toBe('true');
    const painPoints = boardNotes(map).filter((n) => kind.get(n.lane) === 'pain-points');
    await expect.poll(() => page.getByTestId('filter-count').textContent()).toBe(`${painPoints.length} of ${total} notes match`);
    await expect.poll(() => page.getByTestId('filter-active-open').textContent()).toBe(`Filtered: ${painPoints.length} of ${total}`);

    // The action note is faded to a quarter over its band; the pain point is drawn as before.
    const dimmed = await sampleNote(page, actionNote);
    const expected = plainAction.card.map((c, i) => 0.25 * c + 0.75 * dimmed.band[i]!) as Rgb;
    expect(near(dimmed.card, expected, 6), `faded card ${dimmed.card} ≈ ${expected}`).toBe(true);
    expect(near(dimmed.card, plainAction.card, 6), 'the card did change').toBe(false);
    const kept = await sampleNote(page, painNote);
    expect(near(kept.card, plainPain.card, 3), `matching card ${kept.card} = ${plainPain.card}`).toBe(true);
    await setCamera(page, { x: 0, y: -420, scale: 0.6 });
    await settle(page);
    await page.screenshot({ path: join(SHOTS, 'jejak-filter-lane-kind.png') });

    // And a tag: criteria combine with AND.
    await (await chip(page, 'tags', 'pricing')).click();
    const painPricing = painPoints.filter((n) => n.tags?.includes('pricing'));
    await expect.poll(() => page.getByTestId('filter-count').textContent()).toBe(`${painPricing.length} of ${total} notes match`);
    expect(painPricing.length).toBeGreaterThan(0);
    expect(painPricing.length).toBeLessThan(painPoints.length);

    // The tag alone.
    await painChip.click();
    const pricing = boardNotes(map).filter((n) => n.tags?.includes('pricing'));
    await expect.poll(() => page.getByTestId('filter-count').textContent()).toBe(`${pricing.length} of ${total} notes match`);

    // Find counts and steps through the matching notes only, and says so.
    await press(page, 'Control+f');
    const input = page.getByTestId('find-input');
    await input.waitFor();
    const word = 'price';
    const everyHit = map.notes.filter((n) => !n.hidden && n.text.toLowerCase().includes(word)).map((n) => n.id);
    const hits = pricing.filter((n) => n.text.toLowerCase().includes(word)).map((n) => n.id);
    expect(hits.length).toBeGreaterThanOrEqual(2);
    expect(hits.length).toBeLessThan(everyHit.length);
    await input.pressSequentially(word);
    await expect.poll(() => page.getByTestId('find-count').textContent()).toBe(`1 of ${hits.length} among filtered notes`);
    for (let i = 0; i <= hits.length; i++) {
      await press(page, 'Enter');
      expect(await selection(page)).toEqual({ notes: [hits[i % hits.length]], cell: null });
    }
    await input.fill('zebra crossing');
    await expect.poll(() => page.getByTestId('find-count').textContent()).toBe('No matches among filtered notes');
    await press(page, 'Escape');
    await page.getByTestId('find-bar').waitFor({ state: 'detached' });

    // Votes: bad input is named and changes nothing; a number filters.
    const votes = page.getByTestId('filter-votes');
    await votes.fill('three');
    await expect.poll(() => page.getByTestId('filter-votes-error').textContent()).toContain('"three" is not a whole number from 0 to 9999');
    await expect.poll(() => page.getByTestId('filter-count').textContent()).toBe(`${pricing.length} of ${total} notes match`);
    await votes.fill('3');
    expect(await page.getByTestId('filter-votes-error').count()).toBe(0);
    const voted = pricing.filter((n) => (n.votes ?? 0) >= 3);
    await expect.poll(() => page.getByTestId('filter-count').textContent()).toBe(`${voted.length} of ${total} notes match`);

    // Escape closes the bar and keeps the filter: the title bar still says so. Its × clears it.
    await votes.focus();
    await press(page, 'Escape');
    await page.getByTestId('filter-bar').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('filter-active-open').textContent()).toBe(`Filtered: ${voted.length} of ${total}`);
    expect(near((await sampleNote(page, actionNote)).card, plainAction.card, 6)).toBe(false);
    await page.getByTestId('filter-active-clear').click();
    await page.getByTestId('filter-active').waitFor({ state: 'detached' });
    expect(near((await sampleNote(page, actionNote)).card, plainAction.card, 3), 'cleared: drawn as before').toBe(true);
    // Nothing of this touched the map.
    expect(await page.evaluate(() => (globalThis as unknown as { __jejak: { dirty(): boolean } }).__jejak.dirty())).toBe(false);
  });
});

describe('the evidence view', () => {
  it('colours cards by evidence, shows the map’s and each stage’s shares, and filters to assumptions to check', async () => {
    const served = await e2e.serve({ file: SAMPLE });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    const map = await currentMap(page);
    const notes = boardNotes(map).filter((n) => !n.hidden);
    const byLevel = (level: string) => notes.filter((n) => (n.evidence ?? 'unstated') === level);

    await press(page, 'e');
    await page.getByTestId('evidence-legend').waitFor();
    expect(await page.getByTestId('evidence-button').getAttribute('aria-pressed')).toBe('true');

    // The legend's shares: whole percentages of the notes on the board, adding up to 100.
    const legend = await page.getByTestId('evidence-share').evaluateAll((els) => els.map((el) => ({ level: el.getAttribute('data-level'), percent: Number(el.getAttribute('data-percent')), text: el.textContent })));
    expect(legend.map((e) => e.level)).toEqual([...EVIDENCE_CHOICES]);
    expect(legend.reduce((sum, e) => sum + e.percent, 0)).toBe(100);
    for (const entry of legend) {
      const exact = (100 * byLevel(entry.level!).length) / notes.length;
      expect(Math.abs(entry.percent - exact), `${entry.level}: ${entry.percent}% for ${exact.toFixed(2)}%`).toBeLessThan(1);
    }
    expect(legend[0]!.text).toContain(`Assumption ${legend[0]!.percent}%`);
    await expect.poll(() => page.getByTestId('evidence-legend').textContent()).toContain(`of ${notes.length} notes on the board`);

    // Cards: measured green, observed blue, assumption amber, none grey (their text stays dark).
    const measured = await sampleNote(page, 'nt-003');
    const [mr, mg, mb] = measured.card;
    expect(mg > mr + 40 && mg > mb + 40, `measured card ${measured.card} is green`).toBe(true);
    const [or, og, ob] = (await sampleNote(page, 'nt-002')).card;
    expect(ob > or + 40 && ob > og, 'observed card is blue').toBe(true);
    const [ar, ag, ab] = (await sampleNote(page, 'nt-006')).card;
    expect(ar > ag && ag > ab + 60, 'assumption card is amber').toBe(true);
    const grey = (await sampleNote(page, 'nt-004')).card;
    expect(Math.max(...grey) - Math.min(...grey), 'a note without evidence is grey').toBeLessThan(20);
    expect(map.notes.find((n) => n.id === 'nt-003')!.evidence).toBe('measured');

    // Under each stage title, a bar of its shares in the same colours; it follows pan and zoom.
    const stage = map.stages[0]!;
    const stageNotes = notes.filter((n) => n.stage === stage.id);
    const first = EVIDENCE_CHOICES.find((level) => stageNotes.some((n) => (n.evidence ?? 'unstated') === level))!;
    const firstShare = stageNotes.filter((n) => (n.evidence ?? 'unstated') === first).length / stageNotes.length;
    const barColour = async (camera: { x: number; y: number; scale: number }) => {
      await setCamera(page, camera);
      await settle(page);
      const g = await geometry(page);
      const column = g.layout.columns[0]!;
      const shot = await capture(page, g.canvas);
      // The first segment's middle, in the header pinned at the top.
      const bx = column.x + 12 + ((column.width - 24) * firstShare) / 2;
      const by = g.layout.personaStripHeight + 47 + 3;
      return pixel(shot, g.view.x + bx * g.view.scale, Math.max(g.view.y, 0) + by * g.view.scale);
    };
    const fills = { assumption: '#FBBF24', observed: '#93C5FD', measured: '#4ADE80', unstated: '#D5DBE1' } as const;
    expect(near(await barColour({ x: 0, y: 0, scale: 1 }), hex(fills[first]), 12)).toBe(true);
    expect(near(await barColour({ x: 40, y: -300, scale: 0.75 }), hex(fills[first]), 16), 'after panning down and zooming').toBe(true);
    expect(GEOMETRY.stageHeaderHeight).toBe(56);
    await setCamera(page, { x: 0, y: 0, scale: 1 });
    await settle(page);
    await page.screenshot({ path: join(SHOTS, 'jejak-evidence-view.png') });

    // One click: the assumptions still to check, notes without evidence included as unverified.
    await page.getByTestId('evidence-assumptions').click();
    const toCheck = byLevel('assumption').length + byLevel('unstated').length;
    await expect.poll(() => page.getByTestId('filter-active-open').textContent()).toBe(`Filtered: ${toCheck} of ${boardNotes(map).length}`);
    const assumption = await sampleNote(page, 'nt-006');
    expect(near(assumption.card, hex(fills.assumption), 12), 'an assumption stays bright').toBe(true);
    const fadedMeasured = await sampleNote(page, 'nt-003');
    const expected = hex(fills.measured).map((c, i) => 0.25 * c + 0.75 * fadedMeasured.band[i]!) as Rgb;
    expect(near(fadedMeasured.card, expected, 8), `measured faded ${fadedMeasured.card} ≈ ${expected}`).toBe(true);

    // Zoomed out (cards without text, one shape for all): the same colours and fading.
    const far = await sampleNote(page, 'nt-003', 0.3);
    const farExpected = hex(fills.measured).map((c, i) => 0.25 * c + 0.75 * far.band[i]!) as Rgb;
    expect(near(far.card, farExpected, 10), `zoomed out, measured faded ${far.card} ≈ ${farExpected}`).toBe(true);
    expect(near((await sampleNote(page, 'nt-006', 0.3)).card, hex(fills.assumption), 12), 'zoomed out, an assumption stays bright').toBe(true);
    await page.screenshot({ path: join(SHOTS, 'jejak-evidence-assumptions-zoomed-out.png') });

    // E again leaves the view: the legend goes, the cards take their lanes' colours again.
    await setCamera(page, { x: 0, y: 0, scale: 1 });
    await press(page, 'e');
    await page.getByTestId('evidence-legend').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (globalThis as unknown as { __jejak: { dirty(): boolean } }).__jejak.dirty())).toBe(false);
  });

  it('speaks Indonesian', async () => {
    const served = await e2e.serve({ file: SAMPLE });
    const page = await e2e.open(served.url, { locale: 'id-ID' });
    await waitForBoard(page);
    const map = await currentMap(page);
    const total = boardNotes(map).length;
    await page.getByTestId('filter-button').click();
    await expect.poll(() => page.getByTestId('filter-count').textContent()).toBe(`${total} dari ${total} catatan cocok`);
    await page.getByTestId('filter-assumptions').click();
    const toCheck = boardNotes(map).filter((n) => n.evidence === undefined || n.evidence === 'assumption').length;
    await expect.poll(() => page.getByTestId('filter-count').textContent()).toBe(`${toCheck} dari ${total} catatan cocok`);
    await expect.poll(() => page.getByTestId('filter-active-open').textContent()).toBe(`Disaring: ${toCheck} dari ${total}`);
    await page.getByTestId('evidence-button').click();
    await expect.poll(() => page.getByTestId('evidence-legend').textContent()).toContain('Tampilan bukti');
    await expect.poll(() => page.getByTestId('evidence-legend').textContent()).toContain('Asumsi');
    await page.screenshot({ path: join(SHOTS, 'jejak-filter-evidence-id.png') });
  });
});
