// Maps for the layout and scene tests: the shipped samples, small maps built
// on purpose, and random maps whose notes carry the texts a Jakarta workshop
// types (Indonesian, long words, line breaks, emoji), metrics, emotions,
// face-down notes and hidden lanes. Plus the layout as plain data, so two
// layouts compare with toEqual.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { LANE_KINDS, readCjm, type Emotion, type JourneyMap, type Lane, type LaneKind, type Note } from '../../../../shared/format';
import { notePosition, type BoardLayout } from '../../../../shared/layout/layout';
import { colorArb, mapArb, WORDS } from '../../../support/arbitraries';

export const SAMPLES = ['b2b-software-purchase.en.cjm', 'hotel-check-in.id.cjm'] as const;

export function loadSample(file: string): JourneyMap {
  const bytes = readFileSync(join(import.meta.dirname, '../../../../shared/samples', file));
  const read = readCjm(new Uint8Array(bytes));
  if (!read.ok) throw new Error(`${file} does not open`);
  return read.map;
}

/** A bare valid map with the given lanes (kind, or kind and options) and stage count. */
export function buildMap(lanes: readonly (LaneKind | Partial<Lane>)[], stages: number, notes: readonly Partial<Note>[] = []): JourneyMap {
  return {
    format: 'cjm',
    version: 1,
    id: 'map-layout-test',
    title: 'Layout test',
    type: 'service-blueprint',
    locale: 'id',
    createdAt: '2026-11-23T09:00:00+07:00',
    updatedAt: '2026-11-23T09:00:00+07:00',
    personas: [],
    stages: Array.from({ length: stages }, (_, i) => ({ id: `s${i}`, title: `Tahap ${i + 1}` })),
    lanes: lanes.map((l, i) => ({ id: `l${i}`, title: `Lajur ${i + 1}`, ...(typeof l === 'string' ? { kind: l } : { kind: 'text' as const, ...l }) })),
    notes: notes.map((n, i) => ({ id: `n${i}`, lane: 'l0', stage: 's0', text: '', ...n })),
  };
}

// ---- random text ------------------------------------------------------------

const INDONESIAN = [
  'pelanggan', 'menunggu', 'konfirmasi pembayaran', 'antrean di lobi', 'sarapan', 'kamar belum siap', 'bingung', 'kecewa',
  'senang sekali', 'Rp1.250.000', 'ketidakberterimakasihan', 'mempertanggungjawabkannya', 'resepsionis', 'kunci kamar',
];
const LONG_WORDS = [
  'Supercalifragilisticexpialidocious', 'https://contoh.co.id/pemesanan/kamar?tanggal=2026-11-23&tamu=2',
  'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWW', 'iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii', '—————————————————',
];
const EMOJI = ['😊', '😡', '👍🏽', '👨‍👩‍👧', '🇮🇩', '❤️', 'e\u0301', '中文字', '\u200d'];
const SPACES = [' ', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '   '];

const pieceArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...INDONESIAN) },
  { weight: 6, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 2, arbitrary: fc.constantFrom(...LONG_WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom('a', 'm', 'W', 'i', '8', 'é'), minLength: 15, maxLength: 70 }) },
  { weight: 3, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 2, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

/** Note text: empty, a few words, or a long paragraph. */
export const noteTextArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 8, arbitrary: fc.array(pieceArb, { maxLength: 40 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.array(pieceArb, { minLength: 80, maxLength: 200 }).map((p) => p.join('')) },
);

export const emotionArb = fc.constantFrom<Emotion>(-2, -1, 0, 1, 2);
export const metricArb = fc.record({ name: fc.constantFrom('CSAT', 'Waktu tunggu', 'NPS'), value: fc.double({ min: -1e6, max: 1e6, noNaN: true }), unit: fc.constantFrom('%', 'menit', '') });

// ---- random maps ------------------------------------------------------------

const laneArb = fc.record({
  kind: fc.constantFrom(...LANE_KINDS),
  hidden: fc.oneof({ weight: 4, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  color: fc.option(colorArb, { nil: undefined }),
});

const noteSpecArb = fc.record({
  lane: fc.nat(),
  stage: fc.nat(),
  text: noteTextArb,
  emotion: fc.option(emotionArb, { nil: undefined, freq: 2 }),
  metric: fc.option(metricArb, { nil: undefined, freq: 4 }),
  hidden: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  color: fc.option(colorArb, { nil: undefined, freq: 4 }),
});

const layoutMapArb: fc.Arbitrary<JourneyMap> = fc
  .record({
    stages: fc.integer({ min: 1, max: 6 }),
    lanes: fc.array(laneArb, { minLength: 1, maxLength: 9 }),
    personas: fc.integer({ min: 0, max: 2 }),
    notes: fc.array(noteSpecArb, { maxLength: 45 }),
  })
  .map(({ stages, lanes, personas, notes }) => {
    const map = buildMap(
      lanes.map((l) => ({ kind: l.kind, ...(l.hidden ? { hidden: true } : {}), ...(l.color ? { color: l.color } : {}) })),
      stages,
    );
    map.personas = Array.from({ length: personas }, (_, i) => ({ id: `p${i}`, name: ['Sari Wulandari', 'Andi 😊 Pratama'][i]!, role: 'Tamu' }));
    map.notes = notes.map((n, i) => {
      const note: Note = { id: `n${i}`, lane: `l${n.lane % lanes.length}`, stage: `s${n.stage % stages}`, text: n.text };
      if (n.emotion !== undefined) note.emotion = n.emotion;
      if (n.metric !== undefined) note.metric = n.metric.unit ? n.metric : { name: n.metric.name, value: n.metric.value };
      if (n.hidden) note.hidden = true;
      if (n.color !== undefined) note.color = n.color;
      return note;
    });
    return map;
  });

/** Mostly maps made for layout, now and then any valid map (extensions, assets, every optional key). */
export const anyMapArb: fc.Arbitrary<JourneyMap> = fc.oneof(
  { weight: 4, arbitrary: layoutMapArb },
  { weight: 1, arbitrary: mapArb({ maxNotes: 30 }) },
);

// ---- reading a layout -------------------------------------------------------

export interface Rect {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every placed note as an absolute rectangle, in cell order. */
export function noteRects(layout: BoardLayout): Rect[] {
  const rects: Rect[] = [];
  for (const cell of layout.cells.values()) {
    for (const p of cell.placements) rects.push({ id: p.note.id, ...notePosition(layout, cell, p), width: p.width, height: p.height });
  }
  return rects;
}

/** The layout as plain data: columns, rows, and every cell's placements. */
export function layoutData(layout: BoardLayout) {
  return {
    top: layout.top,
    width: layout.width,
    height: layout.height,
    personaStripHeight: layout.personaStripHeight,
    columns: layout.columns.map((c) => ({ stage: c.stage.id, index: c.index, x: c.x, width: c.width })),
    rows: layout.rows.map((r) => ({ lane: r.lane.id, index: r.index, y: r.y, height: r.height, bandHeight: r.bandHeight })),
    cells: [...layout.cells.entries()]
      .map(([key, cell]) => ({
        key,
        lane: cell.lane,
        stage: cell.stage,
        contentHeight: cell.contentHeight,
        placements: cell.placements.map((p) => ({ note: p.note.id, x: p.x, y: p.y, width: p.width, height: p.height, lines: [...p.lines] })),
      }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    noteCells: [...layout.noteCells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  };
}

/** Notes the board shows: those in lanes that are not hidden (face-down notes included). */
export function visibleNotes(map: JourneyMap): Note[] {
  const hidden = new Set(map.lanes.filter((l) => l.hidden).map((l) => l.id));
  return map.notes.filter((n) => !hidden.has(n.lane));
}
