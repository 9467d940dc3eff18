// A second JSON parser, for the slow path only. JSON.parse is fast but says
// neither where a syntax error is (in words a facilitator can use) nor which
// keys appear twice in one object (it keeps the last silently). This one is
// iterative, so no nesting depth can overflow the stack, and it reports both.
import { isArrayIndexKey, OrderedObject, type JsonValue } from './json';

export type SyntaxDetail =
  | { kind: 'unexpected-char'; char: string }
  | { kind: 'unexpected-end' }
  | { kind: 'bad-escape' }
  | { kind: 'control-char' }
  | { kind: 'bad-number' }
  | { kind: 'trailing-content' }
  | { kind: 'empty' };

export interface SyntaxProblem {
  line: number;
  column: number;
  detail: SyntaxDetail;
}

export interface DuplicateKey {
  /** Path of the object that holds the key twice. */
  path: (string | number)[];
  key: string;
  /** The later value, which JSON.parse would have kept in place of the first. */
  value: JsonValue;
}

export type DetailedParse =
  | { ok: true; value: JsonValue; duplicates: DuplicateKey[] }
  | { ok: false; error: SyntaxProblem };

interface Frame {
  container: JsonValue[] | { [key: string]: JsonValue };
  /** Where this container sits in its parent (null for the root). */
  at: string | number | null;
  key: string | null;
  keys: Set<string> | null;
  /** Inside the value of an `x-` key, where key order is kept (see OrderedObject). */
  inExtension: boolean;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  // Columns count characters as a person sees them, not UTF-16 units.
  let column = 1;
  for (let i = lineStart; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff)) column++;
  }
  return { line, column };
}

