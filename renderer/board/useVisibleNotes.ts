// The notes in view, found through the grid each time the camera settles on
// a new frame. Only this list reaches React, so panning re-renders only when
// notes come into or leave the view.
import { useEffect, useState } from 'react';
import { noteItem } from '../../shared/layout/noteItem';
import type { NoteItem } from '../../shared/layout/sceneTypes';
import type { BoardModel } from './boardModel';
import type { Camera } from './camera';
import { notesIn } from './grid';
import { applyLens, PLAIN_LENS, type BoardLens } from './lens';
import { sameNoteItem } from './sameNoteItem';

/**
 * Screen pixels around the view whose notes are drawn too, so a pan shows no
 * gap in the frame before the visible set catches up. Konva draws every node
 * it has, on screen or not, so the margin is kept small.
 */
const MARGIN_PX = 60;

function visibleNoteItems(model: BoardModel, camera: Camera, view: { width: number; height: number }, lens: BoardLens = PLAIN_LENS): NoteItem[] {
  const { x, y, scale } = camera.get();
  const margin = MARGIN_PX / scale;
  const area = { x: -x / scale - margin, y: -y / scale - margin, width: view.width / scale + 2 * margin, height: view.height / scale + 2 * margin };
  const plain = lens.test === null && !lens.evidence;
  return notesIn(model.layout, area).map((n) => {
    const item = noteItem(model.layout, n.cell, n.placement, model.theme, model.labels, { hideVotes: lens.secretVotes?.has(n.cell.lane) });
    return plain ? item : applyLens(item, n.placement.note, model.layout.rowOf.get(n.cell.lane)!.lane, lens, model.theme);
  });
}

function sameItems(a: readonly NoteItem[], b: readonly NoteItem[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (!sameNoteItem(a[i]!, b[i]!)) return false;
  }
  return true;
}

/** The visible notes as items, through the lens (filter, evidence view); none while `enabled` is false (zoomed out, where CardsShape paints them). */
export function useVisibleNotes(model: BoardModel, camera: Camera, view: { width: number; height: number }, enabled: boolean, lens: BoardLens = PLAIN_LENS): NoteItem[] {
  const [items, setItems] = useState<NoteItem[]>(() => (enabled ? visibleNoteItems(model, camera, view, lens) : []));
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = enabled ? visibleNoteItems(model, camera, view, lens) : [];
      setItems((current) => (sameItems(current, next) ? current : next));
    };
    update();
    const unsubscribe = camera.subscribe(() => {
      if (frame === 0) frame = requestAnimationFrame(update);
    });
    return () => {
      unsubscribe();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [model, camera, view, enabled, lens]);
  return items;
}
