// jejak repair FILE --out OUT | --in-place: writes the repaired map, lists
// each repair, keeps the original (as FILE.bak with --in-place), and refuses
// rather than overwrite anything it was not asked to.
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, jejak, lines, workspace, type Workspace } from './support/jejak';

let ws: Workspace;
beforeEach(() => {
  ws = workspace();
});
afterEach(() => {
  expect(ws.temporaries()).toEqual([]);
  ws.remove();
});

const REPAIR_LINES_EN = [
  'lanes[1].kind: "feelings" is not a kind of lane Jejak knows; repair makes it a text lane and keeps "feelings" in x-original-kind',
  'notes[0].lane: no lane has the id "ln-gone"; repair moves the note to the lane "Recovered"',
  'notes[1].emotion: expected an integer from -2 to 2, found 7; repair sets it to 2 and keeps 7 in x-original-emotion',
  'notes[2].colour: "colour" is not a key of the .cjm format; repair keeps its value as the extension "x-colour"',
];

function run(args: string[], env?: Record<string, string>) {
  return jejak(['repair', ...args], { cwd: ws.dir, env });
}

interface Lane {
  id: string;
  kind: string;
  title: string;
  'x-original-kind'?: string;
}
interface Note {
  id: string;
  lane: string;
  emotion?: number;
  'x-original-emotion'?: number;
  'x-colour'?: string;
}

