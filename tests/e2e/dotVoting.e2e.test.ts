// Dot voting on one laptop passed round the room, on the B2B sample: V
// starts a round (a bad number of dots is refused with the reason), clicks
// add dots without selecting the notes, a person's third dot of two is
// refused with a message, shift-click takes one of theirs back, undo and redo
// give it back and spend it again, "Next person" hands on, Esc pauses and
// Enter / Shift+Enter vote with the keyboard; the results rank the notes,
// make opportunities in the opportunities lane (one undo step); a reload
// keeps the round; a reset sets the round's lanes to 0; and the same in
// Indonesian. Screenshots of the board in voting mode and of the results go
// to the temporary folder.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../shared/format/types';
import { PNG } from 'pngjs';
import { currentMap, dirty, doc, geometry, notePoint, noteRect, press, selection, setCamera, settle, waitForBoard, withoutUpdatedAt } from './support/board';
import { SAMPLES, useE2E } from './support/jejak';

const e2e = useE2E();
const B2B = join(SAMPLES, 'b2b-software-purchase.en.cjm');
const HOTEL = join(SAMPLES, 'hotel-check-in.id.cjm');
const PAIN = 'ln-pain-points';
const OPPORTUNITIES = 'ln-opportunities';

async function votes(page: Page, id: string): Promise<number> {
  const note = (await currentMap(page)).notes.find((n) => n.id === id);
  if (!note) throw new Error(`no note ${id}`);
  return note.votes ?? 0;
}

/** Clicks the middle of a note, with Shift held when `shift`. */
async function click(page: Page, id: string, shift = false): Promise<void> {
  const p = notePoint(await geometry(page), id);
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.click(p.x, p.y);
  if (shift) await page.keyboard.up('Shift');
  await settle(page);
}

