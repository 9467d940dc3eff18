// The side panel: the selected notes, or the map when none is selected.
import type { JourneyMap, Note } from '../../shared/format/types';
import type { Selection } from '../board/selection';
import type { Pictures } from '../pictures/usePictures';
import type { Edit } from './edit';
import { MapInspector } from './MapInspector';
import { NoteInspector } from './NoteInspector';
import { PersonasPanel } from './PersonasPanel';

export function Inspector({ map, selection, edit, pictures, secretVotes, onShowNote }: {
  map: JourneyMap;
  selection: Selection;
  edit: Edit;
  /** Selects a note and brings it into view (the note an opportunity was made from). */
  onShowNote(id: string): void;
  /** Lanes whose vote counts a secret dot-voting round keeps unseen. */
  secretVotes?: ReadonlySet<string>;
  /** Chosen pictures are shrunk before they are stored, as dropped ones are (pictures/usePictures.tsx). */
  pictures: Pick<Pictures, 'choose' | 'open'>;
}) {
  const chosen = new Set(selection.notes);
  const notes = map.notes.filter((n) => chosen.has(n.id));
  const addPicture = () => {
    const note = notes[0];
    if (note) void pictures.choose({ kind: 'note', id: note.id });
  };
  return (
    <aside className="inspector" data-testid="inspector">
      {notes.length > 0 ? (
        <NoteInspector
          notes={notes}
          edit={edit}
          onPickImage={addPicture}
          onOpenImage={(id) => pictures.open(id)}
          votesSecret={notes.some((n) => secretVotes?.has(n.lane))}
          source={sourceOf(map, notes)}
          onShowNote={onShowNote}
        />
      ) : (
        <>
          <MapInspector map={map} edit={edit} />
          <PersonasPanel map={map} edit={edit} choosePhoto={(id) => void pictures.choose({ kind: 'persona', id })} />
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
