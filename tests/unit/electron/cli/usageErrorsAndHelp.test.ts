// jejak --help, help COMMAND, --version; wrong usage exits 64 with the help
// on stderr and nothing on stdout, in English and Indonesian.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, jejak, ROOT, workspace, type Workspace } from './support/jejak';

const COMMANDS = ['validate', 'repair', 'fmt', 'new', 'info', 'help'];
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let ws: Workspace;
beforeEach(() => {
  ws = workspace();
});
afterEach(() => ws.remove());

/** Asserts the general help lists every command. */
function expectCommandList(text: string, heading: string) {
  expect(text).toContain(heading);
  for (const command of COMMANDS) expect(text).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
}

describe('help and version', () => {
  it('--help prints the general help on stdout and exits 0', () => {
    const run = jejak(['--help']);
    expect(run.status).toBe(EXIT.ok);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Usage: jejak <command> [options] [files]');
    expectCommandList(run.stdout, 'Commands:');
    expect(run.stdout).toContain('Exit codes: 0 fine, 1 repairable problems found, 2 fatal problems or refused, 64 wrong usage.');
  });

  it('--help in Indonesian, by --lang and by LANG', () => {
    for (const run of [jejak(['--help', '--lang', 'id']), jejak(['--help'], { env: { LANG: 'id_ID.UTF-8' } })]) {
      expect(run.status).toBe(EXIT.ok);
      expect(run.stdout).toContain('Cara pakai: jejak <perintah> [opsi] [berkas]');
      expectCommandList(run.stdout, 'Perintah:');
      expect(run.stdout).toContain('Kode keluar: 0 semua beres, 1 ada masalah yang bisa diperbaiki, 2 ada masalah fatal atau perintah ditolak, 64 cara pakai salah.');
    }
  });

  it('-h is --help', () => {
    expect(jejak(['-h']).stdout).toBe(jejak(['--help']).stdout);
  });

  it.each(COMMANDS)('help %s prints that command\'s usage on stdout', (command) => {
    const run = jejak(['help', command]);
    expect(run.status).toBe(EXIT.ok);
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')[0]).toMatch(new RegExp(`^jejak ${command}\\b`));
    expect(jejak([command, '--help']).stdout).toBe(run.stdout);
  });

  it('help repair names both ways of writing, in both languages', () => {
    expect(jejak(['help', 'repair']).stdout).toContain('jejak repair FILE (--out OUT | --in-place) [--force]');
    const id = jejak(['help', 'repair', '--lang', 'id']).stdout;
    expect(id).toContain('jejak repair BERKAS (--out HASIL | --in-place) [--force]');
    expect(id).toContain('berkas asli disimpan sebagai BERKAS.bak');
  });

  it('help with no topic is the general help', () => {
    const run = jejak(['help']);
    expect(run.status).toBe(EXIT.ok);
    expect(run.stdout).toBe(jejak(['--help']).stdout);
  });

  it('--version and -v print the package version alone on stdout', () => {
    for (const flag of ['--version', '-v']) {
      const run = jejak([flag]);
      expect(run.status).toBe(EXIT.ok);
      expect(run.stdout).toBe(`${VERSION}\n`);
      expect(run.stderr).toBe('');
    }
  });
});

