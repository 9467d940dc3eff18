// Pictures on notes and persona photos: an asset is stored with the first
// reference to it and dropped with the last; its bytes must be the image
// type it claims (docs/format.md: PNG, JPEG or WebP, never SVG).
import { describe, expect, it } from 'vitest';
import { readCjm, writeCjm } from '../../../../shared/format';
import { ops } from '../../../../shared/ops';
import { addNotes, blankMap, expectRefused, historyOf, L, note, ok, S, TINY_PNG, TINY_PNG_BASE64 } from './fixtures';

function withNotes() {
  const h = historyOf();
  addNotes(h, L.touchpoints, S.awareness, ['n1', 'n2']);
  return h;
}
const assetIds = (h: ReturnType<typeof historyOf>) => Object.keys(h.current.assets ?? {});

describe('a picture on a note', () => {
  it('uses a real image: a 1×1 PNG, signature then IHDR', () => {
    const bytes = Buffer.from(TINY_PNG_BASE64, 'base64');
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1, 1]);
    expect(bytes.subarray(-8, -4).toString('latin1')).toBe('IEND');
  });

  it('stores a real PNG as a base64 asset and points the note at it; the file reads back the same', () => {
    const h = withNotes();
    ok(h, ops.setNoteImage, { id: 'n1', image: 'as-pixel', asset: TINY_PNG });
    expect(note(h.current, 'n1').image).toBe('as-pixel');
    expect(h.current.assets!['as-pixel']).toEqual({ mime: 'image/png', data: TINY_PNG_BASE64, name: 'pixel.png' });
    const text = writeCjm(h.current);
    expect(text).toContain(`"data": "${TINY_PNG_BASE64}"`);
    const read = readCjm(text);
    expect(read.ok && read.map.assets!['as-pixel']!.data).toBe(TINY_PNG_BASE64);
  });

  it('lets a second note use the same asset, and keeps it until neither does', () => {
    const h = withNotes();
    ok(h, ops.setNoteImage, { id: 'n1', image: 'as-pixel', asset: TINY_PNG });
    ok(h, ops.setNoteImage, { id: 'n2', image: 'as-pixel' });
    ok(h, ops.setNoteImage, { id: 'n1', image: null });
    expect(assetIds(h)).toEqual(['as-pixel']);
    ok(h, ops.setNoteImage, { id: 'n2', image: null });
    expect(h.current.assets).toBeUndefined();
    expect(writeCjm(h.current)).not.toContain('"assets"');
  });

  it('drops the old asset when a note’s picture is replaced', () => {
    const h = withNotes();
    ok(h, ops.setNoteImage, { id: 'n1', image: 'as-old', asset: TINY_PNG });
    ok(h, ops.setNoteImage, { id: 'n1', image: 'as-new', asset: { mime: 'image/png', data: TINY_PNG_BASE64 } });
    expect(assetIds(h)).toEqual(['as-new']);
  });

  it('drops the asset when the note that used it is deleted, or its stage or lane is', () => {
    for (const remove of [
      (h: ReturnType<typeof historyOf>) => ok(h, ops.deleteNotes, { ids: ['n1'] }),
      (h: ReturnType<typeof historyOf>) => ok(h, ops.deleteStage, { id: S.awareness }),
      (h: ReturnType<typeof historyOf>) => ok(h, ops.deleteLane, { id: L.touchpoints }),
    ]) {
      const h = withNotes();
      ok(h, ops.setNoteImage, { id: 'n1', image: 'as-pixel', asset: TINY_PNG });
      remove(h);
      expect(h.current.assets).toBeUndefined();
    }
  });

  it('keeps the asset for a duplicate, and for a persona photo that shares it', () => {
    const h = withNotes();
    ok(h, ops.setNoteImage, { id: 'n1', image: 'as-pixel', asset: TINY_PNG });
    ok(h, ops.duplicateNotes, { ids: ['n1'], newIds: ['n1-copy'] });
    ok(h, ops.addPersona, { id: 'ps-budi', name: 'Budi' });
    ok(h, ops.setPersonaPhoto, { id: 'ps-budi', photo: 'as-pixel' });
    ok(h, ops.deleteNotes, { ids: ['n1', 'n1-copy'] });
    expect(assetIds(h)).toEqual(['as-pixel']);
    ok(h, ops.deletePersona, { id: 'ps-budi' });
    expect(h.current.assets).toBeUndefined();
  });

  it('may be given when the note is added, if the map already has the asset', () => {
    const h = withNotes();
    ok(h, ops.setNoteImage, { id: 'n1', image: 'as-pixel', asset: TINY_PNG });
    ok(h, ops.addNote, { id: 'n3', lane: L.touchpoints, stage: S.awareness, fields: { image: 'as-pixel' } });
    expect(note(h.current, 'n3').image).toBe('as-pixel');
  });

  it('refuses an asset the map does not have, when set or when a note is added with it', () => {
    const h = withNotes();
    expectRefused(h, ops.setNoteImage, { id: 'n1', image: 'as-ghost' }, { code: 'not-found', collection: 'assets', id: 'as-ghost' });
    expectRefused(h, ops.addNote, { id: 'n3', lane: L.touchpoints, stage: S.awareness, fields: { image: 'as-ghost' } }, { code: 'not-found', collection: 'assets', id: 'as-ghost' });
  });

  it('refuses bytes that are not the type claimed, bad base64, SVG and a bad asset id', () => {
    const h = withNotes();
    expectRefused(h, ops.setNoteImage, { id: 'n1', image: 'as-x', asset: { mime: 'image/jpeg', data: TINY_PNG_BASE64 } }, { code: 'bad-asset', problem: { code: 'asset-wrong-bytes' } as never });
    expectRefused(h, ops.setNoteImage, { id: 'n1', image: 'as-x', asset: { mime: 'image/png', data: 'not base64!' } }, { code: 'invalid', field: 'data' });
    expectRefused(h, ops.setNoteImage, { id: 'n1', image: 'as-x', asset: { mime: 'image/svg+xml' as never, data: 'PHN2Zz48L3N2Zz4=' } }, { code: 'invalid', field: 'mime' });
    expectRefused(h, ops.setNoteImage, { id: 'n1', image: 'as x', asset: TINY_PNG }, { code: 'invalid', field: 'id' });
    expectRefused(h, ops.setNoteImage, { id: 'ghost', image: 'as-x', asset: TINY_PNG }, { code: 'not-found', collection: 'notes' });
  });

  it('refuses a picture on a note in a locked lane', () => {
    const h = withNotes();
    ok(h, ops.setLaneLocked, { id: L.touchpoints, locked: true });
    expectRefused(h, ops.setNoteImage, { id: 'n1', image: 'as-pixel', asset: TINY_PNG }, { code: 'lane-locked' });
  });

  it('treats an asset id such as __proto__ as a plain key', () => {
    const h = withNotes();
    const plain = writeCjm(h.current);
    ok(h, ops.setNoteImage, { id: 'n1', image: '__proto__', asset: TINY_PNG });
    expect(Object.keys(h.current.assets!)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).mime).toBeUndefined();
    ok(h, ops.setNoteImage, { id: 'n1', image: null });
    expect(writeCjm(h.current)).toBe(plain);
  });
});

