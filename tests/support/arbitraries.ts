// fast-check arbitraries for valid journey maps (docs/format.md, version 1) and
// the pieces they are made of. Every map generated here is one the reader
// must accept with no repairs: references resolve, ids are unique, lengths
// are counted in characters as docs/format.md counts them (code points).
import fc from 'fast-check';
import { encodeBase64 } from '../../shared/format/base64';
import {
  ASSET_MIMES,
  EVIDENCE_LEVELS,
  LANE_KINDS,
  MAP_TYPES,
  PRIORITIES,
  type Asset,
  type AssetMime,
  type Emotion,
  type JsonValue,
  type JourneyMap,
  type Lane,
  type MadeFrom,
  type Metric,
  type Note,
  type Persona,
  type Stage,
} from '../../shared/format';

/**
 * Options for fc.assert: random by default; `JEJAK_FC_SEED` (and
 * `JEJAK_FC_PATH`, both printed by a failing run) replay one run exactly, and
 * `JEJAK_FC_RUNS` multiplies the number of runs for a longer soak.
 */
export function propertyOptions(numRuns: number): { numRuns: number; seed?: number; path?: string } {
  const factor = Number(process.env.JEJAK_FC_RUNS ?? '1');
  const options: { numRuns: number; seed?: number; path?: string } = {
    numRuns: Math.max(1, Math.round(numRuns * (Number.isFinite(factor) && factor > 0 ? factor : 1))),
  };
  if (process.env.JEJAK_FC_SEED) options.seed = Number(process.env.JEJAK_FC_SEED);
  if (process.env.JEJAK_FC_PATH) options.path = process.env.JEJAK_FC_PATH;
  return options;
}

// ---- text -------------------------------------------------------------------

/** Words a Jakarta workshop might type, with emoji, flags and combining marks. */
export const WORDS = [
  'Kesadaran', 'Pertimbangan', 'Pembelian', 'Retensi', 'Advokasi', 'pelanggan', 'ongkos kirim',
  'bingung', 'senang sekali', 'Wi-Fi di lobi', 'checkout', 'NPS', 'churn', 'café', 'naïve',
  '😊', '😡', '👍🏽', '👨‍👩‍👧', '🇮🇩', 'e\u0301', '中文', 'ß', '"quoted"', 'back\\slash', 'tab\there',
  'line\nbreak', '\u00a0', '\u2028', '</script>', '{"json": true}',
] as const;

/** Cuts `text` to at most `max` code points (never splitting a surrogate pair). */
export function clip(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : points.slice(0, max).join('');
}

/** Free text of at most `max` characters: words, random graphemes, or any code points. */
export function textArb(max: number, min = 0): fc.Arbitrary<string> {
  const length = Math.min(max, 24);
  return fc
    .oneof(
      { weight: 3, arbitrary: fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((w) => w.join(' ')) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: length }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: length }) },
    )
    .map((t) => clip(t, max))
    .filter((t) => Array.from(t).length >= min);
}

/** A map title: 1–200 characters once trimmed. */
export const titleArb = textArb(200).filter((t) => t.trim().length > 0);

/** Who wrote a note: the name a participant gave, 1–40 characters once trimmed. */
export const authorArb = textArb(40).filter((t) => t.trim().length > 0);

// ---- values -----------------------------------------------------------------

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'.split('');

/** An Id, `^[A-Za-z0-9_-]{1,64}$`, now and then one that is also a name Object.prototype has. */
export const idArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.string({ unit: fc.constantFrom(...ID_CHARS), minLength: 1, maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...ID_CHARS), minLength: 64, maxLength: 64 }) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', '0', '42') },
);

const HEX = '0123456789abcdefABCDEF'.split('');
export const colorArb = fc.string({ unit: fc.constantFrom(...HEX), minLength: 6, maxLength: 6 }).map((h) => `#${h}`);

const DAY = 86_400_000;
const MIN_TIME = Date.UTC(1970, 0, 1);
const MAX_TIME = Date.UTC(2199, 11, 31);

/** A calendar date `YYYY-MM-DD`. */
export const dateArb = fc.integer({ min: MIN_TIME / DAY, max: MAX_TIME / DAY }).map((d) => new Date(d * DAY).toISOString().slice(0, 10));

