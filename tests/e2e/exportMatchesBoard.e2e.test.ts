// What you see is what prints, tested: each sample opened in Chromium at 100%
// with the board's origin at the canvas's top-left corner, the board canvas
// screenshotted, and the same map (the page's own document) exported to PNG
// at scale 1 in Node; the same region of both compared pixel by pixel. The
// SVG export, opened in Chromium as a file, is held to the same.
//
// The tolerance: the board and the PNG are both drawn by Skia with the same
// paint code, but Chromium's Skia rasterises glyphs with its own settings
// (hinting, gamma, subpixel placement), so the edges of glyphs come out a
// little different; cards, bands, lines and the place of every line of text
// must match. pixelmatch's colour threshold 0.1 ignores
// the slight tint of antialiased edges, and at most 2.5% of the pixels may
// still differ. Measured: the glyph edges alone differ in about 0.6% of a
// board at 100%, while the same picture 2 px off differs in about 7% (checked
// below, so the tolerance is known to catch a misplaced card or line), and a
// missing note or a wrong colour shows more still.
import { writeFileSync, mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { prepareExport } from '../../shared/export/sceneForExport';
import { exportPng } from '../../electron/export/png';
import { exportSvg } from '../../electron/export/svg';
import { currentMap, geometry, setCamera, settle, waitForBoard } from './support/board';
import { ROOT, SAMPLES, useE2E, VIEWPORT } from './support/jejak';
import { capture } from './support/pixels';

const e2e = useE2E();

const THRESHOLD = 0.1;
const MAX_DIFF_SHARE = 0.025;
/** Where a comparison leaves both pictures and their difference (git ignores test-results/). */
const OUT = join(ROOT, 'test-results/e2e');

function crop(image: PNG, width: number, height: number, dx = 0, dy = 0): PNG {
  const out = new PNG({ width, height });
  PNG.bitblt(image, out, dx, dy, width, height, 0, 0);
  return out;
}

describe('the PNG export matches the board', () => {
  it.each(['b2b-software-purchase.en.cjm', 'hotel-check-in.id.cjm'])('%s at full size, pixel by pixel within the tolerance', async (file) => {
    const served = await e2e.serve({ file: join(SAMPLES, file), settings: { language: 'en' } });
    const page = await e2e.open(served.url);
    await waitForBoard(page);
    await setCamera(page, { x: 0, y: 0, scale: 1 });
    await settle(page);
    const g = await geometry(page);
    expect(g.view).toMatchObject({ x: 0, y: 0, scale: 1 });
    // The pointer away from the board, so nothing on it is hovered.
    await page.mouse.move(1, 1);
    const box = { x: Math.round(g.canvas.x), y: Math.round(g.canvas.y), width: Math.floor(g.canvas.width), height: Math.floor(g.canvas.height) };
    const board = await capture(page, box);

    const prepared = prepareExport(await currentMap(page), false);
    const exported = PNG.sync.read(Buffer.from(await exportPng(prepared, { scale: 1, background: 'white', embedMap: false })));
    const width = Math.min(box.width, exported.width);
    const height = Math.min(box.height, exported.height);
    expect(width * height, 'the compared region is most of the board').toBeGreaterThan(0.8 * box.width * box.height);
    const seen = crop(board, width, height);
    const printed = crop(exported, width, height);

    const diff = new PNG({ width, height });
    const differing = pixelmatch(seen.data, printed.data, diff.data, width, height, { threshold: THRESHOLD });
    const share = differing / (width * height);
    mkdirSync(OUT, { recursive: true });
    const name = file.replace(/\.cjm$/, '');
    writeFileSync(join(OUT, `${name}.board.png`), PNG.sync.write(seen));
    writeFileSync(join(OUT, `${name}.export.png`), PNG.sync.write(printed));
    writeFileSync(join(OUT, `${name}.diff.png`), PNG.sync.write(diff));
    console.log(`${file}: ${differing} of ${width * height} pixels differ (${(share * 100).toFixed(2)}%) between the board and the PNG export`);
    expect(share, `share of pixels that differ (see test-results/e2e/${name}.diff.png)`).toBeLessThanOrEqual(MAX_DIFF_SHARE);

    // The tolerance catches a picture 2 px off, so positions really are compared.
    const shifted = crop(exported, width - 2, height - 2, 2, 2);
    const shiftedDiff = pixelmatch(crop(seen, width - 2, height - 2).data, shifted.data, undefined, width - 2, height - 2, { threshold: THRESHOLD });
    const shiftedShare = shiftedDiff / ((width - 2) * (height - 2));
    console.log(`${file}: shifted by 2 px, ${(shiftedShare * 100).toFixed(2)}% differ`);
    expect(shiftedShare).toBeGreaterThan(2 * MAX_DIFF_SHARE);

    // The SVG export opened in Chromium as a file of its own: it draws with
    // the fonts it carries (no Inter is installed for the browser to find)
    // and shows what the board shows, within the same tolerance.
    const svgFile = join(served.dir, `${name}.svg`);
    writeFileSync(svgFile, await exportSvg(prepared, { embedMap: true }));
    const context = await e2e.browser().newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    try {
      const svgPage = await context.newPage();
      await svgPage.goto(pathToFileURL(svgFile).href);
      const faces = await svgPage.evaluate(async () => {
        const fonts = (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } & Iterable<{ family: string; weight: string; status: string }> } }).document.fonts;
        await fonts.ready;
        return [...fonts].map((f) => `${f.family} ${f.weight} ${f.status}`);
      });
      expect(faces).toEqual(['Inter 400 loaded', 'Inter 600 loaded']);
      const drawn = PNG.sync.read(await svgPage.screenshot({ clip: { x: 0, y: 0, width, height } }));
      const svgDiffering = pixelmatch(seen.data, drawn.data, undefined, width, height, { threshold: THRESHOLD });
      console.log(`${file}: the SVG export in Chromium differs from the board in ${svgDiffering} of ${width * height} pixels`);
      expect(svgDiffering / (width * height)).toBeLessThanOrEqual(MAX_DIFF_SHARE);
    } finally {
      await context.close();
    }
  });
});
