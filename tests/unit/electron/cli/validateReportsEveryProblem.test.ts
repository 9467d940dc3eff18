// jejak validate FILE…: every problem, path first, one per line, a summary;
// the worst file decides the exit code; nothing is ever written.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, jejak, lines, workspace, type Workspace } from './support/jejak';

let ws: Workspace;
beforeEach(() => {
  ws = workspace();
});
afterEach(() => ws.remove());

const REPAIRABLE_EN = [
  'repairable.cjm: 4 problems, all repairable',
  'lanes[1].kind: "feelings" is not a kind of lane Jejak knows; repair makes it a text lane and keeps "feelings" in x-original-kind',
  'notes[0].lane: no lane has the id "ln-gone"; repair moves the note to the lane "Recovered"',
  'notes[1].emotion: expected an integer from -2 to 2, found 7; repair sets it to 2 and keeps 7 in x-original-emotion',
  'notes[2].colour: "colour" is not a key of the .cjm format; repair keeps its value as the extension "x-colour"',
  'to repair: jejak repair repairable.cjm --out REPAIRED.cjm',
];

const REPAIRABLE_ID = [
  'repairable.cjm: 4 masalah, semuanya bisa diperbaiki',
  'lanes[1].kind: "feelings" bukan jenis lajur yang dikenal Jejak; saat diperbaiki, lajur ini dijadikan lajur teks dan "feelings" disimpan di x-original-kind',
  'notes[0].lane: tidak ada lajur dengan id "ln-gone"; saat diperbaiki, catatan ini dipindahkan ke lajur "Recovered"',
  'notes[1].emotion: seharusnya bilangan bulat dari -2 sampai 2, tetapi isinya 7; saat diperbaiki, nilainya diubah menjadi 2 dan 7 disimpan di x-original-emotion',
  'notes[2].colour: "colour" bukan kunci dalam format .cjm; saat diperbaiki, nilainya disimpan sebagai ekstensi "x-colour"',
  'untuk memperbaiki: jejak repair repairable.cjm --out HASIL.cjm',
];

/** Runs validate in the workspace and checks that no file changed. */
function validate(files: string[], extra: string[] = [], env?: Record<string, string>) {
  const before = ws.snapshot();
  const run = jejak(['validate', ...files, ...extra], { cwd: ws.dir, env });
  expect(ws.snapshot()).toEqual(before);
  return run;
}

