// Every reason an operation can be refused has words in both languages,
// naming what is wrong and what to do.
import { describe, expect, it } from 'vitest';
import { History } from '../../../../shared/history/history';
import { refusalMessage } from '../../../../shared/i18n/refusals';
import { ops, type Refusal } from '../../../../shared/ops';
import { facilitatorPolicy, NO_MODES } from '../../../../shared/ops/facilitatorPolicy';
import { createMap } from '../../../../shared/templates';

function refusalOf(run: (h: History) => ReturnType<History['apply']>, setup?: (h: History) => void): Refusal {
  const history = new History(createMap({ type: 'current-state', locale: 'en', now: '2026-11-23T09:00:00Z' }));
  setup?.(history);
  const result = run(history);
  if (result.ok) throw new Error('expected a refusal');
  return result.refusal;
}

const TINY_PNG_BUT_JPEG_MIME = { mime: 'image/jpeg' as const, data: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==' };

const cases: [string, () => Refusal, string, string][] = [
  [
    'invalid',
    () => refusalOf((h) => h.apply(ops.setTitle, { title: ' ' })),
    'Title: expected a text of 1 to 200 characters, not counting spaces at either end, found " "',
    'Judul: seharusnya',
  ],
  [
    'not-found',
    () => refusalOf((h) => h.apply(ops.setNoteText, { id: 'nt-gone', text: 'x' })),
    'There is no note with the id "nt-gone" any more; it may have been deleted.',
    'Tidak ada lagi catatan dengan id "nt-gone"; mungkin sudah dihapus.',
  ],
  [
    'id-taken',
    () => refusalOf((h) => h.apply(ops.addStage, { id: 'st-awareness', title: 'Again' })),
    'The id "st-awareness" is already used by another stage.',
    'Id "st-awareness" sudah dipakai tahap lain.',
  ],
  [
    'too-many',
    () =>
      refusalOf(
        (h) => h.apply(ops.addStage, { id: 'st-101', title: 'One too many' }),
        (h) => {
          for (let i = h.current.stages.length; i < 100; i++) h.apply(ops.addStage, { id: `st-${i}`, title: `S${i}` });
        },
      ),
    'A map can have at most 100 stages.',
    'Satu peta paling banyak berisi 100 tahap.',
  ],
  [
    'last-one',
    () =>
      refusalOf(
        (h) => h.apply(ops.deleteLane, { id: 'ln-metrics' }),
        (h) => {
          for (const lane of h.current.lanes.slice(0, -1)) h.apply(ops.deleteLane, { id: lane.id });
        },
      ),
    'A map needs at least one lane; add another before deleting this one.',
    'Peta memerlukan paling sedikit satu lajur; tambahkan yang lain sebelum menghapus yang ini.',
  ],
  [
    'lane-locked',
    () =>
      refusalOf(
        (h) => h.apply(ops.addNote, { id: 'nt-1', lane: 'ln-actions', stage: 'st-awareness', text: 'x' }),
        (h) => h.apply(ops.setLaneLocked, { id: 'ln-actions', locked: true }),
      ),
    'The lane "Actions" is locked: its notes cannot be moved or edited. Unlock it first.',
    'Lajur "Actions" dikunci: catatannya tidak bisa dipindah atau diubah. Buka kuncinya dulu.',
  ],
  [
    'structure-locked',
    () =>
      refusalOf(
        (h) => h.apply(ops.addStage, { id: 'st-new', title: 'Usage' }),
        (h) => h.setPolicy(facilitatorPolicy({ ...NO_MODES, structureLocked: true })),
      ),
    'The structure is locked: stages and lanes cannot be added, moved or deleted. Unlock the structure first (Workshop menu).',
    'Struktur peta dikunci:',
  ],
  [
    'review-mode',
    () =>
      refusalOf(
        (h) => h.apply(ops.setTitle, { title: 'Changed in the review' }),
        (h) => h.setPolicy(facilitatorPolicy({ ...NO_MODES, reviewMode: true })),
      ),
    'Review mode is on: the map is read-only. Leave review mode to change it.',
    'Mode tinjauan aktif:',
  ],
  [
    'bad-asset',
    () =>
      refusalOf(
        (h) => h.apply(ops.setPersonaPhoto, { id: 'ps-1', photo: 'as-1', asset: TINY_PNG_BUT_JPEG_MIME }),
        (h) => h.apply(ops.addPersona, { id: 'ps-1', name: 'Rina' }),
      ),
    'This image cannot be used: the data is not a JPEG image, although the asset says "image/jpeg".',
    'Gambar ini tidak bisa dipakai:',
  ],
];

describe('refusal messages', () => {
  it.each(cases)('%s: in English and Indonesian', (code, refuse, english, indonesianStart) => {
    const refusal = refuse();
    expect(refusal.code).toBe(code);
    expect(refusalMessage(refusal, 'en')).toBe(english);
    const indonesian = refusalMessage(refusal, 'id');
    expect(indonesian.startsWith(indonesianStart)).toBe(true);
    expect(indonesian).not.toBe(english);
  });

  it('covers every refusal code', () => {
    const codes: Record<Refusal['code'], true> = {
      invalid: true,
      'not-found': true,
      'id-taken': true,
      'too-many': true,
      'last-one': true,
      'lane-locked': true,
      'bad-asset': true,
      'structure-locked': true,
      'review-mode': true,
    };
    expect(cases.map(([code]) => code).sort()).toEqual(Object.keys(codes).sort());
  });
});
