// Fatal problems that stop a file before it is read as a map: not JSON, not
// UTF-8, not an object, not a .cjm file, a version this reader does not know.
// Each is reported once, where it is, and nothing is opened.
import { describe, expect, it } from 'vitest';
import { readCjm } from '../../../../shared/format';
import { expectRefused, fixtureBytes, fixtureText, lines, minimalMap, readFixture, refusalOf, text } from './helpers';

/** "line L, column C" of a UTF-16 offset, counted as docs/format.md's example does: from 1, in characters. */
function where(source: string, offset: number): string {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  return `line ${line}, column ${column}`;
}

describe('a file that is not valid JSON says where and why', () => {
  it('reproduces docs/format.md’s example line exactly', () => {
    const problems = expectRefused(readFixture('fatal/json-unexpected-token.cjm'));
    expect(lines(problems)).toEqual(['line 3, column 17: the file is not valid JSON (unexpected "}")']);
    expect(lines(problems, 'id')).toEqual(['baris 3, kolom 17: berkas ini bukan JSON yang valid (ada "}" yang tidak pada tempatnya)']);
    expect(problems[0]).toMatchObject({ severity: 'fatal', code: 'json-syntax', path: '', line: 3, column: 17 });
  });

  it.each([
    ['json-truncated.cjm', 'line 9, column 19', 'it ends too soon; part of the file may be missing', (s: string) => s.length],
    ['json-bad-escape.cjm', 'line 5, column 36', 'a backslash starts an escape JSON does not know', (s: string) => s.indexOf('\\q')],
    [
      'json-control-char.cjm',
      'line 22, column 79',
      'a line break or control character inside a text; write it as \\n',
      (s: string) => s.indexOf('Fills in\n') + 'Fills in'.length,
    ],
    ['json-trailing-content.cjm', 'line 26, column 1', 'there is more after the end of the map', (s: string) => s.lastIndexOf('{}')],
    ['json-bad-number.cjm', 'line 23, column 105', 'a number is written wrongly', (s: string) => s.indexOf('-one')],
    ['json-single-quotes.cjm', 'line 1, column 2', 'unexpected "\'"', () => 1],
    ['json-empty.cjm', 'line 1, column 1', 'the file is empty', () => 0],
    ['json-whitespace-only.cjm', 'line 3, column 1', 'the file is empty', (s: string) => s.length],
  ] as const)('%s: %s (%s)', (name, at, why, offset) => {
    const source = fixtureText(`fatal/${name}`);
    expect(where(source, offset(source))).toBe(at);
    expect(refusalOf(fixtureBytes(`fatal/${name}`))).toEqual([`${at}: the file is not valid JSON (${why})`]);
  });

  it('counts columns in characters, so an emoji before the error counts once', () => {
    expect(refusalOf('{"title": "😩", x}')).toEqual(['line 1, column 16: the file is not valid JSON (unexpected "x")']);
  });

  it('counts CRLF line ends as one line each', () => {
    expect(refusalOf('{\r\n"a": 1,\r\n}')).toEqual(['line 3, column 1: the file is not valid JSON (unexpected "}")']);
  });

  it('names a character JSON does not expect, such as a comment or a missing comma', () => {
    expect(refusalOf('{"format": "cjm" // the format\n}')).toEqual(['line 1, column 18: the file is not valid JSON (unexpected "/")']);
    expect(refusalOf('{"format": "cjm"\n "version": 1}')).toEqual(['line 2, column 2: the file is not valid JSON (unexpected "\\"")']);
    expect(refusalOf('{"votes": NaN}')).toEqual(['line 1, column 11: the file is not valid JSON (unexpected "N")']);
  });
});