describe('wrong usage exits 64, help on stderr, nothing on stdout', () => {
  it('an unknown command lists the commands', () => {
    const run = jejak(['frobnicate']);
    expect(run.status).toBe(EXIT.usage);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe('jejak: "frobnicate" is not a jejak command.');
    expectCommandList(run.stderr, 'Commands:');
  });

  it('an unknown command in Indonesian, by --lang and by LANG', () => {
    for (const run of [jejak(['frobnicate', '--lang', 'id']), jejak(['frobnicate'], { env: { LANG: 'id_ID.UTF-8' } })]) {
      expect(run.status).toBe(EXIT.usage);
      expect(run.stdout).toBe('');
      expect(run.stderr.split('\n')[0]).toBe('jejak: "frobnicate" bukan perintah jejak.');
      expectCommandList(run.stderr, 'Perintah:');
    }
  });

  it('no command at all', () => {
    const run = jejak([]);
    expect(run.status).toBe(EXIT.usage);
    expect(run.stdout).toBe('');
    expectCommandList(run.stderr, 'Commands:');
  });

  it('help for an unknown topic', () => {
    const run = jejak(['help', 'frobnicate']);
    expect(run.status).toBe(EXIT.usage);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe('jejak: "frobnicate" is not a jejak command.');
  });

  it('an unknown option names it and shows the command\'s help', () => {
    const run = jejak(['validate', '--frob', 'a.cjm']);
    expect(run.status).toBe(EXIT.usage);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^jejak: wrong usage: .*--frob/);
    expect(run.stderr).toContain('\njejak validate FILE...\n');
    const id = jejak(['validate', '--frob', 'a.cjm', '--lang', 'id']);
    expect(id.status).toBe(EXIT.usage);
    expect(id.stderr).toMatch(/^jejak: cara pakai salah: .*--frob/);
    expect(id.stderr).toContain('\njejak validate BERKAS...\n');
  });

  it.each(['validate', 'fmt', 'info', 'repair'])('%s without a file', (command) => {
    const args = command === 'repair' ? [command, '--out', 'x.cjm'] : [command];
    const run = jejak(args);
    expect(run.status).toBe(EXIT.usage);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(`jejak: "jejak ${command}" needs a file: see "jejak help ${command}".`);
    expect(run.stderr).toContain(`\njejak ${command} `);
    const id = jejak(args, { env: { LANG: 'id_ID.UTF-8' } });
    expect(id.stderr.split('\n')[0]).toBe(`jejak: "jejak ${command}" memerlukan nama berkas: lihat "jejak help ${command}".`);
  });

  it('info takes one file only', () => {
    const run = jejak(['info', 'a.cjm', 'b.cjm']);
    expect(run.status).toBe(EXIT.usage);
    expect(run.stderr).toMatch(/^jejak: wrong usage: b\.cjm/);
  });

  it('repair with both --out and --in-place, or neither, writes nothing', () => {
    const file = ws.copy('repairable.cjm');
    const before = ws.sha('repairable.cjm');
    for (const args of [['--out', ws.path('out.cjm'), '--in-place'], []]) {
      const run = jejak(['repair', file, ...args]);
      expect(run.status).toBe(EXIT.usage);
      expect(run.stdout).toBe('');
      expect(run.stderr.split('\n')[0]).toBe('jejak: use either --out or --in-place, not both (one of them is needed).');
      expect(run.stderr).toContain('jejak repair FILE (--out OUT | --in-place) [--force]');
    }
    const id = jejak(['repair', file, '--out', ws.path('out.cjm'), '--in-place', '--lang', 'id']);
    expect(id.stderr.split('\n')[0]).toBe('jejak: pilih salah satu: --out atau --in-place (harus ada satu, tetapi tidak boleh keduanya).');
    expect(ws.files()).toEqual(['repairable.cjm']);
    expect(ws.sha('repairable.cjm')).toBe(before);
  });

  it('new with a bad --type lists the types and writes nothing', () => {
    const args = ['new', '--type', 'bogus', '--locale', 'en', '--out', ws.path('x.cjm')];
    const run = jejak(args);
    expect(run.status).toBe(EXIT.usage);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(
      'jejak: --type cannot be "bogus"; use one of: current-state, future-state, day-in-the-life, service-blueprint.',
    );
    expect(run.stderr).toContain('jejak new (--type TYPE | --template JOURNEY) --locale en|id [--title TITLE] --out FILE [--force]');
    expect(jejak([...args, '--lang', 'id']).stderr.split('\n')[0]).toBe(
      'jejak: --type tidak menerima nilai "bogus"; pakai salah satu dari: current-state, future-state, day-in-the-life, service-blueprint.',
    );
    expect(ws.files()).toEqual([]);
  });

  it.each([
    [['--type', 'current-state', '--out', 'x.cjm'], 'jejak: --locale cannot be ""; use one of: en, id.'],
    [['--type', 'current-state', '--locale', 'fr', '--out', 'x.cjm'], 'jejak: --locale cannot be "fr"; use one of: en, id.'],
    [['--type', 'current-state', '--locale', 'en'], 'jejak: "jejak new" needs a file: see "jejak help new".'],
    [['--type', 'current-state', '--locale', 'en', '--title', '   ', '--out', 'x.cjm'], 'jejak: --title must be 1 to 200 characters long, not counting spaces at either end.'],
    [['--type', 'current-state', '--locale', 'en', '--title', 'x'.repeat(201), '--out', 'x.cjm'], 'jejak: --title must be 1 to 200 characters long, not counting spaces at either end.'],
    [['--type', 'current-state', '--locale', 'en', '--out', 'x.cjm', 'extra'], 'jejak: wrong usage: extra'],
  ])('new %j is wrong usage', (args, message) => {
    const run = jejak(['new', ...args], { cwd: ws.dir });
    expect(run.status).toBe(EXIT.usage);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(message);
    expect(ws.files()).toEqual([]);
  });

  it('a --lang other than en or id', () => {
    const run = jejak(['validate', 'a.cjm', '--lang', 'fr']);
    expect(run.status).toBe(EXIT.usage);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe('jejak: --lang cannot be "fr"; use one of: en, id.');
  });

  it('--json does not turn a usage error into output on stdout', () => {
    const run = jejak(['frobnicate', '--json']);
    expect(run.status).toBe(EXIT.usage);
    expect(run.stdout).toBe('');
  });
});
