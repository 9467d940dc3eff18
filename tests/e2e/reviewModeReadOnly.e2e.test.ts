// Review mode is read-only everywhere (issue 13, point 3): the inspector's
// fields took typing in review mode, showed it for every note selected next,
// and wrote it into another note once review mode ended. Now every field of
// the inspector, the personas panel, a lane's persona picker and quick
// capture is disabled with the reason while review mode is on, as are a
// locked lane's notes' fields, and a field always shows the selected notes'
// own value.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentMap, geometry, notePoint, press, runAction, setCamera, settle, waitForBoard } from './support/board';
import { SAMPLES, useE2E } from './support/jejak';

const e2e = useE2E();
const REVIEW_REASON = 'Review mode is on: the map is read-only. Leave review mode to change it.';
const REVIEW_REASON_ID = 'Mode tinjauan aktif: peta hanya bisa dibaca. Keluar dari mode tinjauan untuk mengubahnya.';

/** Every control the note inspector shows for one note of the sample (it has no picture). */
const NOTE_FIELDS = ['note-color', 'note-lane-color', 'emotion--2', 'emotion-0', 'emotion-2', 'votes', 'tags', 'evidence', 'source', 'owner', 'priority', 'due', 'metric-name', 'metric-value', 'metric-unit', 'choose-picture'];
const MAP_FIELDS = ['map-title', 'map-type', 'map-goal', 'map-scenario', 'map-locale', 'review-by', 'review-in-three-months'];
const PERSONA_FIELDS = ['persona-name', 'persona-role', 'persona-age', 'persona-bio', 'persona-quote', 'persona-goals', 'persona-frustrations', 'persona-motivations', 'persona-channels', 'persona-photo', 'persona-delete'];

/** Clicks a note on the board (with Shift held, adds it to the selection). */
/** Brings the pain points lane to the top of the view, below the stage headers, small enough that four stages show. */
async function showPainPoints(page: Page): Promise<void> {
  const g = await geometry(page);
  await setCamera(page, { scale: 0.7, x: 0, y: -(g.layout.rowOf.get('ln-pain-points')!.y * 0.7 - 220) });
  await settle(page);
}

/** Fails unless every control named is disabled and says `reason` on hover. */
async function expectLocked(page: Page, testIds: readonly string[], reason: string): Promise<void> {
  for (const id of testIds) {
    const control = page.getByTestId(id);
    expect(await control.isDisabled(), `${id} is disabled`).toBe(true);
    expect(await control.getAttribute('title'), `${id} says why`).toBe(reason);
  }
}

async function expectOpen(page: Page, testIds: readonly string[]): Promise<void> {
  for (const id of testIds) expect(await page.getByTestId(id).isDisabled(), `${id} is open`).toBe(false);
}

/** Right-clicks a lane's title, as a facilitator opens its menu. */
async function openLaneMenu(page: Page, laneId: string): Promise<void> {
  const g = await geometry(page);
  const header = g.toScreen({ x: 60, y: g.layout.rowOf.get(laneId)!.y + 20 });
  await page.mouse.click(Math.max(header.x, g.canvas.x + 40), header.y, { button: 'right' });
  await page.getByTestId('header-menu').waitFor();
}

async function clickNote(page: Page, id: string, shift = false): Promise<void> {
  const at = notePoint(await geometry(page), id, 0.5, 0.3);
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.click(at.x, at.y);
  if (shift) await page.keyboard.up('Shift');
  await settle(page);
}

describe('review mode', () => {
  it('takes no typing in the Tags field, and leaves nothing behind to write into another note afterwards', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    const start = await currentMap(page);
    // Three notes with no tags, at the top left of the board.
    const [a, b, c] = ['nt-002', 'nt-003', 'nt-001'];
    expect([a, b, c].map((id) => start.notes.find((n) => n.id === id)!.tags)).toEqual([undefined, undefined, undefined]);

    await runAction(page, 'Review mode: read-only (on or off)');
    await page.getByTestId('review-chip').waitFor();

    // Select a note, click into Tags and type (letters that are no board shortcut).
    await clickNote(page, a);
    const tags = page.getByTestId('tags');
    await tags.click({ force: true });
    await page.keyboard.type('sisa');
    await clickNote(page, b, true);
    expect(await tags.inputValue(), 'Tags of the two selected notes').toBe('');

    // Review mode ends; another note is selected, and the person clicks into Tags and presses Enter.
    await page.getByTestId('leave-review').click();
    await page.getByTestId('review-chip').waitFor({ state: 'detached' });
    await clickNote(page, c);
    expect(await tags.inputValue(), 'Tags of the note selected after review mode').toBe('');
    await tags.click();
    await press(page, 'Enter');
    await press(page, 'Escape');
    expect(await currentMap(page)).toEqual(start);
  });
});

