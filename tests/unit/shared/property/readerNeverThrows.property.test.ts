// Property: readCjm never throws, whatever bytes it is given — random bytes,
// or a valid file with characters deleted, inserted or replaced — and always
// answers with a map or at least one problem. A map it opens after repairs
// saves as a valid file, and no answer hides a crash of the reader itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAP_TYPES, readCjm, writeCjm, type ReadResult } from '../../../../shared/format';
import { createMap } from '../../../../shared/templates';
import { mapArb, propertyOptions, WORDS } from '../../../support/arbitraries';

const samplesFolder = join(import.meta.dirname, '../../../../shared/samples');
const samples = readdirSync(samplesFolder)
  .filter((f) => f.endsWith('.cjm'))
  .map((f) => readFileSync(join(samplesFolder, f), 'utf8'));
const templates = MAP_TYPES.flatMap((type) => (['en', 'id'] as const).map((locale) => writeCjm(createMap({ type, locale, now: '2026-11-23T09:00:00Z', id: 'm' }))));

/** A canonical .cjm text: a template, a sample or an arbitrary valid map. */
const canonicalText = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...templates) },
  { weight: 1, arbitrary: fc.constantFrom(...samples) },
  { weight: 3, arbitrary: mapArb({ maxNotes: 10 }).map(writeCjm) },
);

/** Characters that break JSON in interesting ways, and others that do not. */
const noise = fc.oneof(
  fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '\\', '\\u', '-', '0', '1e999', 'null', 'true', '"x-a"', '\n', '\u0000', '\ud800', '\ufeff', ' '),
  fc.constantFrom(...WORDS),
  fc.string({ unit: 'binary', maxLength: 4 }),
);

type Edit = { kind: 'delete' | 'insert' | 'replace'; at: number; length: number; text: string };
/** Where in a text, as a fraction of its length, so that one edit fits any text. */
const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const editArb: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'replace'),
  at: fraction,
  length: fc.integer({ min: 1, max: 12 }),
  text: noise,
});

function mutate(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const { kind, at, length, text: piece } of edits) {
    const i = Math.floor(at * (out.length + 1));
    if (kind === 'delete') out = out.slice(0, i) + out.slice(i + length);
    else if (kind === 'insert') out = out.slice(0, i) + piece + out.slice(i);
    else out = out.slice(0, i) + piece + out.slice(i + piece.length);
  }
  return out;
}

/** The answer is a map or a non-empty list of problems, and hides no crash of the reader. */
function expectAnswer(read: ReadResult): void {
  if (read.ok) {
    // Whatever was repaired, the map saves as a file that opens cleanly.
    const saved = writeCjm(read.map);
    const again = readCjm(saved);
    expect(again.ok ? again.repairs : again.problems).toEqual([]);
    if (again.ok) expect(writeCjm(again.map)).toBe(saved);
    return;
  }
  expect(read.problems.length).toBeGreaterThan(0);
  for (const problem of read.problems) {
    expect(typeof problem.path).toBe('string');
    // readCjm turns an exception of its own into a syntax error quoting it; a real one names one character.
    if (problem.code === 'json-syntax' && problem.detail.kind === 'unexpected-char') {
      expect(Array.from(problem.detail.char), `reader crashed: ${problem.detail.char}`).toHaveLength(1);
    }
  }
}

function readSafely(input: Uint8Array | string): ReadResult {
  let result: ReadResult | undefined;
  expect(() => (result = readCjm(input))).not.toThrow();
  return result!;
}

describe('readCjm on arbitrary input', () => {
  it('answers any byte array without throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => expectAnswer(readSafely(bytes))),
      propertyOptions(1000),
    );
  });

  it('answers any string, and bytes that start like a map', () => {
    const start = new TextEncoder().encode('{"format":"cjm","version":1,');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.uint8Array({ maxLength: 200 }), (text, tail) => {
        expectAnswer(readSafely(text));
        expectAnswer(readSafely(new Uint8Array([...start, ...tail])));
      }),
      propertyOptions(500),
    );
  });
});

describe('readCjm on damaged canonical files', () => {
  it('answers a file with characters deleted, inserted or replaced, without throwing', () => {
    fc.assert(
      fc.property(canonicalText, fc.array(editArb, { minLength: 1, maxLength: 6 }), (text, edits) => {
        expectAnswer(readSafely(mutate(text, edits)));
      }),
      propertyOptions(600),
    );
  });

  it('answers a file with bytes flipped (broken UTF-8 included), without throwing', () => {
    fc.assert(
      fc.property(canonicalText, fc.array(fc.tuple(fraction, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), (text, flips) => {
        const bytes = new TextEncoder().encode(text);
        for (const [at, value] of flips) bytes[Math.floor(at * bytes.length)] = value;
        expectAnswer(readSafely(bytes));
      }),
      propertyOptions(300),
    );
  });

  it('refuses a file cut short anywhere before its closing brace', () => {
    fc.assert(
      fc.property(canonicalText, fraction, (text, at) => {
        const body = text.trimEnd();
        const read = readSafely(body.slice(0, Math.floor(at * body.length)));
        expect(read.ok).toBe(false);
        expectAnswer(read);
      }),
      propertyOptions(200),
    );
  });
});
