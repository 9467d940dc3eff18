// The browser tab shows Jejak's icon in browser mode: the page's icon link
// names a file that `jejak serve` serves as an image, and Chromium draws it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitForBoard } from './support/board';
import { SAMPLES, useE2E } from './support/jejak';

const e2e = useE2E();

describe('the page icon', () => {
  it('is linked from the page and served by jejak serve as an image', async () => {
    const served = await e2e.serve({ file: join(SAMPLES, 'hotel-check-in.id.cjm') });
    const page = await e2e.open(served.url);
    await waitForBoard(page);

    expect(await page.locator('link[rel="icon"]').count()).toBe(1);
    const href = await page.locator('link[rel="icon"]').evaluate((link) => (link as unknown as { href: string }).href);
    expect(new URL(href).origin).toBe(new URL(served.url).origin);
    const reply = await fetch(href);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^image\//);
    const bytes = new Uint8Array(await reply.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(0);

    // Chromium can draw it: the same address decodes as a picture with a size.
    const size = await page.evaluate(async (url) => {
      const img = new (globalThis as unknown as { Image: new () => { src: string; decode(): Promise<void>; naturalWidth: number; naturalHeight: number } }).Image();
      img.src = url;
      await img.decode();
      return { width: img.naturalWidth, height: img.naturalHeight };
    }, href);
    expect(size.width).toBeGreaterThan(0);
    expect(size.height).toBe(size.width);
  });
});

