// Parts of a document that JSON.stringify cannot write as the canonical form
// wants (asset ids sorted, extension objects in their own key order) are
// stood in for by unique strings, then filled in at their indentation.

/** JSON text of a value as JSON.stringify(value, null, 2) writes it, indented by `indent`, OrderedObjects in their order. */
import { OrderedObject } from './json';

export function stringifyAt(value: unknown, indent: string): string {
  if (value instanceof OrderedObject) {
    if (value.entries.length === 0) return '{}';
    const inner = indent + '  ';
    return `{\n${value.entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringifyAt(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = indent + '  ';
    return `[\n${value.map((v) => `${inner}${v === undefined ? 'null' : stringifyAt(v, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((k) => record[k] !== undefined);
    if (keys.length === 0) return '{}';
    const inner = indent + '  ';
    return `{\n${keys.map((k) => `${inner}${JSON.stringify(k)}: ${stringifyAt(record[k], inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export class Placeholders {
  private readonly nonce = `${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  private readonly renders: ((indent: string) => string)[] = [];

  /** A string to put where the rendered text belongs; `render` gets that line's indentation. */
  add(render: (indent: string) => string): string {
    this.renders.push(render);
    return `\u0000jejak-${this.nonce}-${this.renders.length - 1}`;
  }

  get empty(): boolean {
    return this.renders.length === 0;
  }

  /** Replaces each quoted placeholder in `text` by its rendering. */
  fill(text: string): string {
    if (this.empty) return text;
    const marker = `"\\u0000jejak-${this.nonce}-`;
    const pieces: string[] = [];
    let from = 0;
    for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, from)) {
      const end = text.indexOf('"', at + marker.length);
      const index = Number(text.slice(at + marker.length, end));
      const lineStart = text.lastIndexOf('\n', at) + 1;
      const indent = /^ */.exec(text.slice(lineStart, at))![0];
      pieces.push(text.slice(from, at), this.renders[index]!(indent));
      from = end + 1;
    }
    pieces.push(text.slice(from));
    return pieces.join('');
  }
}
