// jejak export --no-authors: the sheet, the report and the map an SVG carries
// name no one who wrote a note; without it the names are there. The map file
// itself is left as it was. jejak help export names the flag in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { embeddedMapOf } from '../../../../electron/export/embeddedMap';
import { readCjm } from '../../../../shared/format';
import { EXIT, jejak, workspace, type Workspace } from './support/jejak';

let ws: Workspace;
beforeEach(() => {
  ws = workspace();
  ws.write('room.cjm', readFileSync(join(import.meta.dirname, '../../../fixtures/format/valid/authors.cjm')));
});
afterEach(() => {
  expect(ws.temporaries()).toEqual([]);
  ws.remove();
});

const run = (args: string[]) => jejak(['export', 'room.cjm', ...args], { cwd: ws.dir });
const text = (name: string) => ws.bytes(name).toString('utf8');

describe('jejak export --no-authors', () => {
  it('CSV: the Author column and its names without the flag, neither with it', () => {
    expect(run(['--format', 'csv', '--out', 'named.csv']).status).toBe(EXIT.ok);
    expect(text('named.csv').split('\r\n')[0]).toMatch(/,Penulis$/);
    expect(text('named.csv')).toContain('Dewi Lestari');
    const result = run(['--format', 'csv', '--out', 'anonymous.csv', '--no-authors']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(EXIT.ok);
    expect(text('anonymous.csv')).not.toContain('Penulis');
    expect(text('anonymous.csv')).not.toContain('Dewi');
    expect(text('anonymous.csv')).not.toContain('José');
    expect(text('anonymous.csv')).toContain('Ongkir baru muncul saat bayar');
  });

  it('the Markdown report and the map inside an SVG name no one; the map file keeps its authors', () => {
    const before = ws.sha('room.cjm');
    expect(run(['--format', 'md', '--out', 'room.md', '--no-authors']).status).toBe(EXIT.ok);
    expect(run(['--format', 'md', '--out', 'named.md']).status).toBe(EXIT.ok);
    expect(text('named.md')).toContain('Ditulis oleh Dewi Lestari');
    expect(text('room.md')).not.toContain('Dewi');
    expect(run(['--format', 'svg', '--out', 'room.svg', '--no-authors']).status).toBe(EXIT.ok);
    expect(text('room.svg')).not.toContain('Dewi');
    const carried = readCjm(embeddedMapOf(ws.bytes('room.svg'))!);
    if (!carried.ok) throw new Error('the SVG carries no map');
    expect(carried.map.notes.map((n) => [n.text, n.author])).toEqual([
      ['Ongkir baru muncul saat bayar', undefined],
      ['QRIS gagal sekali', undefined],
      ['Kode promo tidak terbaca', undefined],
    ]);
    expect(ws.sha('room.cjm')).toBe(before);
    const kept = readCjm(ws.bytes('room.cjm'));
    expect(kept.ok && kept.map.notes[0]!.author).toBe('Dewi Lestari');
  });

  it('jejak help export names the flag, in English and Indonesian', () => {
    expect(jejak(['help', 'export']).stdout).toContain('--no-authors            leave out who wrote each note');
    expect(jejak(['help', 'export', '--lang', 'id']).stdout).toContain('--no-authors            jangan sertakan nama penulis');
  });
});
