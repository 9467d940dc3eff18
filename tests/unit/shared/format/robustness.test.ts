// readCjm never throws and always answers in words: for random bytes, for
// damaged maps, for nesting far deeper than any stack, for a file too large
// to parse, and for `__proto__` keys everywhere. The reader's own catch-all
// (which dresses an exception as a syntax error) must never be what answers.
import { describe, expect, it } from 'vitest';
import { readCjm, writeCjm, type ReadResult } from '../../../../shared/format';
import type { Language } from '../../../../shared/i18n/languages';
import { formatProblem } from '../../../../shared/i18n/problems';
import { seededRandom } from '../../../support/random';
import { expectOpened, expectRefused, fixtureText, lines, minimalMap, text } from './helpers';

const random = seededRandom;

const decodeLoosely = (input: Uint8Array | string) =>
  (typeof input === 'string' ? input : new TextDecoder('utf-8', { ignoreBOM: false }).decode(input)).replace(/^\uFEFF/, '');

/** Reads `input` and checks the answer is an honest one; returns it. */
function answer(input: Uint8Array | string): ReadResult {
  let result: ReadResult | undefined;
  expect(() => (result = readCjm(input))).not.toThrow();
  const read = result!;
  const problems = read.ok ? read.repairs : read.problems;
  if (!read.ok) expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) {
    for (const language of ['en', 'id'] as Language[]) {
      const line = formatProblem(problem, language);
      expect(line.trim().length).toBeGreaterThan(0);
      expect(line).not.toMatch(/undefined|\[object Object\]|NaN/);
    }
  }
  if (!read.ok && read.problems[0]!.code === 'json-syntax') {
    // A syntax error must be a real one: text that JSON accepts never gets one.
    expect(() => JSON.parse(decodeLoosely(input))).toThrow();
  }
  if (read.ok) {
    // Whatever opened, repaired or not, saves as a map that opens unrepaired.
    const again = expectOpened(readCjm(writeCjm(read.map)));
    expect(again.repairs).toEqual([]);
  }
  return read;
}

