// What a reader's search finds: every stage title and every note's text, in
// every shape of PDF, for the English and the Indonesian sample, read back
// by pdftotext. Also Indonesian words and emoji, hidden notes left out (or
// in, when asked), and Inter embedded as a font, not outlines.
import { describe, expect, it } from 'vitest';
import type { JourneyMap } from '../../../../../shared/format/types';
import type { ExportOptions } from '../../../../../shared/export/options';
import { prepareExport, type PreparedExport } from '../../../../../shared/export/sceneForExport';
import { exportPdf } from '../../../../../electron/export/pdf/exportPdf';
import { words } from '../../../../../shared/i18n/languages';
import { pdfFonts, pdfOptions, pdfText, sample, squash } from './poppler';

const SAMPLES = ['b2b-software-purchase.en', 'hotel-check-in.id'] as const;

const MODES: [string, Partial<ExportOptions>][] = [
  ['poster', { page: 'poster' }],
  ['fit (A3 landscape)', { page: 'fit', paper: 'a3', orientation: 'landscape' }],
  ['A4 landscape tiles', { page: 'a4', orientation: 'landscape' }],
  ['Letter portrait tiles', { page: 'letter', orientation: 'portrait' }],
  ['handout (A4 portrait)', { handout: true, paper: 'a4', orientation: 'portrait' }],
];

const EMOJI_NOTE = 'Tamu senang 😀👍 keluarga 👨‍👩‍👧 kembali lagi ❤️ 🇮🇩';

function withEmojiAndSecrets(map: JourneyMap): JourneyMap {
  const lane = map.lanes[1]!.id;
  const stage = map.stages[0]!.id;
  return {
    ...map,
    notes: [
      { id: 'nt-emoji', lane, stage, text: EMOJI_NOTE, votes: 2 },
      { id: 'nt-secret', lane, stage, text: 'RAHASIA catatan tersembunyi', hidden: true },
      ...map.notes,
    ],
  };
}

/** Each stage's title and each note's lines as the page draws them: whole lines on pages that show the whole map. */
function expectEveryLine(text: string, prepared: PreparedExport): void {
  for (const stage of prepared.map.stages) expect(text).toContain(squash(stage.title));
  for (const note of prepared.scene.notes) for (const line of note.lines) if (line.trim()) expect(text).toContain(squash(line));
}

/** Tiles cut lines at page edges, so their words are looked for instead (a word is whole on one page or the next). */
function expectEveryWord(text: string, prepared: PreparedExport): void {
  const found = new Set(text.split(' '));
  const missing = [...prepared.map.stages.map((s) => s.title), ...prepared.map.notes.map((n) => n.text)].flatMap((t) => squash(t).split(' ')).filter((word) => !found.has(word));
  expect(missing).toEqual([]);
}

describe.each(SAMPLES)('%s', (name) => {
  const prepared = prepareExport(withEmojiAndSecrets(sample(name)), false);

  it.each(MODES)('%s: every stage title and note text, Indonesian and emoji included, hidden notes not', async (_mode, changes) => {
    const pdf = await exportPdf(prepared, pdfOptions(changes));
    const text = pdfText(pdf.bytes);
    if (changes.handout) {
      for (const stage of prepared.map.stages) expect(text).toContain(squash(stage.title));
      for (const note of prepared.map.notes) expect(text).toContain(squash(note.text));
    } else if (changes.page === 'poster' || changes.page === 'fit') expectEveryLine(text, prepared);
    else expectEveryWord(text, prepared);
    for (const emoji of ['😀', '👍', '👨‍👩‍👧', '❤️', '🇮🇩']) expect(text).toContain(emoji);
    expect(text).not.toContain('RAHASIA');
    // The picture's blank grey card is explained in the legend (the handout lists notes, not cards).
    if (!changes.handout) expect(squash(text)).toContain(squash(words(pdfOptions(changes).language).pdf.faceDownNote));
    const fonts = pdfFonts(pdf.bytes);
    expect(fonts).toMatch(/\+Inter-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).toMatch(/\+Inter-SemiBold\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).toMatch(/\+NotoEmoji-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });
});

it('includes hidden notes, face up, when asked to', async () => {
  const prepared = prepareExport(withEmojiAndSecrets(sample('hotel-check-in.id')), true);
  for (const changes of [{ page: 'poster' }, { handout: true }] as Partial<ExportOptions>[]) {
    expect(pdfText((await exportPdf(prepared, pdfOptions(changes))).bytes)).toContain('RAHASIA catatan tersembunyi');
  }
});

it('keeps Indonesian words whole: accented and typographic characters come back as typed', async () => {
  const map = sample('hotel-check-in.id');
  const lane = map.lanes[1]!.id;
  const text = 'Antrean 10–20 menit · “Kamar belum siap” — café résumé naïve Rp 1.250.000 −2';
  const prepared = prepareExport({ ...map, notes: [{ id: 'nt-typo', lane, stage: map.stages[0]!.id, text }] }, false);
  for (const changes of [{ page: 'poster' }, { handout: true }] as Partial<ExportOptions>[]) {
    expect(pdfText((await exportPdf(prepared, pdfOptions(changes))).bytes)).toContain(text);
  }
});
