// A plan applied to a map outside any undo history, for the command line
// and scripts (`jejak import`): the same operation the board runs through
// History.apply, so both refuse and change alike.
import type { JourneyMap } from '../format/types';
import { immer } from '../ops/immer';
import { importNotes, type ImportArgs } from '../ops/importOps';
import { OpRefusal, type Refusal } from '../ops/refusal';
import type { ImportSummary } from './types';

export type AppliedImport = { ok: true; map: JourneyMap; summary: ImportSummary } | { ok: false; refusal: Refusal };

export function applyImportPlan(map: JourneyMap, plan: ImportArgs['plan']): AppliedImport {
  let summary!: ImportSummary;
  try {
    const next = immer.produce(map, (draft) => {
      summary = importNotes.run(draft, { plan });
    });
    return { ok: true, map: next, summary };
  } catch (error) {
    if (error instanceof OpRefusal) return { ok: false, refusal: error.refusal };
    throw error;
  }
}
