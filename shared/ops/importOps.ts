// Applying an import plan (shared/import): changed notes, new notes and, if
// asked, deleted notes, all as one operation and so one undo step. The plan
// was checked when it was made; it is checked again here, because the map
// may have changed since (another person's save merged in), and a plan that
// no longer fits is refused whole rather than half applied.
import { LIMITS, METRIC_FIELDS, NOTE_FIELDS } from '../format/schema';
import type { Metric, Note } from '../format/types';
import { CHANGEABLE_FIELDS, type ImportPlan, type ImportSummary } from '../import/types';
import { dropAssetIfUnused } from './assets';
import { setField } from './fields';
import { lockedLanes, notesNow, replaceNotes } from './noteList';
import { defineOp } from './operation';
import { refuse, requireValid } from './refusal';

export type ImportArgs = { plan: Pick<ImportPlan, 'updates' | 'additions' | 'deletions'> };

export const importNotes = defineOp<ImportArgs, ImportSummary>({
  name: 'note.import',
  run: (d, { plan }) => {
    const all = notesNow(d);
    const at = new Map(all.map((n, i) => [n.id, i]));
    const stages = new Set(d.stages.map((s) => s.id));
    const lanes = new Set(d.lanes.map((l) => l.id));
    const locked = lockedLanes(d);
    const unlocked = (lane: string) => {
      const title = locked.get(lane);
      if (title !== undefined) refuse({ code: 'lane-locked', lane: title });
    };
    const place = (note: { stage: string; lane: string }) => {
      if (!stages.has(note.stage)) refuse({ code: 'not-found', collection: 'stages', id: note.stage });
      if (!lanes.has(note.lane)) refuse({ code: 'not-found', collection: 'lanes', id: note.lane });
      unlocked(note.lane);
    };

    const next = all.slice();
    const moved: Note[] = [];
    const movedIds = new Set<string>();
    for (const { id, changes } of plan.updates) {
      const i = at.get(id) ?? refuse({ code: 'not-found', collection: 'notes', id });
      const before = next[i]!;
      unlocked(before.lane);
      const note = { ...before };
      for (const [key, value] of Object.entries(changes)) {
        if (!(CHANGEABLE_FIELDS as readonly string[]).includes(key)) throw new Error(`an import cannot change a note's ${key}`);
        if (key === 'stage' || key === 'lane') note[key] = value as string;
        else setNoteField(note, key, value);
      }
      place(note);
      next[i] = note;
      if ((note.stage !== before.stage || note.lane !== before.lane) && !movedIds.has(id)) {
        movedIds.add(id);
        moved.push(note);
      }
    }

    const doomed = new Set<string>();
    for (const id of plan.deletions) {
      const i = at.get(id) ?? refuse({ code: 'not-found', collection: 'notes', id });
      unlocked(all[i]!.lane);
      doomed.add(id);
    }

    const added: Note[] = [];
    const taken = new Set(at.keys());
    for (const { note: given } of plan.additions) {
      requireValid('id', { t: 'id' }, given.id);
      if (taken.has(given.id)) refuse({ code: 'id-taken', collection: 'notes', id: given.id });
      taken.add(given.id);
      place(given);
      const note = { id: given.id, lane: given.lane, stage: given.stage, text: '' } as Note;
      for (const [key, value] of Object.entries(given)) if (key !== 'id' && key !== 'lane' && key !== 'stage') setNoteField(note, key, value);
      // A picture named on a new note must already be in the map, as for ops.addNote.
      if (note.image !== undefined && !(d.assets && Object.hasOwn(d.assets, note.image))) refuse({ code: 'not-found', collection: 'assets', id: note.image });
      added.push(note);
    }
    if (all.length - doomed.size + added.length > LIMITS.maxNotes) refuse({ code: 'too-many', collection: 'notes', limit: LIMITS.maxNotes });

    const staying = next.filter((n) => !doomed.has(n.id) && !movedIds.has(n.id));
    const arriving = [...moved.filter((n) => !doomed.has(n.id)), ...added];
    if (plan.updates.length > 0 || doomed.size > 0 || added.length > 0) replaceNotes(d, appendToCells(staying, arriving));
    for (const id of doomed) dropAssetIfUnused(d, all[at.get(id)!]!.image);
    return { updated: plan.updates.length, added: added.length, deleted: doomed.size };
  },
});

/** Sets one field by docs/format.md's rule (refusing a bad value); a metric is checked key by key too. */
function setNoteField(note: Note, key: string, value: unknown): void {
  if (key === 'metric' && value !== null && value !== undefined) requireValidMetric(value as Metric);
  setField(note, NOTE_FIELDS, key, value);
}

function requireValidMetric(metric: Metric): void {
  requireValid('metric', { t: 'object' }, metric);
  const clean = {};
  for (const key of ['name', 'value', 'unit'] as const) setField(clean, METRIC_FIELDS, key, metric[key]);
}

/**
 * `notes` with `arriving` added, each after the last note of its cell (or at
 * the end when its cell is empty), in their order: one pass, however many.
 */
function appendToCells(notes: readonly Note[], arriving: readonly Note[]): Note[] {
  if (arriving.length === 0) return notes.slice();
  const cell = (n: Note) => `${n.lane}\u0000${n.stage}`;
  const lastOf = new Map<string, number>();
  notes.forEach((n, i) => lastOf.set(cell(n), i));
  const after = new Map<number, Note[]>();
  const atEnd: Note[] = [];
  const endOf = new Map<string, Note[]>();
  for (const note of arriving) {
    const last = lastOf.get(cell(note));
    if (last === undefined) {
      // A cell with no notes yet: its arrivals stay together at the end.
      let group = endOf.get(cell(note));
      if (!group) {
        group = [];
        endOf.set(cell(note), group);
      }
      group.push(note);
    } else {
      const list = after.get(last);
      if (list) list.push(note);
      else after.set(last, [note]);
    }
  }
  for (const group of endOf.values()) atEnd.push(...group);
  const out: Note[] = [];
  notes.forEach((n, i) => {
    out.push(n);
    const list = after.get(i);
    if (list) out.push(...list);
  });
  out.push(...atEnd);
  return out;
}

