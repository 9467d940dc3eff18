// The workshop timer, with the keyboard: T opens it, a 3-minute preset
// starts, it pauses, gains a minute, resumes, and a reload keeps the time
// left (compared on the page's own clock, within a second). A length it
// cannot read is refused with the reason; a 1-second timer ends with the
// "time's up" cue, which stays until Escape; a timer that ran out while the
// page was closed shows the cue once. No test here asserts how long anything
// took: only what the page says against its own clock.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { press, selection, settle, waitForBoard } from './support/board';
import { SAMPLES, useE2E } from './support/jejak';

const e2e = useE2E();
const SHOTS = process.env.JEJAK_SHOTS_DIR ?? tmpdir();

interface TimerView {
  state: { status: 'idle' | 'running' | 'paused'; durationMs: number; endsAt?: number; remainingMs?: number };
  phase: 'idle' | 'running' | 'paused' | 'done';
  remainingMs: number;
  now: number;
  chimes: number;
}
type PageGlobal = { __jejak: { timer(): TimerView } };

/** The timer as the page holds it, with the page's clock at that moment. */
function timer(page: Page): Promise<TimerView> {
  return page.evaluate(() => (globalThis as unknown as PageGlobal).__jejak.timer());
}

function focused(page: Page): Promise<string | null> {
  return page.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } | null } }).document.activeElement?.getAttribute('data-testid') ?? null);
}

/** The countdown shown, in seconds ("04:07" → 247). */
async function shownSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('timer-time').textContent()) ?? '';
  const match = /^(\d\d):(\d\d)$/.exec(text);
  expect(match, `the countdown "${text}" reads mm:ss`).not.toBeNull();
  return Number(match![1]) * 60 + Number(match![2]);
}

