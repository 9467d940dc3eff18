// The one reader of .cjm files. It checks every rule of docs/format.md, reports
// every problem with its path, repairs what can be repaired without losing
// content, and returns a result value: it never throws to its caller.
import { Checker } from './checker';
import { inFileOrder } from './problemOrder';
import type { JsonValue } from './json';
import { countObjectKeys, parseJsonDetailed, type DuplicateKey } from './jsonSyntax';
import { childPath, describeFound, pathOf, type Problem } from './problems';
import { readEntity, isPlainObject, keepOriginal, type EntityReaders, type SpecialReader } from './readEntities';
import { repairReferences } from './repairReferences';
import { renameDuplicateIds, type ReadLists } from './repairDuplicates';
import { timestampMillis } from './rules';
import {
  ASSET_FIELDS,
  LANE_FIELDS,
  LIMITS,
  MADE_FROM_FIELDS,
  MAP_FIELDS,
  METRIC_FIELDS,
  NOTE_FIELDS,
  PERSONA_FIELDS,
  STAGE_FIELDS,
  type FieldSpec,
} from './schema';
import { FORMAT_VERSION, LANE_KINDS, type AssetMime, type JourneyMap } from './types';
import { decodeUtf8 } from './utf8';

export type ReadResult =
  | { ok: true; map: JourneyMap; repairs: Problem[] }
  | { ok: false; problems: Problem[] };

/** Reads a .cjm file's bytes (or its text, already decoded). */
export function readCjm(input: Uint8Array | string): ReadResult {
  try {
    return read(input);
  } catch (error) {
    // Only a bug can land here; the caller still gets a value, not a crash.
    return fatalOnly({
      severity: 'fatal',
      path: '',
      code: 'json-syntax',
      line: 1,
      column: 1,
      detail: { kind: 'unexpected-char', char: String(error).slice(0, 40) },
    });
  }
}

function fatalOnly(problem: Problem): ReadResult {
  return { ok: false, problems: [problem] };
}

function read(input: Uint8Array | string): ReadResult {
  let text: string;
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    if (input.length > LIMITS.maxFileBytes) {
      return fatalOnly({ severity: 'fatal', path: '', code: 'file-too-large', bytes: input.length, limit: LIMITS.maxFileBytes });
    }
    const decoded = decodeUtf8(input);
    if (!decoded.ok) return fatalOnly({ severity: 'fatal', path: '', code: 'not-utf8', offset: decoded.offset });
    text = decoded.text;
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const detailed = parseJsonDetailed(text);
    if (!detailed.ok) return fatalOnly({ severity: 'fatal', path: '', code: 'json-syntax', ...detailed.error });
    parsed = detailed.value;
  }

  const first = readParsed(parsed, []);
  const duplicateKeys = first.keysSeen !== countObjectKeys(text);
  if (!duplicateKeys && !first.reorderedExtension) return first.result;
  // Rare: some object may hold a key twice (JSON.parse kept the last value),
  // or an extension holds keys such as "2" that JSON.parse moved first. Read
  // again from a parse that keeps the first value, lists the others, and
  // keeps extension objects in the file's order.
  const detailed = parseJsonDetailed(text, { keepExtensionOrder: true });
  if (!detailed.ok) return first.result;
  return readParsed(detailed.value, detailed.duplicates).result;
}

function readParsed(parsed: unknown, duplicates: DuplicateKey[]): { result: ReadResult; keysSeen: number; reorderedExtension: boolean } {
  const checker = new Checker();
  const map = readMap(checker, parsed, duplicates);
  const problems = inFileOrder(checker.problems);
  const result: ReadResult = map === null || checker.hasFatal ? { ok: false, problems } : { ok: true, map, repairs: problems };
  return { result, keysSeen: checker.keysSeen, reorderedExtension: checker.reorderedExtension };
}