describe('jejak repair --out', () => {
  it('writes a repaired map that validates, lists each repair, leaves the original as it was', () => {
    ws.copy('repairable.cjm');
    const before = ws.sha('repairable.cjm');
    const result = run(['repairable.cjm', '--out', 'fixed.cjm']);
    expect(result.status).toBe(EXIT.ok);
    expect(lines(result.stdout)).toEqual([...REPAIR_LINES_EN, 'repairable.cjm: 4 repairs made, written to fixed.cjm']);
    expect(result.stderr).toBe('');
    expect(ws.sha('repairable.cjm')).toBe(before);
    expect(ws.files()).toEqual(['fixed.cjm', 'repairable.cjm']);

    const validated = jejak(['validate', 'fixed.cjm'], { cwd: ws.dir });
    expect(validated.status).toBe(EXIT.ok);
    const fmtCheck = jejak(['fmt', '--check', 'fixed.cjm'], { cwd: ws.dir });
    expect(fmtCheck.status).toBe(EXIT.ok);

    const map = JSON.parse(ws.bytes('fixed.cjm').toString('utf8')) as { lanes: Lane[]; notes: Note[] };
    expect(map.lanes.find((l) => l.id === 'ln-emotions')).toMatchObject({ kind: 'text', 'x-original-kind': 'feelings' });
    expect(map.notes.find((n) => n.id === 'n2')).toMatchObject({ emotion: 2, 'x-original-emotion': 7 });
    expect(map.notes.find((n) => n.id === 'n3')).toMatchObject({ 'x-colour': '#FF0000' });
    const recovered = map.lanes.find((l) => l.title === 'Recovered');
    expect(recovered).toBeDefined();
    expect(map.notes.find((n) => n.id === 'n1')!.lane).toBe(recovered!.id);
    expect(map.notes).toHaveLength(4);
  });

  it('lists the repairs in Indonesian, by --lang and by LANG', () => {
    ws.copy('repairable.cjm');
    for (const [out, env, extra] of [
      ['a.cjm', undefined, ['--lang', 'id']],
      ['b.cjm', { LANG: 'id_ID.UTF-8' }, []],
    ] as const) {
      const result = run(['repairable.cjm', '--out', out, ...extra], env);
      expect(result.status).toBe(EXIT.ok);
      const outLines = lines(result.stdout);
      expect(outLines).toHaveLength(5);
      expect(outLines[2]).toBe(
        'notes[1].emotion: seharusnya bilangan bulat dari -2 sampai 2, tetapi isinya 7; saat diperbaiki, nilainya diubah menjadi 2 dan 7 disimpan di x-original-emotion',
      );
      expect(outLines[4]).toBe(`repairable.cjm: 4 perbaikan dilakukan, disimpan ke ${out}`);
    }
  });

  it('a valid map is copied as it is, nothing to repair', () => {
    ws.copy('small.cjm');
    const result = run(['small.cjm', '--out', 'copy.cjm']);
    expect(result.status).toBe(EXIT.ok);
    expect(lines(result.stdout)).toEqual(['small.cjm: nothing to repair, the map is valid']);
    expect(ws.sha('copy.cjm')).toBe(ws.sha('small.cjm'));
  });

  it('refuses an existing --out (exit 2, both files untouched), replaces it with --force', () => {
    ws.copy('repairable.cjm');
    writeFileSync(ws.path('fixed.cjm'), 'keep me\n');
    const before = ws.snapshot();
    const refused = run(['repairable.cjm', '--out', 'fixed.cjm']);
    expect(refused.status).toBe(EXIT.fatal);
    expect(refused.stdout).toBe('');
    expect(lines(refused.stderr)).toEqual(['fixed.cjm: a file with this name already exists; choose another name, or add --force to replace it']);
    expect(lines(run(['repairable.cjm', '--out', 'fixed.cjm', '--lang', 'id']).stderr)).toEqual([
      'fixed.cjm: sudah ada berkas dengan nama ini; pilih nama lain, atau tambahkan --force untuk menimpanya',
    ]);
    expect(ws.snapshot()).toEqual(before);

    const forced = run(['repairable.cjm', '--out', 'fixed.cjm', '--force']);
    expect(forced.status).toBe(EXIT.ok);
    expect(jejak(['validate', 'fixed.cjm'], { cwd: ws.dir }).status).toBe(EXIT.ok);
    expect(ws.sha('repairable.cjm')).toBe(before['repairable.cjm']);
  });

  it('refuses a fatal map: exit 2, its problems on stderr, nothing written', () => {
    ws.copy('fatal.cjm');
    const before = ws.snapshot();
    const result = run(['fatal.cjm', '--out', 'fixed.cjm']);
    expect(result.status).toBe(EXIT.fatal);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual(['fatal.cjm: cannot be opened, 1 problem', 'notes[0].votes: expected an integer from 0 to 9,999, found "many"']);
    expect(lines(run(['fatal.cjm', '--out', 'fixed.cjm', '--lang', 'id']).stderr)[0]).toBe('fatal.cjm: tidak bisa dibuka, 1 masalah');
    expect(ws.snapshot()).toEqual(before);
  });

  it('refuses --out naming the map itself, pointing at --in-place', () => {
    ws.copy('repairable.cjm');
    const before = ws.snapshot();
    const result = run(['repairable.cjm', '--out', './repairable.cjm']);
    expect(result.status).toBe(EXIT.usage);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--out names the map itself; use --in-place to replace it (the original is kept as .bak).');
    expect(run(['repairable.cjm', '--out', 'repairable.cjm', '--lang', 'id']).stderr).toContain(
      '--out menunjuk ke peta itu sendiri; pakai --in-place untuk menggantinya (berkas asli disimpan sebagai .bak).',
    );
    expect(ws.snapshot()).toEqual(before);
  });

  it('a missing input, or an --out in a missing folder', () => {
    const missing = run(['missing.cjm', '--out', 'fixed.cjm']);
    expect(missing.status).toBe(EXIT.fatal);
    expect(lines(missing.stderr)).toEqual(['missing.cjm: there is no such file; check the name and the folder']);

    ws.copy('repairable.cjm');
    const before = ws.snapshot();
    const noFolder = run(['repairable.cjm', '--out', 'gone/fixed.cjm']);
    expect(noFolder.status).toBe(EXIT.fatal);
    expect(lines(noFolder.stderr)[0]).toMatch(/^gone\/fixed\.cjm: can't reach the folder \(ENOENT\)/);
    expect(ws.snapshot()).toEqual(before);
  });

  it('--json: file, out, backup and each repair with its message', () => {
    ws.copy('repairable.cjm');
    const result = run(['repairable.cjm', '--out', 'fixed.cjm', '--json']);
    expect(result.status).toBe(EXIT.ok);
    expect(result.stderr).toBe('');
    const report = result.json() as { file: string; out: string; backup: unknown; repairs: { path: string; code: string; message: string }[] };
    expect(report).toMatchObject({ file: 'repairable.cjm', out: 'fixed.cjm', backup: null });
    expect(report.repairs.map((r) => r.path)).toEqual(['lanes[1].kind', 'notes[0].lane', 'notes[1].emotion', 'notes[2].colour']);
    expect(report.repairs.map((r) => r.message)).toEqual(REPAIR_LINES_EN);
  });

  it('--json on a refusal: the error on stdout, exit 2', () => {
    ws.copy('repairable.cjm');
    writeFileSync(ws.path('fixed.cjm'), 'keep me\n');
    const result = run(['repairable.cjm', '--out', 'fixed.cjm', '--json']);
    expect(result.status).toBe(EXIT.fatal);
    expect(result.json()).toMatchObject({ file: 'fixed.cjm', status: 'error', error: { code: 'exists', path: 'fixed.cjm' } });
  });
});

describe('jejak repair --in-place', () => {
  it('replaces the map and keeps the original, byte for byte, as FILE.bak', () => {
    ws.copy('repairable.cjm');
    const original = ws.sha('repairable.cjm');
    const result = run(['repairable.cjm', '--in-place']);
    expect(result.status).toBe(EXIT.ok);
    expect(lines(result.stdout)).toEqual([
      ...REPAIR_LINES_EN,
      'repairable.cjm: 4 repairs made, written to repairable.cjm',
      'the original is kept as repairable.cjm.bak',
    ]);
    expect(ws.files()).toEqual(['repairable.cjm', 'repairable.cjm.bak']);
    expect(ws.sha('repairable.cjm.bak')).toBe(original);
    expect(jejak(['validate', 'repairable.cjm'], { cwd: ws.dir }).status).toBe(EXIT.ok);
  });

  it('says where the original is kept in Indonesian', () => {
    ws.copy('repairable.cjm');
    const result = run(['repairable.cjm', '--in-place'], { LANG: 'id_ID.UTF-8' });
    expect(result.status).toBe(EXIT.ok);
    expect(lines(result.stdout).slice(-2)).toEqual([
      'repairable.cjm: 4 perbaikan dilakukan, disimpan ke repairable.cjm',
      'berkas asli disimpan sebagai repairable.cjm.bak',
    ]);
  });

  it('refuses when FILE.bak already exists: exit 2, map and backup untouched', () => {
    ws.copy('repairable.cjm');
    writeFileSync(ws.path('repairable.cjm.bak'), 'an older backup\n');
    const before = ws.snapshot();
    const result = run(['repairable.cjm', '--in-place']);
    expect(result.status).toBe(EXIT.fatal);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([
      'repairable.cjm.bak: a backup with this name already exists; move it away first, or write the repair with --out',
    ]);
    expect(lines(run(['repairable.cjm', '--in-place', '--lang', 'id']).stderr)).toEqual([
      'repairable.cjm.bak: sudah ada cadangan dengan nama ini; pindahkan dulu cadangan itu, atau simpan hasil perbaikan ke berkas lain dengan --out',
    ]);
    const json = run(['repairable.cjm', '--in-place', '--json']);
    expect(json.status).toBe(EXIT.fatal);
    expect(json.json()).toMatchObject({ status: 'error', error: { code: 'backup-exists', path: 'repairable.cjm.bak' } });
    expect(ws.snapshot()).toEqual(before);
  });

  it('a valid map is left alone: no rewrite, no backup', () => {
    ws.copy('small.cjm');
    const before = ws.snapshot();
    const result = run(['small.cjm', '--in-place']);
    expect(result.status).toBe(EXIT.ok);
    expect(lines(result.stdout)).toEqual(['small.cjm: nothing to repair, the map is valid']);
    expect(ws.snapshot()).toEqual(before);
  });

  it('a fatal map is refused and no backup is made', () => {
    ws.copy('fatal.cjm');
    const before = ws.snapshot();
    const result = run(['fatal.cjm', '--in-place']);
    expect(result.status).toBe(EXIT.fatal);
    expect(ws.snapshot()).toEqual(before);
  });

  it('--json names the backup', () => {
    ws.copy('repairable.cjm');
    const result = run(['repairable.cjm', '--in-place', '--json']);
    expect(result.status).toBe(EXIT.ok);
    expect(result.json()).toMatchObject({ file: 'repairable.cjm', out: 'repairable.cjm', backup: 'repairable.cjm.bak' });
  });
});