describe('random bytes', () => {
  it.each([1, 7, 42, 2026, 0xdeadbeef])('seed %i: 200 random files of up to 2 KB each get an answer', (seed) => {
    const next = random(seed);
    for (let i = 0; i < 200; i++) {
      const bytes = Uint8Array.from({ length: Math.floor(next() * 2048) }, () => Math.floor(next() * 256));
      expect(answer(bytes).ok).toBe(false);
    }
  });

  it.each([3, 99])('seed %i: 300 random strings of JSON punctuation get an answer', (seed) => {
    const next = random(seed);
    const pieces = ['{', '}', '[', ']', '"', ':', ',', ' ', '\n', '\\', '0', '-', '1e9', 'true', 'nul', '"x-a"', '"format"', '"cjm"', '\u0000', '😩'];
    for (let i = 0; i < 300; i++) {
      const source = Array.from({ length: Math.floor(next() * 60) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      answer(source);
    }
  });

  it.each([5, 11, 404])('seed %i: 300 damaged copies of the full map get an answer', (seed) => {
    const next = random(seed);
    const original = fixtureText('valid/full.cjm');
    const alphabet = '{}[]":,0123456789-.eE truefalsn\\\n\u00e9x';
    let opened = 0;
    for (let i = 0; i < 300; i++) {
      let damaged = original;
      for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
        const at = Math.floor(next() * damaged.length);
        const ch = alphabet[Math.floor(next() * alphabet.length)]!;
        const how = Math.floor(next() * 3);
        damaged = damaged.slice(0, at) + (how === 0 ? '' : ch) + damaged.slice(how === 1 ? at : at + 1);
      }
      if (answer(new TextEncoder().encode(damaged)).ok) opened++;
    }
    // Some damage lands where it breaks nothing (inside a text) or is repairable.
    expect(opened).toBeGreaterThan(0);
  });

  it('odd inputs: empty bytes, NUL, lone surrogates, a million-digit number', () => {
    expect(lines(expectRefused(answer(new Uint8Array())))).toEqual(['line 1, column 1: the file is not valid JSON (the file is empty)']);
    expect(lines(expectRefused(answer('\u0000')))).toEqual(['line 1, column 1: the file is not valid JSON (unexpected "\\u0000")']);
    const map = minimalMap();
    map.title = '\uD800 lone \uDC00';
    expectOpened(answer(text(map)));
    expect(lines(expectRefused(answer('9'.repeat(1_000_000))))).toEqual([
      'expected a journey map (a JSON object { … }), found Infinity',
    ]);
  });
});

describe('nesting far deeper than a call stack', () => {
  const N = 200_000;
  const timed = (input: string) => {
    const start = performance.now();
    const result = answer(input);
    // Linear work takes well under a second; quadratic work on 200,000 levels took minutes.
    expect(performance.now() - start).toBeLessThan(5_000);
    return lines(expectRefused(result));
  };

  it('[[[[…]]]] 200,000 deep is not a map', () => {
    expect(timed('['.repeat(N) + ']'.repeat(N))).toEqual(['expected a journey map (a JSON object { … }), found a list of 1 item']);
  });

  it('{"x-a":[[[…]]]} 200,000 deep is not a map either (no "format")', () => {
    expect(timed(`{"x-a":${'['.repeat(N)}${']'.repeat(N)}}`)).toEqual([
      'format: expected "cjm", found nothing (the key is missing): this is not a Jejak journey map',
    ]);
  });

  it('a valid map with an extension 200,000 deep: the extension nests too deep', () => {
    const source = text(minimalMap()).replace('"notes":[]', `"notes":[],"x-a":${'['.repeat(N)}${']'.repeat(N)}`);
    expect(timed(source)).toEqual(['["x-a"]: an extension may nest at most 64 levels deep, and this one nests deeper']);
  });

  it('objects 200,000 deep in an unknown key', () => {
    const source = text(minimalMap()).replace('"notes":[]', `"notes":[],"deep":${'{"a":'.repeat(N)}1${'}'.repeat(N)}`);
    expect(timed(source)).toEqual(['deep: an extension may nest at most 64 levels deep, and this one nests deeper']);
  });

  it('a 200,000-deep file cut short says where it ends', () => {
    expect(timed('['.repeat(N))).toEqual(['line 1, column 200,001: the file is not valid JSON (it ends too soon; part of the file may be missing)']);
  });

  it('a key given twice 200,000 levels down is found, with its path', () => {
    const source = text(minimalMap()).replace('"notes":[]', `"notes":[],"x-a":${'['.repeat(N)}{"k":1,"k":2}${']'.repeat(N)}`);
    const found = timed(source);
    expect(found).toHaveLength(2);
    expect(found[0]).toBe('["x-a"]: an extension may nest at most 64 levels deep, and this one nests deeper');
    expect(found[1]).toMatch(/^\["x-a"\](\[0\]){200000}\.k: the key "k" appears twice in one object; keep one and delete the other$/);
  });
});

describe('a file over 256 MiB', () => {
  it('is refused before it is decoded or parsed', () => {
    const bytes = new Uint8Array(256 * 1024 * 1024 + 1).fill(0xff); // not UTF-8 either: had it been decoded, it would say so
    const start = performance.now();
    const problems = expectRefused(readCjm(bytes));
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(problems).toMatchObject([{ code: 'file-too-large', bytes: 268_435_457, limit: 268_435_456, path: '' }]);
    expect(lines(problems)).toEqual([
      'the file is 256.1 MiB, more than the 256 MiB a map may be, so it was not opened; check that it really is a .cjm map',
    ]);
    expect(lines(problems, 'id')).toEqual([
      'ukuran berkas 256,1 MiB, melebihi batas 256 MiB untuk sebuah peta, jadi berkas tidak dibuka; pastikan ini memang peta .cjm',
    ]);
  });

  it('while a file of exactly 256 MiB is looked at', () => {
    const problems = expectRefused(readCjm(new Uint8Array(256 * 1024 * 1024).fill(0xff)));
    expect(problems).toMatchObject([{ code: 'not-utf8', offset: 0 }]);
  });
});

describe('__proto__ keys everywhere', () => {
  it('in every object of the full map: each kept as data, Object.prototype untouched', () => {
    const map = JSON.parse(fixtureText('valid/full.cjm')) as Record<string, unknown>;
    let added = 0;
    const addEverywhere = (value: unknown, isAssetTable = false): void => {
      if (typeof value !== 'object' || value === null) return;
      for (const child of Object.values(value)) addEverywhere(child, child === map.assets);
      if (!Array.isArray(value) && !isAssetTable) {
        Object.defineProperty(value, '__proto__', { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
        added++;
      }
    };
    addEverywhere(map);
    const source = JSON.stringify(map);
    expect(source.split('"__proto__"').length - 1).toBe(added);
    const { map: read, repairs } = expectOpened(answer(source));
    expect(repairs).toHaveLength(added);
    expect(repairs.every((p) => p.code === 'unknown-key' && p.key === '__proto__' && p.keptAs === 'x-__proto__')).toBe(true);
    expect(read['x-__proto__']).toEqual({ polluted: true });
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    for (const item of [...read.personas, ...read.stages, ...read.lanes, ...read.notes]) {
      expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
      expect(Object.hasOwn(item, 'polluted')).toBe(false);
    }
  });
});
