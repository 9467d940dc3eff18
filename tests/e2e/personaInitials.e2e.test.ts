// A persona without a photo shows the same initials in the personas panel as
// on the board's persona strip (issue 13, point 8): "MC" for Maya Chen in
// both, not "M" in one and "MC" in the other. The strip's come from the same
// rule the scene draws with (tests/unit/shared/layout/personaInitials.test.ts).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { personaInitials } from '../../shared/layout/personaInitials';
import { currentMap, waitForBoard } from './support/board';
import { SAMPLES, useE2E } from './support/jejak';

const e2e = useE2E();

describe('persona initials', () => {
  it('are the same in the panel as on the board', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'b2b-software-purchase.en.cjm') });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    const personas = (await currentMap(page)).personas;
    const shown = await page.getByTestId('inspector').locator('.initials').allTextContents();
    expect(shown).toEqual(['MC', 'DO']);
    expect(shown).toEqual(personas.map((p) => personaInitials(p.name)));
  });
});