describe('the inspector and the personas panel', () => {
  it('are disabled in review mode, saying why, and change nothing however they are clicked', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    const start = await currentMap(page);
    await page.getByTestId('persona-ps-maya').locator('.persona-head').click();
    await expectOpen(page, [...MAP_FIELDS, ...PERSONA_FIELDS, 'add-persona']);
    expect(await page.getByTestId('inspector-reason').count()).toBe(0);

    await runAction(page, 'Review mode: read-only (on or off)');
    await page.getByTestId('review-chip').waitFor();
    // The map and the personas: each section says why once, each field on hover.
    expect(await page.getByTestId('inspector-reason').allTextContents()).toEqual([REVIEW_REASON, REVIEW_REASON]);
    await expectLocked(page, [...MAP_FIELDS, ...PERSONA_FIELDS, 'add-persona'], REVIEW_REASON);
    await page.getByTestId('add-persona').click({ force: true });
    await page.getByTestId('persona-delete').click({ force: true });
    await page.getByTestId('map-title').click({ force: true });
    await page.keyboard.type('sisa');
    await press(page, 'Enter');

    // One note, then two: every field of the note inspector.
    await clickNote(page, 'nt-002');
    expect(await page.getByTestId('inspector-reason').allTextContents()).toEqual([REVIEW_REASON]);
    await expectLocked(page, NOTE_FIELDS, REVIEW_REASON);
    await page.getByTestId('emotion-2').click({ force: true });
    await clickNote(page, 'nt-003', true);
    await expectLocked(page, NOTE_FIELDS.filter((id) => !id.startsWith('metric') && id !== 'choose-picture'), REVIEW_REASON);

    // A lane's persona, in its header menu.
    await openLaneMenu(page, 'ln-emotions-maya');
    await expectLocked(page, ['lane-persona'], REVIEW_REASON);
    await press(page, 'Escape');

    // Quick capture (Q): nothing to type into, and the bar says why.
    await press(page, 'q');
    await page.getByTestId('capture-bar').waitFor();
    await expectLocked(page, ['capture-note', 'capture-where'], REVIEW_REASON);
    expect(await page.getByTestId('capture-locked').textContent()).toBe(REVIEW_REASON);
    await press(page, 'Escape');
    await page.getByTestId('capture-bar').waitFor({ state: 'detached' });
    expect(await currentMap(page)).toEqual(start);

    // Review mode ends: everything is open again, with no reason shown.
    await page.getByTestId('leave-review').click();
    await page.getByTestId('review-chip').waitFor({ state: 'detached' });
    await expectOpen(page, NOTE_FIELDS.filter((id) => !id.startsWith('metric') && id !== 'choose-picture'));
    expect(await page.getByTestId('inspector-reason').count()).toBe(0);
  });

  it('say why in Indonesian too', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'hotel-check-in.id.cjm'), settings: { language: 'id' } });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    await runAction(page, 'Mode tinjauan');
    await page.getByTestId('review-chip').waitFor();
    expect(await page.getByTestId('inspector-reason').first().textContent()).toBe(REVIEW_REASON_ID);
    await expectLocked(page, MAP_FIELDS, REVIEW_REASON_ID);
    const note = (await currentMap(page)).notes[0]!;
    await clickNote(page, note.id);
    await expectLocked(page, NOTE_FIELDS, REVIEW_REASON_ID);
  });

  it('keep a locked lane’s notes as they are, saying which lane, and leave other notes open', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    await showPainPoints(page);
    await openLaneMenu(page, 'ln-pain-points');
    await page.getByRole('menuitem', { name: 'Lock its notes' }).click();
    await page.getByTestId('locked-lanes-chip').waitFor();
    const start = await currentMap(page);
    const reason = 'The lane "Pain points" is locked: its notes cannot be moved or edited. Unlock it first.';

    await clickNote(page, 'nt-025');
    expect(await page.getByTestId('inspector-reason').textContent()).toBe(reason);
    await expectLocked(page, NOTE_FIELDS, reason);
    // With a note of an open lane: the change would be refused for the whole selection.
    await clickNote(page, 'nt-026', true);
    await expectLocked(page, ['tags', 'owner', 'priority'], reason);
    // A note of an open lane alone is open.
    await clickNote(page, 'nt-010');
    await expectOpen(page, NOTE_FIELDS);
    expect(await page.getByTestId('inspector-reason').count()).toBe(0);
    expect(await currentMap(page)).toEqual(start);

    await page.getByTestId('unlock-lanes').click();
    await clickNote(page, 'nt-025');
    await expectOpen(page, NOTE_FIELDS);
  });
});

describe('a field', () => {
  it('shows what the selected notes share, and "Mixed" where they differ', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    await showPainPoints(page);
    // Both tagged "pricing", with 8 and 6 votes, one observed and one measured.
    await clickNote(page, 'nt-024');
    await clickNote(page, 'nt-043', true);
    expect(await page.getByTestId('tags').inputValue()).toBe('pricing');
    expect(await page.getByTestId('votes').inputValue()).toBe('');
    expect(await page.getByTestId('votes').getAttribute('placeholder')).toBe('Mixed');
    expect(await page.getByTestId('evidence').locator('option:checked').textContent()).toBe('Observed');
    await clickNote(page, 'nt-042', true);
    expect(await page.getByTestId('evidence').locator('option:checked').textContent()).toBe('Mixed');
    // One without tags: Tags is mixed too.
    await clickNote(page, 'nt-025', true);
    expect(await page.getByTestId('tags').inputValue()).toBe('');
    expect(await page.getByTestId('tags').getAttribute('placeholder')).toBe('Mixed');
  });

  it('sends what was typed to the note it was typed for when another note is clicked', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    await clickNote(page, 'nt-002');
    await page.getByTestId('owner').click();
    await page.keyboard.type('Dewi');
    await clickNote(page, 'nt-003');
    expect(await page.getByTestId('owner').inputValue()).toBe('');
    const map = await currentMap(page);
    expect(map.notes.find((n) => n.id === 'nt-002')!.owner).toBe('Dewi');
    expect(map.notes.find((n) => n.id === 'nt-003')!.owner).toBeUndefined();
  });
});
