// Lookups inside a draft, refusing with a clear reason when a thing is gone.
import type { Lane, Note, Persona, Stage } from '../format/types';
import type { MapDraft } from './operation';
import { noteIndexOf, notesNow } from './noteList';
import { refuse } from './refusal';
import { laneLockOf } from './editable';

export function stageIndex(draft: MapDraft, id: string): number {
  const i = draft.stages.findIndex((s) => s.id === id);
  return i >= 0 ? i : refuse({ code: 'not-found', collection: 'stages', id });
}

export function laneIndex(draft: MapDraft, id: string): number {
  const i = draft.lanes.findIndex((l) => l.id === id);
  return i >= 0 ? i : refuse({ code: 'not-found', collection: 'lanes', id });
}

export function findStage(draft: MapDraft, id: string): Stage {
  return draft.stages[stageIndex(draft, id)]!;
}

export function findLane(draft: MapDraft, id: string): Lane {
  return draft.lanes[laneIndex(draft, id)]!;
}

export function findPersona(draft: MapDraft, id: string): Persona {
  return draft.personas.find((p) => p.id === id) ?? refuse({ code: 'not-found', collection: 'personas', id });
}

/** A note to be edited in place (a draft): it must exist, and its lane must not be locked. */
export function editableNote(draft: MapDraft, id: string): Note {
  const i = noteIndexOf(draft, id);
  if (i < 0) refuse({ code: 'not-found', collection: 'notes', id });
  const note = draft.notes[i]!;
  requireUnlockedLane(draft, note.lane);
  return note;
}

/** A note as plain data (to copy or move): it must exist, and its lane must not be locked. */
export function movableNote(draft: MapDraft, id: string): Note {
  const notes = notesNow(draft);
  const note = notes.find((n) => n.id === id) ?? refuse({ code: 'not-found', collection: 'notes', id });
  requireUnlockedLane(draft, note.lane);
  return note;
}

export function requireUnlockedLane(draft: MapDraft, laneId: string): void {
  const locked = laneLockOf(findLane(draft, laneId));
  if (locked) refuse(locked);
}

export function requireFreeId(ids: Iterable<string>, id: string, collection: 'stages' | 'lanes' | 'notes' | 'personas'): void {
  for (const existing of ids) if (existing === id) refuse({ code: 'id-taken', collection, id });
}
