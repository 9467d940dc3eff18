// Problems the reader finds, as values: a code, a weight, the JSON path and
// the parameters a message needs. The words live in shared/i18n, one
// catalogue per language, so every part of Jejak says the same thing.
import type { SyntaxDetail } from './jsonSyntax';
import type { Rule } from './rules';

/** What the file held where a rule was broken, summarised for a message. */
export type Found =
  | { kind: 'missing' }
  | { kind: 'null' }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string; length: number }
  | { kind: 'list'; length: number }
  | { kind: 'object' };

export type Collection = 'personas' | 'stages' | 'lanes' | 'notes' | 'assets';

export type FatalProblem =
  | { code: 'file-too-large'; bytes: number; limit: number }
  /** `offset`: of the first byte that is not UTF-8, counted from 0 (messages count from 1, like lines and columns). */
  | { code: 'not-utf8'; offset: number }
  | { code: 'json-syntax'; line: number; column: number; detail: SyntaxDetail }
  | { code: 'not-an-object'; found: Found }
  | { code: 'wrong-format'; found: Found }
  | { code: 'newer-version'; found: number; supported: number }
  | { code: 'invalid'; expected: Rule; found: Found }
  | { code: 'duplicate-key'; key: string }
  | { code: 'duplicate-tag'; tag: string }
  | { code: 'too-deep'; limit: number }
  | { code: 'asset-too-large'; bytes: number; limit: number }
  | { code: 'asset-wrong-bytes'; mime: string }
  | { code: 'updated-before-created'; createdAt: string; updatedAt: string }
  | { code: 'no-room-to-recover'; collection: 'stages' | 'lanes'; limit: number };

export type RepairableProblem =
  | { code: 'missing-lane'; id: string; recoveredTo: string }
  | { code: 'missing-stage'; id: string; recoveredTo: string }
  | { code: 'duplicate-id'; collection: Collection; id: string; newId: string }
  | { code: 'emotion-out-of-range'; found: number; clamped: number; keptAs: string }
  | { code: 'unknown-lane-kind'; found: string; keptAs: string }
  | { code: 'missing-persona'; id: string; keptAs: string }
  | { code: 'missing-asset'; id: string; keptAs: string }
  | { code: 'unknown-key'; key: string; keptAs: string };

export type Problem = (
  | ({ severity: 'fatal' } & FatalProblem)
  | ({ severity: 'repairable' } & RepairableProblem)
) & {
  /** JSON path such as `notes[12].emotion`; empty for the file as a whole. */
  path: string;
};

export type ProblemCode = Problem['code'];

/** Summarises a value for a message without echoing a whole document back. */
export function describeFound(value: unknown): Found {
  if (value === undefined) return { kind: 'missing' };
  if (value === null) return { kind: 'null' };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'string') return { kind: 'text', value: value.slice(0, 60), length: value.length };
  if (Array.isArray(value)) return { kind: 'list', length: value.length };
  return { kind: 'object' };
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `notes[12].emotion`, `assets["ph-1"].mime`: a path a person can follow in the file. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (PLAIN_KEY.test(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key)}]`;
}

export function pathOf(segments: readonly (string | number)[]): string {
  let path = '';
  for (const s of segments) path = childPath(path, s);
  return path;
}
