// The language of messages: --lang, else LC_ALL, LC_MESSAGES, LANG in
// POSIX's order; English when none names Indonesian.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, jejak, workspace, type RunOptions, type Workspace } from './support/jejak';

let ws: Workspace;
beforeEach(() => {
  ws = workspace();
});
afterEach(() => ws.remove());

const ENGLISH = 'missing.cjm: there is no such file; check the name and the folder';
const INDONESIAN = 'missing.cjm: berkas tidak ditemukan; periksa nama dan foldernya';

function firstLine(args: string[], env: RunOptions['env']): string {
  const run = jejak(['validate', 'missing.cjm', ...args], { cwd: ws.dir, env });
  expect(run.status).toBe(EXIT.fatal);
  return run.stderr.split('\n')[0]!;
}

describe('language of messages', () => {
  it.each([
    ['no locale variables', {}, ENGLISH],
    ['LANG=id_ID.UTF-8', { LANG: 'id_ID.UTF-8' }, INDONESIAN],
    ['LANG=id', { LANG: 'id' }, INDONESIAN],
    ['LANG=in_ID (the old code)', { LANG: 'in_ID' }, INDONESIAN],
    ['LANG=en_US.UTF-8', { LANG: 'en_US.UTF-8' }, ENGLISH],
    ['LANG=fr_FR.UTF-8 (neither)', { LANG: 'fr_FR.UTF-8' }, ENGLISH],
    ['LC_MESSAGES=id_ID over LANG=en_GB', { LC_MESSAGES: 'id_ID.UTF-8', LANG: 'en_GB.UTF-8' }, INDONESIAN],
    ['LC_ALL=id_ID over LC_MESSAGES=en_GB', { LC_ALL: 'id_ID.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' }, INDONESIAN],
    ['LC_ALL=C over LANG=id_ID', { LC_ALL: 'C', LANG: 'id_ID.UTF-8' }, ENGLISH],
    ['an empty LC_ALL is ignored', { LC_ALL: '', LANG: 'id_ID.UTF-8' }, INDONESIAN],
  ] as const)('%s', (_name, env, expected) => {
    expect(firstLine([], env)).toBe(expected);
  });

  it('--lang wins over the environment, either way', () => {
    expect(firstLine(['--lang', 'en'], { LC_ALL: 'id_ID.UTF-8' })).toBe(ENGLISH);
    expect(firstLine(['--lang', 'id'], { LC_ALL: 'en_GB.UTF-8' })).toBe(INDONESIAN);
    expect(firstLine(['--lang=id'], {})).toBe(INDONESIAN);
  });

  it('--lang may come before the command', () => {
    const run = jejak(['--lang', 'id', 'validate', 'missing.cjm'], { cwd: ws.dir });
    expect(run.stderr.split('\n')[0]).toBe(INDONESIAN);
  });

  it('--json messages follow the language too', () => {
    const run = jejak(['validate', 'missing.cjm', '--json'], { cwd: ws.dir, env: { LANG: 'id_ID.UTF-8' } });
    const report = run.json() as { files: { error: { message: string } }[] };
    expect(report.files[0]!.error.message).toBe(INDONESIAN);
  });
});
