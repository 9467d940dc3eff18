// Every word of the interface exists in English and in Indonesian, with the
// same placeholders (the actions' words are checked with the registry:
// tests/unit/shared/actions/registry.test.ts).
import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { id } from '../../../renderer/i18n/id';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const english = leaves(en as unknown as Tree);
const indonesian = leaves(id as unknown as Tree);
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('interface languages', () => {
  it('have the same keys', () => {
    expect([...indonesian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty text and the same placeholders', () => {
    for (const [key, text] of english) {
      const other = indonesian.get(key)!;
      expect(text.trim(), key).not.toBe('');
      expect(other.trim(), key).not.toBe('');
      expect(placeholders(other), key).toEqual(placeholders(text));
    }
  });

  it('say most things differently (a missing translation shows as English)', () => {
    const same = [...english].filter(([key, text]) => indonesian.get(key) === text).map(([key]) => key);
    // Words the two languages share: the name, persona, frontstage/backstage, "Format", paper sizes, a percentage.
    const shared = /^(app\.name|laneKinds\.(frontstage|backstage)|personas\.heading|exporting\.format|exporting\.papers\.(a4|a3|letter)|exporting\.progress)$/;
    expect(same.filter((key) => !shared.test(key))).toEqual([]);
  });
});
