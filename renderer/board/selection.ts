// What is selected on the board: notes, or (with no notes) one cell, where
// N adds a note and paste lands.
export interface Selection {
  notes: readonly string[];
  cell: { lane: string; stage: string } | null;
}

export const EMPTY_SELECTION: Selection = { notes: [], cell: null };

export function toggleNote(selection: Selection, id: string): Selection {
  const has = selection.notes.includes(id);
  return { notes: has ? selection.notes.filter((n) => n !== id) : [...selection.notes, id], cell: null };
}
