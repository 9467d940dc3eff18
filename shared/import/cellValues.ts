// Reading one cell into a note's field, by docs/format.md's rules. Generous in
// what it takes (either language's words, "+2", "2.0", a decimal comma in a
// semicolon sheet, a date with a midnight time), strict in what it lets in:
// anything the map could not hold is refused with the cell's text, and the
// row is listed rather than half imported.
import { isDate, textLength } from '../format/rules';
import { LIMITS } from '../format/schema';
import { EVIDENCE_LEVELS, PRIORITIES, type Emotion, type EvidenceLevel, type Priority } from '../format/types';
import { sceneLabels } from '../i18n/sceneLabels';
import { LANGUAGES } from '../i18n/languages';

export type Parsed<T> = { ok: true; value: T } | { ok: false };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad: Parsed<never> = { ok: false };

/** Field lengths of docs/format.md, in characters. */
export const TEXT_LIMITS = { text: 10_000, source: 500, owner: 100, metricName: 100, metricUnit: 16, tag: 40 } as const;

/** A whole number, written "2", "+2", "-2" or "2.0" (a number cell read back). */
function integer(cell: string): number | null {
  const m = /^([+-]?\d+)(?:[.,]0+)?$/.exec(cell.trim());
  return m ? Number(m[1]) : null;
}

export function parseEmotion(cell: string): Parsed<Emotion | null> {
  if (cell.trim() === '') return ok(null);
  const n = integer(cell);
  return n !== null && n >= LIMITS.minEmotion && n <= LIMITS.maxEmotion ? ok((n === 0 ? 0 : n) as Emotion) : bad;
}

/** Votes, 0–9,999; a blank cell is no votes. */
export function parseVotes(cell: string): Parsed<number | null> {
  if (cell.trim() === '') return ok(null);
  const n = integer(cell);
  return n !== null && n >= 0 && n <= 9999 ? ok(n === 0 ? null : n) : bad;
}

/** Tags, separated by commas (or line breaks); spaces around each trimmed, repeats dropped. */
export function parseTags(cell: string): Parsed<string[] | null> {
  const tags = [...new Set(cell.split(/[,\n\r]/).map((t) => t.trim()).filter((t) => t !== ''))];
  if (tags.length === 0) return ok(null);
  if (tags.length > LIMITS.maxTags || tags.some((t) => textLength(t) > TEXT_LIMITS.tag)) return bad;
  return ok(tags);
}

function word(cell: string): string {
  return cell.normalize('NFC').trim().toLowerCase();
}

function wordsFor<K extends string>(keys: readonly K[], labelsOf: (labels: ReturnType<typeof sceneLabels>) => Record<K, string>): Map<string, K> {
  const words = new Map<string, K>();
  for (const key of keys) words.set(key, key);
  for (const language of LANGUAGES) {
    const labels = labelsOf(sceneLabels(language));
    for (const key of keys) words.set(word(labels[key]), key);
  }
  return words;
}

let evidenceWords: Map<string, EvidenceLevel> | undefined;
let priorityWords: Map<string, Priority> | undefined;

/** "Assumption", "Asumsi", "observed", …; blank clears. */
export function parseEvidence(cell: string): Parsed<EvidenceLevel | null> {
  if (cell.trim() === '') return ok(null);
  evidenceWords ??= wordsFor(EVIDENCE_LEVELS, (l) => l.evidence);
  const found = evidenceWords.get(word(cell));
  return found ? ok(found) : bad;
}

/** "High", "Tinggi", "low", …; blank clears. */
export function parsePriority(cell: string): Parsed<Priority | null> {
  if (cell.trim() === '') return ok(null);
  priorityWords ??= wordsFor(PRIORITIES, (l) => l.priority);
  const found = priorityWords.get(word(cell));
  return found ? ok(found) : bad;
}

/** `YYYY-MM-DD`, also with a midnight time after it as some programs write dates; blank clears. */
export function parseDue(cell: string): Parsed<string | null> {
  const trimmed = cell.trim();
  if (trimmed === '') return ok(null);
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?(?:Z|[+-]00:00)?)?$/.exec(trimmed);
  return m && isDate(m[1]!) ? ok(m[1]!) : bad;
}

/**
 * A finite number: "42", "-3.5", "1e-7"; with `decimalComma` (a sheet
 * from a locale that writes 3,5) also "3,5". No thousands separators: in
 * an Indonesian sheet "1.000" would be a thousand, in an English one one.
 */
export function parseNumber(cell: string, decimalComma: boolean): Parsed<number | null> {
  let trimmed = cell.trim();
  if (trimmed === '') return ok(null);
  if (decimalComma && /^[+-]?\d*,\d+$/.test(trimmed)) trimmed = trimmed.replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return bad;
  const n = Number(trimmed);
  return Number.isFinite(n) ? ok(n) : bad;
}

/**
 * Text as an import reads it: line breaks as "\n" and no spaces at either
 * end. A note's text is compared in this form too, so a spreadsheet that
 * trimmed a cell or turned CR LF into LF has not edited it.
 */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

/** Free text up to `max` characters, normalised. */
export function parseText(cell: string, max: number): Parsed<string> {
  const text = normaliseText(cell);
  return textLength(text) <= max ? ok(text) : bad;
}

/** An optional text: blank clears it. */
export function parseOptionalText(cell: string, max: number): Parsed<string | null> {
  const parsed = parseText(cell, max);
  return parsed.ok && parsed.value === '' ? ok(null) : parsed;
}
