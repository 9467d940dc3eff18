// A map that cannot be opened: the dialog says why, in the core's words
// (the lines `jejak validate` prints, in the interface's language), and the
// file is never changed, neither its bytes nor its modification time.
import { readFileSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doc } from './support/board';
import { FIXTURES, useE2E, validateProblemLines } from './support/jejak';

const e2e = useE2E();
const past = new Date('2025-03-01T08:00:00Z');

async function expectRefused(file: string, dir: string, url: string, language: 'en' | 'id', close: string): Promise<void> {
  utimesSync(file, past, past);
  const bytes = readFileSync(file);
  const before = readdirSync(dir).sort();
  const expected = validateProblemLines(file, language);
  expect(expected.status).toBe(2);
  expect(expected.lines.length).toBeGreaterThan(0);

  const page = await e2e.open(url);
  const dialog = page.getByTestId('fatal-dialog');
  await dialog.waitFor();
  expect(await dialog.getByTestId('problem-list').locator('li').allTextContents()).toEqual(expected.lines);
  // Nothing to repair: closing is the only way on.
  expect(await dialog.getByRole('button').allTextContents()).toEqual([close]);
  expect(await dialog.textContent()).toContain(basename(file));
  expect(await doc(page)).toBeNull();
  await dialog.getByRole('button', { name: close }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByTestId('start-screen').waitFor();
  expect(await doc(page)).toBeNull();

  expect(readFileSync(file).equals(bytes)).toBe(true);
  expect(statSync(file).mtime.getTime()).toBe(past.getTime());
  expect(readdirSync(dir).sort()).toEqual(before);
}

describe('the fatal dialog', () => {
  it('says why a map with a fatal problem cannot be opened (Indonesian interface), and leaves the file alone', async () => {
    const served = await e2e.serve({ file: join(FIXTURES, 'fatal.cjm'), as: 'rusak.cjm', settings: { language: 'id' } });
    await expectRefused(served.file!, served.dir, served.url, 'id', 'Tutup');
  });

  it('says why a file that is not JSON cannot be opened, and leaves it alone', async () => {
    const served = await e2e.serve({ as: 'notes.cjm', contents: 'Ideas from Tuesday:\n- faster check-in\n- a map of the lobby\n' });
    await expectRefused(served.file!, served.dir, served.url, 'en', 'Close');
  });
});
