// The side panel: the selected notes, or the map when none is selected. Its
// fields ask the history what review mode and the locks forbid (useRefusals).
import type { JourneyMap, Note } from '../../shared/format/types';
import type { History } from '../../shared/history/history';
import type { Selection } from '../board/selection';
import type { Pictures } from '../pictures/usePictures';
import type { Edit } from './edit';
import { MapInspector } from './MapInspector';
import { NoteInspector } from './NoteInspector';
import { PersonasPanel } from './PersonasPanel';
import { useRefusals } from './useRefusals';

export function Inspector({ map, history, selection, edit, pictures, secretVotes, onShowNote }: {
  map: JourneyMap;
  /** Whose policy (review mode, the facilitator's locks) says which fields are read-only. */
  history: History;
  selection: Selection;
  edit: Edit;
  /** Selects a note and brings it into view (the note an opportunity was made from). */
  onShowNote(id: string): void;
  /** Lanes whose vote counts a secret dot-voting round keeps unseen. */
  secretVotes?: ReadonlySet<string>;
  /** Chosen pictures are shrunk before they are stored, as dropped ones are (pictures/usePictures.tsx). */
  pictures: Pick<Pictures, 'choose' | 'open'>;
}) {
  const refusals = useRefusals(history, map);
  const chosen = new Set(selection.notes);
  const notes = map.notes.filter((n) => chosen.has(n.id));
  const addPicture = () => {
    const note = notes[0];
    if (note) void pictures.choose({ kind: 'note', id: note.id });
  };
  return (
    <aside className="inspector" data-testid="inspector">
      {notes.length > 0 ? (
        // Keyed by the notes: what was typed for one selection never shows for, or goes to, another.
        <NoteInspector
          key={notes.map((n) => n.id).join(' ')}
          notes={notes}
          edit={edit}
          refusals={refusals}
          onPickImage={addPicture}
          onOpenImage={(id) => pictures.open(id)}
          votesSecret={notes.some((n) => secretVotes?.has(n.lane))}
          madeFromNote={sourceOf(map, notes)}
          onShowNote={onShowNote}
        />
      ) : (
        <>
          <MapInspector map={map} edit={edit} refusals={refusals} />
          <PersonasPanel map={map} edit={edit} refusals={refusals} choosePhoto={(id) => void pictures.choose({ kind: 'persona', id })} />
        </>
      )}
    </aside>
  );
}

/** The note a single selected note was made from: undefined when it records none, null when that note is gone. */
function sourceOf(map: JourneyMap, notes: Note[]): Note | null | undefined {
  const id = notes.length === 1 ? notes[0]!.madeFrom?.note : undefined;
  return id === undefined ? undefined : (map.notes.find((n) => n.id === id) ?? null);
}
