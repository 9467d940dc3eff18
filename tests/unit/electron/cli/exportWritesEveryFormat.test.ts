// jejak export FILE --format F --out OUT: every format from the real command,
// each opened by a real reader; an existing OUT (or a report's picture) is
// never replaced without --force and nothing is half written; the words the
// export adds follow --lang, else the map's language; bad choices are usage
// errors that name the option.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, jejak, workspace, type Workspace } from './support/jejak';

let ws: Workspace;
beforeEach(() => {
  ws = workspace();
  ws.copy('samples/hotel-check-in.id.cjm', 'hotel.cjm');
  ws.copy('samples/b2b-software-purchase.en.cjm', 'b2b.cjm');
});
afterEach(() => {
  expect(ws.temporaries()).toEqual([]);
  ws.remove();
});

const run = (args: string[], env?: Record<string, string>) => jejak(['export', ...args], { cwd: ws.dir, env });
const pdfText = (name: string) => execFileSync('pdftotext', ['-layout', ws.path(name), '-'], { encoding: 'utf8' });

describe('jejak export', () => {
  it('writes an SVG and a PNG that carry the map, a PDF, sheets and both reports', () => {
    for (const format of ['svg', 'png', 'pdf', 'csv', 'xlsx', 'html', 'md']) {
      const result = run(['hotel.cjm', '--format', format, '--out', `hotel.${format}`]);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(EXIT.ok);
    }
    expect(ws.files().sort()).toEqual(['b2b.cjm', 'hotel-map.png', 'hotel.cjm', 'hotel.csv', 'hotel.html', 'hotel.md', 'hotel.pdf', 'hotel.png', 'hotel.svg', 'hotel.xlsx']);
    const png = PNG.sync.read(ws.bytes('hotel.png'));
    expect(png.width).toBeGreaterThan(1000);
    expect(ws.bytes('hotel.svg').toString('utf8')).toContain('Lobi &amp; check-in');
    expect(pdfText('hotel.pdf')).toContain('Lobi & check-in');
    expect(ws.bytes('hotel.csv').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(ws.bytes('hotel.xlsx').subarray(0, 2).toString('latin1')).toBe('PK');
    expect(ws.bytes('hotel.md').toString('utf8')).toContain('](hotel-map.png)');
    expect(PNG.sync.read(ws.bytes('hotel-map.png')).width).toBeGreaterThan(100);
  });

  it('tiles a PDF on the paper asked for, each page labelled', () => {
    expect(run(['b2b.cjm', '--format', 'pdf', '--page', 'a3', '--orientation', 'portrait', '--out', 'wall.pdf']).status).toBe(EXIT.ok);
    const info = execFileSync('pdfinfo', [ws.path('wall.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.89 x 1190\.55 pts \(A3\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(2);
    expect(pdfText('wall.pdf')).toContain('A1');
  });

  it('puts the export words in the map\'s language, or in --lang', () => {
    expect(run(['hotel.cjm', '--format', 'pdf', '--handout', '--out', 'id.pdf']).status).toBe(EXIT.ok);
    expect(pdfText('id.pdf')).toMatch(/Diekspor/);
    expect(run(['hotel.cjm', '--format', 'pdf', '--handout', '--lang', 'en', '--out', 'en.pdf']).status).toBe(EXIT.ok);
    expect(pdfText('en.pdf')).toMatch(/Exported/);
  });

  it('leaves face-down notes out unless --include-hidden', () => {
    const map = JSON.parse(ws.bytes('b2b.cjm').toString('utf8')) as { notes: { text: string; hidden?: boolean }[] };
    map.notes[0]!.text = 'PRIVATE-NOTE-TEXT';
    map.notes[0]!.hidden = true;
    ws.write('secret.cjm', JSON.stringify(map, null, 2));
    expect(run(['secret.cjm', '--format', 'csv', '--out', 'out.csv']).status).toBe(EXIT.ok);
    expect(ws.bytes('out.csv').toString('utf8')).not.toContain('PRIVATE-NOTE-TEXT');
    expect(run(['secret.cjm', '--format', 'csv', '--include-hidden', '--out', 'all.csv']).status).toBe(EXIT.ok);
    expect(ws.bytes('all.csv').toString('utf8')).toContain('PRIVATE-NOTE-TEXT');
  });

  it('refuses to replace a file, or a report\'s picture, without --force, and writes nothing then', () => {
    ws.write('taken.pdf', 'mine');
    const refused = run(['hotel.cjm', '--format', 'pdf', '--out', 'taken.pdf']);
    expect(refused.status).toBe(EXIT.fatal);
    expect(refused.stderr).toContain('already exists');
    expect(readFileSync(ws.path('taken.pdf'), 'utf8')).toBe('mine');
    ws.write('report-map.png', 'mine too');
    expect(run(['hotel.cjm', '--format', 'md', '--out', 'report.md']).status).toBe(EXIT.fatal);
    expect(ws.files()).not.toContain('report.md');
    expect(run(['hotel.cjm', '--format', 'pdf', '--out', 'taken.pdf', '--force']).status).toBe(EXIT.ok);
    expect(ws.bytes('taken.pdf').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('names a wrong choice and what it may be, in both languages', () => {
    const wrong = run(['hotel.cjm', '--format', 'docx', '--out', 'x.docx']);
    expect(wrong.status).toBe(EXIT.usage);
    expect(wrong.stderr).toContain('--format cannot be "docx"; use one of: svg, png, pdf, csv, xlsx, html, md.');
    const scale = run(['hotel.cjm', '--format', 'png', '--scale', '9', '--out', 'x.png', '--lang', 'id']);
    expect(scale.status).toBe(EXIT.usage);
    expect(scale.stderr).toContain('--scale harus angka dari 1 sampai 4, bukan "9".');
    expect(ws.files().sort()).toEqual(['b2b.cjm', 'hotel.cjm']);
  });

  it('prints what it wrote as JSON with --json', () => {
    const result = run(['hotel.cjm', '--format', 'md', '--out', 'r.md', '--json']);
    expect(result.status).toBe(EXIT.ok);
    expect(result.json()).toMatchObject({ format: 'md', written: ['r.md', 'r-map.png'], scaledTo: null });
  });
});