/** What the timer's display shows: its phase, text, colour and progress bars. */
function look(page: Page): Promise<{ phase: string | null; text: string; background: string; progressBars: number }> {
  return page.getByTestId('timer-display').evaluate((display) => ({
    phase: display.getAttribute('data-phase'),
    text: display.textContent ?? '',
    background: (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(display).backgroundColor,
    progressBars: display.querySelectorAll('.timer-progress').length,
  }));
}

const shot = (name: string) => join(tmpdir(), `jejak-timer-${name}.png`);

describe('the workshop timer', () => {
  it('starts a preset, pauses, adds a minute, resumes and survives a reload', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    expect(await page.getByTestId('timer-display').count()).toBe(0);
    expect((await timer(page)).phase).toBe('idle');

    // T opens the popover on the first preset; Enter starts 3 minutes and closes it.
    await press(page, 't');
    await page.getByTestId('timer-popover').waitFor();
    expect(await focused(page)).toBe('timer-preset-3');
    await press(page, 'Enter');
    await page.getByTestId('timer-popover').waitFor({ state: 'detached' });
    let view = await timer(page);
    expect(view.phase).toBe('running');
    expect(view.state.durationMs).toBe(3 * 60_000);
    expect(view.remainingMs).toBeLessThanOrEqual(3 * 60_000);
    expect(await page.getByTestId('timer-display').getAttribute('data-phase')).toBe('running');
    expect(Math.abs((await shownSeconds(page)) - Math.ceil((await timer(page)).remainingMs / 1000))).toBeLessThanOrEqual(1);
    await page.screenshot({ path: shot('running') });

    // T again: the popover opens on Pause. Pausing holds the time left exactly.
    await press(page, 't');
    expect(await focused(page)).toBe('timer-pause');
    await press(page, 'Enter');
    view = await timer(page);
    expect(view.phase).toBe('paused');
    const held = view.remainingMs;
    await settle(page);
    expect((await timer(page)).remainingMs).toBe(held);
    await expect.poll(() => page.getByTestId('timer-display').getAttribute('data-phase')).toBe('paused');
    expect(await page.getByTestId('timer-pause').textContent()).toBe('Resume');

    // Tab to +1 min: exactly a minute more while paused.
    await press(page, 'Tab');
    expect(await focused(page)).toBe('timer-add-minute');
    await press(page, 'Enter');
    view = await timer(page);
    expect(view.remainingMs).toBe(held + 60_000);
    expect(view.state.durationMs).toBe(4 * 60_000);
    await expect.poll(() => shownSeconds(page)).toBe(Math.ceil((held + 60_000) / 1000));
    await page.screenshot({ path: shot('paused') });

    // Back to Resume, and Escape closes the popover.
    await press(page, 'Shift+Tab');
    expect(await focused(page)).toBe('timer-pause');
    await press(page, 'Enter');
    expect((await timer(page)).phase).toBe('running');
    await press(page, 'Escape');
    await page.getByTestId('timer-popover').waitFor({ state: 'detached' });

    // A reload keeps the end: the time left now is the time left before, less what the page's clock says passed.
    const before = await timer(page);
    expect(before.state.status).toBe('running');
    await page.reload();
    await waitForBoard(page);
    const after = await timer(page);
    expect(after.phase).toBe('running');
    expect(after.state.endsAt).toBe(before.state.endsAt);
    expect(Math.abs(after.remainingMs - (before.remainingMs - (after.now - before.now)))).toBeLessThanOrEqual(1000);
    const shown = await shownSeconds(page);
    expect(Math.abs(shown - Math.ceil((await timer(page)).remainingMs / 1000))).toBeLessThanOrEqual(1);
    expect(await page.getByTestId('timer-display').getAttribute('data-phase')).toBe('running');
  });

  it('refuses a length it cannot read, and ends with a cue that stays until Escape', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    await waitForBoard(page);

    await press(page, 't');
    const field = page.getByTestId('timer-custom');
    await field.focus();
    await field.pressSequentially('soon');
    await press(page, 'Enter');
    expect(await page.getByTestId('timer-error').textContent()).toBe('"soon" is not a length. Type minutes (7), minutes and seconds (7:30) or seconds (90s).');
    expect((await timer(page)).phase).toBe('idle');
    await field.fill('7:75');
    await press(page, 'Enter');
    expect(await page.getByTestId('timer-error').textContent()).toContain('the seconds after the colon go up to 59');
    await page.screenshot({ path: shot('refused') });

    // One second: the cue shows, with the words, and the chime was sent (the Enter was a gesture).
    await field.fill('1s');
    await press(page, 'Enter');
    await page.getByTestId('timer-popover').waitFor({ state: 'detached' });
    expect((await timer(page)).state.durationMs).toBe(1000);
    await page.getByTestId('timer-up').waitFor();
    expect(await page.getByTestId('timer-display').getAttribute('data-phase')).toBe('done');
    expect(await page.getByTestId('timer-up').textContent()).toBe("Time's up");
    await expect.poll(async () => (await timer(page)).chimes).toBe(1);
    await page.screenshot({ path: shot('times-up') });

    // It stays (through other keys) until Escape, which dismisses it and nothing else.
    await press(page, 'ArrowRight');
    const selected = await selection(page);
    expect(selected.notes).toHaveLength(1);
    expect(await page.getByTestId('timer-display').getAttribute('data-phase')).toBe('done');
    await press(page, 'Escape');
    await page.getByTestId('timer-display').waitFor({ state: 'detached' });
    expect(await selection(page)).toEqual(selected);
    expect((await timer(page)).phase).toBe('idle');
    expect((await timer(page)).state.durationMs).toBe(1000);
    await page.reload();
    await waitForBoard(page);
    expect(await page.getByTestId('timer-display').count()).toBe(0);
  });

  it('shows "time\'s up" once for a timer that ran out while the page was closed', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'hotel-check-in.id.cjm') });
    const page = await e2e.open(served.url, { locale: 'id-ID' });
    await waitForBoard(page);
    expect(await page.getByTestId('timer-button').textContent()).toBe('Pengatur waktu');

    // As the page left it: running, with its end a minute ago by the page's clock.
    await page.evaluate(() => {
      const g = globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } };
      g.localStorage.setItem('jejak.timer', JSON.stringify({ status: 'running', durationMs: 300_000, endsAt: Date.now() - 60_000 }));
    });
    await page.reload();
    await waitForBoard(page);
    await page.getByTestId('timer-up').waitFor();
    expect(await page.getByTestId('timer-up').textContent()).toBe('Waktu habis');
    // No chime for an end nobody was there to hear.
    expect((await timer(page)).chimes).toBe(0);

    // Its Dismiss button dismisses it, and it does not come back.
    expect(await page.getByTestId('timer-dismiss').textContent()).toBe('Tutup');
    await page.getByTestId('timer-dismiss').click();
    await page.getByTestId('timer-display').waitFor({ state: 'detached' });
    await page.reload();
    await waitForBoard(page);
    expect(await page.getByTestId('timer-display').count()).toBe(0);
    expect((await timer(page)).phase).toBe('idle');
  });

  it('looks finished when time is up: no digits, no bar, a check, Restart and Dismiss', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    await page.setViewportSize({ width: 1366, height: 768 });
    await waitForBoard(page);

    await press(page, 't');
    await page.getByTestId('timer-custom').fill('3s');
    await press(page, 'Enter');
    await page.getByTestId('timer-time').waitFor();
    const running = await look(page);
    expect(running.progressBars).toBe(1);

    await page.getByTestId('timer-up').waitFor();
    const done = await look(page);
    expect(done.phase).toBe('done');
    expect(done.text).not.toMatch(/\d:\d\d/);
    expect(done.progressBars).toBe(0);
    expect(done.background).not.toBe(running.background);
    expect(done.text).toContain("Time's up");
    const restart = page.getByRole('button', { name: 'Start 00:03 again' });
    const dismiss = page.getByRole('button', { name: 'Dismiss' });
    expect(await restart.isVisible()).toBe(true);
    expect(await dismiss.isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'timer-times-up-title-bar-1366x768.png') });

    // Restart: the same length again, counting.
    await restart.click();
    let view = await timer(page);
    expect(view.state.status).toBe('running');
    expect(view.state.durationMs).toBe(3000);
    await page.getByTestId('timer-time').waitFor();

    // In present mode the finished card is the same, large, with its buttons.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await press(page, 'F5');
    const present = page.getByTestId('present');
    await present.getByTestId('timer-up').waitFor();
    expect(await present.getByRole('button', { name: 'Dismiss' }).isVisible()).toBe(true);
    await settle(page);
    await page.screenshot({ path: join(SHOTS, 'timer-times-up-present-mode-1920x1080.png') });

    // Dismiss; present mode stays open (the presenter's keys are not the board's).
    await present.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => page.getByTestId('timer-display').count()).toBe(0);
    view = await timer(page);
    expect(view.phase).toBe('idle');
    expect(await present.isVisible()).toBe(true);
  });
});
