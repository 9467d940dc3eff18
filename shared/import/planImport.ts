// An import read from a file, planned against a map: a sheet by its columns,
// a plain list line by line. The app shows the plan, then applies it as one
// undo step; the command line applies it at once.
import type { JourneyMap } from '../format/types';
import type { ImportSource } from '../host/host';
import { parsePlainList, type PlainListOptions } from './plainList';
import { planSheetImport } from './planSheet';
import type { ImportPlan } from './types';

export interface ImportChoices extends PlainListOptions {
  /** Delete the notes a sheet leaves out (never private notes or those in locked lanes). */
  deleteMissing?: boolean;
}

export function planImport(map: JourneyMap, source: Exclude<ImportSource, { kind: 'unreadable' }>, choices: ImportChoices = {}): ImportPlan {
  if (source.kind === 'list') return parsePlainList(source.text, map, choices);
  return planSheetImport(map, source.rows, { headers: source.headers, deleteMissing: choices.deleteMissing, decimalComma: source.decimalComma, newId: choices.newId });
}
