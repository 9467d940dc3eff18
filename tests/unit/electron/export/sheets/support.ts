// Helpers for the sheet tests: the two sample maps, a map with private and
// troublesome notes, and the real readers the tests open exports with:
// csv-parse, and Debian's Python with its csv module and openpyxl.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCjm, type JourneyMap } from '../../../../../shared/format';
import { defaultExportOptions, type ExportOptions } from '../../../../../shared/export/options';
import type { Language } from '../../../../../shared/i18n/languages';

export const SAMPLES = {
  en: 'b2b-software-purchase.en.cjm',
  id: 'hotel-check-in.id.cjm',
} as const;

export function sample(name: string): JourneyMap {
  const read = readCjm(new Uint8Array(readFileSync(join(import.meta.dirname, '../../../../../shared/samples', name))));
  if (!read.ok) throw new Error(`sample ${name} does not open`);
  return read.map;
}

export const NOW = new Date('2026-11-23T09:00:00+07:00');

export function sheetOptions(format: 'csv' | 'xlsx', language: Language, includeHidden = false): ExportOptions {
  return { ...defaultExportOptions(format, language, NOW), includeHidden };
}

/** Texts that must come through every format unchanged, and texts a spreadsheet would run as formulas. */
export const INDONESIAN_AND_EMOJI = 'Pelanggan bingung soal ongkos kirim 😡🇮🇩 — “harga” naïve café, 👨‍👩‍👧 senang sekali';
export const FORMULAS = ['=SUM(1)', '+1', '-1', '@x', '\tTAB', '\rCR', "'=already quoted"] as const;
export const SECRET = 'SECRET face-down note';

/**
 * The English sample with: a note of Indonesian text and emoji, notes whose
 * text a spreadsheet would run, a hidden note, a hidden lane (its notes
 * private too), commas, quotes and line breaks in text.
 */
export function trickyMap(): JourneyMap {
  const map = sample(SAMPLES.en);
  const hiddenLane = 'ln-support';
  const extra = [
    { id: 'nt-indo', lane: 'ln-thoughts', stage: 'st-awareness', text: INDONESIAN_AND_EMOJI, tags: ['ongkir', '😊 senang'], owner: 'Tim CX, Jakarta' },
    ...FORMULAS.map((text, i) => ({ id: `nt-formula-${i}`, lane: 'ln-pain-points', stage: 'st-consideration', text, source: text, owner: text })),
    { id: 'nt-secret', lane: 'ln-actions', stage: 'st-awareness', text: SECRET, hidden: true },
    { id: 'nt-quotes', lane: 'ln-actions', stage: 'st-decision', text: 'She said "no", then, later;\nyes\r\nreally' },
  ];
  return {
    ...map,
    lanes: map.lanes.map((l) => (l.id === hiddenLane ? { ...l, hidden: true } : l)),
    notes: [...map.notes, ...extra],
  };
}

export function hiddenLaneTexts(map: JourneyMap): string[] {
  const hidden = new Set(map.lanes.filter((l) => l.hidden).map((l) => l.id));
  return map.notes.filter((n) => hidden.has(n.lane)).map((n) => n.text);
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'jejak-sheets-'));
}

export function writeTemp(name: string, bytes: Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}

/** Runs a Python script with Debian's python3 (which has openpyxl); its stdout parsed as JSON. */
export function python<T = unknown>(script: string, ...args: string[]): T {
  const run = spawnSync('/usr/bin/python3', ['-c', script, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`python failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
