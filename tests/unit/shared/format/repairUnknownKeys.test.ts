// Unknown keys that are not extensions are kept as `x-` keys (a repair), at
// every level of the map. `__proto__`, `constructor` and `prototype` are
// unknown keys like any other: kept as data, never reaching a prototype.
import { describe, expect, it } from 'vitest';
import { readCjm, writeCjm } from '../../../../shared/format';
import { expectOpened, fixtureText, lines, readFixture } from './helpers';

const unknownKey = (path: string, key: string, keptAs: string) => ({
  en: `${path}: "${key}" is not a key of the .cjm format; repair keeps its value as the extension "${keptAs}"`,
  id: `${path}: "${key}" bukan kunci dalam format .cjm; saat diperbaiki, nilainya disimpan sebagai ekstensi "${keptAs}"`,
});

describe('an unknown key is kept as an x- key, at every level', () => {
  it.each([
    ['top', 'colour', 'colour', 'blue', (m: Record<string, unknown>) => m],
    ['persona', 'personas[0].nickname', 'nickname', 'Ri', (m: MapLike) => m.personas[0]],
    ['stage', 'stages[0].description', 'description', 'Where it starts', (m: MapLike) => m.stages[0]],
    ['lane', 'lanes[0].collapsed', 'collapsed', true, (m: MapLike) => m.lanes[0]],
    ['note', 'notes[0].scribe', 'scribe', { name: 'Dewi' }, (m: MapLike) => m.notes[0]],
    ['metric', 'notes[0].metric.target', 'target', 5, (m: MapLike) => m.notes[0]!.metric],
    ['made-from', 'notes[0].madeFrom.round', 'round', 'morning', (m: MapLike) => m.notes[0]!.madeFrom],
    ['asset', 'assets["img-1"].width', 'width', 1, (m: MapLike) => m.assets!['img-1']],
  ] as const)('in the %s', (level, path, key, value, owner) => {
    const { map, repairs } = expectOpened(readFixture(`repair/unknown-key-${level}.cjm`));
    const expected = unknownKey(path, key, `x-${key}`);
    expect(lines(repairs, 'en')).toEqual([expected.en]);
    expect(lines(repairs, 'id')).toEqual([expected.id]);
    const holder = owner(map as unknown as MapLike) as Record<string, unknown>;
    expect(holder[`x-${key}`]).toEqual(value);
    expect(Object.hasOwn(holder, key)).toBe(false);
    // Written back as an extension, after the known keys.
    expect(writeCjm(map)).toContain(`"x-${key}": ${JSON.stringify(value, null, 2).split('\n')[0]}`);
  });

  it('takes x-KEY-2 when x-KEY is taken, and x-KEY-3 when that is taken too', () => {
    const { map, repairs } = expectOpened(readFixture('repair/unknown-key-taken.cjm'));
    expect(lines(repairs)).toEqual([unknownKey('notes[0].scribe', 'scribe', 'x-scribe-3').en, unknownKey('colour', 'colour', 'x-colour-2').en]);
    expect(map.notes[0]).toMatchObject({ 'x-scribe': 'kept', 'x-scribe-2': 'also kept', 'x-scribe-3': 'Dewi' });
    expect(map).toMatchObject({ 'x-colour': 'teal', 'x-colour-2': 'blue' });
  });
});

type MapLike = {
  personas: Record<string, unknown>[];
  stages: Record<string, unknown>[];
  lanes: Record<string, unknown>[];
  notes: (Record<string, unknown> & { metric?: Record<string, unknown>; madeFrom?: Record<string, unknown> })[];
  assets?: Record<string, Record<string, unknown>>;
};

/** Every object reachable from `value`, with its path. */
function* objects(value: unknown, path = '$'): Generator<[string, object]> {
  if (typeof value !== 'object' || value === null) return;
  yield [path, value];
  for (const key of Object.keys(value)) yield* objects((value as Record<string, unknown>)[key], `${path}.${key}`);
}

