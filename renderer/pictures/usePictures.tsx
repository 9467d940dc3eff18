// Pictures on the board: where a dropped picture goes (a note, an empty cell,
// a persona in the strip or the personas panel), shrinking it and putting it
// in the map as one undo step, the inspector's "Choose…" buttons through the
// same shrinking, and the viewer that opens a note's picture large.
import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Asset } from '../../shared/format/types';
import { refusalMessage } from '../../shared/i18n/refusals';
import { newId } from '../../shared/ids';
import { GEOMETRY } from '../../shared/layout/geometry';
import { notePosition, type BoardLayout } from '../../shared/layout/layout';
import { personaAtStripX } from '../../shared/layout/personaSlots';
import { ops } from '../../shared/ops';
import type { PicturePurpose } from '../../shared/pictures/picturePlan';
import type { Session } from '../app/session';
import type { BoardModel } from '../board/boardModel';
import type { Camera, CameraState } from '../board/camera';
import { hitTest } from '../board/grid';
import type { Selection } from '../board/selection';
import { currentLanguage, useWords } from '../words';
import type { Edit } from '../panels/edit';
import { formatBytes, PictureViewer } from './PictureViewer';
import { preparePicture } from './shrinkPicture';

export type PictureTarget = { kind: 'note'; id: string } | { kind: 'cell'; lane: string; stage: string } | { kind: 'persona'; id: string };

/** What the window's drop handling (app/dropped.ts) asks the board. */
export interface PictureDrops {
  /** What a picture dropped on `element` at this window point would go to, or null (a header, a panel, outside the map). */
  targetAt(element: Element | null, clientX: number, clientY: number): PictureTarget | null;
  /** Shrinks the picture and puts it there, one undo step; says what happened either way. */
  place(file: { name: string; bytes: Uint8Array }, target: PictureTarget): Promise<void>;
}

/** Marks an element (a persona in the personas panel) as a place to drop that persona's photo. */
export const PERSONA_DROP_ATTRIBUTE = 'data-persona-drop';

/** The target at a point of the board (relative to the board's element), headers pinned as the board draws them. */
function boardPictureTarget(layout: BoardLayout, camera: CameraState, p: { x: number; y: number }): PictureTarget | null {
  const { x, y, scale } = camera;
  const top = Math.max(y, 0);
  const left = Math.max(x, 0);
  // The corner above the lane titles covers the strip's left end.
  if (p.x < left + GEOMETRY.laneHeaderWidth * scale && p.y < top + layout.top * scale) return null;
  const stripY = (p.y - top) / scale;
  if (stripY >= 0 && stripY < layout.personaStripHeight) {
    const id = personaAtStripX(layout, (p.x - x) / scale);
    return id ? { kind: 'persona', id } : null;
  }
  // Stage and lane titles are no place for a picture.
  if (p.x < left + GEOMETRY.laneHeaderWidth * scale || p.y < top + layout.top * scale) return null;
  const hit = hitTest(layout, (p.x - x) / scale, (p.y - y) / scale);
  if (hit.kind === 'note') return { kind: 'note', id: hit.note.placement.note.id };
  if (hit.kind === 'cell') return { kind: 'cell', lane: hit.lane, stage: hit.stage };
  return null;
}

/** Whether a board point is on a note's picture (a double-click there opens it). */
function onNotePicture(layout: BoardLayout, noteId: string, at: { x: number; y: number }): boolean {
  const where = layout.noteCells.get(noteId);
  const cell = where && layout.cells.get(where.cell);
  const placement = cell?.placements[where!.index];
  if (!cell || !placement?.picture) return false;
  const { x, y } = notePosition(layout, cell, placement);
  const band = placement.picture;
  return at.x >= x + band.x && at.x <= x + band.x + band.width && at.y >= y + band.y && at.y <= y + band.y + band.height;
}

export interface PictureDeps {
  session: Session;
  model: BoardModel;
  camera: Camera;
  edit: Edit;
  notify(message: string): void;
  selection: Selection;
  setSelection(selection: Selection): void;
  /** Asks for a picture file (a dialog); null when cancelled. */
  pickImage(): Promise<{ name: string; bytes: Uint8Array } | null>;
  /** The element the board is drawn in. */
  board: HTMLElement | null;
}

export interface Pictures {
  drops: PictureDrops;
  /** Chooses a picture with the file dialog, for a note or as a persona's photo. */
  choose(target: { kind: 'note' | 'persona'; id: string }): Promise<void>;
  /** Opens a note's picture large (the selected note's when none is named); says so when it has none. */
  open(noteId?: string): void;
  /** Opens the picture of a note double-clicked on its picture; false when the point is elsewhere on the note. */
  openAt(noteId: string, at: { x: number; y: number }): boolean;
  /** The viewer while a picture is open. */
  viewer: ReactNode;
}

