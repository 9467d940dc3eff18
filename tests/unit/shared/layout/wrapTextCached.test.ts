// The wrap cache: same answers as wrapText, keyed by font, width and text,
// bounded, and what it saves. The timings are printed, never asserted
// (docs/architecture.md: tests never assert a time; `npm run bench` is for figures).
import { performance } from 'node:perf_hooks';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FontSpec } from '../../../../shared/layout/textMetrics';
import { clearWrapCache, WRAP_CACHE_LIMIT, wrapCacheSize, wrapText, wrapTextCached } from '../../../../shared/layout/wrapText';
import { seededRandom } from '../../../support/random';

const NOTE: FontSpec = { weight: 400, size: 15 };

const VOCABULARY = (
  'pelanggan membandingkan harga tiga vendor sebelum meminta demo ongkos kirim terlalu mahal ' +
  'customer compares prices before asking for a checkout form confusing support replies within ' +
  'Wi-Fi lobi aplikasi keranjang pembayaran gagal “kenapa” harus daftar dulu? Rp25.000 – NPS'
).split(' ');

/** n notes of about 80 characters, the same for every run. */
function notes(n: number, seed: number): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => {
    let text = '';
    while (text.length < 70 + random() * 20) text += `${text ? ' ' : ''}${VOCABULARY[Math.floor(random() * VOCABULARY.length)]}`;
    return text;
  });
}

beforeEach(() => clearWrapCache());

describe('wrapTextCached', () => {
  it('answers as wrapText does, per font and width', () => {
    for (const text of notes(200, 1)) {
      expect(wrapTextCached(text, 180, NOTE)).toEqual(wrapText(text, 180, NOTE));
      expect(wrapTextCached(text, 120, NOTE)).toEqual(wrapText(text, 120, NOTE));
      expect(wrapTextCached(text, 180, { weight: 600, size: 15 })).toEqual(wrapText(text, 180, { weight: 600, size: 15 }));
    }
    expect(wrapCacheSize()).toBe(200); // texts, each with three variants
  });

  it('keeps the latest few widths of one text, and answers right for any width', () => {
    const text = 'Kolom yang sedang diubah lebarnya oleh fasilitator';
    for (let width = 40; width <= 240; width += 10) {
      expect(wrapTextCached(text, width, NOTE)).toEqual(wrapText(text, width, NOTE));
    }
    expect(wrapTextCached(text, 40, NOTE)).toEqual(wrapText(text, 40, NOTE));
    expect(wrapCacheSize()).toBe(1);
  });

  it('returns the same frozen lines for the same note', () => {
    const first = wrapTextCached('Pelanggan membandingkan harga', 100, NOTE);
    expect(wrapTextCached('Pelanggan membandingkan harga', 100, NOTE)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('keeps at most WRAP_CACHE_LIMIT texts, evicting the least recently used', () => {
    const keep = wrapTextCached('dipakai terus', 180, NOTE);
    for (let i = 0; i < WRAP_CACHE_LIMIT + 10; i++) {
      wrapTextCached(`catatan ${i}`, 180, NOTE);
      if (i % 1000 === 0) wrapTextCached('dipakai terus', 180, NOTE);
    }
    expect(wrapCacheSize()).toBe(WRAP_CACHE_LIMIT);
    expect(wrapTextCached('dipakai terus', 180, NOTE)).toBe(keep);
  });

  it('wraps 20,000 notes of ~80 characters quickly, and again for nothing (printed)', () => {
    const texts = notes(20_000, 7);
    const time = (f: () => void) => {
      const start = performance.now();
      f();
      return performance.now() - start;
    };
    for (let i = 0; i < 3; i++) for (const t of texts) wrapText(t, 180, NOTE); // warm up
    const plain = time(() => texts.forEach((t) => wrapText(t, 180, NOTE)));
    const cold = time(() => texts.forEach((t) => wrapTextCached(t, 180, NOTE)));
    const warm = time(() => texts.forEach((t) => wrapTextCached(t, 180, NOTE)));
    const lines = texts.reduce((n, t) => n + wrapTextCached(t, 180, NOTE).length, 0);
    console.log(
      `wrap 20,000 notes (${lines} lines): wrapText ${plain.toFixed(1)} ms, ` +
        `wrapTextCached cold ${cold.toFixed(1)} ms, warm ${warm.toFixed(1)} ms`,
    );
    expect(lines).toBeGreaterThan(20_000);
  });
});
