// A small map for the import tests and a way to write sheet rows by hand.
import type { JourneyMap, Note } from '../../../../shared/format';
import type { SheetRow } from '../../../../shared/import';
import { blankMap } from '../ops/fixtures';

/** The current-state template with a handful of notes, one hidden, one lane locked. */
export function smallMap(): JourneyMap {
  const map = blankMap();
  const notes: Note[] = [
    { id: 'n1', lane: 'ln-actions', stage: 'st-awareness', text: 'Sees an Instagram ad' },
    { id: 'n2', lane: 'ln-actions', stage: 'st-awareness', text: 'Asks a friend' },
    { id: 'n3', lane: 'ln-emotions', stage: 'st-consideration', text: 'Bingung soal ongkir 😡', emotion: -2, tags: ['ongkir', 'checkout'] },
    { id: 'n4', lane: 'ln-opportunities', stage: 'st-purchase', text: 'Show shipping cost early', owner: 'Growth', priority: 'high', due: '2027-03-31', evidence: 'observed', source: 'Analytics' },
    { id: 'n5', lane: 'ln-metrics', stage: 'st-purchase', text: 'Cart abandonment', metric: { name: 'Drop-off', value: 68.5, unit: '%' } },
    { id: 'n6', lane: 'ln-thoughts', stage: 'st-retention', text: 'SECRET not yet revealed', hidden: true },
    { id: 'n7', lane: 'ln-pain-points', stage: 'st-retention', text: 'Locked pain point' },
  ];
  return { ...map, lanes: map.lanes.map((l) => (l.id === 'ln-pain-points' ? { ...l, locked: true } : l)), notes };
}

/** Rows from a header line and value lines, numbered as a spreadsheet does (header row 1). */
export function rows(headers: string[], ...values: (string | undefined)[][]): { headers: string[]; rows: SheetRow[] } {
  return {
    headers,
    rows: values.map((line, i) => {
      const cells: Record<string, string> = {};
      headers.forEach((h, j) => {
        if (line[j] !== undefined) cells[h] = line[j]!;
      });
      return { row: i + 2, cells };
    }),
  };
}

/** Ids for new notes, predictable. */
export function counter(prefix = 'new'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}
