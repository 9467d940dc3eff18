// The PDF's own words exist in both languages, say something, and are not
// English left untranslated in the Indonesian set.
import { expect, it } from 'vitest';
import { formatLongDate, formatPercent, words } from '../../../../shared/i18n/languages';
import type { PdfWords } from '../../../../shared/i18n/words';

function leaves(words: PdfWords): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function') out.set(path, String((value as (...args: unknown[]) => unknown)('X', 2, 3)));
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) visit(inner, `${path}.${key}`);
  };
  visit(words, '');
  return out;
}

it('has every word in both languages, none empty, the Indonesian ones translated', () => {
  const en = leaves(words('en').pdf);
  const id = leaves(words('id').pdf);
  expect([...id.keys()]).toEqual([...en.keys()]);
  for (const [key, text] of en) {
    expect(text.trim(), key).not.toBe('');
    expect(id.get(key)!.trim(), key).not.toBe('');
    expect(id.get(key), key).not.toBe(text);
  }
});

it('writes the date and percentages as each language does', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  expect(words('en').pdf.exported(formatLongDate(now, 'en'))).toBe('Exported 23 November 2026');
  expect(words('id').pdf.exported(formatLongDate(now, 'id'))).toBe('Diekspor 23 November 2026');
  expect(formatPercent(0.625, 'en')).toBe('62.5%');
  expect(formatPercent(0.625, 'id')).toBe('62,5%');
  expect(words('id').pdf.page(3, 12)).toBe('Halaman 3 dari 12');
  expect(words('en').pdf.votesCount(1)).toBe('1 vote');
});
