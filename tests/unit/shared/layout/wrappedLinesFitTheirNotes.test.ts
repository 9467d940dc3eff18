// Every line a note shows fits the note's text width as the shipped font
// measures it (a single character too wide for a line is the only
// exception), the lines are the note's text wrapped afresh, and the note is
// tall enough for all of its lines, its metric figure and its marks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JourneyMap, Note } from '../../../../shared/format';
import { GEOMETRY, NOTE_FONT, NOTE_TEXT_WIDTH } from '../../../../shared/layout/geometry';
import { layoutBoard, type NotePlacement } from '../../../../shared/layout/layout';
import { lineHeight, measureText } from '../../../../shared/layout/textMetrics';
import { wrapText } from '../../../../shared/layout/wrapText';
import { propertyOptions } from '../../../support/arbitraries';
import { anyMapArb, buildMap, loadSample, SAMPLES } from './layoutMaps';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const isOneCharacter = (line: string) => [...graphemes.segment(line)].length <= 1;

function checkPlacement(p: NotePlacement): void {
  const { note } = p;
  // The lines are the text wrapped afresh, with no cache in between; a face-down note shows none.
  expect(p.lines).toEqual(note.hidden ? [] : wrapText(note.text, NOTE_TEXT_WIDTH, NOTE_FONT));
  for (const line of p.lines) {
    if (isOneCharacter(line)) continue;
    expect(measureText(line, NOTE_FONT), JSON.stringify(line)).toBeLessThanOrEqual(NOTE_TEXT_WIDTH);
  }
  expect(NOTE_TEXT_WIDTH).toBe(p.width - 2 * GEOMETRY.notePaddingX);
  const needed =
    GEOMETRY.notePaddingTop + (note.metric ? GEOMETRY.metricHeight : 0) + p.lines.length * lineHeight(NOTE_FONT) + GEOMETRY.noteMarksHeight + GEOMETRY.notePaddingBottom;
  expect(p.height).toBeGreaterThanOrEqual(needed);
  expect(p.height).toBeGreaterThanOrEqual(GEOMETRY.minNoteHeight);
  expect(Number.isInteger(p.height)).toBe(true);
}

function checkMap(map: JourneyMap): number {
  let count = 0;
  for (const cell of layoutBoard(map).cells.values()) {
    for (const p of cell.placements) {
      checkPlacement(p);
      count++;
    }
  }
  return count;
}

describe.each(SAMPLES)('the sample %s', (file) => {
  it('shows every note’s lines within its text width, in a note tall enough for them', () => {
    const map = loadSample(file);
    expect(checkMap(map)).toBe(map.notes.length);
  });
});

describe('texts a workshop types', () => {
  const notes: Partial<Note>[] = [
    { text: 'Mempertanggungjawabkannya ketidakberterimakasihan antrean di lobi hotel yang panjang sekali' },
    { text: 'https://contoh.co.id/pemesanan/kamar?tanggal=2026-11-23&tamu=2&kode=ABCDEFGHIJKLMNOP' },
    { text: 'Baris satu\nBaris dua\r\n\r\nBaris empat setelah baris kosong' },
    { text: '😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊😊 👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧 🇮🇩🇮🇩🇮🇩🇮🇩🇮🇩🇮🇩🇮🇩🇮🇩🇮🇩🇮🇩🇮🇩🇮🇩' },
    { text: 'W'.repeat(200) },
    { text: '' },
    { text: 'Waktu tunggu check-in rata-rata', metric: { name: 'Waktu tunggu', value: 27, unit: 'menit' } },
    { text: 'Catatan rahasia yang belum dibuka untuk ruangan', hidden: true },
  ];

  it('breaks long words, keeps line breaks and emoji whole, and sizes each note to its lines', () => {
    const map = buildMap(['text'], 1, notes);
    expect(checkMap(map)).toBe(notes.length);
    const layout = layoutBoard(map);
    const lines = (id: string) => layout.cells.values().next().value!.placements.find((p) => p.note.id === id)!.lines;
    expect(lines('n2').slice(0, 3)).toEqual(['Baris satu', 'Baris dua', '']);
    expect(lines('n2')[3]).toMatch(/^Baris empat/);
    expect(lines('n4').length).toBeGreaterThan(10);
    expect(lines('n3').join('')).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/); // no pair split
    expect(lines('n5')).toEqual(['']);
    expect(lines('n7')).toEqual([]);
  });

  it('holds on any map', () => {
    fc.assert(
      fc.property(anyMapArb, (map) => void checkMap(map)),
      propertyOptions(300),
    );
  });
});