function setKey(target: { [key: string]: JsonValue }, key: string, value: JsonValue): void {
  // Defined, not assigned, so "__proto__" stays an ordinary key.
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

export interface DetailedParseOptions {
  /** Keep the file's key order of objects inside extensions that have keys such as "2". */
  keepExtensionOrder?: boolean;
}

export function parseJsonDetailed(text: string, options: DetailedParseOptions = {}): DetailedParse {
  let pos = 0;
  const stack: Frame[] = [];
  const duplicates: DuplicateKey[] = [];
  let root: JsonValue | undefined;

  const fail = (offset: number, detail: SyntaxDetail): DetailedParse => {
    const where = lineAndColumn(text, offset);
    return { ok: false, error: { ...where, detail } };
  };
  const unexpected = (offset: number): DetailedParse => {
    if (offset >= text.length) return fail(offset, { kind: 'unexpected-end' });
    const cp = text.codePointAt(offset)!;
    return fail(offset, { kind: 'unexpected-char', char: String.fromCodePoint(cp) });
  };
  // Built only when a duplicate needs it: copying a path into every frame
  // would cost time and memory quadratic in the nesting depth.
  const pathOfTop = (): (string | number)[] => stack.slice(1).map((frame) => frame.at!);
  const skipWhitespace = () => {
    while (pos < text.length && isWhitespace(text.charCodeAt(pos))) pos++;
  };

  /** Reads the string starting at `pos` (a quote); returns its value or an error. */
  const readString = (): string | DetailedParse => {
    const start = pos;
    pos++;
    let simple = true;
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 0x22) {
        pos++;
        const raw = text.slice(start, pos);
        return simple ? raw.slice(1, -1) : (JSON.parse(raw) as string);
      }
      if (c < 0x20) return fail(pos, { kind: 'control-char' });
      if (c === 0x5c) {
        simple = false;
        const e = text.charCodeAt(pos + 1);
        if (e === 0x75) {
          if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(pos + 2, pos + 6))) return fail(pos, { kind: 'bad-escape' });
          pos += 6;
          continue;
        }
        if (pos + 1 >= text.length) return fail(pos + 1, { kind: 'unexpected-end' });
        if (!'"\\/bfnrt'.includes(text[pos + 1]!)) return fail(pos, { kind: 'bad-escape' });
        pos += 2;
        continue;
      }
      pos++;
    }
    return fail(pos, { kind: 'unexpected-end' });
  };

  /** Attaches a finished value to its parent; returns the frame to continue in. */
  const attach = (value: JsonValue): void => {
    const top = stack[stack.length - 1];
    if (top === undefined) {
      root = value;
      return;
    }
    if (Array.isArray(top.container)) {
      top.container.push(value);
      return;
    }
    const key = top.key!;
    if (top.keys!.has(key)) duplicates.push({ path: pathOfTop(), key, value });
    else {
      top.keys!.add(key);
      setKey(top.container, key, value);
    }
    top.key = null;
  };

  /** A finished container; inside an extension, one whose order JavaScript would change is kept as an OrderedObject. */
  const close = (frame: Frame): JsonValue => {
    const keys = frame.keys;
    if (!options.keepExtensionOrder || !frame.inExtension || keys === null) return frame.container;
    let reordered = false;
    for (const key of keys) if (isArrayIndexKey(key)) reordered = true;
    if (!reordered) return frame.container;
    const object = frame.container as { [key: string]: JsonValue };
    return new OrderedObject([...keys].map((key) => [key, object[key]!]));
  };

  skipWhitespace();
  if (pos >= text.length) return fail(pos, { kind: 'empty' });

  // Expecting a value here; the loop alternates between values and separators.
  for (;;) {
    skipWhitespace();
    if (pos >= text.length) return fail(pos, { kind: 'unexpected-end' });
    const c = text.charCodeAt(pos);
    let value: JsonValue | undefined;
    if (c === 0x7b || c === 0x5b) {
      const parent = stack[stack.length - 1];
      const at = parent === undefined ? null : Array.isArray(parent.container) ? parent.container.length : parent.key!;
      const isArray = c === 0x5b;
      const inExtension = parent !== undefined && (parent.inExtension || (typeof at === 'string' && at.startsWith('x-')));
      stack.push({ container: isArray ? [] : {}, at, key: null, keys: isArray ? null : new Set(), inExtension });
      pos++;
      skipWhitespace();
      if (text.charCodeAt(pos) === (isArray ? 0x5d : 0x7d)) {
        pos++;
        value = close(stack.pop()!);
      } else if (!isArray) {
        if (text.charCodeAt(pos) !== 0x22) return unexpected(pos);
        const key = readString();
        if (typeof key !== 'string') return key;
        skipWhitespace();
        if (text.charCodeAt(pos) !== 0x3a) return unexpected(pos);
        pos++;
        stack[stack.length - 1]!.key = key;
        continue;
      } else {
        continue;
      }
    } else if (c === 0x22) {
      const s = readString();
      if (typeof s !== 'string') return s;
      value = s;
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      NUMBER.lastIndex = pos;
      const m = NUMBER.exec(text);
      if (m === null) return fail(pos, { kind: 'bad-number' });
      pos += m[0].length;
      value = Number(m[0]);
    } else if (text.startsWith('true', pos)) {
      pos += 4;
      value = true;
    } else if (text.startsWith('false', pos)) {
      pos += 5;
      value = false;
    } else if (text.startsWith('null', pos)) {
      pos += 4;
      value = null;
    } else {
      return unexpected(pos);
    }

    // A value is complete: attach it, then close as many containers as end here.
    for (;;) {
      attach(value!);
      skipWhitespace();
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (pos < text.length) return fail(pos, { kind: 'trailing-content' });
        return { ok: true, value: root!, duplicates };
      }
      const d = text.charCodeAt(pos);
      const isArray = Array.isArray(top.container);
      if (d === (isArray ? 0x5d : 0x7d)) {
        pos++;
        value = close(stack.pop()!);
        continue;
      }
      if (d !== 0x2c) return unexpected(pos);
      pos++;
      if (!isArray) {
        skipWhitespace();
        if (text.charCodeAt(pos) !== 0x22) return unexpected(pos);
        const key = readString();
        if (typeof key !== 'string') return key;
        skipWhitespace();
        if (text.charCodeAt(pos) !== 0x3a) return unexpected(pos);
        pos++;
        top.key = key;
      }
      break;
    }
  }
}

/**
 * How many object keys the text holds, found by jumping from quote to quote.
 * Compared with the keys the reader meets, it tells cheaply whether any
 * object has a key twice, without a second full parse of every map. (A
 * colon alone cannot tell: a text may begin with one, right after its
 * opening quote.)
 */
export function countObjectKeys(text: string): number {
  let count = 0;
  let pos = text.indexOf('"');
  while (pos !== -1) {
    // Find the closing quote: one not preceded by an odd run of backslashes.
    let end = text.indexOf('"', pos + 1);
    while (end !== -1) {
      let slashes = 0;
      for (let k = end - 1; text.charCodeAt(k) === 0x5c; k--) slashes++;
      if (slashes % 2 === 0) break;
      end = text.indexOf('"', end + 1);
    }
    if (end === -1) break;
    let next = end + 1;
    while (isWhitespace(text.charCodeAt(next))) next++;
    if (text.charCodeAt(next) === 0x3a) count++;
    pos = text.indexOf('"', next);
  }
  return count;
}
