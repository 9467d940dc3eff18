// Every key of docs/format.md, entity by entity, in the order the canonical writer
// writes them, with its rule and whether it may be left out. The reader
// checks against this list and the writer orders and omits by it.
import type { Rule } from './rules';
import { ASSET_MIMES, EVIDENCE_LEVELS, LANE_KINDS, MAP_TYPES, PRIORITIES } from './types';

export interface FieldSpec {
  key: string;
  rule: Rule;
  /** Required keys are always written; optional ones are left out when they hold their default. */
  required: boolean;
  /** For optional keys: whether a value is the default, and so left out when written. */
  isDefault?: (value: unknown) => boolean;
}

const id: Rule = { t: 'id' };
const color: Rule = { t: 'color' };
const text = (min: number, max: number, trimmed = false): Rule => ({ t: 'text', min, max, trimmed });
const textList: Rule = { t: 'textList', maxItems: 50, maxLength: 500 };
const req = (key: string, rule: Rule): FieldSpec => ({ key, rule, required: true });

/**
 * The defaults docs/format.md states: goal and scenario "", reviewBy and
 * primaryPersona null, votes 0, hidden and locked false, assets {}. A key
 * holding one is left out when written. Other optional keys have no stated
 * default, so whatever they hold (an empty role, an emotion of 0) is written.
 */
const STATED_DEFAULTS: Record<string, (value: unknown) => boolean> = {
  goal: (v) => v === '',
  scenario: (v) => v === '',
  reviewBy: (v) => v === null,
  primaryPersona: (v) => v === null,
  votes: (v) => v === 0,
  hidden: (v) => v === false,
  locked: (v) => v === false,
  assets: (v) => isEmptyObject(v),
};
const noDefault = () => false;

const opt = (key: string, rule: Rule): FieldSpec => ({ key, rule, required: false, isDefault: STATED_DEFAULTS[key] ?? noDefault });

export const LIMITS = {
  maxFileBytes: 256 * 1024 * 1024,
  maxPersonas: 20,
  minStages: 1,
  maxStages: 100,
  minLanes: 1,
  maxLanes: 50,
  maxNotes: 100_000,
  maxAssetBytes: 20 * 1024 * 1024,
  maxExtensionDepth: 64,
  maxTags: 20,
  minEmotion: -2,
  maxEmotion: 2,
} as const;

export const MAP_FIELDS: readonly FieldSpec[] = [
  req('format', { t: 'oneOf', values: ['cjm'] }),
  req('version', { t: 'integer', min: 1, max: 1 }),
  req('id', id),
  req('title', text(1, 200, true)),
  req('type', { t: 'oneOf', values: MAP_TYPES }),
  req('locale', { t: 'languageTag' }),
  opt('goal', text(0, 2000)),
  opt('scenario', text(0, 5000)),
  req('createdAt', { t: 'timestamp' }),
  req('updatedAt', { t: 'timestamp' }),
  opt('reviewBy', { t: 'orNull', rule: { t: 'date' } }),
  req('personas', { t: 'list', min: 0, max: LIMITS.maxPersonas }),
  opt('primaryPersona', { t: 'orNull', rule: id }),
  req('stages', { t: 'list', min: LIMITS.minStages, max: LIMITS.maxStages }),
  req('lanes', { t: 'list', min: LIMITS.minLanes, max: LIMITS.maxLanes }),
  req('notes', { t: 'list', min: 0, max: LIMITS.maxNotes }),
  opt('assets', { t: 'object' }),
];

export const PERSONA_FIELDS: readonly FieldSpec[] = [
  req('id', id),
  req('name', text(1, 100)),
  opt('role', text(0, 200)),
  opt('age', { t: 'integer', min: 0, max: 150 }),
  opt('photo', id),
  opt('bio', text(0, 2000)),
  opt('goals', textList),
  opt('frustrations', textList),
  opt('motivations', textList),
  opt('channels', textList),
  opt('quote', text(0, 500)),
];

export const STAGE_FIELDS: readonly FieldSpec[] = [req('id', id), req('title', text(1, 100)), opt('color', color)];

export const LANE_FIELDS: readonly FieldSpec[] = [
  req('id', id),
  req('kind', { t: 'oneOf', values: LANE_KINDS }),
  req('title', text(1, 100)),
  opt('color', color),
  opt('hidden', { t: 'boolean' }),
  opt('persona', id),
  opt('locked', { t: 'boolean' }),
];

export const METRIC_FIELDS: readonly FieldSpec[] = [
  req('name', text(1, 100)),
  req('value', { t: 'number' }),
  opt('unit', text(0, 16)),
];

/** A note's `madeFrom`: the note it was made from, and that note's votes at the time. */
export const MADE_FROM_FIELDS: readonly FieldSpec[] = [req('note', id), req('votes', { t: 'integer', min: 0, max: 9999 })];

export const NOTE_FIELDS: readonly FieldSpec[] = [
  req('id', id),
  req('lane', id),
  req('stage', id),
  req('text', text(0, 10_000)),
  opt('color', color),
  opt('emotion', { t: 'integer', min: LIMITS.minEmotion, max: LIMITS.maxEmotion }),
  opt('votes', { t: 'integer', min: 0, max: 9999 }),
  opt('tags', { t: 'tagList', maxItems: LIMITS.maxTags, maxLength: 40 }),
  opt('evidence', { t: 'oneOf', values: EVIDENCE_LEVELS }),
  opt('source', text(0, 500)),
  opt('owner', text(0, 100)),
  opt('priority', { t: 'oneOf', values: PRIORITIES }),
  opt('due', { t: 'date' }),
  opt('metric', { t: 'object' }),
  opt('image', id),
  opt('hidden', { t: 'boolean' }),
  opt('madeFrom', { t: 'object' }),
  opt('author', text(1, 40, true)),
];

export const ASSET_FIELDS: readonly FieldSpec[] = [
  req('mime', { t: 'oneOf', values: ASSET_MIMES }),
  req('data', { t: 'base64' }),
  opt('name', text(0, 200)),
];

function isEmptyObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
}