function rfc3339(millis: number, offsetMinutes: number, withMillis: boolean): string {
  const local = new Date(millis + offsetMinutes * 60_000).toISOString();
  const body = withMillis ? local.slice(0, 23) : local.slice(0, 19);
  if (offsetMinutes === 0) return `${body}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${body}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** createdAt and updatedAt, RFC 3339 in UTC or with an offset, updatedAt never before createdAt. */
export const timestampsArb = fc
  .record({
    created: fc.integer({ min: MIN_TIME + DAY, max: MAX_TIME - 400 * DAY }),
    later: fc.integer({ min: 0, max: 365 * DAY }),
    createdOffset: fc.constantFrom(0, 420, 480, 540, -300, 330),
    updatedOffset: fc.constantFrom(0, 420, -600),
    millis: fc.boolean(),
  })
  .map(({ created, later, createdOffset, updatedOffset, millis }) => ({
    createdAt: rfc3339(created, createdOffset, millis),
    updatedAt: rfc3339(created + later, updatedOffset, millis),
  }));

/** Extension keys and values (`x-…`), including a value with an own `__proto__` key. */
export const extensionsArb: fc.Arbitrary<Record<string, JsonValue>> = fc.dictionary(
  fc.string({ maxLength: 8 }).map((k) => `x-${k}`),
  fc.oneof(
    { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<JsonValue> },
    { weight: 1, arbitrary: fc.constant(null).map(() => JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}') as JsonValue) },
  ),
  { maxKeys: 2 },
);

const withExtensions = <T extends object>(entity: fc.Arbitrary<T>, freq = 5): fc.Arbitrary<T> =>
  fc.tuple(entity, fc.option(extensionsArb, { freq, nil: undefined })).map(([e, x]) => (x ? Object.assign(e, x) : e));

const MAGIC: Record<AssetMime, number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/webp': [0x52, 0x49, 0x46, 0x46, 0x10, 0, 0, 0, 0x57, 0x45, 0x42, 0x50],
};

/** An asset whose bytes begin with its type's magic number. */
export const assetArb: fc.Arbitrary<Asset> = withExtensions(
  fc.record(
    {
      mime: fc.constantFrom(...ASSET_MIMES),
      tail: fc.uint8Array({ maxLength: 24 }),
      name: textArb(200),
    },
    { requiredKeys: ['mime', 'tail'] },
  ).map(({ mime, tail, name }) => {
    const asset: Asset = { mime, data: encodeBase64(Uint8Array.from([...MAGIC[mime], ...tail])) };
    if (name !== undefined) asset.name = name;
    return asset;
  }),
  8,
);

export const metricArb: fc.Arbitrary<Metric> = withExtensions(
  fc.record(
    { name: textArb(100, 1), value: fc.double({ noNaN: true, noDefaultInfinity: true }), unit: textArb(16) },
    { requiredKeys: ['name', 'value'] },
  ),
  8,
);

/** What a note was made from: any id (the note may since have been deleted) and its votes then. */
export const madeFromArb: fc.Arbitrary<MadeFrom> = withExtensions(fc.record({ note: idArb, votes: fc.integer({ min: 0, max: 9999 }) }), 8);

// ---- entities ---------------------------------------------------------------

/** Picks one of `ids` by an index; undefined when there are none. */
const pick = (ids: readonly string[], n: number | undefined): string | undefined =>
  n === undefined || ids.length === 0 ? undefined : ids[n % ids.length];

const textList = fc.array(textArb(500), { maxLength: 3 });

const personaArb = (id: string, assetIds: readonly string[]): fc.Arbitrary<Persona> =>
  withExtensions(
    fc.record(
      {
        name: textArb(100, 1),
        role: textArb(200),
        age: fc.integer({ min: 0, max: 150 }),
        photo: fc.nat(),
        bio: textArb(2000),
        goals: textList,
        frustrations: textList,
        motivations: textList,
        channels: textList,
        quote: textArb(500),
      },
      { requiredKeys: ['name'] },
    ).map(({ photo, ...rest }) => {
      const persona: Persona = { id, ...rest };
      const asset = pick(assetIds, photo);
      if (asset !== undefined) persona.photo = asset;
      return persona;
    }),
  );

const stageArb = (id: string): fc.Arbitrary<Stage> =>
  withExtensions(fc.record({ title: textArb(100, 1), color: colorArb }, { requiredKeys: ['title'] }).map((s) => ({ id, ...s })));

const laneArb = (id: string, kind: Lane['kind'], personaIds: readonly string[]): fc.Arbitrary<Lane> =>
  withExtensions(
    fc.record(
      // Mostly unlocked, so that operation sequences find notes they may edit.
      { title: textArb(100, 1), color: colorArb, hidden: fc.boolean(), persona: fc.nat(), locked: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, fc.constant(true)) },
      { requiredKeys: ['title'] },
    ).map(({ persona, ...rest }) => {
      const lane: Lane = { id, kind, ...rest };
      const who = pick(personaIds, persona);
      if (who !== undefined) lane.persona = who;
      return lane;
    }),
  );

const noteArb = (id: string, laneIds: readonly string[], stageIds: readonly string[], assetIds: readonly string[]): fc.Arbitrary<Note> =>
  withExtensions(
    fc.record(
      {
        lane: fc.nat(),
        stage: fc.nat(),
        text: textArb(10_000),
        color: colorArb,
        emotion: fc.constantFrom<Emotion>(-2, -1, 0, 1, 2),
        votes: fc.integer({ min: 0, max: 9999 }),
        tags: fc.uniqueArray(textArb(40, 1), { maxLength: 4 }),
        evidence: fc.constantFrom(...EVIDENCE_LEVELS),
        source: textArb(500),
        owner: textArb(100),
        priority: fc.constantFrom(...PRIORITIES),
        due: dateArb,
        metric: metricArb,
        image: fc.nat(),
        hidden: fc.boolean(),
        madeFrom: madeFromArb,
        author: authorArb,
      },
      { requiredKeys: ['lane', 'stage', 'text'] },
    ).map(({ lane, stage, image, ...rest }) => {
      const note: Note = { id, lane: pick(laneIds, lane)!, stage: pick(stageIds, stage)!, ...rest };
      const asset = pick(assetIds, image);
      if (asset !== undefined) note.image = asset;
      return note;
    }),
  );

/** One entity per id, each built by `make`. */
const each = <T>(ids: readonly string[], make: (id: string, i: number) => fc.Arbitrary<T>): fc.Arbitrary<T[]> =>
  ids.length === 0 ? fc.constant([]) : (fc.tuple(...ids.map((id, i) => make(id, i))) as fc.Arbitrary<T[]>);

export interface MapShape {
  maxStages?: number;
  maxLanes?: number;
  maxNotes?: number;
}

/**
 * A valid map: 0–3 personas, 1–`maxStages` stages, 1–`maxLanes` lanes of any
 * kind, up to `maxNotes` notes with any optional fields, assets used by
 * photos and pictures, and extensions at every level.
 */
export function mapArb({ maxStages = 6, maxLanes = 13, maxNotes = 30 }: MapShape = {}): fc.Arbitrary<JourneyMap> {
  const ids = fc.record({
    assets: fc.uniqueArray(idArb, { maxLength: 3 }),
    personas: fc.uniqueArray(idArb, { maxLength: 3 }),
    stages: fc.uniqueArray(idArb, { minLength: 1, maxLength: maxStages }),
    lanes: fc.uniqueArray(idArb, { minLength: 1, maxLength: maxLanes }),
    kinds: fc.shuffledSubarray([...LANE_KINDS], { minLength: LANE_KINDS.length }),
    notes: fc.uniqueArray(idArb, { maxLength: maxNotes }),
  });
  return ids.chain((id) =>
    withExtensions(
      fc.record(
        {
          id: idArb,
          title: titleArb,
          type: fc.constantFrom(...MAP_TYPES),
          locale: fc.constantFrom('en', 'id', 'id-ID', 'en-GB', 'jv', 'zh-Hant-TW'),
          goal: textArb(2000),
          scenario: textArb(5000),
          times: timestampsArb,
          reviewBy: fc.option(dateArb, { nil: null }),
          primaryPersona: fc.option(fc.nat(), { nil: null }),
          assets: each(id.assets, () => assetArb),
          personas: each(id.personas, (pid) => personaArb(pid, id.assets)),
          stages: each(id.stages, (sid) => stageArb(sid)),
          lanes: each(id.lanes, (lid, i) => laneArb(lid, id.kinds[i % id.kinds.length]!, id.personas)),
          notes: each(id.notes, (nid) => noteArb(nid, id.lanes, id.stages, id.assets)),
        },
        { requiredKeys: ['id', 'title', 'type', 'locale', 'times', 'assets', 'personas', 'stages', 'lanes', 'notes'] },
      ).map(({ times, primaryPersona, assets, ...rest }) => {
        const map: JourneyMap = { format: 'cjm', version: 1, ...rest, ...times };
        if (primaryPersona !== undefined) map.primaryPersona = primaryPersona === null ? null : (pick(id.personas, primaryPersona) ?? null);
        if (assets.length > 0) {
          // A null-prototype record, as the reader makes: an asset id "__proto__" is just a key.
          map.assets = Object.create(null) as Record<string, Asset>;
          assets.forEach((asset, i) => (map.assets![id.assets[i]!] = asset));
        }
        return map;
      }),
    ),
  );
}
