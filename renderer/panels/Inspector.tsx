// The side panel: the selected notes, or the map when none is selected.
import { useTranslation } from 'react-i18next';
import { base64ToBytes } from '../app/opening';
import type { JourneyMap } from '../../shared/format/types';
import { sniffImageMime } from '../../shared/format/imageBytes';
import { newId } from '../../shared/ids';
import type { Selection } from '../board/selection';
import type { Edit } from './edit';
import { MapInspector } from './MapInspector';
import { NoteInspector } from './NoteInspector';
import { PersonasPanel } from './PersonasPanel';

export function Inspector({ map, selection, edit, pickImage, notify }: {
  map: JourneyMap;
  selection: Selection;
  edit: Edit;
  pickImage(): Promise<{ name: string; bytesBase64: string } | null>;
  notify(message: string): void;
}) {
  const { t } = useTranslation();
  const chosen = new Set(selection.notes);
  const notes = map.notes.filter((n) => chosen.has(n.id));
  const addPicture = async () => {
    const note = notes[0];
    const picked = await pickImage();
    if (!note || !picked) return;
    const mime = sniffImageMime(base64ToBytes(picked.bytesBase64.slice(0, 64)));
    if (!mime) {
      notify(t('inspector.image'));
      return;
    }
    edit.image(note.id, newId('asset'), { mime, data: picked.bytesBase64, name: picked.name.slice(0, 200) });
  };
  return (
    <aside className="inspector" data-testid="inspector">
      {notes.length > 0 ? (
        <NoteInspector notes={notes} edit={edit} onPickImage={() => void addPicture()} />
      ) : (
        <>
          <MapInspector map={map} edit={edit} />
          <PersonasPanel map={map} edit={edit} pickImage={pickImage} />
        </>
      )}
    </aside>
  );
}
