// jejak export --page a3 --pages-wide N --pages-tall M: the same choices as
// the export dialog. The five-stage map of issue 13 at full size prints three
// sheets (the blank one left out, the guide says which); fitted to two wide
// and one tall, two. A count that cannot be printed, or one given for pages
// that are not tiled, is wrong usage that says what to write instead.
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCjm } from '../../../../shared/format/writer';
import { fiveStageMap } from '../../../support/fiveStageMap';
import { EXIT, jejak, workspace, type Workspace } from './support/jejak';

let ws: Workspace;
beforeEach(() => {
  ws = workspace();
  ws.write('savings.cjm', writeCjm(fiveStageMap()));
});
afterEach(() => {
  expect(ws.temporaries()).toEqual([]);
  ws.remove();
});

const run = (args: string[]) => jejak(['export', 'savings.cjm', ...args], { cwd: ws.dir });
const pages = (name: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [ws.path(name)], { encoding: 'utf8' }))![1]);
const guide = (name: string) => execFileSync('pdftotext', ['-f', '1', '-l', '1', ws.path(name), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('jejak export --pages-wide / --pages-tall', () => {
  it('prints the sheets with something on them at full size, and fewer fitted to two wide and one tall', () => {
    expect(run(['--format', 'pdf', '--page', 'a3', '--out', 'full.pdf']).status).toBe(EXIT.ok);
    expect(pages('full.pdf')).toBe(4);
    expect(guide('full.pdf')).toContain('Not printed, nothing is drawn there: B2.');

    const fitted = run(['--format', 'pdf', '--page', 'a3', '--pages-wide', '2', '--pages-tall', '1', '--out', 'fitted.pdf']);
    expect(fitted.stderr).toBe('');
    expect(fitted.status).toBe(EXIT.ok);
    expect(pages('fitted.pdf')).toBe(3);
    expect(guide('fitted.pdf')).toMatch(/How the 2 sheets fit together \(2 across, 1 down\) The map is printed at \d+% of full size\./);

    // One count alone: fitted to one sheet tall, the width follows.
    expect(run(['--format', 'pdf', '--page', 'a3', '--pages-tall', '1', '--out', 'tall.pdf']).status).toBe(EXIT.ok);
    expect(pages('tall.pdf')).toBe(3);
  });

  it.each([
    [['--pages-wide', '0'], '--pages-wide must be a whole number of sheets from 1 to 20, not "0".'],
    [['--pages-wide', '1.5'], '--pages-wide must be a whole number of sheets from 1 to 20, not "1.5".'],
    [['--pages-tall', 'two'], '--pages-tall must be a whole number of sheets from 1 to 20, not "two".'],
    [['--pages-tall', '21'], '--pages-tall must be a whole number of sheets from 1 to 20, not "21".'],
  ])('refuses %j and says what it must be', (flags, message) => {
    const result = run(['--format', 'pdf', '--page', 'a3', ...flags, '--out', 'x.pdf']);
    expect(result.status).toBe(EXIT.usage);
    expect(result.stderr).toContain(message);
    expect(ws.files()).toEqual(['savings.cjm']);
  });

  it('refuses a count for pages that are not tiled, in both languages', () => {
    for (const args of [['--format', 'pdf'], ['--format', 'pdf', '--page', 'fit'], ['--format', 'pdf', '--page', 'a3', '--handout'], ['--format', 'png']]) {
      const result = run([...args, '--pages-wide', '2', '--out', 'x.out']);
      expect(result.status).toBe(EXIT.usage);
      expect(result.stderr).toContain('--pages-wide is for tiled pages: add --format pdf --page a4, a3 or letter.');
    }
    const id = run(['--format', 'pdf', '--pages-tall', '1', '--out', 'x.pdf', '--lang', 'id']);
    expect(id.stderr).toContain('--pages-tall hanya untuk halaman terpotong: tambahkan --format pdf --page a4, a3 atau letter.');
    expect(ws.files()).toEqual(['savings.cjm']);
  });

  it('jejak help export names both flags', () => {
    const help = jejak(['help', 'export']).stdout;
    expect(help).toContain('--pages-wide N');
    expect(help).toContain('--pages-tall M');
    expect(jejak(['help', 'export', '--lang', 'id']).stdout).toContain('--pages-wide N');
  });
});
