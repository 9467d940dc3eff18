// docs/glossary.md gives each concept one Indonesian term and, in its "not"
// column, the words rejected for it. This test reads that column and holds
// Jejak's own Indonesian to it: the interface words, the actions' names (the
// menus and the palette), the templates and the Indonesian samples. Search
// words and the column names an import accepts are left alone: they are how
// people look for things, not how Jejak speaks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_IDS, actionWords } from '../../../../shared/actions/registry';
import { TEMPLATES } from '../../../../shared/templates';

const root = join(import.meta.dirname, '../../../..');

interface Rejected {
  word: string;
  term: string;
  pattern: RegExp;
}

/** Every backticked word of the "not" column of the glossary's tables, with the term it is rejected for. */
function rejectedWords(markdown: string): Rejected[] {
  const found: Rejected[] = [];
  let columns: string[] | null = null;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      columns = null;
      continue;
    }
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    if (columns === null) {
      columns = cells;
      continue;
    }
    const not = columns.indexOf('not');
    const indonesian = columns.indexOf('Indonesian');
    if (not < 0 || indonesian < 0 || /^-+$/.test(cells[0] ?? '')) continue;
    for (const [, word] of (cells[not] ?? '').matchAll(/`([^`]+)`/g)) {
      const escaped = word!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      found.push({ word: word!, term: cells[indonesian]!, pattern: new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'iu') });
    }
  }
  return found;
}

interface Text {
  where: string;
  text: string;
}

/** Blocks of words people type, which Jejak matches but never shows. */
const TYPED_WORDS = /^\s*headerAliases: \{/;

/** A quoted string or template literal on one line (its interpolations kept: they are code names, not words). */
const LITERAL = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g;

/** The string literals of an Indonesian words file, line by line, comments and typed-word blocks left out. */
function sourceTexts(file: string): Text[] {
  const texts: Text[] = [];
  let depth = 0;
  readFileSync(join(root, file), 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (depth > 0 || TYPED_WORDS.test(line)) {
        depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
        return;
      }
      if (/^\s*(\/\/|import )/.test(line)) return;
      // Words['timer'] names a type, not a word on screen.
      for (const [literal] of line.replace(/Words\['[^']*'\]/g, '').matchAll(LITERAL)) texts.push({ where: `${file}:${index + 1}`, text: literal });
    });
  return texts;
}

/** The Indonesian side of every bilingual { en, id } pair in a template. */
function templateTexts(value: unknown, where: string): Text[] {
  if (typeof value !== 'object' || value === null) return [];
  const pair = value as Record<string, unknown>;
  if (typeof pair.en === 'string' && typeof pair.id === 'string') return [{ where, text: pair.id }];
  return Object.entries(pair).flatMap(([key, inner]) => templateTexts(inner, `${where}.${key}`));
}

function jsonTexts(value: unknown, where: string): Text[] {
  if (typeof value === 'string') return [{ where, text: value }];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => jsonTexts(inner, Array.isArray(value) ? `${where}[${key}]` : `${where}.${key}`));
}

function indonesianTexts(): Text[] {
  const words = readdirSync(join(root, 'shared/i18n/id'))
    .filter((f) => f.endsWith('.ts'))
    .flatMap((f) => sourceTexts(`shared/i18n/id/${f}`));
  const actions = ACTION_IDS.map((id) => ({ where: `shared/actions/definitions (${id})`, text: actionWords(id, 'id').name }));
  const templates = Object.entries(TEMPLATES).flatMap(([type, template]) => templateTexts(template, `shared/templates (${type})`));
  const samples = readdirSync(join(root, 'shared/samples'))
    .filter((f) => f.endsWith('.cjm'))
    .map((f) => ({ file: `shared/samples/${f}`, map: JSON.parse(readFileSync(join(root, 'shared/samples', f), 'utf8')) as { locale?: string } }))
    .filter(({ map }) => map.locale === 'id')
    .flatMap(({ file, map }) => jsonTexts(map, file));
  return [...words, ...actions, ...templates, ...samples];
}

function breaches(texts: Text[], rejected: Rejected[]): string[] {
  return texts.flatMap(({ where, text }) =>
    rejected.filter((r) => r.pattern.test(text)).map((r) => `${where}: ${text}\n    says "${r.word}"; the glossary's term is "${r.term}"`),
  );
}

const rejected = rejectedWords(readFileSync(join(root, 'docs/glossary.md'), 'utf8'));

describe('the glossary', () => {
  it('lists the rejected words in its "not" column', () => {
    const words = rejected.map((r) => r.word);
    expect(words).toEqual(expect.arrayContaining(['tahapan', 'titik masalah', 'grafik emosi', 'sehari-hari', 'bahasa isi', 'service blueprint']));
    expect(rejected.find((r) => r.word === 'tahapan')?.term).toBe('tahap');
  });

  it('finds a rejected word as a whole word, in any case, and nowhere else', () => {
    const found = breaches(
      [
        { where: 'a', text: 'Grafik emosi per Tahapan' },
        { where: 'b', text: 'Kurva emosi per tahap, bertahap' },
      ],
      rejected,
    );
    expect(found).toHaveLength(2);
    expect(found[0]).toContain('a: Grafik emosi per Tahapan');
    expect(found.join('\n')).not.toContain('b:');
  });

  it('holds in the Indonesian interface, actions, templates and samples', () => {
    const texts = indonesianTexts();
    expect(texts.some((t) => t.where.startsWith('shared/samples/'))).toBe(true);
    expect(texts.some((t) => t.where.startsWith('shared/templates'))).toBe(true);
    expect(breaches(texts, rejected).join('\n')).toBe('');
  });
});
