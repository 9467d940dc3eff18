// Browser mode's export and import methods on real files: an export started
// by the page runs as a job and writes its file; bad choices are refused by
// name; a picture Jejak exported opens as the map inside it (a copy, saved
// elsewhere), any other picture says it carries no map; a dropped sheet is
// read into rows and a typed list into text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareExport } from '../../../../shared/export/sceneForExport';
import { readCjm } from '../../../../shared/format/reader';
import type { ExportStatus, FolderListing, HostResult, ImportSource, OpenedFile } from '../../../../shared/host/host';
import { exportPng } from '../../../../electron/export/png';
import { exportSvg } from '../../../../electron/export/svg';
import { folders, SAMPLES, serve, type Folders, type TestServer, utf8 } from './support/server';

let f: Folders;
let server: TestServer;
const sampleText = readFileSync(join(SAMPLES, 'b2b-software-purchase.en.cjm'), 'utf8');
const sample = (() => {
  const read = readCjm(Buffer.from(sampleText));
  if (!read.ok) throw new Error('sample does not open');
  return read.map;
})();

beforeEach(async () => {
  f = folders();
  writeFileSync(join(f.work, 'b2b.cjm'), sampleText);
  server = await serve(f, { file: join(f.work, 'b2b.cjm') });
});
afterEach(async () => {
  await server.close();
  f.remove();
});

async function listing(show: 'maps' | 'sheets' = 'maps'): Promise<FolderListing> {
  const listed = await server.call<HostResult<FolderListing>>('listFolder', { folder: null, show });
  if (!listed.ok) throw new Error('not listed');
  return listed.value;
}

const choices = { format: 'csv', page: 'poster', paper: 'a4', orientation: 'landscape', scale: 2, background: 'white', handout: false, includeHidden: false, language: 'en' };

describe('startExport', () => {
  it('runs the export as a job and writes the file in the folder the page named', async () => {
    const folder = (await listing()).folder;
    const started = await server.call<HostResult<{ job: string }>>('startExport', { request: { bytes: utf8(sampleText), choices, folder, name: 'notes', replace: false } });
    if (!started.ok) throw new Error(JSON.stringify(started.error));
    let status: ExportStatus;
    do status = await server.call<ExportStatus>('exportStatus', { job: started.value.job });
    while (status.state === 'running');
    expect(status).toEqual({ state: 'done', folder: f.work, files: ['notes.csv'], scaledTo: null });
    expect(readFileSync(join(f.work, 'notes.csv'), 'utf8')).toContain(sample.notes[0]!.text.slice(0, 20));
    const again = await server.call<HostResult<{ job: string }>>('startExport', { request: { bytes: utf8(sampleText), choices, folder, name: 'notes.csv', replace: false } });
    expect(again).toEqual({ ok: false, error: { code: 'exists', path: 'notes.csv' } });
  });

  it('refuses a choice that is not one, naming it', async () => {
    const folder = (await listing()).folder;
    const refused = await server.api('startExport', { request: { bytes: utf8(sampleText), choices: { ...choices, scale: 9 }, folder, name: 'x', replace: false } });
    expect(refused.status).toBe(400);
    expect(refused.json()).toEqual({ error: { code: 'bad-request', message: '"request.choices.scale" must be a number from 1 to 4.' } });
    const format = await server.api('startExport', { request: { bytes: utf8(sampleText), choices: { ...choices, format: 'docx' }, folder, name: 'x', replace: false } });
    expect(format.json()).toEqual({ error: { code: 'bad-request', message: '"request.choices.format" must be one of svg, png, pdf, csv, xlsx, html, md.' } });
  });
});

describe('a picture opened as a map', () => {
  it('opens the map a Jejak PNG or SVG carries, as a copy to save elsewhere; another picture carries none', async () => {
    const prepared = prepareExport(sample, false);
    writeFileSync(join(f.work, 'poster.png'), await exportPng(prepared, { scale: 1, background: 'white', embedMap: true }));
    writeFileSync(join(f.work, 'poster.svg'), await exportSvg(prepared, { embedMap: true }));
    const plain = new PNG({ width: 4, height: 4 });
    writeFileSync(join(f.work, 'holiday.png'), PNG.sync.write(plain));
    const entries = (await listing()).entries;
    const handle = (name: string) => entries.find((e) => e.name === name)!.handle;
    for (const name of ['poster.png', 'poster.svg']) {
      const opened = await server.call<HostResult<OpenedFile>>('openFile', { handle: handle(name) });
      if (!opened.ok) throw new Error(JSON.stringify(opened.error));
      expect(opened.value).toMatchObject({ name: 'poster.cjm', writable: false });
      const read = readCjm(Buffer.from(opened.value.bytes));
      expect(read.ok && read.map.notes.map((n) => n.text)).toEqual(sample.notes.map((n) => n.text));
    }
    expect(await server.call('openFile', { handle: handle('holiday.png') })).toEqual({ ok: false, error: { code: 'no-map-inside', path: 'holiday.png' } });
  });

  it('answers mapInPicture for dropped bytes', async () => {
    const png = await exportPng(prepareExport(sample, false), { scale: 1, background: 'white', embedMap: true });
    const inside = await server.call<string | null>('mapInPicture', { bytes: utf8(png) });
    expect(inside).not.toBeNull();
    expect(await server.call('mapInPicture', { bytes: utf8('not a picture') })).toBeNull();
  });
});

describe('readImport', () => {
  it('reads a dropped sheet into headers and rows, a typed list into text, and names what it cannot read', async () => {
    const csv = '\uFEFFId,Stage,Lane,Text\r\n,Awareness,Customer actions,"Asked a peer, then searched"\r\n';
    const sheet = await server.call<HostResult<ImportSource>>('readImport', { source: { name: 'notes.csv', bytes: utf8(csv) } });
    expect(sheet).toMatchObject({ ok: true, value: { kind: 'sheet', format: 'csv', headers: ['Id', 'Stage', 'Lane', 'Text'], rows: [{ row: 2, cells: { Text: 'Asked a peer, then searched' } }] } });
    const list = await server.call<HostResult<ImportSource>>('readImport', { source: { name: 'wall.txt', bytes: utf8('# Awareness\n- Saw an ad\n') } });
    expect(list).toEqual({ ok: true, value: { kind: 'list', name: 'wall.txt', text: '# Awareness\n- Saw an ad\n' } });
    const junk = await server.call<HostResult<ImportSource>>('readImport', { source: { name: 'book.xlsx', bytes: utf8('not a workbook') } });
    expect(junk).toMatchObject({ ok: true, value: { kind: 'unreadable', name: 'book.xlsx', failure: { code: 'bad-xlsx' } } });
  });

  it('reads a sheet picked in the dialog by its handle', async () => {
    writeFileSync(join(f.work, 'wall.md'), '## Consideration\n1. Compared vendors\n');
    const picked = (await listing('sheets')).entries.find((e) => e.name === 'wall.md')!;
    expect(await server.call('readImport', { source: { handle: picked.handle } })).toEqual({ ok: true, value: { kind: 'list', name: 'wall.md', text: '## Consideration\n1. Compared vendors\n' } });
  });
});
