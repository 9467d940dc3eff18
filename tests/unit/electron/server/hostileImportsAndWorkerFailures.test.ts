// Browser mode's server with the sheets of issue 12 (a small workbook that
// inflates to 480 MiB, a workbook of 1.5 million cells, a million rows as
// XLSX and as CSV), dropped on the page as bytes or picked in the dialog by
// handle: each comes back as unreadable with its reason, nothing is written,
// and the server's memory (its worker threads' included) stays far under
// what reading them whole took. An export whose worker runs out of memory
// fails with words that say so, and the server answers on.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCjm } from '../../../../shared/format/writer';
import type { ExportStatus, FolderListing, HostResult, ImportSource } from '../../../../shared/host/host';
import { bigMap } from '../../../support/bigMap';
import { bombWorkbook, manyCellsWorkbook, rowsCsv, rowsWorkbook } from '../../../support/hostileSheets';
import { memoryGrowth } from '../../../support/memoryGrowth';
import { folders, serve, type Folders, type TestServer, utf8 } from './support/server';

/** Generous: a correctness bound, far under the gigabytes these took before. */
const GROWTH_MIB = 400;

const HOSTILE = [
  { name: 'bomb.xlsx', make: () => bombWorkbook(), failure: { code: 'too-large', part: 'xl/worksheets/sheet1.xml', limit: 64 * 1024 * 1024 } },
  { name: 'cells.xlsx', make: () => manyCellsWorkbook(), failure: { code: 'too-many-cells', limit: 1_000_000 } },
  { name: 'rows.xlsx', make: () => rowsWorkbook(), failure: { code: 'too-many-rows', limit: 20_000 } },
  { name: 'rows.csv', make: () => rowsCsv(), failure: { code: 'too-many-rows', limit: 20_000 } },
];

let f: Folders;
let server: TestServer;
afterEach(async () => {
  await server.close();
  f.remove();
});

async function listing(show: 'maps' | 'sheets'): Promise<FolderListing> {
  const listed = await server.call<HostResult<FolderListing>>('listFolder', { folder: null, show });
  if (!listed.ok) throw new Error('not listed');
  return listed.value;
}

describe('readImport of a sheet made to exhaust the memory', () => {
  beforeEach(async () => {
    f = folders();
    server = await serve(f);
  });

  it.each(HOSTILE)('$name, dropped on the page or picked by handle: unreadable with its reason, nothing written, the memory bounded', async ({ name, make, failure }) => {
    const bytes = make();
    writeFileSync(join(f.home, name), bytes);
    const before = readdirSync(f.base, { recursive: true }).sort();
    const dropped = await memoryGrowth(() => server.call<HostResult<ImportSource>>('readImport', { source: { name, bytes: utf8(bytes) } }));
    expect(dropped.value).toEqual({ ok: true, value: { kind: 'unreadable', name, failure } });
    expect(dropped.rssMiB).toBeLessThan(GROWTH_MIB);
    const picked = (await listing('sheets')).entries.find((e) => e.name === name)!;
    const byHandle = await memoryGrowth(() => server.call<HostResult<ImportSource>>('readImport', { source: { handle: picked.handle } }));
    expect(byHandle.value).toEqual({ ok: true, value: { kind: 'unreadable', name, failure } });
    expect(byHandle.rssMiB).toBeLessThan(GROWTH_MIB);
    expect(readdirSync(f.base, { recursive: true }).sort()).toEqual(before);
  });
});

describe('an export whose worker runs out of memory', () => {
  beforeEach(async () => {
    f = folders();
    server = await serve(f, { exportHeapMiB: 48 });
  });

  it('fails with words that say so, writes nothing, and the server answers on', async () => {
    const folder = (await listing('maps')).folder;
    const choices = { format: 'pdf', page: 'poster', paper: 'a4', orientation: 'landscape', scale: 2, background: 'white', handout: false, includeHidden: false, language: 'en' };
    const bytes = utf8(writeCjm(bigMap({ notes: 5000, seed: 5 })));
    const started = await server.call<HostResult<{ job: string }>>('startExport', { request: { bytes, choices, folder, name: 'poster', replace: false } });
    if (!started.ok) throw new Error(JSON.stringify(started.error));
    let status: ExportStatus;
    do status = await server.call<ExportStatus>('exportStatus', { job: started.value.job });
    while (status.state === 'running');
    expect(status).toEqual({ state: 'failed', error: { code: 'export-out-of-memory', path: 'poster.pdf', limit: 48 * 1024 * 1024 } });
    expect(readdirSync(f.home)).toEqual(['work']);
    // The server is still there: it lists, reads an import, and makes a small export.
    expect((await listing('maps')).folder).toBe(folder);
    expect(await server.call('readImport', { source: { name: 'notes.csv', bytes: utf8('Text\nA note\n') } })).toMatchObject({ ok: true, value: { kind: 'sheet', rows: [{ row: 2, cells: { Text: 'A note' } }] } });
    const csv = await server.call<HostResult<{ job: string }>>('startExport', { request: { bytes, choices: { ...choices, format: 'csv' }, folder, name: 'notes', replace: false } });
    if (!csv.ok) throw new Error(JSON.stringify(csv.error));
    do status = await server.call<ExportStatus>('exportStatus', { job: csv.value.job });
    while (status.state === 'running');
    expect(status).toMatchObject({ state: 'done', files: ['notes.csv'] });
  });
});
