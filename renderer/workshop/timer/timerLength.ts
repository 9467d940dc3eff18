// Reads a timer length typed by a facilitator in a hurry, in English or
// Indonesian: "7" (minutes), "7:30", "1:05:00", "90s", "90 detik",
// "2 min 30 s", "1 jam 30 menit", "1h30", "7,5" (a decimal comma). Anything
// else is refused with the reason, never guessed at. Pure: no DOM.

export const MAX_TIMER_MS = 10 * 60 * 60_000;

export type LengthProblem =
  /** Nothing typed. */
  | 'empty'
  /** Not a length at all ("soon", "7x"). */
  | 'unreadable'
  /** "7:75": seconds (or minutes in h:mm:ss) past 59. */
  | 'over-59'
  /** "0", "0:00". */
  | 'zero'
  /** Longer than MAX_TIMER_MS. */
  | 'too-long';

export type LengthResult = { ok: true; ms: number } | { ok: false; problem: LengthProblem };

// A Map, not an object: a typed word such as "constructor" is not a unit.
const UNITS = new Map<string, number>();
for (const [ms, words] of [
  [3_600_000, ['h', 'hr', 'hrs', 'hour', 'hours', 'j', 'jam']],
  [60_000, ['m', 'min', 'mins', 'minute', 'minutes', 'mnt', 'menit', "'"]],
  [1_000, ['s', 'sec', 'secs', 'second', 'seconds', 'dtk', 'detik', '"']],
] as const) {
  for (const word of words) UNITS.set(word, ms);
}

function checked(ms: number): LengthResult {
  const rounded = Math.round(ms / 1000) * 1000;
  if (rounded <= 0) return { ok: false, problem: 'zero' };
  if (rounded > MAX_TIMER_MS) return { ok: false, problem: 'too-long' };
  return { ok: true, ms: rounded };
}

export function parseTimerLength(typed: string): LengthResult {
  const text = typed.trim().toLowerCase().replace(/(\d),(\d)/g, '$1.$2');
  if (text === '') return { ok: false, problem: 'empty' };

  // Clock forms: m:ss and h:mm:ss.
  const clock = /^(\d{1,3}):(\d{1,2})(?::(\d{1,2}))?$/.exec(text);
  if (clock) {
    const [a, b, c] = [Number(clock[1]), Number(clock[2]), clock[3] === undefined ? null : Number(clock[3])];
    if (b > 59 || (c !== null && c > 59)) return { ok: false, problem: 'over-59' };
    return checked(c === null ? a * 60_000 + b * 1000 : a * 3_600_000 + b * 60_000 + c * 1000);
  }

  // A bare number is minutes.
  if (/^\d+(?:\.\d+)?$/.test(text)) return checked(Number(text) * 60_000);

  // Numbers with units, one after another; a last bare number takes the next unit down ("1h30", "2m30").
  const part = /\s*(\d+(?:\.\d+)?)\s*([a-z'"]*)\s*/y;
  let total = 0;
  let previousUnit: number | null = null;
  let at = 0;
  while (at < text.length) {
    part.lastIndex = at;
    const match = part.exec(text);
    if (!match) return { ok: false, problem: 'unreadable' };
    at = part.lastIndex;
    const value = Number(match[1]);
    const word = match[2]!;
    let unit: number | undefined;
    if (word === '') {
      // Only after a larger unit, and only at the end.
      if (previousUnit === null || previousUnit === 1000 || at < text.length) return { ok: false, problem: 'unreadable' };
      unit = previousUnit / 60;
    } else {
      unit = UNITS.get(word);
      if (unit === undefined) return { ok: false, problem: 'unreadable' };
    }
    // Units go from larger to smaller, each once: "30s 2m" is more likely a slip than a length.
    if (previousUnit !== null && unit >= previousUnit) return { ok: false, problem: 'unreadable' };
    previousUnit = unit;
    total += value * unit;
  }
  return checked(total);
}
