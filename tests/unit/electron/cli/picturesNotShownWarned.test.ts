// A map whose stored pictures Jejak will not decode (tests/fixtures/cli/
// big-pictures.cjm: a 16000 × 16000 PNG, a 40000 × 100 sliver and a PNG
// whose header is gone, each its header and a few bytes only) is still a
// valid map: jejak validate and jejak info say which pictures the board and
// exports show as grey cards and why, in English and Indonesian and in
// --json, read from the headers alone, and exit as for any valid map.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, jejak, lines, workspace, type Workspace } from './support/jejak';

let ws: Workspace;
beforeEach(() => {
  ws = workspace();
  ws.copy('big-pictures.cjm');
});
afterEach(() => ws.remove());

const WARNINGS_EN = [
  'assets["as-rina"] ("rina.png"): the picture\'s header cannot be read (the file may be damaged); the board and every export show a grey card in its place. Replace it with another picture.',
  'assets["as-strip"]: the picture is 40,000 × 100 px, more than Jejak shows (at most 100 megapixels and 32,767 px on a side); the board and every export show a grey card in its place. Replace it with a smaller picture.',
  'assets["as-wall"] ("wall.png"): the picture is 16,000 × 16,000 px, more than Jejak shows (at most 100 megapixels and 32,767 px on a side); the board and every export show a grey card in its place. Replace it with a smaller picture.',
];

const WARNINGS_ID = [
  'assets["as-rina"] ("rina.png"): kepala berkas gambar ini tidak bisa dibaca (berkasnya mungkin rusak); papan dan setiap ekspor menampilkan kartu abu-abu sebagai gantinya. Ganti dengan gambar lain.',
  'assets["as-strip"]: gambar ini berukuran 40.000 × 100 piksel, lebih besar dari yang bisa ditampilkan Jejak (paling besar 100 megapiksel dan 32.767 piksel per sisi); papan dan setiap ekspor menampilkan kartu abu-abu sebagai gantinya. Ganti dengan gambar yang lebih kecil.',
  'assets["as-wall"] ("wall.png"): gambar ini berukuran 16.000 × 16.000 piksel, lebih besar dari yang bisa ditampilkan Jejak (paling besar 100 megapiksel dan 32.767 piksel per sisi); papan dan setiap ekspor menampilkan kartu abu-abu sebagai gantinya. Ganti dengan gambar yang lebih kecil.',
];

function run(args: string[]) {
  const before = ws.snapshot();
  const result = jejak(args, { cwd: ws.dir });
  expect(ws.snapshot()).toEqual(before);
  return result;
}

describe('pictures Jejak will not decode', () => {
  it('jejak validate: valid, exit 0, each picture warned of after the verdict (English and Indonesian)', () => {
    const en = run(['validate', 'big-pictures.cjm']);
    expect(en.status).toBe(EXIT.ok);
    expect(lines(en.stderr)).toEqual(['big-pictures.cjm: valid', ...WARNINGS_EN, '1 file checked: 1 valid, 0 repairable, 0 cannot be opened']);
    const id = run(['validate', '--lang', 'id', 'big-pictures.cjm']);
    expect(id.status).toBe(EXIT.ok);
    expect(lines(id.stderr)).toEqual(['big-pictures.cjm: valid', ...WARNINGS_ID, '1 berkas diperiksa: 1 valid, 0 bisa diperbaiki, 0 tidak bisa dibuka']);
  });

  it('jejak validate --json: the pictures with their reason and size, beside the problems', () => {
    const result = run(['validate', '--json', 'big-pictures.cjm']);
    expect(result.status).toBe(EXIT.ok);
    expect(result.json()).toEqual({
      files: [
        {
          file: 'big-pictures.cjm',
          status: 'valid',
          problems: [],
          pictures: [
            { path: 'assets["as-rina"]', asset: 'as-rina', reason: 'unreadable', message: WARNINGS_EN[0] },
            { path: 'assets["as-strip"]', asset: 'as-strip', reason: 'too-large', width: 40000, height: 100, message: WARNINGS_EN[1] },
            { path: 'assets["as-wall"]', asset: 'as-wall', reason: 'too-large', width: 16000, height: 16000, message: WARNINGS_EN[2] },
          ],
        },
      ],
      summary: { files: 1, valid: 1, repairable: 0, fatal: 0 },
    });
  });

  it('jejak info: the summary on stdout, the pictures on stderr, exit 0; --json lists them', () => {
    const result = run(['info', 'big-pictures.cjm']);
    expect(result.status).toBe(EXIT.ok);
    expect(lines(result.stdout)[0]).toBe('Title: Pictures from the shared drive');
    expect(lines(result.stderr)).toEqual(['', ...WARNINGS_EN]);
    const json = run(['info', '--json', '--lang', 'id', 'big-pictures.cjm']);
    expect(json.status).toBe(EXIT.ok);
    const pictures = (json.json() as { pictures: { asset: string; message: string }[] }).pictures;
    expect(pictures.map((p) => [p.asset, p.message])).toEqual([
      ['as-rina', WARNINGS_ID[0]],
      ['as-strip', WARNINGS_ID[1]],
      ['as-wall', WARNINGS_ID[2]],
    ]);
  });

  it('a map whose pictures are fine says nothing of them', () => {
    ws.copy('small.cjm');
    expect(lines(run(['validate', 'small.cjm']).stderr)).toEqual(['small.cjm: valid', '1 file checked: 1 valid, 0 repairable, 0 cannot be opened']);
    expect((run(['info', '--json', 'small.cjm']).json() as { pictures: unknown[] }).pictures).toEqual([]);
  });
});
