// jejak fmt [--check] FILE…: canonical bytes, written safely (no temporary
// file left); a map with problems is refused and left byte for byte as it was.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
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

function run(args: string[], env?: Record<string, string>) {
  return jejak(['fmt', ...args], { cwd: ws.dir, env });
}

/** small.cjm written the ways readers accept but writers never write. */
function nonCanonicalVariants(): Record<string, Buffer> {
  const canonical = ws.bytes('small.cjm');
  const text = canonical.toString('utf8');
  return {
    'compact.cjm': Buffer.from(JSON.stringify(JSON.parse(text))),
    'crlf.cjm': Buffer.from(text.replace(/\n/g, '\r\n')),
    'bom.cjm': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), canonical]),
    'tabs.cjm': Buffer.from(JSON.stringify(JSON.parse(text), null, '\t') + '\n'),
    'no-newline.cjm': canonical.subarray(0, canonical.length - 1),
    'defaults.cjm': Buffer.from(text.replace('"locale": "en",', '"locale": "en",\n  "goal": "",').replace('"personas": [', '"assets": {},\n  "personas": [')),
  };
}

describe('jejak fmt', () => {
  it('leaves a canonical map alone: exit 0, "already canonical", same bytes', () => {
    ws.copy('small.cjm');
    const before = ws.snapshot();
    const result = run(['small.cjm']);
    expect(result.status).toBe(EXIT.ok);
    expect(lines(result.stdout)).toEqual(['small.cjm: already canonical']);
    expect(result.stderr).toBe('');
    expect(ws.snapshot()).toEqual(before);
    expect(lines(run(['small.cjm', '--lang', 'id']).stdout)).toEqual(['small.cjm: sudah dalam bentuk baku']);
  });

  it('both samples are already canonical', () => {
    ws.copy('samples/b2b-software-purchase.en.cjm');
    ws.copy('samples/hotel-check-in.id.cjm');
    const before = ws.snapshot();
    expect(run(['--check', 'b2b-software-purchase.en.cjm', 'hotel-check-in.id.cjm']).status).toBe(EXIT.ok);
    expect(run(['b2b-software-purchase.en.cjm', 'hotel-check-in.id.cjm']).status).toBe(EXIT.ok);
    expect(ws.snapshot()).toEqual(before);
  });

  it('rewrites each non-canonical variant to exactly the canonical bytes, and again changes nothing', () => {
    ws.copy('small.cjm');
    const canonical = ws.sha('small.cjm');
    const variants = nonCanonicalVariants();
    for (const [name, bytes] of Object.entries(variants)) writeFileSync(ws.path(name), bytes);
    const names = Object.keys(variants);

    const result = run(names);
    expect(result.status).toBe(EXIT.ok);
    expect(lines(result.stdout)).toEqual(names.map((n) => `${n}: rewritten in canonical form`));
    for (const name of names) expect(ws.sha(name), name).toBe(canonical);
    expect(ws.temporaries()).toEqual([]);

    const again = run(names);
    expect(again.status).toBe(EXIT.ok);
    expect(lines(again.stdout)).toEqual(names.map((n) => `${n}: already canonical`));
  });

  it('replaces the file by renaming a new one over it (a new inode), never by writing into it', () => {
    ws.copy('small.cjm');
    writeFileSync(ws.path('crlf.cjm'), nonCanonicalVariants()['crlf.cjm']!);
    const inode = statSync(ws.path('crlf.cjm')).ino;
    expect(run(['crlf.cjm']).status).toBe(EXIT.ok);
    expect(statSync(ws.path('crlf.cjm')).ino).not.toBe(inode);
    expect(ws.files()).toEqual(['crlf.cjm', 'small.cjm']);
  });

  it('says "rewritten" in Indonesian, by LANG', () => {
    ws.copy('small.cjm');
    writeFileSync(ws.path('crlf.cjm'), nonCanonicalVariants()['crlf.cjm']!);
    const result = run(['crlf.cjm'], { LANG: 'id_ID.UTF-8' });
    expect(result.status).toBe(EXIT.ok);
    expect(lines(result.stdout)).toEqual(['crlf.cjm: ditulis ulang dalam bentuk baku']);
  });

  it('refuses a fatal map: exit 2, left untouched', () => {
    ws.copy('fatal.cjm');
    writeFileSync(ws.path('not-json.cjm'), '{ "format": "cjm", \r\n');
    const before = ws.snapshot();
    const result = run(['fatal.cjm']);
    expect(result.status).toBe(EXIT.fatal);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual(['fatal.cjm: cannot be opened; left untouched']);
    expect(lines(run(['not-json.cjm', '--lang', 'id']).stderr)).toEqual(['not-json.cjm: tidak bisa dibuka; berkas tidak diubah']);
    expect(run(['--check', 'fatal.cjm']).status).toBe(EXIT.fatal);
    expect(ws.snapshot()).toEqual(before);
  });

  it('refuses a repairable map: exit 1, pointing at repair, left untouched', () => {
    ws.copy('repairable.cjm');
    const before = ws.snapshot();
    const result = run(['repairable.cjm']);
    expect(result.status).toBe(EXIT.repairable);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual([
      'repairable.cjm: has problems that need repair first; left untouched (run "jejak repair repairable.cjm --out REPAIRED.cjm")',
    ]);
    expect(lines(run(['repairable.cjm'], { LANG: 'id_ID.UTF-8' }).stderr)).toEqual([
      'repairable.cjm: ada masalah yang harus diperbaiki dulu; berkas tidak diubah (jalankan "jejak repair repairable.cjm --out HASIL.cjm")',
    ]);
    expect(ws.snapshot()).toEqual(before);
  });

  it('several files: the others are still formatted, the worst exit code wins', () => {
    ws.copy('small.cjm');
    ws.copy('repairable.cjm');
    ws.copy('fatal.cjm');
    writeFileSync(ws.path('crlf.cjm'), nonCanonicalVariants()['crlf.cjm']!);
    const refused = { repairable: ws.sha('repairable.cjm'), fatal: ws.sha('fatal.cjm') };

    const one = run(['crlf.cjm', 'repairable.cjm']);
    expect(one.status).toBe(EXIT.repairable);
    expect(ws.sha('crlf.cjm')).toBe(ws.sha('small.cjm'));

    writeFileSync(ws.path('crlf.cjm'), nonCanonicalVariants()['crlf.cjm']!);
    const two = run(['fatal.cjm', 'crlf.cjm', 'repairable.cjm', 'small.cjm']);
    expect(two.status).toBe(EXIT.fatal);
    expect(lines(two.stdout)).toEqual(['crlf.cjm: rewritten in canonical form', 'small.cjm: already canonical']);
    expect(lines(two.stderr)).toHaveLength(2);
    expect(ws.sha('crlf.cjm')).toBe(ws.sha('small.cjm'));
    expect(ws.sha('repairable.cjm')).toBe(refused.repairable);
    expect(ws.sha('fatal.cjm')).toBe(refused.fatal);
  });

  it('unreadable inputs: missing file, missing folder, a folder; exit 2', () => {
    mkdirSync(ws.path('folder.cjm'));
    const result = run(['missing.cjm', 'gone/map.cjm', 'folder.cjm']);
    expect(result.status).toBe(EXIT.fatal);
    expect(result.stdout).toBe('');
    const out = lines(result.stderr);
    expect(out[0]).toBe('missing.cjm: there is no such file; check the name and the folder');
    expect(out[1]).toMatch(/^gone\/map\.cjm: can't reach the folder \(ENOENT\)/);
    expect(out[2]).toBe('folder.cjm: this is a folder, not a map file');
    expect(ws.files()).toEqual(['folder.cjm']);
  });

  it('--json: one status per file', () => {
    ws.copy('small.cjm');
    ws.copy('repairable.cjm');
    ws.copy('fatal.cjm');
    writeFileSync(ws.path('crlf.cjm'), nonCanonicalVariants()['crlf.cjm']!);
    const result = run(['--json', 'small.cjm', 'crlf.cjm', 'repairable.cjm', 'fatal.cjm', 'missing.cjm']);
    expect(result.status).toBe(EXIT.fatal);
    expect(result.stderr).toBe('');
    const report = result.json() as { files: { file: string; status: string; error?: { code: string } }[] };
    expect(report.files.map((f) => [f.file, f.status])).toEqual([
      ['small.cjm', 'unchanged'],
      ['crlf.cjm', 'formatted'],
      ['repairable.cjm', 'repairable'],
      ['fatal.cjm', 'fatal'],
      ['missing.cjm', 'error'],
    ]);
    expect(report.files[4]!.error).toMatchObject({ code: 'not-found', path: 'missing.cjm' });
  });
});

describe('jejak fmt --check', () => {
  it('canonical: exit 0; not canonical: exit 1 and the file untouched', () => {
    ws.copy('small.cjm');
    const variants = nonCanonicalVariants();
    for (const [name, bytes] of Object.entries(variants)) writeFileSync(ws.path(name), bytes);
    const before = ws.snapshot();

    expect(run(['--check', 'small.cjm']).status).toBe(EXIT.ok);
    for (const name of Object.keys(variants)) {
      const result = run(['--check', name]);
      expect(result.status, name).toBe(EXIT.repairable);
      expect(result.stdout).toBe('');
      expect(lines(result.stderr)).toEqual([`${name}: not in canonical form (run "jejak fmt ${name}")`]);
    }
    expect(lines(run(['--check', 'crlf.cjm', '--lang', 'id']).stderr)).toEqual(['crlf.cjm: belum dalam bentuk baku (jalankan "jejak fmt crlf.cjm")']);
    expect(ws.snapshot()).toEqual(before);
  });

  it('several files: 1 when one is not canonical', () => {
    ws.copy('small.cjm');
    writeFileSync(ws.path('crlf.cjm'), nonCanonicalVariants()['crlf.cjm']!);
    const result = run(['--check', 'small.cjm', 'crlf.cjm']);
    expect(result.status).toBe(EXIT.repairable);
    expect(lines(result.stdout)).toEqual(['small.cjm: already canonical']);
    expect(lines(result.stderr)).toEqual(['crlf.cjm: not in canonical form (run "jejak fmt crlf.cjm")']);
  });

  it('--json reports not-canonical', () => {
    ws.copy('small.cjm');
    writeFileSync(ws.path('crlf.cjm'), nonCanonicalVariants()['crlf.cjm']!);
    const result = run(['--check', '--json', 'small.cjm', 'crlf.cjm']);
    expect(result.status).toBe(EXIT.repairable);
    expect(result.json()).toEqual({
      files: [
        { file: 'small.cjm', status: 'unchanged' },
        { file: 'crlf.cjm', status: 'not-canonical' },
      ],
    });
  });
});
