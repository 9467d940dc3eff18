// Property: a sheet exported from any valid map and imported back unchanged
// changes nothing: no update, no new note, no deletion, no problem, and the
// map is byte for byte what it was. Holds for CSV and XLSX, either language,
// whatever the texts (commas in tags, quotes, formulas, line breaks, control
// characters, stage titles two stages share).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../../../electron/export/csv';
import { exportXlsx } from '../../../../../electron/export/xlsx';
import { readSheet } from '../../../../../electron/import/readSheet';
import { writeCjm, type JourneyMap } from '../../../../../shared/format';
import { applyImportPlan, planSheetImport } from '../../../../../shared/import';
import { mapArb, propertyOptions } from '../../../../support/arbitraries';
import { NOW } from './support';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The map as UTF-8 can hold it: a lone UTF-16 surrogate (which fast-check
 * generates, and JSON can escape) has no UTF-8 form, and every UTF-8 export
 * writes it as U+FFFD. Such a note would come back changed, rightly.
 */
function encodable(map: JourneyMap): JourneyMap {
  const fix = (s: string) => s.replace(LONE_SURROGATE, '\uFFFD');
  const fixAll = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' ? fix(v) : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? fix(x) : x)) : v])) as T;
  return {
    ...map,
    stages: map.stages.map(fixAll),
    lanes: map.lanes.map(fixAll),
    notes: map.notes.map((n) => {
      const note = fixAll(n);
      if (n.metric) note.metric = fixAll(n.metric);
      // fixAll may make two tags equal; the map keeps them distinct.
      if (note.tags) note.tags = [...new Set(note.tags)];
      return note;
    }),
  };
}

async function exportAndReadBack(map: JourneyMap, format: 'csv' | 'xlsx', language: 'en' | 'id', separator: ',' | ';') {
  const options = { language, includeHidden: false, now: NOW };
  const bytes = format === 'csv' ? exportCsv(map, options, { separator }) : await exportXlsx(map, options);
  const sheet = await readSheet(bytes, `map.${format}`);
  if (!sheet.ok) throw new Error(sheet.reason);
  return sheet;
}

describe('export, then import the sheet unchanged', () => {
  it.each(['csv', 'xlsx'] as const)('changes nothing (%s)', async (format) => {
    await fc.assert(
      fc.asyncProperty(mapArb({ maxNotes: 25 }).map(encodable), fc.constantFrom('en' as const, 'id' as const), fc.constantFrom(',' as const, ';' as const), async (map, language, separator) => {
        const sheet = await exportAndReadBack(map, format, language, separator);
        const plan = planSheetImport(map, sheet.rows, { headers: sheet.headers, decimalComma: sheet.decimalComma });
        expect(plan.problems).toEqual([]);
        expect(plan.updates).toEqual([]);
        expect(plan.additions).toEqual([]);
        expect(plan.deletions).toEqual([]);
        expect(plan.unchanged).toBe(sheet.rows.length);
        const applied = applyImportPlan(map, plan);
        expect(applied.ok && writeCjm(applied.map)).toBe(writeCjm(map));
      }),
      propertyOptions(format === 'csv' ? 150 : 60),
    );
  });
});
