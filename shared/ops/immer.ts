// Jejak's own immer instance. Auto-freeze is off: immer's freeze walks every
// element of a copied array, which at 50,000 notes costs milliseconds on
// each keystroke. Maps are still treated as immutable: every change goes
// through an operation, and arrays that replace `notes` are frozen, so an
// accidental write throws instead of corrupting undo history.
import { enablePatches, Immer } from 'immer';

enablePatches();

export const immer = new Immer({ autoFreeze: false });
