// Operations on notes, the stickies. Field edits take a list of ids so that
// the inspector can change a whole selection in one undo step.
import { LIMITS, MADE_FROM_FIELDS, METRIC_FIELDS, NOTE_FIELDS, type FieldSpec } from '../format/schema';
import { copyJson } from '../format/json';
import type { Asset, EvidenceLevel, Metric, Note } from '../format/types';
import { linkAsset } from './assets';
import { setField } from './fields';
import { editableNote, findStage, movableNote, requireUnlockedLane } from './find';
import { insertionIndex, noteIndexOf, notesNow, removeNotesWhere, replaceNotes } from './noteList';
import { defineOp, type MapDraft } from './operation';
import { refuse, requireValid } from './refusal';

/** Note keys the inspector sets (text, cell and id have operations of their own). */
export type NoteFields = Partial<Omit<Note, 'id' | 'lane' | 'stage' | 'text'>>;

function requireRoom(d: MapDraft, adding: number): void {
  if (d.notes.length + adding > LIMITS.maxNotes) refuse({ code: 'too-many', collection: 'notes', limit: LIMITS.maxNotes });
}

/** The text key of a note: adding a note and typing its first words share it, so they undo as one. */
const typingKey = (id: string) => `note.text:${id}`;

export const addNote = defineOp<{ id: string; lane: string; stage: string; text?: string; position?: number; fields?: NoteFields }>({
  name: 'note.add',
  run: (d, { id, lane, stage, text = '', position, fields = {} }) => {
    requireValid('id', { t: 'id' }, id);
    if (noteIndexOf(d, id) >= 0) refuse({ code: 'id-taken', collection: 'notes', id });
    requireUnlockedLane(d, lane);
    findStage(d, stage);
    requireRoom(d, 1);
    const note = { id, lane, stage, text: '' } as Note;
    setField(note, NOTE_FIELDS, 'text', text);
    for (const [key, value] of Object.entries(fields)) setField(note, NOTE_FIELDS, key, key === 'author' ? givenName(value) : value);
    if (note.metric) requireValidMetric(note.metric);
    if (note.madeFrom) requireValidNested('madeFrom', MADE_FROM_FIELDS, note.madeFrom);
    // A picture named on a new note must already be in the map (setNoteImage adds new ones).
    if (note.image !== undefined && !(d.assets && Object.hasOwn(d.assets, note.image))) {
      refuse({ code: 'not-found', collection: 'assets', id: note.image });
    }
    const notes = notesNow(d).slice();
    notes.splice(insertionIndex(notes, lane, stage, position), 0, note);
    replaceNotes(d, notes);
  },
  coalesceKey: ({ id }) => typingKey(id),
});

export const setNoteText = defineOp<{ id: string; text: string }>({
  name: 'note.setText',
  run: (d, { id, text }) => setField(editableNote(d, id), NOTE_FIELDS, 'text', text),
  coalesceKey: ({ id }) => typingKey(id),
});

/**
 * Moves notes, in their present order, into one cell at `position` among the
 * notes already there (default: after them). One step however many move.
 */
export const moveNotes = defineOp<{ ids: string[]; lane: string; stage: string; position?: number }>({
  name: 'note.move',
  run: (d, { ids, lane, stage, position }) => {
    requireUnlockedLane(d, lane);
    findStage(d, stage);
    const moving = new Set(ids);
    for (const id of ids) movableNote(d, id);
    const all = notesNow(d);
    const stay = all.filter((n) => !moving.has(n.id));
    const moved = all.filter((n) => moving.has(n.id)).map((n) => ({ ...n, lane, stage }));
    stay.splice(insertionIndex(stay, lane, stage, position), 0, ...moved);
    replaceNotes(d, stay);
  },
});

