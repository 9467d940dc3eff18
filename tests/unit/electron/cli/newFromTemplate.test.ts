// jejak new --type TYPE --locale en|id [--title TITLE] --out FILE [--force]:
// a map from a template that validate accepts; an existing file is never
// replaced without --force.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAP_TYPES } from '../../../../shared/format/types';
import { TEMPLATES } from '../../../../shared/templates';
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
  return jejak(['new', ...args], { cwd: ws.dir, env });
}

interface NewMap {
  format: string;
  version: number;
  id: string;
  title: string;
  type: string;
  locale: string;
  createdAt: string;
  updatedAt: string;
  stages: { title: string }[];
  lanes: { title: string }[];
  notes: unknown[];
}

const read = (name: string) => JSON.parse(ws.bytes(name).toString('utf8')) as NewMap;

const CASES = MAP_TYPES.flatMap((type) => (['en', 'id'] as const).map((locale) => [type, locale] as const));

describe('jejak new', () => {
  it('knows the four map types', () => {
    expect([...MAP_TYPES].sort()).toEqual(['current-state', 'day-in-the-life', 'future-state', 'service-blueprint']);
  });

  it.each(CASES)('%s in %s: a canonical map that validate accepts', (type, locale) => {
    const file = `${type}.${locale}.cjm`;
    const started = Date.now();
    const result = run(['--type', type, '--locale', locale, '--out', file]);
    expect(result.status).toBe(EXIT.ok);
    expect(result.stderr).toBe('');
    expect(lines(result.stdout)).toEqual([`${file}: new ${TEMPLATES[type].name.en} map created`]);
    expect(ws.files()).toEqual([file]);

    const validated = jejak(['validate', file], { cwd: ws.dir });
    expect(validated.status).toBe(EXIT.ok);
    expect(lines(validated.stderr)[0]).toBe(`${file}: valid`);
    expect(jejak(['fmt', '--check', file], { cwd: ws.dir }).status).toBe(EXIT.ok);

    const map = read(file);
    const template = TEMPLATES[type];
    expect(map).toMatchObject({ format: 'cjm', version: 1, type, locale, title: template.defaultTitle[locale], notes: [] });
    expect(map.stages.map((s) => s.title)).toEqual(template.stages.map((s) => s.title[locale]));
    expect(map.lanes.map((l) => l.title)).toEqual(template.lanes.map((l) => l.title[locale]));
    expect(map.createdAt).toBe(map.updatedAt);
    expect(Date.parse(map.createdAt)).toBeGreaterThanOrEqual(started - 1000);
    expect(Date.parse(map.createdAt)).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('each new map gets its own id', () => {
    run(['--type', 'current-state', '--locale', 'en', '--out', 'a.cjm']);
    run(['--type', 'current-state', '--locale', 'en', '--out', 'b.cjm']);
    expect(read('a.cjm').id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(read('a.cjm').id).not.toBe(read('b.cjm').id);
  });

  it('takes --title, Unicode and all', () => {
    const title = 'Check-in hotel: tamu “pertama” ✓';
    const result = run(['--type', 'service-blueprint', '--locale', 'id', '--title', title, '--out', 'hotel.cjm']);
    expect(result.status).toBe(EXIT.ok);
    expect(read('hotel.cjm').title).toBe(title);
    expect(jejak(['info', 'hotel.cjm'], { cwd: ws.dir }).stdout).toContain(`Title: ${title}\n`);
  });

  it('says what it made in Indonesian, by --lang and by LANG', () => {
    for (const [out, env, extra] of [
      ['a.cjm', undefined, ['--lang', 'id']],
      ['b.cjm', { LANG: 'id_ID.UTF-8' }, []],
    ] as const) {
      const result = run(['--type', 'day-in-the-life', '--locale', 'en', '--out', out, ...extra], env);
      expect(result.status).toBe(EXIT.ok);
      expect(lines(result.stdout)).toEqual([`${out}: peta baru dibuat (jenis: Sehari bersama pelanggan)`]);
    }
  });

  it('--json: file, id, type, locale, title', () => {
    const result = run(['--type', 'future-state', '--locale', 'id', '--out', 'f.cjm', '--json']);
    expect(result.status).toBe(EXIT.ok);
    expect(result.stderr).toBe('');
    const map = read('f.cjm');
    expect(result.json()).toEqual({ file: 'f.cjm', id: map.id, type: 'future-state', locale: 'id', title: 'Peta perjalanan kondisi masa depan' });
  });
});

describe('jejak new never replaces a file unasked', () => {
  it('refuses an existing file: exit 2, the file untouched', () => {
    writeFileSync(ws.path('map.cjm'), 'precious\n');
    const before = ws.snapshot();
    const result = run(['--type', 'current-state', '--locale', 'en', '--out', 'map.cjm']);
    expect(result.status).toBe(EXIT.fatal);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)).toEqual(['map.cjm: a file with this name already exists; choose another name, or add --force to replace it']);
    const id = run(['--type', 'current-state', '--locale', 'en', '--out', 'map.cjm'], { LANG: 'id_ID.UTF-8' });
    expect(lines(id.stderr)).toEqual(['map.cjm: sudah ada berkas dengan nama ini; pilih nama lain, atau tambahkan --force untuk menimpanya']);
    const json = run(['--type', 'current-state', '--locale', 'en', '--out', 'map.cjm', '--json']);
    expect(json.status).toBe(EXIT.fatal);
    expect(json.json()).toMatchObject({ file: 'map.cjm', status: 'error', error: { code: 'exists', path: 'map.cjm' } });
    expect(ws.snapshot()).toEqual(before);
  });

  it('refuses an existing map too, and replaces it with --force', () => {
    ws.copy('small.cjm', 'map.cjm');
    const before = ws.snapshot();
    expect(run(['--type', 'service-blueprint', '--locale', 'id', '--out', 'map.cjm']).status).toBe(EXIT.fatal);
    expect(ws.snapshot()).toEqual(before);

    const forced = run(['--type', 'service-blueprint', '--locale', 'id', '--out', 'map.cjm', '--force']);
    expect(forced.status).toBe(EXIT.ok);
    expect(ws.files()).toEqual(['map.cjm']);
    expect(read('map.cjm')).toMatchObject({ type: 'service-blueprint', locale: 'id', notes: [] });
    expect(jejak(['validate', 'map.cjm'], { cwd: ws.dir }).status).toBe(EXIT.ok);
  });

  it('an --out in a missing folder: "can\'t reach the folder", exit 2, nothing made', () => {
    const result = run(['--type', 'current-state', '--locale', 'en', '--out', 'gone/map.cjm']);
    expect(result.status).toBe(EXIT.fatal);
    expect(result.stdout).toBe('');
    expect(lines(result.stderr)[0]).toMatch(/^gone\/map\.cjm: can't reach the folder \(ENOENT\)/);
    expect(ws.files()).toEqual([]);
  });

  it('an --out that is a folder is refused, even with --force', () => {
    mkdirSync(ws.path('maps.cjm'));
    expect(run(['--type', 'current-state', '--locale', 'en', '--out', 'maps.cjm']).status).toBe(EXIT.fatal);
    const forced = run(['--type', 'current-state', '--locale', 'en', '--out', 'maps.cjm', '--force']);
    expect(forced.status).toBe(EXIT.fatal);
    expect(lines(forced.stderr)[0]).toBe('maps.cjm: this is a folder, not a map file');
    expect(ws.snapshot()).toEqual({ 'maps.cjm': 'folder' });
  });
});
