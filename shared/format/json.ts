// JSON values as extensions (`x-` keys) carry them, kept unchanged.

/**
 * An object inside an extension whose keys include array indices ("2",
 * "10"). A JavaScript object would move those keys first, in numeric order,
 * so such an object is kept as its entries in the order of the file and
 * written back in that order. It is never changed after reading.
 */
export class OrderedObject {
  constructor(readonly entries: [string, JsonValue][]) {}

  /** Outside the writer (a debugging dump, a test), a plain object of the same value. */
  toJSON(): unknown {
    return orderedObjectJson(this);
  }
}

/** The writer swaps this in while it writes, to keep the order; see writer.ts. */
let orderedObjectJson = (o: OrderedObject): unknown => Object.fromEntries(o.entries);

export function withOrderedObjectJson<T>(render: (o: OrderedObject) => unknown, body: () => T): T {
  const previous = orderedObjectJson;
  orderedObjectJson = render;
  try {
    return body();
  } finally {
    orderedObjectJson = previous;
  }
}

/** A value as JSON can hold it: what extensions (`x-` keys) carry. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | OrderedObject
  | JsonValue[]
  | { [key: string]: JsonValue };

export type JsonObject = { [key: string]: JsonValue };

const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/** Whether a key is one JavaScript orders first in an object (an array index). */
export function isArrayIndexKey(key: string): boolean {
  return ARRAY_INDEX.test(key) && Number(key) < 4294967295;
}

/** A deep copy of JSON data; ordered objects, never changed, are shared. */
export function copyJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null || value instanceof OrderedObject) return value;
  if (Array.isArray(value)) return value.map(copyJson) as T;
  const copy = Object.create(Object.getPrototypeOf(value)) as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    Object.defineProperty(copy, key, { value: copyJson((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
  }
  return copy as T;
}