/** Copies notes beside their originals, with the ids given (one per note, in order). */
export const duplicateNotes = defineOp<{ ids: string[]; newIds: string[] }>({
  name: 'note.duplicate',
  run: (d, { ids, newIds }) => {
    if (ids.length !== newIds.length) throw new Error('duplicateNotes needs one new id per note');
    requireRoom(d, ids.length);
    const all = notesNow(d);
    const taken = new Set(all.map((n) => n.id));
    const copies = new Map<string, Note>();
    ids.forEach((id, i) => {
      const newId = newIds[i]!;
      requireValid('id', { t: 'id' }, newId);
      if (taken.has(newId)) refuse({ code: 'id-taken', collection: 'notes', id: newId });
      taken.add(newId);
      // A deep copy, so editing the copy's tags or metric never changes the original.
      copies.set(id, { ...copyJson(movableNote(d, id)), id: newId });
    });
    const next: Note[] = [];
    for (const note of all) {
      next.push(note);
      const copy = copies.get(note.id);
      if (copy) next.push(copy);
    }
    replaceNotes(d, next);
  },
});

/** Deletes notes in one step; returns how many went. */
export const deleteNotes = defineOp<{ ids: string[] }, { removedNotes: number }>({
  name: 'note.delete',
  run: (d, { ids }) => {
    const doomed = new Set(ids);
    return { removedNotes: removeNotesWhere(d, (n) => doomed.has(n.id)) };
  },
});

/**
 * The name a participant gave, as the file keeps it: in one Unicode form
 * (an "é" typed on a phone and one typed on a laptop are the same name) and
 * without spaces at either end; a name of spaces only is no name.
 */
function givenName(value: unknown): unknown {
  return typeof value === 'string' ? value.normalize('NFC').trim() : value;
}

function requireValidMetric(metric: Metric): void {
  requireValidNested('metric', METRIC_FIELDS, metric);
}

/** A note's nested entity (its metric, what it was made from): an object whose every key of `fields` keeps its rule. */
function requireValidNested(key: string, fields: readonly FieldSpec[], value: object): void {
  requireValid(key, { t: 'object' }, value);
  const clean = {};
  for (const spec of fields) setField(clean, fields, spec.key, (value as Record<string, unknown>)[spec.key]);
}

/** One operation per inspector field, each over a selection of notes. */
function fieldOp<K extends keyof NoteFields>(name: string, key: K, check?: (value: NoteFields[K]) => void) {
  return defineOp<{ ids: string[]; value: NoteFields[K] | null }>({
    name,
    run: (d, { ids, value }) => {
      if (value !== null && value !== undefined && check) check(value);
      for (const id of ids) setField(editableNote(d, id), NOTE_FIELDS, key, value);
    },
  });
}

export const recolourNotes = fieldOp('note.recolour', 'color');
export const setEmotion = fieldOp('note.setEmotion', 'emotion');
export const setVotes = fieldOp('note.setVotes', 'votes');
export const setTags = fieldOp('note.setTags', 'tags');
export const setOwner = fieldOp('note.setOwner', 'owner');
export const setPriority = fieldOp('note.setPriority', 'priority');
export const setDue = fieldOp('note.setDue', 'due');
export const setMetric = fieldOp('note.setMetric', 'metric', (m) => requireValidMetric(m as Metric));

/** How sure the room is of a note, and where the evidence comes from. */
export const setEvidence = defineOp<{ ids: string[]; evidence: EvidenceLevel | null; source?: string | null }>({
  name: 'note.setEvidence',
  run: (d, { ids, evidence, source }) => {
    for (const id of ids) {
      const note = editableNote(d, id);
      setField(note, NOTE_FIELDS, 'evidence', evidence);
      if (source !== undefined) setField(note, NOTE_FIELDS, 'source', source);
    }
  },
});

/** A picture on a note: a new asset given with it, an existing asset's id, or null to remove it. */
export const setNoteImage = defineOp<{ id: string; image: string | null; asset?: Asset }>({
  name: 'note.setImage',
  run: (d, { id, image, asset }) => linkAsset(d, editableNote(d, id) as unknown as Record<string, unknown>, 'image', image, asset),
});
