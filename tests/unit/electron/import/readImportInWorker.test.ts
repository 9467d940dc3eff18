// readImport, the app's and the command line's way to read a file to import:
// in a worker thread with a memory limit. It reads what readImportSource
// reads here; a read that needs more memory than allowed comes back as a
// failure with words in both languages, and the process reads on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportXlsx } from '../../../../electron/export/xlsx';
import { readImport } from '../../../../electron/import/readImport';
import { readImportSource } from '../../../../electron/import/readImportSource';
import { defaultExportOptions } from '../../../../shared/export/options';
import { readCjm } from '../../../../shared/format/reader';
import { sheetFailureMessage } from '../../../../shared/i18n/importMessages';
import { manyCellsWorkbook, rowsWorkbook } from '../../../support/hostileSheets';

const sample = (() => {
  const read = readCjm(readFileSync(join(import.meta.dirname, '../../../../shared/samples/b2b-software-purchase.en.cjm')));
  if (!read.ok) throw new Error('sample does not open');
  return read.map;
})();

describe('readImport', () => {
  it('reads in the worker what readImportSource reads here: a workbook, a CSV, a list, and what it cannot read', async () => {
    const workbook = await exportXlsx(sample, defaultExportOptions('xlsx', 'en'));
    const files: [Uint8Array, string][] = [
      [workbook, 'map.xlsx'],
      [Buffer.from('Stage,Lane,Text\nAwareness,Customer actions,"Asked a peer, then searched"\n'), 'notes.csv'],
      [Buffer.from('# Awareness\n- Saw an ad\n'), 'wall.md'],
      [Buffer.from('not a workbook'), 'book.xlsx'],
    ];
    for (const [bytes, name] of files) {
      const here = await readImportSource(new Uint8Array(bytes), name);
      expect(await readImport(new Uint8Array(bytes), name)).toEqual(here);
    }
  });

  it('moves big bytes to the worker rather than copying them: the caller\'s are left empty', async () => {
    const bytes = new Uint8Array(rowsWorkbook(20_000));
    const read = await readImport(bytes, 'notes.xlsx');
    expect(read.kind === 'sheet' && read.rows.length).toBe(20_000);
    expect(bytes.byteLength).toBe(0);
  });

  it('that needs more memory than allowed fails alone, in words in both languages, and the next read works', async () => {
    // Half a million cells, within the budget: far more than 16 MiB of heap holds.
    const read = await readImport(manyCellsWorkbook(5_000), 'notes.xlsx', { heapMiB: 16 });
    expect(read).toEqual({ kind: 'unreadable', name: 'notes.xlsx', failure: { code: 'too-much-memory', limit: 16 * 1024 * 1024 } });
    if (read.kind !== 'unreadable') throw new Error('read');
    expect(sheetFailureMessage(read.failure, 'en')).toBe(
      'reading the file needed more memory than Jejak allows an import (16 MB), so it was stopped; check that it is the right file, or save the sheet as CSV and try again',
    );
    expect(sheetFailureMessage(read.failure, 'id')).toBe(
      'membaca berkas ini butuh memori lebih dari yang diizinkan Jejak untuk impor (16 MB), jadi pembacaannya dihentikan; periksa apakah berkasnya benar, atau simpan lembar kerjanya sebagai CSV lalu coba lagi',
    );
    expect(await readImport(rowsWorkbook(100), 'notes.xlsx')).toMatchObject({ kind: 'sheet', rows: expect.any(Array) });
  });
});