function expectNoPrototypeReached(value: unknown): void {
  expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  for (const [path, o] of objects(value)) {
    const proto: unknown = Object.getPrototypeOf(o);
    expect([Object.prototype, Array.prototype, null], path).toContain(proto);
    if ('polluted' in o) expect(Object.hasOwn(o, 'polluted'), path).toBe(true);
  }
}

describe('__proto__, constructor and prototype are ordinary keys', () => {
  const expectedRepairs = [
    unknownKey('personas[0].__proto__', '__proto__', 'x-__proto__').en,
    unknownKey('stages[0].constructor', 'constructor', 'x-constructor').en,
    unknownKey('lanes[0].prototype', 'prototype', 'x-prototype').en,
    unknownKey('notes[0].metric.__proto__', '__proto__', 'x-__proto__').en,
    unknownKey('notes[0].__proto__', '__proto__', 'x-__proto__').en,
    unknownKey('assets.__proto__.constructor', 'constructor', 'x-constructor').en,
    unknownKey('__proto__', '__proto__', 'x-__proto__').en,
    unknownKey('constructor', 'constructor', 'x-constructor').en,
    unknownKey('prototype', 'prototype', 'x-prototype').en,
  ];

  it('keeps each as data under an x- key, at every level, and reports each', () => {
    const { map, repairs } = expectOpened(readFixture('repair/prototype-keys.cjm'));
    expect(lines(repairs)).toEqual(expectedRepairs);
    expect(map['x-__proto__']).toEqual({ polluted: 'top' });
    expect(map['x-constructor']).toEqual({ prototype: { polluted: 'constructor' } });
    expect(map['x-prototype']).toBe('top');
    expect(map.personas[0]!['x-__proto__']).toEqual({ polluted: 'persona' });
    expect(map.notes[0]!.metric!['x-__proto__']).toEqual({ polluted: 'metric' });
    expectNoPrototypeReached(map);
  });

  it('accepts them as ids: references to them resolve, and "__proto__" can name an image', () => {
    const { map } = expectOpened(readFixture('repair/prototype-keys.cjm'));
    expect([map.personas[0]!.id, map.stages[0]!.id, map.lanes[0]!.id]).toEqual(['constructor', '__proto__', 'prototype']);
    expect(map.notes[0]).toMatchObject({ lane: 'prototype', stage: '__proto__' });
    expect(Object.keys(map.assets!)).toEqual(['__proto__']);
    expect(map.assets!['__proto__']!.mime).toBe('image/png');
    expect(map.personas[0]!.photo).toBe('__proto__');
  });

  it('keeps a __proto__ key inside an extension as the extension’s own key', () => {
    const { map } = expectOpened(readFixture('repair/prototype-keys.cjm'));
    const data = map.notes[0]!['x-data'] as object;
    expect(Object.hasOwn(data, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  });

  it('writes them back and reads them again the same, with no prototype reached', () => {
    const { map } = expectOpened(readFixture('repair/prototype-keys.cjm'));
    const written = writeCjm(map);
    expect(written).toContain('"x-__proto__": {\n    "polluted": "top"\n  }');
    expect(written).toContain('"__proto__": {\n      "mime": "image/png"');
    const again = expectOpened(readCjm(written));
    expect(again.repairs).toEqual([]);
    expect(again.map).toEqual(map);
    expectNoPrototypeReached(again.map);
  });

  it('is as safe on the slow path, when a key given twice makes the reader parse the text itself', () => {
    // An asset id given twice is a repair, and sends the reader to its own parser.
    const source = fixtureText('repair/prototype-keys.cjm').replace(
      '"assets": {\n',
      '"assets": {\n    "__proto__": {"mime": "image/png", "data": "iVBORw0KGgoAAAANSUhEUgAAAAE=", "__proto__": {"polluted": "first"}},\n',
    );
    const { map, repairs } = expectOpened(readCjm(source));
    expect(lines(repairs)).toContain(
      'assets.__proto__: the id "__proto__" is already used by an earlier image; repair gives this one the id "__proto__-2"',
    );
    expect(map.assets!['__proto__']!['x-__proto__']).toEqual({ polluted: 'first' });
    expect(Object.keys(map.assets!)).toEqual(['__proto__', '__proto__-2']);
    expectNoPrototypeReached(map);
  });
});
