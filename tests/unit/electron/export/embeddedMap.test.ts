// Reading the map back out of a picture: the bytes come from whatever file a
// user drops on the window, so every malformed or hostile input must be "no
// map" (null), quickly and without an exception: other files, truncations,
// lying chunk lengths, damaged checksums, decompression bombs, bad base64.
import { deflateSync, crc32 } from 'node:zlib';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../shared/format/schema';
import { prepareExport } from '../../../../shared/export/sceneForExport';
import { writeCjm } from '../../../../shared/format/writer';
import { embeddedMapOf, PNG_MAP_KEYWORD, SVG_MAP_NAMESPACE } from '../../../../electron/export/embeddedMap';
import { exportPng } from '../../../../electron/export/png';
import { exportSvg } from '../../../../electron/export/svg';
import { seededRandom } from '../../../support/random';
import { readMap, sample } from './pictureMaps';

const prepared = prepareExport(sample('b2b-software-purchase.en.cjm'), false);
const cjm = new TextEncoder().encode(writeCjm(prepared.map));
let png: Uint8Array;
let svg: Uint8Array;

beforeAll(async () => {
  png = await exportPng(prepared, { scale: 1, background: 'white', embedMap: true });
  svg = new TextEncoder().encode(await exportSvg(prepared, { embedMap: true }));
});

function chunk(type: string, data: Uint8Array, crc?: number): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc ?? crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, tail]);
}

/** A small valid PNG with the given chunks between its header and its image. */
function pngWith(...chunks: Buffer[]): Uint8Array {
  const plain = PNG.sync.write(new PNG({ width: 2, height: 2 }));
  const afterHeader = 8 + 25;
  return Buffer.concat([plain.subarray(0, afterHeader), ...chunks, plain.subarray(afterHeader)]);
}

function iTxt(keyword: string, text: Uint8Array, compressed = true): Buffer {
  return Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, compressed ? 1 : 0, 0, 0, 0]), compressed ? deflateSync(text) : Buffer.from(text)]);
}

