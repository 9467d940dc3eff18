// No canvas size limit: a 20,000-note map at 2× (about 7,200 × 475,000
// pixels, 3.4 gigapixels, far past any single pixmap) exports, band by band,
// to a valid PNG whose every row decodes, with cards where the layout puts
// them and the map inside it. Slow by nature (minutes on a busy machine); it
// prints its time and peak memory, and asserts neither.
import { describe, expect, it } from 'vitest';
import { prepareExport } from '../../../../shared/export/sceneForExport';
import { embeddedMapOf } from '../../../../electron/export/embeddedMap';
import { exportPng } from '../../../../electron/export/png';
import { bigMap } from '../../../support/bigMap';
import { scanPngRows } from './pngRows';
import { hex, readMap } from './pictureMaps';

describe('a 20,000-note map at 2×', () => {
  it('exports to a PNG of the scene’s size, every row decoding, cards in place', async () => {
    const prepared = prepareExport(bigMap({ notes: 20_000 }), false);
    const scale = 2;
    const started = performance.now();
    let bands = 0;
    const bytes = await exportPng(prepared, { scale, background: 'white', embedMap: true }, { onProgress: (_, total) => (bands = total) });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `20,000 notes at 2×: ${Math.ceil(prepared.scene.width * scale)} × ${Math.ceil(prepared.scene.height * scale)} px in ${bands} bands, ` +
        `${(bytes.length / 1e6).toFixed(0)} MB in ${seconds.toFixed(0)} s; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
    );

    // Notes from the top, the middle and the foot of the map: the card's colour just inside its right edge.
    const notes = [0, 0.25, 0.5, 0.75, 1].map((f) => prepared.scene.notes[Math.min(prepared.scene.notes.length - 1, Math.floor(f * prepared.scene.notes.length))]!);
    const probes = new Map(notes.map((note) => [Math.floor((note.y + note.height / 2) * scale), note]));
    const seen = new Map<number, number[]>();
    const summary = await scanPngRows(
      bytes,
      (y) => probes.has(y),
      (y, rgba) => {
        const note = probes.get(y)!;
        const x = Math.floor((note.x + note.width - 4) * scale);
        seen.set(y, [...rgba.subarray(x * 4, x * 4 + 4)]);
      },
    );
    expect([summary.width, summary.height]).toEqual([Math.ceil(prepared.scene.width * scale), Math.ceil(prepared.scene.height * scale)]);
    expect(summary.height).toBeGreaterThan(400_000);
    expect(summary.chunks).toEqual(['IHDR', 'iTXt', 'IDAT', 'IEND']);
    for (const [y, note] of probes) expect(seen.get(y), `note ${note.id} at row ${y}`).toEqual([...hex(note.fill), 255]);

    expect(readMap(embeddedMapOf(bytes)!).notes).toHaveLength(20_000);
  }, 1_200_000);
});
