// Every word of every layer exists in each language: the same keys (the
// compiler checks this; a folder loaded at run time is checked again here),
// no empty text, sentences that use the same values as English's, and words
// actually translated (a missing translation shows as English).
import { describe, expect, it } from 'vitest';
import { languageNamedBy, languageOf, LANGUAGES, localeOf, words } from '../../../../shared/i18n/languages';

/** What a sentence function read of its values, and what it said, given values that name themselves. */
function said(sentence: (...args: unknown[]) => unknown): { read: string[]; text: string } | null {
  const read = new Set<string>();
  const values = new Proxy({}, { get: (_, key) => (typeof key === 'string' ? (read.add(key), `«${key}»`) : undefined) });
  try {
    const text = sentence(values);
    return typeof text === 'string' ? { read: [...read].sort(), text } : null;
  } catch {
    // Sentences of positional values (a rule, a problem) have tests of their own.
    return null;
  }
}

type Leaf = { kind: 'text'; text: string } | { kind: 'sentence'; said: ReturnType<typeof said> } | { kind: 'list'; items: readonly unknown[] };

function leaves(tree: object, prefix = ''): Map<string, Leaf> {
  const out = new Map<string, Leaf>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, { kind: 'text', text: value });
    else if (typeof value === 'function') out.set(path, { kind: 'sentence', said: said(value as (...args: unknown[]) => unknown) });
    else if (Array.isArray(value)) out.set(path, { kind: 'list', items: value });
    else for (const [k, v] of leaves(value as object, path)) out.set(k, v);
  }
  return out;
}

const english = leaves(words('en'));

describe.each(LANGUAGES.filter((language) => language !== 'en'))('the words of %s', (language) => {
  const other = leaves(words(language));

  it('have the same keys as English', () => {
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty text, and sentences that say the same values', () => {
    // A command without details has none in any language.
    const empty = /^cli\.commands\.help\.details$/;
    for (const [key, leaf] of english) {
      const theirs = other.get(key)!;
      expect(theirs.kind, key).toBe(leaf.kind);
      if (leaf.kind === 'text' && theirs.kind === 'text' && !empty.test(key)) {
        expect(leaf.text.trim(), key).not.toBe('');
        expect(theirs.text.trim(), key).not.toBe('');
      }
      if (leaf.kind === 'sentence' && theirs.kind === 'sentence' && leaf.said && theirs.said) {
        expect(theirs.said.text.trim(), key).not.toBe('');
        expect(theirs.said.read, key).toEqual(leaf.said.read);
      }
    }
  });

  it('say most things differently (a missing translation shows as English)', () => {
    const same = [...english]
      .filter(([key, leaf]) => {
        const theirs = other.get(key)!;
        if (leaf.kind === 'text' && theirs.kind === 'text') return leaf.text === theirs.text;
        if (leaf.kind === 'sentence' && theirs.kind === 'sentence' && leaf.said && theirs.said) return leaf.said.text === theirs.said.text;
        return false;
      })
      .map(([key]) => key);
    // Words the languages share: the name, persona, frontstage/backstage, "Format", "Id", "No.", paper sizes, a percentage, the help's empty details, and the order of a date's parts (day first in both).
    const shared =
      /^(app\.name|language\.dateOrder|laneKinds\.(frontstage|backstage)|personas\.heading|exporting\.format|exporting\.papers\.(a4|a3|letter)|exporting\.progress|sheets\.noteHeaders\.id|sheets\.workbook\.\w+\.(id|order)|imports\.field\.id|cli\.commands\.help\.details)$/;
    expect(same.filter((key) => !shared.test(key))).toEqual([]);
  });
});

describe('the languages', () => {
  it('each have their own name, locale and the codes that choose them', () => {
    expect(LANGUAGES).toEqual(['en', 'id']);
    expect(LANGUAGES.map((language) => words(language).language.name)).toEqual(['English', 'Bahasa Indonesia']);
    expect(LANGUAGES.map(localeOf)).toEqual(['en-GB', 'id-ID']);
    expect(['id_ID.UTF-8', 'in_ID', 'id', 'en-GB', 'EN_us', 'fr_FR', 'C', '', undefined].map(languageNamedBy)).toEqual(['id', 'id', 'id', 'en', 'en', null, null, null, null]);
    expect(['fr_FR', 'C', null].map(languageOf)).toEqual(['en', 'en', 'en']);
  });
});