describe('jejak validate', () => {
  it('a valid map: exit 0, one line and the summary', () => {
    ws.copy('small.cjm');
    const run = validate(['small.cjm']);
    expect(run.status).toBe(EXIT.ok);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toEqual(['small.cjm: valid', '1 file checked: 1 valid, 0 repairable, 0 cannot be opened']);
  });

  it('both samples are valid', () => {
    ws.copy('samples/b2b-software-purchase.en.cjm');
    ws.copy('samples/hotel-check-in.id.cjm');
    const run = validate(['b2b-software-purchase.en.cjm', 'hotel-check-in.id.cjm']);
    expect(run.status).toBe(EXIT.ok);
    expect(lines(run.stderr).at(-1)).toBe('2 files checked: 2 valid, 0 repairable, 0 cannot be opened');
  });

  it('a repairable map: exit 1, every problem path first, the hint and the summary (English)', () => {
    ws.copy('repairable.cjm');
    const run = validate(['repairable.cjm']);
    expect(run.status).toBe(EXIT.repairable);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toEqual([...REPAIRABLE_EN, '1 file checked: 0 valid, 1 repairable, 0 cannot be opened']);
  });

  it('a repairable map in Indonesian, by --lang and by LANG', () => {
    ws.copy('repairable.cjm');
    const expected = [...REPAIRABLE_ID, '1 berkas diperiksa: 0 valid, 1 bisa diperbaiki, 0 tidak bisa dibuka'];
    for (const run of [validate(['repairable.cjm'], ['--lang', 'id']), validate(['repairable.cjm'], [], { LANG: 'id_ID.UTF-8' })]) {
      expect(run.status).toBe(EXIT.repairable);
      expect(lines(run.stderr)).toEqual(expected);
    }
  });

  it('a fatal map: exit 2, the problem, what to do', () => {
    ws.copy('fatal.cjm');
    const run = validate(['fatal.cjm']);
    expect(run.status).toBe(EXIT.fatal);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toEqual([
      'fatal.cjm: cannot be opened, 1 problem',
      'notes[0].votes: expected an integer from 0 to 9,999, found "many"',
      'Fix these in a text editor or restore a backup; Jejak leaves such a file untouched.',
      '1 file checked: 0 valid, 0 repairable, 1 cannot be opened',
    ]);
    expect(lines(validate(['fatal.cjm'], ['--lang', 'id']).stderr)).toEqual([
      'fatal.cjm: tidak bisa dibuka, 1 masalah',
      'notes[0].votes: seharusnya bilangan bulat dari 0 sampai 9.999, tetapi isinya "many"',
      'Perbaiki masalah di atas dengan editor teks atau pulihkan dari cadangan; Jejak tidak mengubah berkas seperti ini.',
      '1 berkas diperiksa: 0 valid, 0 bisa diperbaiki, 1 tidak bisa dibuka',
    ]);
  });

  it('a file that is not JSON names the line and column', () => {
    writeFileSync(ws.path('broken.cjm'), '{\n  "format": "cjm",\n}\n');
    const run = validate(['broken.cjm']);
    expect(run.status).toBe(EXIT.fatal);
    expect(lines(run.stderr)[1]).toBe('line 3, column 1: the file is not valid JSON (unexpected "}")');
    expect(lines(validate(['broken.cjm'], ['--lang', 'id']).stderr)[1]).toMatch(/^baris 3, kolom 1: berkas ini bukan JSON yang valid/);
  });

  it('several files: each reported, the worst exit code wins', () => {
    ws.copy('small.cjm');
    ws.copy('repairable.cjm');
    ws.copy('fatal.cjm');
    const validAndRepairable = validate(['small.cjm', 'repairable.cjm']);
    expect(validAndRepairable.status).toBe(EXIT.repairable);
    expect(lines(validAndRepairable.stderr).at(-1)).toBe('2 files checked: 1 valid, 1 repairable, 0 cannot be opened');

    const all = validate(['fatal.cjm', 'small.cjm', 'repairable.cjm']);
    expect(all.status).toBe(EXIT.fatal);
    const out = lines(all.stderr);
    expect(out).toContain('small.cjm: valid');
    expect(out).toContain('fatal.cjm: cannot be opened, 1 problem');
    expect(out).toContain('repairable.cjm: 4 problems, all repairable');
    expect(out.at(-1)).toBe('3 files checked: 1 valid, 1 repairable, 1 cannot be opened');
    expect(out.indexOf('fatal.cjm: cannot be opened, 1 problem')).toBeLessThan(out.indexOf('small.cjm: valid'));
  });

  it('--json: files with status and problems, and a summary, on stdout only', () => {
    ws.copy('small.cjm');
    ws.copy('repairable.cjm');
    ws.copy('fatal.cjm');
    const run = validate(['small.cjm', 'repairable.cjm', 'fatal.cjm', 'missing.cjm'], ['--json']);
    expect(run.status).toBe(EXIT.fatal);
    expect(run.stderr).toBe('');
    const report = run.json() as {
      files: { file: string; status: string; problems?: { path: string; severity: string; code: string; message: string }[]; error?: unknown }[];
      summary: unknown;
    };
    expect(report.summary).toEqual({ files: 4, valid: 1, repairable: 1, fatal: 2 });
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      ['small.cjm', 'valid'],
      ['repairable.cjm', 'repairable'],
      ['fatal.cjm', 'fatal'],
      ['missing.cjm', 'unreadable'],
    ]);
    expect(report.files[0]!.problems).toEqual([]);
    const repairs = report.files[1]!.problems!;
    expect(repairs.map((p) => p.path)).toEqual(['lanes[1].kind', 'notes[0].lane', 'notes[1].emotion', 'notes[2].colour']);
    expect(repairs.every((p) => p.severity === 'repairable')).toBe(true);
    expect(repairs[2]).toMatchObject({ code: 'emotion-out-of-range', message: 'notes[1].emotion: expected an integer from -2 to 2, found 7; repair sets it to 2 and keeps 7 in x-original-emotion' });
    expect(report.files[2]!.problems).toEqual([expect.objectContaining({ path: 'notes[0].votes', severity: 'fatal' })]);
    expect(report.files[3]!.error).toEqual({
      code: 'not-found',
      path: 'missing.cjm',
      errno: 'ENOENT',
      message: 'missing.cjm: there is no such file; check the name and the folder',
    });
  });
});

describe('jejak validate on what cannot be read', () => {
  it('a missing file: "there is no such file", exit 2', () => {
    const run = validate(['missing.cjm']);
    expect(run.status).toBe(EXIT.fatal);
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toEqual([
      'missing.cjm: there is no such file; check the name and the folder',
      '1 file checked: 0 valid, 0 repairable, 1 cannot be opened',
    ]);
    expect(lines(validate(['missing.cjm'], ['--lang', 'id']).stderr)[0]).toBe('missing.cjm: berkas tidak ditemukan; periksa nama dan foldernya');
  });

  it('a file in a missing folder: "can\'t reach the folder", exit 2', () => {
    const run = validate(['gone/map.cjm']);
    expect(run.status).toBe(EXIT.fatal);
    expect(lines(run.stderr)[0]).toBe(
      "gone/map.cjm: can't reach the folder (ENOENT); if it is on a shared drive, check the connection and try again, or save a copy elsewhere",
    );
    expect(lines(validate(['gone/map.cjm'], ['--lang', 'id']).stderr)[0]).toMatch(/^gone\/map\.cjm: folder tidak bisa diakses \(ENOENT\)/);
    const json = validate(['gone/map.cjm'], ['--json']).json() as { files: { error: { code: string } }[] };
    expect(json.files[0]!.error.code).toBe('folder-unreachable');
  });

  it('a folder given as a file, exit 2', () => {
    mkdirSync(ws.path('maps.cjm'));
    const run = validate(['maps.cjm']);
    expect(run.status).toBe(EXIT.fatal);
    expect(lines(run.stderr)[0]).toBe('maps.cjm: this is a folder, not a map file');
    expect(lines(validate(['maps.cjm'], ['--lang', 'id']).stderr)[0]).toBe('maps.cjm: ini folder, bukan berkas peta');
  });

  it('an unreadable file among readable ones is still counted and the rest reported', () => {
    ws.copy('small.cjm');
    const run = validate(['missing.cjm', 'small.cjm']);
    expect(run.status).toBe(EXIT.fatal);
    expect(lines(run.stderr)).toEqual([
      'missing.cjm: there is no such file; check the name and the folder',
      'small.cjm: valid',
      '2 files checked: 1 valid, 0 repairable, 1 cannot be opened',
    ]);
  });
});