describe('a file that is not UTF-8 text', () => {
  it('says which byte cannot be read, counting from 1 like lines and columns', () => {
    const bytes = fixtureBytes('fatal/not-utf8.cjm');
    const bad = bytes.indexOf(0xe9);
    expect(bad).toBe(109);
    const problems = expectRefused(readCjm(bytes));
    expect(problems).toMatchObject([{ code: 'not-utf8', offset: 109, path: '' }]);
    expect(lines(problems)).toEqual([
      'the file is not UTF-8 text (byte 110 cannot be read); check that it is a .cjm map, or save it again as UTF-8',
    ]);
    expect(lines(problems, 'id')).toEqual([
      'berkas ini bukan teks UTF-8 (byte ke-110 tidak terbaca); pastikan ini memang peta .cjm, atau simpan ulang sebagai UTF-8',
    ]);
  });

  it.each([
    ['UTF-16 with its byte-order mark', [0xff, 0xfe, 0x7b, 0x00], 1],
    ['an overlong encoding of "{"', [0xc1, 0xbb], 1],
    ['an encoded surrogate', [0x7b, 0xed, 0xa0, 0x80, 0x7d], 2],
    ['a sequence cut short at the end', [0x7b, 0xe2, 0x82], 2],
    ['a UTF-8 byte-order mark then a stray continuation byte', [0xef, 0xbb, 0xbf, 0x80], 4],
  ])('%s', (_label, bytes, byte) => {
    expect(refusalOf(new Uint8Array(bytes))).toEqual([
      `the file is not UTF-8 text (byte ${byte} cannot be read); check that it is a .cjm map, or save it again as UTF-8`,
    ]);
  });
});

describe('a file that is JSON but not a journey map', () => {
  it('is refused when the top is not an object', () => {
    expect(lines(expectRefused(readFixture('fatal/not-an-object.cjm')))).toEqual([
      'expected a journey map (a JSON object { … }), found a list of 1 item',
    ]);
    expect(refusalOf('"cjm"')).toEqual(['expected a journey map (a JSON object { … }), found "cjm"']);
    expect(refusalOf('42')).toEqual(['expected a journey map (a JSON object { … }), found 42']);
    expect(refusalOf('null')).toEqual(['expected a journey map (a JSON object { … }), found null']);
    expect(refusalOf('[]')).toEqual(['expected a journey map (a JSON object { … }), found an empty list']);
  });

  it('is refused, and nothing else is said, when "format" is not "cjm"', () => {
    expect(lines(expectRefused(readFixture('fatal/wrong-format.cjm')))).toEqual([
      'format: expected "cjm", found "xmind": this is not a Jejak journey map',
    ]);
    expect(lines(expectRefused(readFixture('fatal/format-missing.cjm')))).toEqual([
      'format: expected "cjm", found nothing (the key is missing): this is not a Jejak journey map',
    ]);
    expect(refusalOf('{"format": "CJM"}')).toEqual(['format: expected "cjm", found "CJM": this is not a Jejak journey map']);
    expect(refusalOf('{"format": ["cjm"]}')).toEqual(['format: expected "cjm", found a list of 1 item: this is not a Jejak journey map']);
  });
});

describe('the version', () => {
  it('a higher version is named with the supported one, and nothing else is reported', () => {
    const problems = expectRefused(readFixture('fatal/newer-version.cjm'));
    expect(problems).toMatchObject([{ code: 'newer-version', found: 2, supported: 1, path: 'version' }]);
    expect(lines(problems)).toEqual([
      'version: this map is format version 2, made by a newer Jejak; this Jejak reads version 1. Update Jejak to open it; the file was left as it is',
    ]);
    expect(lines(problems, 'id')).toEqual([
      'version: peta ini dibuat dengan Jejak yang lebih baru (format versi 2), sedangkan Jejak yang Anda pakai hanya bisa membaca versi 1. Perbarui Jejak untuk membukanya; berkas ini tidak diubah',
    ]);
  });

  it('a far higher version is named as it is', () => {
    const map = minimalMap();
    map.version = 17;
    expect(refusalOf(text(map))).toEqual([
      'version: this map is format version 17, made by a newer Jejak; this Jejak reads version 1. Update Jejak to open it; the file was left as it is',
    ]);
  });

  it.each([
    ['version-0.cjm', '0'],
    ['version-string.cjm', '"1"'],
    ['version-fraction.cjm', '1.5'],
  ])('%s is not a version: expected the integer 1, found %s', (name, found) => {
    expect(lines(expectRefused(readFixture(`fatal/${name}`)))).toEqual([`version: expected the integer 1, found ${found}`]);
  });

  it('a negative or missing version is not a version either', () => {
    const map = minimalMap();
    map.version = -1;
    expect(refusalOf(text(map))).toEqual(['version: expected the integer 1, found -1']);
    delete map.version;
    expect(refusalOf(text(map))).toEqual(['version: expected the integer 1, found nothing (the key is missing)']);
  });
});
