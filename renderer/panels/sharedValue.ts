// What a field shows for several selected notes: their value where they all
// agree, and "mixed" where they differ, never one note's value (or a made-up
// default) standing in for the others'.
import type { Note } from '../../shared/format/types';

export const MIXED = Symbol('mixed');
export type Shared<T> = T | typeof MIXED;

/** The value every note has for `key` (lists and metrics compared as data), or MIXED. */
export function sharedValue<K extends keyof Note>(notes: readonly Note[], key: K): Shared<Note[K]> {
  const first = notes[0]?.[key];
  // Only lists and metrics need comparing as data; a plain value is compared as it is, with no text made of it.
  if (typeof first !== 'object' || first === null) return notes.every((note) => note[key] === first) ? (first as Note[K]) : MIXED;
  const text = JSON.stringify(first);
  return notes.every((note) => JSON.stringify(note[key]) === text) ? (first as Note[K]) : MIXED;
}
