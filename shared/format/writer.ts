// The one canonical writer of .cjm files: UTF-8 JSON, LF, 2-space indent,
// one trailing newline, keys in docs/format.md's order, optional keys that hold
// their default left out, `x-` extensions after the known keys in the order
// they were read, their contents as read. Asset ids are written sorted (by
// UTF-16 code unit), so any program can write the same bytes.
import {
  ASSET_FIELDS,
  LANE_FIELDS,
  MADE_FROM_FIELDS,
  MAP_FIELDS,
  METRIC_FIELDS,
  NOTE_FIELDS,
  PERSONA_FIELDS,
  STAGE_FIELDS,
  type FieldSpec,
} from './schema';
import { withOrderedObjectJson } from './json';
import { Placeholders, stringifyAt } from './placeholders';
import type { Asset, JourneyMap, MadeFrom, Metric, Note } from './types';

type Transform = (value: never) => unknown;

function ordered(input: object, fields: readonly FieldSpec[], transforms: Record<string, Transform> = {}): Record<string, unknown> {
  const source = input as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const spec of fields) {
    const value = source[spec.key];
    if (value === undefined || (!spec.required && spec.isDefault!(value))) continue;
    const transform = transforms[spec.key];
    out[spec.key] = transform ? transform(value as never) : value;
  }
  for (const key of Object.keys(source)) {
    if (key.startsWith('x-') && source[key] !== undefined) out[key] = source[key];
  }
  return out;
}

const orderedMetric = (metric: Metric) => ordered(metric, METRIC_FIELDS);
const orderedMadeFrom = (madeFrom: MadeFrom) => ordered(madeFrom, MADE_FROM_FIELDS);
const orderedNote = (note: Note) => ordered(note, NOTE_FIELDS, { metric: orderedMetric, madeFrom: orderedMadeFrom });

export function writeCjm(map: JourneyMap): string {
  // JSON.stringify would put integer-like keys (asset ids such as "10",
  // extension keys such as "2") first whatever we do; those parts are
  // written by hand where a placeholder stands.
  const placeholders = new Placeholders();
  return withOrderedObjectJson(
    (o) => placeholders.add((indent) => stringifyAt(o, indent)),
    () => {
      const top = ordered(map, MAP_FIELDS, {
        personas: (personas: object[]) => personas.map((p) => ordered(p, PERSONA_FIELDS)),
        stages: (stages: object[]) => stages.map((s) => ordered(s, STAGE_FIELDS)),
        lanes: (lanes: object[]) => lanes.map((l) => ordered(l, LANE_FIELDS)),
        notes: (notes: Note[]) => notes.map(orderedNote),
        assets: (assets: Record<string, Asset>) => placeholders.add((indent) => assetsText(assets, indent)),
      });
      return `${placeholders.fill(JSON.stringify(top, null, 2))}\n`;
    },
  );
}

function assetsText(assets: Record<string, Asset>, indent: string): string {
  const inner = `${indent}  `;
  const entries = Object.keys(assets)
    .sort()
    .map((id) => `${inner}${JSON.stringify(id)}: ${stringifyAt(ordered(assets[id]!, ASSET_FIELDS), inner)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}
