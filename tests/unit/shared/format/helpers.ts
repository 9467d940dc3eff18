// Shared by the .cjm format tests: fixtures from tests/fixtures/format, the
// reader's result narrowed to what a test expects, and problems as the lines
// a facilitator reads ("PATH: message") in English or Indonesian.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCjm, type JourneyMap, type Problem, type ReadResult } from '../../../../shared/format';
import type { Language } from '../../../../shared/i18n/languages';
import { formatProblem } from '../../../../shared/i18n/problems';

export const FIXTURES = join(import.meta.dirname, '../../../fixtures/format');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function readFixture(name: string): ReadResult {
  return readCjm(fixtureBytes(name));
}

/** Problems as the lines the app shows. */
export function lines(problems: readonly Problem[], language: Language = 'en'): string[] {
  return problems.map((p) => formatProblem(p, language));
}

/** A read that must open the map; fails with the problems' own words if it did not. */
export function expectOpened(result: ReadResult): { map: JourneyMap; repairs: Problem[] } {
  if (!result.ok) throw new Error(`expected the map to open, but:\n${lines(result.problems).join('\n')}`);
  return result;
}

/** A read that must refuse the file; returns its problems. */
export function expectRefused(result: ReadResult): Problem[] {
  if (result.ok) throw new Error(`expected the file to be refused, but it opened with ${result.repairs.length} repair(s)`);
  return result.problems;
}

/** The English lines of a file the reader must refuse. */
export function refusalOf(input: Uint8Array | string): string[] {
  return lines(expectRefused(readCjm(input)));
}

/** The English lines of the repairs a file needs (it must open). */
export function repairsOf(input: Uint8Array | string): string[] {
  return lines(expectOpened(readCjm(input)).repairs);
}

export type RawItem = { [key: string]: unknown };

/** A map as plain JSON, to change before it is turned into text for the reader. */
export interface RawMap {
  [key: string]: unknown;
  personas: RawItem[];
  stages: RawItem[];
  lanes: RawItem[];
  notes: RawItem[];
  assets?: { [id: string]: RawItem };
}

/** valid/minimal.cjm as a fresh object: one stage `s`, one lane `l`, no notes. */
export function minimalMap(): RawMap {
  return JSON.parse(fixtureText('valid/minimal.cjm')) as RawMap;
}

export const text = (map: RawMap): string => JSON.stringify(map);

/** A note of the minimal map. */
export function note(id: string, extra: RawItem = {}): RawItem {
  return { id, lane: 'l', stage: 's', text: '', ...extra };
}

/** Real images: base64 of a 1×1 PNG, an 8×8 grey baseline JPEG and a 1×1 lossless WebP. */
export const IMAGES = {
  png: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGPQz78HAAJNAX0YejxuAAAAAElFTkSuQmCC',
  jpeg:
    '/9j/2wBDAAEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQH/wAALCAAIAAgBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AP//Z',
  webp: 'UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==',
} as const;

/** A value nested `depth` containers deep, alternating lists and objects. */
export function nested(depth: number, leaf: unknown = 'bottom'): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { k: value };
  return value;
}
