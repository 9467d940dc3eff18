// Property: any valid map (personas, stages, lanes of every kind, notes with
// any optional fields, assets, unicode text and extensions) written and read
// back is accepted with no repairs and writes the very same bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCjm, writeCjm } from '../../../../shared/format';
import { mapArb, propertyOptions } from '../../../support/arbitraries';

describe('write → read → write', () => {
  it('gives a clean read and identical bytes for any valid map', () => {
    fc.assert(
      fc.property(mapArb(), (map) => {
        const text = writeCjm(map);
        const read = readCjm(text);
        expect(read.ok ? read.repairs : read.problems).toEqual([]);
        if (!read.ok) return;
        expect(writeCjm(read.map)).toBe(text);
      }),
      propertyOptions(300),
    );
  });

  it('reads the same from bytes as from text, with or without a byte-order mark', () => {
    fc.assert(
      fc.property(mapArb({ maxNotes: 8 }), (map) => {
        const text = writeCjm(map);
        const bytes = new TextEncoder().encode(text);
        const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
        for (const input of [bytes, withBom]) {
          const read = readCjm(input);
          expect(read.ok && read.repairs).toEqual([]);
          if (read.ok) expect(writeCjm(read.map)).toBe(text);
        }
      }),
      propertyOptions(100),
    );
  });

  it('writes LF line ends, two-space indent and one trailing newline', () => {
    fc.assert(
      fc.property(mapArb({ maxNotes: 8 }), (map) => {
        const text = writeCjm(map);
        expect(text.endsWith('}\n')).toBe(true);
        expect(text.endsWith('\n\n')).toBe(false);
        expect(text.includes('\r')).toBe(false);
        expect(text.split('\n')[1]).toBe('  "format": "cjm",');
      }),
      propertyOptions(40),
    );
  });
});