function readMap(c: Checker, parsed: unknown, duplicates: DuplicateKey[]): JourneyMap | null {
  if (!isPlainObject(parsed)) {
    c.fatal('', { code: 'not-an-object', found: describeFound(parsed) });
    return null;
  }
  if (parsed.format !== 'cjm') {
    c.fatal('format', { code: 'wrong-format', found: describeFound(parsed.format) });
    return null;
  }
  const version = parsed.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > FORMAT_VERSION) {
    // A newer format may mean anything; say so and read no further.
    c.fatal('version', { code: 'newer-version', found: version, supported: FORMAT_VERSION });
    return null;
  }

  // The four lists of the map: checked as lists, then item by item.
  const list =
    (fields: readonly FieldSpec[], readers: EntityReaders = {}): SpecialReader =>
    (value, key, out) => {
      const spec = MAP_FIELDS.find((f) => f.key === key)!;
      if (!c.check(key, spec.rule, value)) return;
      const entityReaders = { ...readers, fast: true };
      out[key] = (value as unknown[]).map((item, i) => readEntity(c, item, `${key}[${i}]`, fields, entityReaders));
    };

  const top = readEntity(c, parsed, '', MAP_FIELDS, {
    special: {
      personas: list(PERSONA_FIELDS),
      stages: list(STAGE_FIELDS),
      lanes: list(LANE_FIELDS, { special: { kind: readLaneKind(c) } }),
      notes: list(NOTE_FIELDS, {
        special: { emotion: readEmotion(c), metric: readNested(c, 'metric', METRIC_FIELDS), madeFrom: readNested(c, 'madeFrom', MADE_FROM_FIELDS) },
        nested: { metric: METRIC_FIELDS, madeFrom: MADE_FROM_FIELDS },
      }),
      assets: readAssets(c, duplicates),
    },
  });
  if (top === null) return null;

  for (const dup of duplicates) {
    if (!(dup.path.length === 1 && dup.path[0] === 'assets')) {
      c.fatal(pathOf([...dup.path, dup.key]), { code: 'duplicate-key', key: dup.key });
    }
  }
  // Both timestamps are kept only when valid; compared even if other rules
  // are broken, so this problem is reported with the rest.
  const { createdAt, updatedAt } = top as { createdAt?: string; updatedAt?: string };
  if (createdAt !== undefined && updatedAt !== undefined && timestampMillis(updatedAt) < timestampMillis(createdAt)) {
    c.fatal('updatedAt', { code: 'updated-before-created', createdAt, updatedAt });
  }
  // Repairs of ids and references run on what could be read even when other
  // problems are fatal, so that the report lists every problem at once.
  const lists: ReadLists = {
    personas: intactList(top.personas),
    stages: intactList(top.stages),
    lanes: intactList(top.lanes),
    notes: intactList(top.notes),
  };
  const assetIds = parsed.assets === undefined || top.assets !== undefined ? new Set(Object.keys(top.assets ?? {})) : null;
  renameDuplicateIds(c, lists);
  repairReferences(c, top as unknown as JourneyMap, lists, assetIds);
  return c.hasFatal ? null : (top as unknown as JourneyMap);
}

/** A list every item of which was read with its id, or null. */
function intactList(value: unknown): { id: string }[] | null {
  if (!Array.isArray(value)) return null;
  for (const item of value) if (!isPlainObject(item) || typeof item.id !== 'string') return null;
  return value as { id: string }[];
}

function readLaneKind(c: Checker): SpecialReader {
  return (value, path, out, input) => {
    if (typeof value === 'string' && !(LANE_KINDS as readonly string[]).includes(value)) {
      out.kind = 'text';
      const keptAs = keepOriginal(out, 'kind', value, input);
      c.repair(path, { code: 'unknown-lane-kind', found: value, keptAs });
    } else if (c.check(path, { t: 'oneOf', values: LANE_KINDS }, value)) {
      out.kind = value;
    }
  };
}

function readEmotion(c: Checker): SpecialReader {
  return (value, path, out, input) => {
    if (Number.isInteger(value) && ((value as number) < LIMITS.minEmotion || (value as number) > LIMITS.maxEmotion)) {
      const clamped = Math.max(LIMITS.minEmotion, Math.min(LIMITS.maxEmotion, value as number));
      out.emotion = clamped;
      const keptAs = keepOriginal(out, 'emotion', value, input);
      c.repair(path, { code: 'emotion-out-of-range', found: value as number, clamped, keptAs });
    } else if (c.check(path, { t: 'integer', min: LIMITS.minEmotion, max: LIMITS.maxEmotion }, value)) {
      out.emotion = value;
    }
  };
}

/** A note's nested entity (its metric, what it was made from), read by its own fields. */
function readNested(c: Checker, key: string, fields: readonly FieldSpec[]): SpecialReader {
  return (value, path, out) => {
    const entity = readEntity(c, value, path, fields);
    if (entity !== null) out[key] = entity;
  };
}

function readAssets(c: Checker, duplicates: DuplicateKey[]): SpecialReader {
  return (value, path, out) => {
    if (!c.check(path, { t: 'object' }, value)) return;
    const entries = Object.entries(value as Record<string, unknown>);
    c.keysSeen += entries.length;
    // Assets given twice under one id: the later ones get new ids (a repair).
    for (const dup of duplicates) {
      if (dup.path.length === 1 && dup.path[0] === 'assets') entries.push([dup.key, dup.value as JsonValue]);
    }
    const assets: Record<string, unknown> = Object.create(null);
    for (const [id, asset] of entries) {
      const assetPath = childPath(path, id);
      c.check(assetPath, { t: 'id' }, id);
      const read = readEntity(c, asset, assetPath, ASSET_FIELDS);
      if (read === null || typeof read.mime !== 'string' || typeof read.data !== 'string') continue;
      c.checkAssetBytes(`${assetPath}.data`, read.mime as AssetMime, read.data);
      if (Object.hasOwn(assets, id)) {
        const newId = freshAssetId(assets, id);
        c.repair(assetPath, { code: 'duplicate-id', collection: 'assets', id, newId });
        assets[newId] = read;
      } else {
        assets[id] = read;
      }
    }
    if (Object.keys(assets).length > 0) out.assets = assets;
  };
}

function freshAssetId(assets: Record<string, unknown>, id: string): string {
  for (let n = 2; ; n++) {
    const candidate = `${id.slice(0, 60)}-${n}`;
    if (!Object.hasOwn(assets, candidate)) return candidate;
  }
}