describe('the map inside a Jejak picture', () => {
  it('is found in a Jejak PNG and SVG, and is the map as exported', () => {
    expect(Buffer.from(embeddedMapOf(png)!)).toEqual(Buffer.from(cjm));
    expect(Buffer.from(embeddedMapOf(svg)!)).toEqual(Buffer.from(cjm));
    expect(readMap(embeddedMapOf(png)!)).toEqual(prepared.map);
  });

  it('is found whatever prefix a tool that re-saved the SVG gave the namespace, and across line breaks', () => {
    const base64 = Buffer.from(cjm).toString('base64');
    const wrapped = base64.replace(/.{1,76}/g, '$&\n');
    const other = `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><metadata><ns0:map xmlns:ns0='${SVG_MAP_NAMESPACE}'>\n${wrapped}</ns0:map></metadata></svg>`;
    expect(Buffer.from(embeddedMapOf(Buffer.from(other))!)).toEqual(Buffer.from(cjm));
  });

  it('accepts an uncompressed iTXt chunk too', () => {
    expect(Buffer.from(embeddedMapOf(pngWith(chunk('iTXt', iTxt(PNG_MAP_KEYWORD, cjm, false))))!)).toEqual(Buffer.from(cjm));
  });

  it('is null for any other file', () => {
    const others: Uint8Array[] = [
      new Uint8Array(0),
      Buffer.from('hello'),
      cjm,
      PNG.sync.write(new PNG({ width: 3, height: 3 })),
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><metadata>nothing</metadata></svg>'),
      Buffer.from(`<html><body><p xmlns:j="${SVG_MAP_NAMESPACE}"><j:map>${Buffer.from(cjm).toString('base64')}</j:map></p></body></html>`),
      // Some other program's text chunk, and ours under another keyword.
      pngWith(chunk('iTXt', iTxt('Comment', cjm))),
      pngWith(chunk('tEXt', Buffer.from(`${PNG_MAP_KEYWORD}\0${writeCjm(prepared.map)}`))),
      pngWith(chunk('iTXt', iTxt('jejak-map2', cjm))),
    ];
    for (const bytes of others) expect(embeddedMapOf(bytes)).toBeNull();
  });

  it('is null for a truncated or damaged Jejak PNG, never an exception', () => {
    const at = Buffer.from(png).indexOf('iTXt');
    // Cut anywhere up to the end of our chunk: no map. (Cut after it, the map is whole and still found.)
    const chunkEnd = at + 4 + Buffer.from(png).readUInt32BE(at - 4) + 4;
    for (let cut = 0; cut < chunkEnd; cut += 97) expect(embeddedMapOf(png.subarray(0, cut)), `cut at ${cut}`).toBeNull();
    expect(embeddedMapOf(png.subarray(0, chunkEnd))).not.toBeNull();
    // A flipped byte in the chunk's data fails its checksum.
    const flipped = Uint8Array.from(png);
    flipped[at + 40] = flipped[at + 40]! ^ 0xff;
    expect(embeddedMapOf(flipped)).toBeNull();
    // Lying lengths: past the end of the file, and over PNG's own limit.
    for (const length of [0xffffffff, 0x80000000, png.length]) {
      const lying = Uint8Array.from(png);
      new DataView(lying.buffer).setUint32(at - 4, length);
      expect(embeddedMapOf(lying)).toBeNull();
    }
    // A chunk before ours lying about its length.
    const header = Uint8Array.from(png);
    new DataView(header.buffer).setUint32(8, 0x7ffffff0);
    expect(embeddedMapOf(header)).toBeNull();
  });

  it('is null for a chunk that would inflate past the file limit (a decompression bomb), or is not deflate at all', () => {
    const bomb = Buffer.concat([Buffer.from(PNG_MAP_KEYWORD, 'latin1'), Buffer.from([0, 1, 0, 0, 0]), deflateSync(Buffer.alloc(LIMITS.maxFileBytes + 1024), { level: 9 })]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(embeddedMapOf(pngWith(chunk('iTXt', bomb)))).toBeNull();
    const garbage = Buffer.concat([Buffer.from(PNG_MAP_KEYWORD, 'latin1'), Buffer.from([0, 1, 0, 0, 0]), Buffer.from('not deflate at all')]);
    expect(embeddedMapOf(pngWith(chunk('iTXt', garbage)))).toBeNull();
    const method = Buffer.concat([Buffer.from(PNG_MAP_KEYWORD, 'latin1'), Buffer.from([0, 1, 7, 0, 0]), deflateSync(cjm)]);
    expect(embeddedMapOf(pngWith(chunk('iTXt', method)))).toBeNull();
    const noTerminators = Buffer.concat([Buffer.from(PNG_MAP_KEYWORD, 'latin1'), Buffer.from([0, 1, 0])]);
    expect(embeddedMapOf(pngWith(chunk('iTXt', noTerminators)))).toBeNull();
  }, 30_000);

  it('is null for bad base64 in an SVG', () => {
    const text = new TextDecoder().decode(svg);
    for (const broken of [text.replace(/(encoding="base64">)[A-Za-z0-9+/]{3}/, '$1***'), text.replace(/(encoding="base64">)[A-Za-z0-9+/]/, '$1'), text.replace(/(encoding="base64">)[^<]*/, '$1')]) {
      expect(embeddedMapOf(Buffer.from(broken))).toBeNull();
    }
    // Cut inside the map: no closing tag, no map.
    expect(embeddedMapOf(svg.subarray(0, Buffer.from(svg).indexOf('</jejak:map>') - 10))).toBeNull();
  });

  it('never throws on random damage to a Jejak PNG or SVG', () => {
    const random = seededRandom(7);
    for (const original of [png, svg]) {
      for (let round = 0; round < 300; round++) {
        const bytes = Uint8Array.from(original.subarray(0, Math.floor(random() * original.length) + 1));
        for (let k = 0; k < 1 + Math.floor(random() * 8); k++) bytes[Math.floor(random() * bytes.length)] = Math.floor(random() * 256);
        const found = embeddedMapOf(bytes);
        expect(found === null || found instanceof Uint8Array).toBe(true);
      }
    }
  });
});