export function usePictures(deps: PictureDeps): Pictures {
  const w = useWords();
  const [viewing, setViewing] = useState<string | null>(null);
  const latest = useRef(deps);
  latest.current = deps;

  const place = useCallback(
    async (file: { name: string; bytes: Uint8Array }, target: PictureTarget) => {
      const { notify, session } = latest.current;
      // Review mode and the like refuse before a large photo is decoded and shrunk for nothing.
      const refusal = session.history.refusalOf(target.kind === 'persona' ? 'persona.setPhoto' : target.kind === 'note' ? 'note.setImage' : 'note.add');
      if (refusal) return notify(refusalMessage(refusal, currentLanguage()));
      const purpose: PicturePurpose = target.kind === 'persona' ? 'persona' : 'note';
      notify(w.photos.reading({ name: file.name }));
      const prepared = await preparePicture(file.bytes, file.name, purpose);
      if (!prepared.ok) {
        notify(w.photos.refused[prepared.reason]({ name: file.name, megapixels: prepared.megapixels ?? 0 }));
        return;
      }
      if (!putInMap(latest.current, target, prepared.asset)) return;
      const size = formatBytes(Math.round((prepared.asset.data.length * 3) / 4));
      const shown = { name: file.name, width: prepared.width, height: prepared.height, size };
      notify(
        prepared.shrunkFrom
          ? w.photos.addedShrunk({ ...shown, before: `${prepared.shrunkFrom.width} × ${prepared.shrunkFrom.height}` })
          : w.photos.added(shown),
      );
    },
    [w],
  );

  const drops = useMemo<PictureDrops>(
    () => ({
      targetAt(element, clientX, clientY) {
        const persona = element?.closest(`[${PERSONA_DROP_ATTRIBUTE}]`)?.getAttribute(PERSONA_DROP_ATTRIBUTE);
        if (persona) return { kind: 'persona', id: persona };
        const { board, model, camera } = latest.current;
        if (!board || !element || !board.contains(element)) return null;
        const box = board.getBoundingClientRect();
        return boardPictureTarget(model.layout, camera.get(), { x: clientX - box.left, y: clientY - box.top });
      },
      place,
    }),
    [place],
  );

  const choose = useCallback(
    async (target: { kind: 'note' | 'persona'; id: string }) => {
      const picked = await latest.current.pickImage();
      if (!picked) return;
      await place(picked, target);
    },
    [place],
  );

  const open = useCallback(
    (noteId?: string) => {
      const { session, notify, selection } = latest.current;
      const id = noteId ?? selection.notes[selection.notes.length - 1];
      const note = id ? session.map.notes.find((n) => n.id === id) : undefined;
      // A face-down note's picture stays private until the reveal, like its words.
      if (!note?.image || note.hidden || !session.map.assets || !Object.hasOwn(session.map.assets, note.image)) {
        notify(w.photos.noPicture);
        return;
      }
      setViewing(note.id);
    },
    [w],
  );

  const openAt = useCallback((noteId: string, at: { x: number; y: number }) => {
    if (!onNotePicture(latest.current.model.layout, noteId, at)) return false;
    setViewing(noteId);
    return true;
  }, []);

  const map = deps.session.map;
  const note = viewing ? map.notes.find((n) => n.id === viewing) : undefined;
  const asset = note?.image && map.assets && Object.hasOwn(map.assets, note.image) ? map.assets[note.image] : undefined;
  const viewer = note && asset ? <PictureViewer asset={asset} caption={note.hidden ? '' : note.text} onClose={() => setViewing(null)} /> : null;

  return { drops, choose, open, openAt, viewer };
}

/** Puts a shrunk picture where it was dropped or chosen, as one undo step; false (and a message) when refused. */
function putInMap(deps: PictureDeps, target: PictureTarget, asset: Asset): boolean {
  const { session, edit, notify, setSelection } = deps;
  const assetId = newId('asset');
  if (target.kind === 'note') {
    const ok = edit.apply(ops.setNoteImage, { id: target.id, image: assetId, asset });
    if (ok) setSelection({ notes: [target.id], cell: null });
    return ok;
  }
  if (target.kind === 'persona') return edit.apply(ops.setPersonaPhoto, { id: target.id, photo: assetId, asset });
  // An empty cell: a new note carrying the picture (in an evidence lane, the photo of the paper wall).
  const id = newId('note');
  session.history.seal();
  const result = session.history.transaction('note.addPicture', (run) => {
    run(ops.addNote, { id, lane: target.lane, stage: target.stage, text: '' });
    run(ops.setNoteImage, { id, image: assetId, asset });
  });
  session.history.seal();
  if (!result.ok) {
    notify(refusalMessage(result.refusal, currentLanguage()));
    return false;
  }
  setSelection({ notes: [id], cell: null });
  return true;
}
