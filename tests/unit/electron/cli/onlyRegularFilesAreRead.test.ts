// Only regular files, and only up to a cap (issue 12, point 7). Each probe
// once hung or exhausted the real command: `validate /dev/zero` grew to
// gigabytes, a FIFO named x.cjm hung it, `repair --out` through a link
// overwrote the original with no .bak, `export --force` replaced the map
// with CSV. Each is now refused with a message, at once, with nothing on disk
// changed. (A hang would end in the run's timeout and fail the test.)
import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, readFileSync, symlinkSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, jejak, sha256, workspace, type Workspace } from './support/jejak';

let ws: Workspace;
beforeEach(() => {
  ws = workspace();
});
afterEach(() => ws.remove());

const english = { env: { LANG: 'en_GB.UTF-8' } };

describe('jejak reads only regular files', () => {
  it('validate /dev/zero is refused before a byte is read', () => {
    const result = jejak(['validate', '/dev/zero'], english);
    expect(result.status).toBe(EXIT.fatal);
    expect(result.stderr).toContain('/dev/zero: this is not an ordinary file (it is a device, a pipe or a socket), so Jejak does not read it; choose a file');
  });

  it('a FIFO named x.cjm is refused, not waited on, by validate, info, fmt, repair and export', () => {
    execFileSync('mkfifo', [ws.path('x.cjm')]);
    for (const args of [['validate', 'x.cjm'], ['info', 'x.cjm'], ['fmt', 'x.cjm'], ['repair', 'x.cjm', '--in-place'], ['export', 'x.cjm', '--format', 'csv', '--out', 'x.csv']]) {
      const result = jejak(args, { ...english, cwd: ws.dir });
      expect(result.status, args.join(' ')).toBe(EXIT.fatal);
      expect(result.stderr, args.join(' ')).toContain('x.cjm: this is not an ordinary file');
    }
    expect(existsSync(ws.path('x.csv'))).toBe(false);
    expect(existsSync(ws.path('x.cjm.bak'))).toBe(false);
  });

  it('a FIFO named as a sheet is refused by import, and the map is left as it was', () => {
    const map = ws.copy('samples/hotel-check-in.id.cjm', 'map.cjm');
    const before = sha256(readFileSync(map));
    execFileSync('mkfifo', [ws.path('notes.csv')]);
    const result = jejak(['import', 'notes.csv', '--into', 'map.cjm'], { ...english, cwd: ws.dir });
    expect(result.status).toBe(EXIT.fatal);
    expect(result.stderr).toContain('notes.csv: this is not an ordinary file');
    expect(sha256(readFileSync(map))).toBe(before);
  });

  it('a folder is said to be a folder', () => {
    const result = jejak(['validate', ws.dir], english);
    expect(result.status).toBe(EXIT.fatal);
    expect(result.stderr).toContain('this is a folder, not a map file');
  });
});

describe('the same file is the same file, whatever its name', () => {
  it('repair --out a link to the map itself is refused; the original stays, no .bak is needed', () => {
    ws.copy('repairable.cjm', 'm.cjm');
    symlinkSync(ws.path('m.cjm'), ws.path('a.cjm'));
    const before = ws.sha('m.cjm');
    const result = jejak(['repair', 'm.cjm', '--out', 'a.cjm', '--force'], { ...english, cwd: ws.dir });
    expect(result.status).toBe(EXIT.fatal);
    expect(result.stderr).toContain('a.cjm is m.cjm itself (another name for it, or a link to it), so it was not overwritten; to repair the map in place and keep its original as m.cjm.bak, use --in-place');
    expect(ws.sha('m.cjm')).toBe(before);
    expect(ws.files()).toEqual(['a.cjm', 'm.cjm']);
  });

  it('export --force onto the map (through a link, or a second name of the same file) is refused: a map is never replaced by CSV', () => {
    ws.copy('samples/hotel-check-in.id.cjm', 'm.cjm');
    symlinkSync(ws.path('m.cjm'), ws.path('m.csv'));
    linkSync(ws.path('m.cjm'), ws.path('also.csv'));
    const before = ws.sha('m.cjm');
    for (const out of ['m.csv', 'also.csv', `${ws.dir}/./m.csv`]) {
      const result = jejak(['export', 'm.cjm', '--format', 'csv', '--out', out, '--force'], { ...english, cwd: ws.dir });
      expect(result.status, out).toBe(EXIT.fatal);
      expect(result.stderr, out).toContain('this is the file being read (under another name or through a link), so it was not replaced');
    }
    expect(ws.sha('m.cjm')).toBe(before);
  });

  it('import --new onto the sheet itself is refused', () => {
    ws.write('wall.txt', '# Awareness\n- Saw an ad\n');
    const before = ws.sha('wall.txt');
    const result = jejak(['import', 'wall.txt', '--new', 'wall.txt', '--force'], { ...english, cwd: ws.dir });
    expect(result.status).toBe(EXIT.fatal);
    expect(result.stderr).toContain('wall.txt: this is the file being read');
    expect(ws.sha('wall.txt')).toBe(before);
  });

  it('export --force through a link that leaves the folder is refused', () => {
    ws.copy('samples/hotel-check-in.id.cjm', 'm.cjm');
    const elsewhere = workspace();
    try {
      elsewhere.write('theirs.csv', 'someone else’s\n');
      symlinkSync(elsewhere.path('theirs.csv'), ws.path('out.csv'));
      const result = jejak(['export', 'm.cjm', '--format', 'csv', '--out', 'out.csv', '--force'], { ...english, cwd: ws.dir });
      expect(result.status).toBe(EXIT.fatal);
      expect(result.stderr).toContain('out.csv: this name is a link to a file in another folder, and Jejak does not write through it; choose another name');
      expect(readFileSync(elsewhere.path('theirs.csv'), 'utf8')).toBe('someone else’s\n');
    } finally {
      elsewhere.remove();
    }
  });
});