async function status(page: Page): Promise<string> {
  return ((await page.getByTestId('voting-status').textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

async function toast(page: Page): Promise<string> {
  return (await page.getByTestId('toast').textContent()) ?? '';
}

/** The camera at 80% with the pain points lane a little below the stage titles. */
async function lookAtPainPoints(page: Page): Promise<void> {
  const g = await geometry(page);
  const row = g.layout.rowOf.get(PAIN)!;
  await setCamera(page, { scale: 0.8, x: 0, y: Math.round(g.layout.top * 0.8 + 40 - row.y * 0.8) });
  await settle(page);
}

/**
 * The vote badge's blue (votingMarks.ts): how many of its pixels sit on a
 * note's top-right corner, where the badge goes. The box stops short of the
 * next card, whose selection outline is a blue too.
 */
async function badgePixels(page: Page, id: string): Promise<number> {
  await settle(page);
  const g = await geometry(page);
  const r = noteRect(g, id);
  const corner = g.toScreen({ x: r.x + r.width - 44, y: r.y - 14 });
  const shot = PNG.sync.read(await page.screenshot({ clip: { x: corner.x, y: corner.y, width: 50 * g.view.scale, height: 34 * g.view.scale } }));
  let blue = 0;
  for (let i = 0; i < shot.data.length; i += 4) {
    if (Math.abs(shot.data[i]! - 0x1d) < 24 && Math.abs(shot.data[i + 1]! - 0x4e) < 24 && Math.abs(shot.data[i + 2]! - 0xd8) < 24) blue++;
  }
  return blue;
}

/** The ranking the results must show, worked out here independently: votes down, then stage, lane, map order. */
function expectedRanking(map: JourneyMap, lanes: string[]): string[] {
  const stage = (id: string) => map.stages.findIndex((s) => s.id === id);
  const lane = (id: string) => map.lanes.findIndex((l) => l.id === id);
  return map.notes
    .map((note, order) => ({ note, order }))
    .filter(({ note }) => lanes.includes(note.lane) && (note.votes ?? 0) > 0)
    .sort((a, b) => (b.note.votes ?? 0) - (a.note.votes ?? 0) || stage(a.note.stage) - stage(b.note.stage) || lane(a.note.lane) - lane(b.note.lane) || a.order - b.order)
    .map(({ note }) => note.id);
}

const shot = (name: string) => join(tmpdir(), `jejak-voting-${name}.png`);

describe('dot voting', () => {
  it('runs a round of two dots for two people, ranks, makes opportunities, survives a reload and resets', async () => {
    const served = await e2e.serve({ file: B2B });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    const start = await currentMap(page);
    const startVotes = (id: string) => start.notes.find((n) => n.id === id)!.votes ?? 0;

    // V opens the round's settings: pain points and opportunities are offered first.
    await press(page, 'v');
    const dialog = page.getByTestId('voting-start');
    await dialog.waitFor();
    expect(await page.getByTestId(`voting-lane-${PAIN}`).isChecked()).toBe(true);
    expect(await page.getByTestId(`voting-lane-${OPPORTUNITIES}`).isChecked()).toBe(true);
    expect(await page.getByTestId('voting-lane-ln-actions').isChecked()).toBe(false);
    // A number of dots out of range is refused with what to type instead.
    await page.getByTestId('voting-dots').fill('0');
    await page.getByTestId('voting-start-button').click();
    expect(await page.getByTestId('voting-error').textContent()).toBe('Dots per person must be a whole number from 1 to 20. Type a number such as 3.');
    await dialog.waitFor();
    await page.getByTestId('voting-dots').fill('2');
    await page.getByTestId('voting-start-button').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('voting-bar').waitFor();
    expect(await status(page)).toBe('Dot voting — Person 1 · 2 of 2 dots left · No one has voted yet');
    await lookAtPainPoints(page);

    // Person 1: two clicks, two dots, one undo step each; the notes are not selected.
    await click(page, 'nt-024');
    await click(page, 'nt-009');
    expect([await votes(page, 'nt-024'), await votes(page, 'nt-009')]).toEqual([startVotes('nt-024') + 1, startVotes('nt-009') + 1]);
    expect(await selection(page)).toEqual({ notes: [], cell: null });
    expect(await status(page)).toBe('Dot voting — Person 1 · 0 of 2 dots left · No one has voted yet');
    // A third dot is refused, and says what to do.
    await click(page, 'nt-025');
    expect(await votes(page, 'nt-025')).toBe(startVotes('nt-025'));
    expect(await toast(page)).toBe('Person 1 has used all 2 dots. Press "Next person" to hand the laptop on, or shift-click a note to take a dot back.');
    // A note outside the round's lanes is refused too.
    await click(page, 'nt-010');
    expect(await votes(page, 'nt-010')).toBe(0);
    expect(await toast(page)).toBe('Only notes in "Pain points" and "Opportunities" can be voted on this round.');
    expect(await selection(page)).toEqual({ notes: [], cell: null });
    await page.screenshot({ path: shot('board') });

    // Shift-click takes back one of this person's dots, and only theirs.
    await click(page, 'nt-009', true);
    expect(await votes(page, 'nt-009')).toBe(startVotes('nt-009'));
    expect(await status(page)).toBe('Dot voting — Person 1 · 1 of 2 dots left · No one has voted yet');
    await click(page, 'nt-025', true);
    expect(await votes(page, 'nt-025')).toBe(startVotes('nt-025'));
    expect(await toast(page)).toBe('Person 1 has no dot on this note to take back.');
    // Undo puts the taken-back dot on the note again (and spends it); redo takes it back.
    await press(page, 'Control+z');
    expect(await votes(page, 'nt-009')).toBe(startVotes('nt-009') + 1);
    expect(await status(page)).toBe('Dot voting — Person 1 · 0 of 2 dots left · No one has voted yet');
    await press(page, 'Control+Shift+Z');
    expect(await votes(page, 'nt-009')).toBe(startVotes('nt-009'));
    expect(await status(page)).toBe('Dot voting — Person 1 · 1 of 2 dots left · No one has voted yet');

    // Next person: a full set of dots.
    await page.getByTestId('voting-next').click();
    expect(await status(page)).toBe('Dot voting — Person 2 · 2 of 2 dots left · 1 person has voted');
    await click(page, 'nt-025');
    expect(await votes(page, 'nt-025')).toBe(startVotes('nt-025') + 1);

    // Esc pauses: a click selects again. V offers to carry on with person 2.
    await press(page, 'Escape');
    await page.getByTestId('voting-resume').waitFor();
    await click(page, 'nt-024');
    expect(await selection(page)).toEqual({ notes: ['nt-024'], cell: null });
    expect(await votes(page, 'nt-024')).toBe(startVotes('nt-024') + 1);
    await press(page, 'v');
    expect(await page.getByTestId('voting-under-way').textContent()).toContain('person 2, 1 of 2 dots left');
    await page.getByTestId('voting-continue').click();
    await page.getByTestId('voting-start').waitFor({ state: 'detached' });
    await page.getByTestId('voting-next').waitFor();
    // Enter adds a dot to the selected note, Shift+Enter takes it back (no editor opens).
    await press(page, 'Enter');
    expect(await votes(page, 'nt-024')).toBe(startVotes('nt-024') + 2);
    expect(await page.getByTestId('note-editor').count()).toBe(0);
    await press(page, 'Shift+Enter');
    expect(await votes(page, 'nt-024')).toBe(startVotes('nt-024') + 1);
    expect(await status(page)).toBe('Dot voting — Person 2 · 1 of 2 dots left · 1 person has voted');

    // Results: the voted notes of the round's lanes, ranked.
    await page.getByTestId('voting-open-results').click();
    await page.getByTestId('voting-results').waitFor();
    let map = await currentMap(page);
    const ranking = expectedRanking(map, [PAIN, OPPORTUNITIES]);
    expect(ranking[0]).toBe('nt-024');
    expect(await page.getByTestId('voting-result').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-note')))).toEqual(ranking);
    expect(await page.getByTestId('voting-result-votes').allTextContents()).toEqual(ranking.map((id) => String(map.notes.find((n) => n.id === id)!.votes)));
    await settle(page);
    await page.screenshot({ path: shot('results') });
    // A row shows its note on the board.
    await page.getByTestId('voting-result-show').nth(2).click();
    expect(await selection(page)).toEqual({ notes: [ranking[2]], cell: null });

    // The top two become opportunities in their stages, in one undo step.
    const beforeMaking = await doc(page);
    await page.getByTestId('voting-top').fill('2');
    await page.getByTestId('voting-select-top').click();
    expect(await page.getByTestId('voting-chosen').textContent()).toBe('2 chosen');
    await page.getByTestId('voting-make').click();
    await settle(page);
    map = await currentMap(page);
    const made = map.notes.filter((n) => n.lane === OPPORTUNITIES && !start.notes.some((s) => s.id === n.id));
    const top = ranking.slice(0, 2).map((id) => map.notes.find((n) => n.id === id)!);
    expect(made.map((n) => [n.stage, n.text, n.votes])).toEqual(top.map((n) => [n.stage, n.text, undefined]));
    expect(await toast(page)).toBe('Added 2 opportunities to "Opportunities". Undo takes them away.');
    // The first new opportunity is selected and brought into the board's view.
    await expect.poll(async () => (await selection(page)).notes).toEqual([made[0]!.id]);
    await settle(page);
    const g = await geometry(page);
    const shown = notePoint(g, made[0]!.id);
    expect(shown.x).toBeGreaterThan(g.canvas.x);
    expect(shown.x).toBeLessThan(g.canvas.x + g.canvas.width);
    await page.getByTestId('voting-results-close').click();
    await press(page, 'Control+z');
    expect(await doc(page)).toBe(beforeMaking);

    // Saved and reloaded in the middle of person 2's turn: the round is as it was.
    await press(page, 'Control+s');
    await expect.poll(() => dirty(page)).toBe(false);
    const beforeReload = withoutUpdatedAt((await doc(page))!);
    await page.reload();
    await waitForBoard(page);
    await page.getByTestId('voting-bar').waitFor();
    expect(await status(page)).toBe('Dot voting — Person 2 · 1 of 2 dots left · 1 person has voted');
    expect(withoutUpdatedAt((await doc(page))!)).toBe(beforeReload);
    // Person 2's dot is still theirs to take back.
    await lookAtPainPoints(page);
    await click(page, 'nt-025', true);
    expect(await votes(page, 'nt-025')).toBe(startVotes('nt-025'));
    expect(await status(page)).toBe('Dot voting — Person 2 · 2 of 2 dots left · 1 person has voted');

    // Reset: asked first, then the round's lanes go to 0 and voting starts again with person 1; undo brings them back.
    const beforeReset = await currentMap(page);
    await page.getByTestId('voting-reset').click();
    const confirm = page.getByTestId('voting-reset-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('Every vote on the notes in "Pain points" and "Opportunities" goes back to 0');
    await page.getByTestId('voting-reset-yes').click();
    await confirm.waitFor({ state: 'detached' });
    map = await currentMap(page);
    expect(map.notes.filter((n) => (n.lane === PAIN || n.lane === OPPORTUNITIES) && n.votes)).toEqual([]);
    expect(map.notes.filter((n) => n.lane !== PAIN && n.lane !== OPPORTUNITIES)).toEqual(beforeReset.notes.filter((n) => n.lane !== PAIN && n.lane !== OPPORTUNITIES));
    expect(await status(page)).toBe('Dot voting — Person 1 · 2 of 2 dots left · No one has voted yet');
    await press(page, 'Control+z');
    expect((await currentMap(page)).notes).toEqual(beforeReset.notes);
    expect(await status(page)).toBe('Dot voting — Person 2 · 2 of 2 dots left · 1 person has voted');

    // End voting with the results open: the bar and the results panel go, the votes stay on the notes,
    // and a click selects again.
    await page.getByTestId('voting-open-results').click();
    await page.getByTestId('voting-results').waitFor();
    await page.getByTestId('voting-end').click();
    await page.getByTestId('voting-bar').waitFor({ state: 'detached' });
    await page.getByTestId('voting-results').waitFor({ state: 'detached' });
    expect((await currentMap(page)).notes).toEqual(beforeReset.notes);
    await click(page, 'nt-009');
    expect(await selection(page)).toEqual({ notes: ['nt-009'], cell: null });
    // The results stay one action away: Workshop ▸ Dot voting results, for the round just ended.
    await page.getByTestId('menu-workshop').click();
    await page.getByTestId('menu-item-votingResults').click();
    await page.getByTestId('voting-results').waitFor();
    const ended = await currentMap(page);
    expect(await page.getByTestId('voting-result').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-note')))).toEqual(expectedRanking(ended, [PAIN, OPPORTUNITIES]));
  });

  it('keeps a round secret: each person sees only their own dots, the bar how many have voted, the results reveal the counts', async () => {
    const served = await e2e.serve({ file: B2B });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    await press(page, 'v');
    await page.getByTestId('voting-start').waitFor();
    // Secret is the default; open voting is a choice.
    expect(await page.getByTestId('voting-open').isChecked()).toBe(false);
    await page.screenshot({ path: shot('start') });
    await page.getByTestId('voting-start-button').click();
    await page.getByTestId('voting-bar').waitFor();
    expect(await page.getByTestId('voting-secret').textContent()).toBe('Secret: only your dots are shown');
    await lookAtPainPoints(page);
    // nt-024 already holds 8 votes from the workshop: nobody sees them now.
    expect(await badgePixels(page, 'nt-024')).toBe(0);

    // Person 1 sees their own dot, and only theirs.
    await click(page, 'nt-025');
    expect(await badgePixels(page, 'nt-025')).toBeGreaterThan(50);
    expect(await badgePixels(page, 'nt-024')).toBe(0);

    // Person 2 starts with clean cards: person 1's dot is not there to follow.
    await page.getByTestId('voting-next').click();
    expect(await status(page)).toBe('Dot voting — Person 2 · 3 of 3 dots left · 1 person has voted');
    expect(await badgePixels(page, 'nt-025')).toBe(0);
    await page.screenshot({ path: shot('secret') });

    // Paused, a note can be selected: the inspector keeps its count to itself too.
    await press(page, 'Escape');
    await page.getByTestId('voting-resume').waitFor();
    await click(page, 'nt-025');
    expect(await page.getByTestId('votes-secret').textContent()).toBe('Hidden while the round is secret: "Results" reveals the counts.');
    expect(await page.getByTestId('votes').count()).toBe(0);
    // So does the filter: which notes "at least N votes" kept would say where the dots went.
    await press(page, 'Control+Shift+F');
    expect(await page.getByTestId('filter-votes').isDisabled()).toBe(true);
    expect(await page.getByTestId('filter-votes-secret').textContent()).toBe('Resting while the dot-voting round is secret: "Results" reveals the counts.');
    await press(page, 'Control+Shift+F');
    await page.getByTestId('filter-votes').waitFor({ state: 'detached' });
    await page.getByTestId('voting-resume').click();

    // Results reveal the counts on the board as well; closed, the round is secret again.
    await page.getByTestId('voting-open-results').click();
    await page.getByTestId('voting-results').waitFor();
    expect(await page.getByTestId('voting-secret').count()).toBe(0);
    expect(await badgePixels(page, 'nt-024')).toBeGreaterThan(50);
    expect(await badgePixels(page, 'nt-025')).toBeGreaterThan(50);
    await page.getByTestId('voting-results-close').click();
    expect(await badgePixels(page, 'nt-024')).toBe(0);
    // Handed on while the results are on show: they close, and the next person starts with clean cards.
    await page.getByTestId('voting-open-results').click();
    await page.getByTestId('voting-results').waitFor();
    await page.getByTestId('voting-next').click();
    await page.getByTestId('voting-results').waitFor({ state: 'detached' });
    expect(await page.getByTestId('voting-secret').textContent()).toBe('Secret: only your dots are shown');
    expect(await badgePixels(page, 'nt-024')).toBe(0);
    // Saved and reloaded while the results were on show, the round comes back secret.
    await page.getByTestId('voting-open-results').click();
    await page.getByTestId('voting-results').waitFor();
    await press(page, 'Control+s');
    await expect.poll(() => dirty(page)).toBe(false);
    await page.reload();
    await waitForBoard(page);
    await page.getByTestId('voting-bar').waitFor();
    await lookAtPainPoints(page);
    await page.getByTestId('voting-secret').waitFor();
    expect(await badgePixels(page, 'nt-024')).toBe(0);

    // An open round shows every count as the dots go on.
    await page.getByTestId('voting-end').click();
    await page.getByTestId('voting-results').waitFor({ state: 'detached' });
    await press(page, 'v');
    await page.getByTestId('voting-open').check();
    await page.getByTestId('voting-start-button').click();
    await page.getByTestId('voting-bar').waitFor();
    expect(await page.getByTestId('voting-secret').count()).toBe(0);
    expect(await badgePixels(page, 'nt-024')).toBeGreaterThan(50);
  });

  it('says when notes tie at the cut of the top N, and lets the facilitator include them all or pick', async () => {
    const served = await e2e.serve({ file: B2B });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    await press(page, 'v');
    await page.getByTestId('voting-start').waitFor();
    await page.getByTestId('voting-start-button').click();
    await page.getByTestId('voting-bar').waitFor();
    await page.getByTestId('voting-open-results').click();
    const results = page.getByTestId('voting-results');
    await results.waitFor();
    const rows = (selector: string) => results.locator(`[data-testid="voting-result"]${selector}`).evaluateAll((found) => found.map((r) => r.getAttribute('data-note')));
    const chosen = () => page.getByTestId('voting-chosen').textContent();

    // The sample's pain points stand at 8, 7, 6, 6, 5…: the top 3 cuts through the two sixes.
    await page.getByTestId('voting-top').fill('3');
    await page.getByTestId('voting-select-top').click();
    expect(await chosen()).toBe('2 chosen');
    expect(await rows('.chosen')).toEqual(['nt-024', 'nt-042']);
    expect(await rows('[data-tied]')).toEqual(['nt-043', 'nt-062']);
    expect(await page.getByTestId('voting-tie').textContent()).toContain('2 notes tie with 6 votes for the last place of the top 3. Tick the ones to take, or include them all.');
    await settle(page);
    await page.screenshot({ path: shot('tie') });

    // Picking one of the tied notes by its tick box.
    await results.locator('[data-note="nt-062"] input[type="checkbox"]').check();
    expect(await chosen()).toBe('3 chosen');
    expect(await rows('.chosen')).toEqual(['nt-024', 'nt-042', 'nt-062']);

    // Or taking them all: four opportunities, said plainly.
    await page.getByTestId('voting-include-tied').click();
    expect(await chosen()).toBe('4 chosen');
    expect(await page.getByTestId('voting-tie').count()).toBe(0);
    await page.getByTestId('voting-make').click();
    expect(await toast(page)).toBe('Added 4 opportunities to "Opportunities". Undo takes them away.');

    // A cut between different counts takes the top N whole, with nothing to settle.
    await page.getByTestId('voting-top').fill('2');
    await page.getByTestId('voting-select-top').click();
    expect(await chosen()).toBe('2 chosen');
    expect(await page.getByTestId('voting-tie').count()).toBe(0);
  });

  it('speaks Indonesian', async () => {
    const served = await e2e.serve({ file: HOTEL });
    const page = await e2e.open(served.url, { locale: 'id-ID' });
    await waitForBoard(page);
    await press(page, 'v');
    await page.getByTestId('voting-start').waitFor();
    expect(await page.getByTestId('voting-start').getByRole('heading').textContent()).toBe('Mulai voting titik');
    await page.getByTestId('voting-dots').fill('1');
    await press(page, 'Enter');
    await page.getByTestId('voting-bar').waitFor();
    expect(await status(page)).toBe('Voting titik — Orang ke-1 · sisa 1 dari 1 suara · Belum ada yang memberi suara');
    await lookAtPainPoints(page);
    const g = await geometry(page);
    const [first, second] = g.map.notes.filter((n) => n.lane === PAIN && n.stage === g.map.stages[0]!.id);
    await click(page, first!.id);
    expect(await votes(page, first!.id)).toBe((first!.votes ?? 0) + 1);
    await click(page, second!.id);
    expect(await toast(page)).toBe('Suara orang ke-1 sudah habis (1 suara terpakai). Tekan "Orang berikutnya" untuk menyerahkan laptop, atau Shift+klik catatan untuk menarik kembali suara.');
    await page.getByTestId('voting-open-results').click();
    await page.getByTestId('voting-results').waitFor();
    expect(await page.getByTestId('voting-results').getByRole('heading').textContent()).toBe('Hasil');
    await page.screenshot({ path: shot('results-id') });
  });
});
