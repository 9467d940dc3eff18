// JSON that carries bytes, for the Host calls of browser mode (HTTP). IPC
// carries Uint8Array as it is; JSON cannot, so bytes travel as
// `{"$bytes": "<base64>"}`. Keys of the values' own objects that start with
// "$" (a sheet's header could) are escaped with one more "$", so nothing
// a user wrote can pass for bytes.

/** Base64 by whatever the environment does fastest (Buffer in Node, atob and btoa in a page). */
export interface Base64Codec {
  encode(bytes: Uint8Array): string;
  decode(text: string): Uint8Array;
}

const BYTES = '$bytes';

export function toWireJson(value: unknown, base64: Base64Codec): string {
  return JSON.stringify(value ?? null, function (this: Record<string, unknown>, key, converted: unknown) {
    // The value before toJSON: a Node Buffer would otherwise arrive here as {type, data}.
    const original = this[key];
    if (original instanceof Uint8Array) return { [BYTES]: base64.encode(original) };
    if (!isPlainObject(converted)) return converted;
    if (!Object.keys(converted).some((k) => k.startsWith('$'))) return converted;
    return Object.fromEntries(Object.entries(converted).map(([k, v]) => [k.startsWith('$') ? `$${k}` : k, v]));
  });
}

export function fromWireJson(text: string, base64: Base64Codec): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (!isPlainObject(value)) return value;
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === BYTES && typeof value[BYTES] === 'string') return base64.decode(value[BYTES]);
    if (!keys.some((k) => k.startsWith('$'))) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.startsWith('$') ? k.slice(1) : k, v]));
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