describe('a persona photo', () => {
  it('stores the photo asset, replaces it, and drops it when removed', () => {
    const h = historyOf();
    ok(h, ops.addPersona, { id: 'ps-sari', name: 'Sari Wulandari' });
    ok(h, ops.setPersonaPhoto, { id: 'ps-sari', photo: 'as-sari', asset: TINY_PNG });
    expect(h.current.personas[0]!.photo).toBe('as-sari');
    expect(assetIds(h)).toEqual(['as-sari']);
    ok(h, ops.setPersonaPhoto, { id: 'ps-sari', photo: 'as-sari-2', asset: TINY_PNG });
    expect(assetIds(h)).toEqual(['as-sari-2']);
    ok(h, ops.setPersonaPhoto, { id: 'ps-sari', photo: null });
    expect(h.current.assets).toBeUndefined();
    expect(h.current.personas[0]).toEqual({ id: 'ps-sari', name: 'Sari Wulandari' });
  });

  it('refuses an unknown persona, an unknown asset and wrong bytes', () => {
    const h = historyOf();
    ok(h, ops.addPersona, { id: 'ps-sari', name: 'Sari' });
    expectRefused(h, ops.setPersonaPhoto, { id: 'ps-ghost', photo: 'as-x', asset: TINY_PNG }, { code: 'not-found', collection: 'personas' });
    expectRefused(h, ops.setPersonaPhoto, { id: 'ps-sari', photo: 'as-ghost' }, { code: 'not-found', collection: 'assets' });
    expectRefused(h, ops.setPersonaPhoto, { id: 'ps-sari', photo: 'as-x', asset: { mime: 'image/webp', data: TINY_PNG_BASE64 } }, { code: 'bad-asset' });
  });

  it('is dropped with its persona', () => {
    const h = historyOf();
    ok(h, ops.addPersona, { id: 'ps-sari', name: 'Sari' });
    ok(h, ops.setPersonaPhoto, { id: 'ps-sari', photo: 'as-sari', asset: TINY_PNG });
    ok(h, ops.deletePersona, { id: 'ps-sari' });
    expect(writeCjm(h.current)).toBe(writeCjm(blankMap()));
  });
});
