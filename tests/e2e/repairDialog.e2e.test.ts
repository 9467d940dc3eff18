// A map with repairable problems: the repair dialog lists the core's
// messages, the very lines `jejak validate` prints; "Repair and open" opens
// the repaired map on the board (what `jejak repair` writes), and the file
// on disk is not touched, byte for byte.
import { readFileSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentMap, dirty, doc, waitForBoard } from './support/board';
import { FIXTURES, jejak, useE2E, validateProblemLines } from './support/jejak';

const e2e = useE2E();

describe('the repair dialog', () => {
  it('lists what jejak validate lists, opens the repaired map, and leaves the file untouched', async () => {
    const served = await e2e.serve({ file: join(FIXTURES, 'repairable.cjm'), as: 'workshop.cjm' });
    const file = served.file!;
    const past = new Date('2025-03-01T08:00:00Z');
    utimesSync(file, past, past);
    const bytes = readFileSync(file);
    const before = readdirSync(served.dir).sort();
    const expected = validateProblemLines(file, 'en');
    expect(expected.status).toBe(1);
    expect(expected.lines).toHaveLength(4);

    const page = await e2e.open(served.url);
    const dialog = page.getByTestId('repair-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('workshop.cjm');
    expect(await dialog.getByTestId('problem-list').locator('li').allTextContents()).toEqual(expected.lines);
    expect(await doc(page)).toBeNull();

    await dialog.getByRole('button', { name: 'Repair and open' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitForBoard(page);
    // The board holds what `jejak repair` would write, and holds it unsaved.
    const out = join(served.dir, 'repaired-by-cli.cjm');
    expect(jejak(['repair', file, '--out', out]).status).toBe(0);
    expect(await doc(page)).toBe(readFileSync(out, 'utf8'));
    expect(await dirty(page)).toBe(true);
    const map = await currentMap(page);
    expect(map.lanes[1]).toMatchObject({ kind: 'text', 'x-original-kind': 'feelings' });

    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(statSync(file).mtime.getTime()).toBe(past.getTime());
    expect(readdirSync(served.dir).filter((name) => name !== 'repaired-by-cli.cjm').sort()).toEqual(before);
  });
});
