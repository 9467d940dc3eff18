// The checks a Host call's arguments pass before any method runs: the page
// (or a compromised one) is not trusted to send a sane request. Each check
// takes the raw value and returns it typed, or throws BadArgument naming the
// argument and what it must be. Checks that need the machine (is this handle
// one we issued?) belong to the methods themselves (electron/app).

/** A call whose arguments are not what its method takes: the transports answer "bad request". */
export class BadArgument extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadArgument';
  }
}

export type Check<T> = (value: unknown, name: string) => T;

const fail = (message: string): never => {
  throw new BadArgument(message);
};

export const text: Check<string> = (value, name) => (typeof value === 'string' ? value : fail(`"${name}" must be a text.`));

/** An opaque handle the host issued: short URL-safe text (the host checks it is one of its own). */
export const handle: Check<string> = (value, name) =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : fail(`"${name}" must be a file handle the host gave out.`);

export const flag: Check<boolean> = (value, name) => (typeof value === 'boolean' ? value : fail(`"${name}" must be true or false.`));

export function bytes(limit: number): Check<Uint8Array> {
  return (value, name) => {
    if (!(value instanceof Uint8Array)) return fail(`"${name}" must be bytes.`);
    if (value.length > limit) return fail(`"${name}" is ${value.length} bytes; at most ${limit} are taken.`);
    return value;
  };
}

export function oneOf<const T extends string>(allowed: readonly T[]): Check<T> {
  return (value, name) => (typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fail(`"${name}" must be one of ${allowed.join(', ')}.`));
}

/** The argument may be left out. */
export function optional<T>(check: Check<T>): Check<T | undefined> {
  return (value, name) => (value === undefined ? undefined : check(value, name));
}

/** The argument may be null, but must be given. */
export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value, name) => (value === null ? null : check(value, name));
}

/** A plain object of named fields (its fields are checked by whoever reads it). */
const record: Check<Record<string, unknown>> = (value, name) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array) ? (value as Record<string, unknown>) : fail(`"${name}" must be an object.`);

/** An object of exactly these fields, each checked. */
export function shape<T extends object>(fields: { [K in keyof T]-?: Check<T[K]> }): Check<T> {
  return (value, name) => {
    const raw = record(value, name);
    const out = {} as T;
    for (const key of Object.keys(fields) as (keyof T & string)[]) out[key] = fields[key](raw[key], `${name}.${key}`);
    return out;
  };
}

export function either<A, B>(first: Check<A>, second: Check<B>, message: string): Check<A | B> {
  return (value, name) => {
    try {
      return first(value, name);
    } catch (error) {
      if (!(error instanceof BadArgument)) throw error;
      try {
        return second(value, name);
      } catch (again) {
        if (!(again instanceof BadArgument)) throw again;
        return fail(`"${name}" ${message}`);
      }
    }
  };
}

export function numberIn(min: number, max: number): Check<number> {
  return (value, name) => (typeof value === 'number' && value >= min && value <= max ? value : fail(`"${name}" must be a number from ${min} to ${max}.`));
}
