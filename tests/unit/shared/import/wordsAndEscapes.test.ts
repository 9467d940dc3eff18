// The words of sheets and imports, complete in both languages, and the
// formula escape that CSV cells get, exact in both directions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeFormula, unescapeFormula } from '../../../../shared/export/formulaEscape';
import { NOTE_COLUMNS } from '../../../../shared/export/noteColumns';
import { importProblemMessage, sheetFailureMessage, type SheetFailure } from '../../../../shared/i18n/importMessages';
import { LANGUAGES, words } from '../../../../shared/i18n/languages';
import { matchColumns, type ImportReason } from '../../../../shared/import';
import { propertyOptions } from '../../../support/arbitraries';

describe('sheet words', () => {
  it('name every column, sheet and heading in both languages, and each language reads back all its headers', () => {
    for (const language of LANGUAGES) {
      const headers = NOTE_COLUMNS.map((c) => words(language).sheets.noteHeaders[c]);
      expect(headers.every((h) => h.trim() !== '')).toBe(true);
      expect(new Set(headers).size).toBe(headers.length);
      expect([...matchColumns(headers).columns.keys()]).toEqual([...NOTE_COLUMNS]);
      expect([...matchColumns(headers.map((h) => ` ${h.toUpperCase().replaceAll(' ', '_')} `)).columns.keys()]).toEqual([...NOTE_COLUMNS]);
      expect(Object.values(words(language).sheets.sheetNames).every((n) => n.length > 0 && n.length <= 31 && !/[[\]:*?/\\]/.test(n))).toBe(true);
      for (const group of Object.values(words(language).sheets.workbook)) expect(Object.values(group).every((w) => typeof w === 'string' && w.trim() !== '')).toBe(true);
    }
    // Indonesian says it in Indonesian.
    expect(words('id').sheets.noteHeaders.owner).toBe('Penanggung jawab');
    expect(words('id').sheets.noteHeaders.due).toBe('Tenggat');
  });
});

describe('import messages', () => {
  const reasons: ImportReason[] = [
    { code: 'invalid', field: 'emotion', found: 'happy' },
    { code: 'metric-incomplete' },
    { code: 'unknown-stage', name: 'Awarness' },
    { code: 'unknown-lane', name: 'Feelings' },
    { code: 'ambiguous-stage', name: 'Stage' },
    { code: 'ambiguous-lane', name: 'Lane' },
    { code: 'missing-stage' },
    { code: 'missing-lane' },
    { code: 'duplicate-id', id: 'n1', firstAt: 4 },
    { code: 'lane-locked', lane: 'Pain points' },
    { code: 'map-full', limit: 100_000 },
    { code: 'no-columns' },
    { code: 'no-id-column' },
    { code: 'unknown-heading', name: 'Onboarding', skipped: 1 },
    { code: 'no-lane' },
  ];
  const failures: SheetFailure[] = [
    { code: 'empty' },
    { code: 'not-text' },
    { code: 'bad-csv', line: 3, detail: 'x' },
    { code: 'bad-xlsx', detail: 'x' },
    { code: 'too-large', limit: 128 * 1024 * 1024 },
    { code: 'too-large', part: 'xl/worksheets/sheet1.xml', limit: 64 * 1024 * 1024 },
    { code: 'too-large', part: 'xl/styles.xml', ratio: 100 },
    { code: 'too-many-rows', limit: 20_000 },
    { code: 'too-many-cells', limit: 1_000_000 },
    { code: 'too-much-memory', limit: 512 * 1024 * 1024 },
    { code: 'read-stopped', detail: 'exit code 1' },
    { code: 'unknown-type' },
  ];

  it.each(reasons)('$code says why, in English and Indonesian, with the row or line', (reason) => {
    const en = importProblemMessage({ at: 7, reason }, 'row', 'en');
    const id = importProblemMessage({ at: 7, reason }, 'line', 'id');
    expect(en).toMatch(/^row 7: \S/);
    expect(id).toMatch(/^baris 7: \S/);
    expect(en).not.toBe(id);
    expect(`${en} ${id}`).not.toMatch(/undefined|NaN|\[object/);
    expect(importProblemMessage({ at: 0, reason }, 'row', 'en')).toBe(en.slice('row 7: '.length));
  });

  it.each(failures)('file failure $code is said in both languages', (failure) => {
    const en = sheetFailureMessage(failure, 'en');
    const id = sheetFailureMessage(failure, 'id');
    expect(en).not.toBe(id);
    expect(`${en} ${id}`).not.toMatch(/undefined|NaN|\[object/);
  });

  it('quotes what was found on one line, cut short when long', () => {
    expect(importProblemMessage({ at: 2, reason: { code: 'invalid', field: 'due', found: 'next\nweek' } }, 'row', 'en')).toMatch(/found 'next week'$/);
    expect(importProblemMessage({ at: 2, reason: { code: 'invalid', field: 'priority', found: 'p'.repeat(60) } }, 'row', 'en')).toMatch(/found 'p{39}…'$/);
    expect(importProblemMessage({ at: 2, reason: { code: 'invalid', field: 'priority', found: '' } }, 'row', 'en')).toMatch(/found nothing$/);
  });
});

describe('formula escape', () => {
  it('escapes what a spreadsheet would run, and only that', () => {
    for (const cell of ['=SUM(1)', '+1', '-1', '@x', '\tx', '\rx', "'=x", "''+x"]) expect(escapeFormula(cell)).toBe(`'${cell}`);
    for (const cell of ['', 'plain', "'quoted", ' =not first', '1-2', 'a=b', "'"]) expect(escapeFormula(cell)).toBe(cell);
  });

  it('is undone exactly, and never leaves a dangerous first character', () => {
    const dangerous = fc.stringMatching(/^'{0,3}[=+\-@\t\r].{0,8}$/s);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 12 }), dangerous), (text) => {
        const cell = escapeFormula(text);
        expect(unescapeFormula(cell)).toBe(text);
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      propertyOptions(500),
    );
  });
});
