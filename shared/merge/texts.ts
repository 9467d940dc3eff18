// No text from either side is lost to a conflict. A note's text that was
// not chosen stays beside it as a marked copy note; a persona's bio or quote
// that was not chosen is appended below the chosen one after a marker, or,
// when that would be too long, kept in an extension of the persona.
import { freeKey } from '../format/readEntities';
import { nextFreeId } from '../format/repairDuplicates';
import { textLength, type Rule } from '../format/rules';
import { NOTE_FIELDS, PERSONA_FIELDS } from '../format/schema';
import type { Note, Persona } from '../format/types';
import { mergeMarker } from '../i18n/mergeMarkers';
import { specOf } from '../ops/fields';
import type { ConflictDraft } from './entities';
import { otherSide, type KeptText, type Side } from './types';

/** The extension that says a note is a merge's copy, and of what. */
export const MERGE_EXTENSION = 'x-merge';

const maxLength = (rule: Rule) => (rule.t === 'text' ? rule.max : Infinity);
const NOTE_TEXT_MAX = maxLength(specOf(NOTE_FIELDS, 'text').rule);

/** A copy's id: the original's with the side after it, unique among every note id the merge has seen. */
function copyId(original: string, side: Side, taken: Set<string>): string {
  const suffix = `-${side}`;
  const id = original.slice(0, 64 - suffix.length) + suffix;
  const free = taken.has(id) ? nextFreeId(id, taken) : id;
  taken.add(free);
  return free;
}

export interface NoteCopies {
  /** Original id → the copies to place right after it. */
  after: Map<string, Note[]>;
  /** Conflict key → what was kept. */
  kept: Map<string, KeptText>;
}

/**
 * For each conflict on a note's text, a copy of the side not chosen, in the
 * merged note's cell: its text after a marker in the map's language (left
 * out only if it would not fit), its colour, hidden if that side's was, and
 * `x-merge: { side, of }`.
 */
export function copyUnchosenNoteTexts(
  conflicts: readonly ConflictDraft[],
  merged: ReadonlyMap<string, Note>,
  sides: Record<Side, ReadonlyMap<string, Note>>,
  locale: string,
  takenIds: Set<string>,
): NoteCopies {
  const after = new Map<string, Note[]>();
  const kept = new Map<string, KeptText>();
  for (const c of conflicts) {
    if (c.collection !== 'notes' || c.field !== 'text') continue;
    const side = otherSide(c.resolution);
    const version = sides[side].get(c.id);
    const note = merged.get(c.id);
    if (!version || !note || version.text === '') continue;
    const prefixed = `${mergeMarker(side, locale)} ${version.text}`;
    const marked = textLength(prefixed) <= NOTE_TEXT_MAX;
    const copy: Note = { id: copyId(c.id, side, takenIds), lane: note.lane, stage: note.stage, text: marked ? prefixed : version.text };
    if (version.color !== undefined) copy.color = version.color;
    if (version.hidden === true) copy.hidden = true;
    copy[MERGE_EXTENSION] = { side, of: c.id };
    after.set(c.id, [...(after.get(c.id) ?? []), copy]);
    kept.set(c.key, { side, as: 'copy', id: copy.id, marked });
  }
  return { after, kept };
}

const PERSONA_TEXTS = ['bio', 'quote'] as const;

/**
 * For each conflict on a persona's bio or quote, the side not chosen is
 * appended below the chosen text after a marker. `personas` holds the
 * merged personas, fresh objects wherever a conflict was (changed in place).
 */
export function keepUnchosenPersonaTexts(
  conflicts: readonly ConflictDraft[],
  personas: Map<string, Persona>,
  locale: string,
): Map<string, KeptText> {
  const kept = new Map<string, KeptText>();
  const extensionOf = new Map<string, string>();
  for (const c of conflicts) {
    const field = PERSONA_TEXTS.find((f) => f === c.field);
    const persona = personas.get(c.id);
    if (c.collection !== 'personas' || field === undefined || !persona) continue;
    const side = otherSide(c.resolution);
    const other = c[side];
    if (typeof other !== 'string' || other === '') continue;
    const chosen = persona[field];
    const note = `${mergeMarker(side, locale)} ${other}`;
    const combined = chosen ? `${chosen}\n\n${note}` : note;
    if (textLength(combined) <= maxLength(specOf(PERSONA_FIELDS, field).rule)) {
      persona[field] = combined;
      kept.set(c.key, { side, as: 'appended' });
      continue;
    }
    let key = extensionOf.get(c.id);
    if (key === undefined) {
      key = freeKey(MERGE_EXTENSION, (k) => Object.hasOwn(persona, k));
      extensionOf.set(c.id, key);
      persona[key as `x-${string}`] = {};
    }
    (persona[key as `x-${string}`] as Record<string, unknown>)[field] = { side, text: other };
    kept.set(c.key, { side, as: 'extension', key });
  }
  return kept;
}
