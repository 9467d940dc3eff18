// Pointer gestures on the board: pan (wheel, space+drag, middle-drag), zoom
// around the pointer (ctrl/⌘+wheel, pinch), click and shift/ctrl-click to
// select, drag on empty board for a selection rectangle, drag notes to
// another cell or place with a drop marker, double-click to edit or add.
import { useCallback, useRef, useState } from 'react';
import { curveLegendHit } from '../../shared/layout/curveLegend';
import { GEOMETRY } from '../../shared/layout/geometry';
import type { BoardModel } from './boardModel';
import type { Camera } from './camera';
import { columnsIn, dropMarker, dropPosition, hitTest, notesIn, rowsIn, type Rect } from './grid';
import type { HeaderRef } from './structure';
import { toggleNote, type Selection } from './selection';

export interface PointerCallbacks {
  model: BoardModel;
  camera: Camera;
  selection: Selection;
  setSelection(selection: Selection): void;
  moveNotes(ids: string[], lane: string, stage: string, position: number): void;
  editNote(id: string): void;
  /** A double-click on a note's picture opens it large; false when the point is not on the picture. */
  openPictureAt?(id: string, at: { x: number; y: number }): boolean;
  addNoteAt(lane: string, stage: string): void;
  /**
   * Dot voting: set while a round is on. A click on a note then votes
   * (shift-click takes a dot back) instead of selecting or dragging it, and
   * double-clicks neither edit notes nor add them.
   */
  voteOnNote?(id: string, remove: boolean): void;
  /** A click on an entry of the emotion curves' legend switches that lane's curve off or on (view state). */
  toggleCurve?(laneId: string): void;
  /** Whether space is held (space+drag pans). */
  spaceHeld(): boolean;
  openHeaderMenu(header: HeaderRef, at: { x: number; y: number }): void;
  renameHeader(header: HeaderRef): void;
  moveHeader(header: HeaderRef, index: number): void;
}

export interface PointerOverlay {
  rubberBand: Rect | null;
  drop: Rect | null;
  dragOffset: { dx: number; dy: number; ids: readonly string[] } | null;
}

type Gesture =
  | { kind: 'pan'; lastX: number; lastY: number }
  | { kind: 'band'; startX: number; startY: number; additive: boolean }
  | { kind: 'drag'; ids: string[]; startX: number; startY: number; moved: boolean; target: { lane: string; stage: string; position: number } | null }
  | { kind: 'click-cell'; lane: string; stage: string; startX: number; startY: number }
  | { kind: 'header'; header: HeaderRef; startX: number; startY: number; moved: boolean; index: number | null };

const DRAG_THRESHOLD = 4;

function localPoint(event: PointerEvent | WheelEvent | MouseEvent, element: HTMLElement): { x: number; y: number } {
  const box = element.getBoundingClientRect();
  return { x: event.clientX - box.left, y: event.clientY - box.top };
}

export function useBoardPointer(callbacks: PointerCallbacks) {
  const cb = useRef(callbacks);
  cb.current = callbacks;
  const gesture = useRef<Gesture | null>(null);
  const band = useRef<Rect | null>(null);
  const [overlay, setOverlay] = useState<PointerOverlay>({ rubberBand: null, drop: null, dragOffset: null });

  /** Whether a screen point is over the pinned headers (titles are not cells). */
  const overHeaders = (p: { x: number; y: number }) => {
    const { camera, model } = cb.current;
    const { x, y, scale } = camera.get();
    return p.x < Math.max(x, 0) + GEOMETRY.laneHeaderWidth * scale || p.y < Math.max(y, 0) + model.layout.top * scale;
  };

  /** The stage or lane title under a screen point, if any (the headers are pinned, so this is in screen space). */
  const headerAt = (p: { x: number; y: number }): HeaderRef | null => {
    const { camera, model } = cb.current;
    const { x, y, scale } = camera.get();
    const top = Math.max(y, 0);
    const left = Math.max(x, 0);
    const layout = model.layout;
    const inStageBand = p.y >= top + layout.personaStripHeight * scale && p.y < top + layout.top * scale;
    if (inStageBand && p.x >= left + GEOMETRY.laneHeaderWidth * scale) {
      const column = columnsIn(layout, (p.x - x) / scale, (p.x - x) / scale + 0.001)[0];
      return column ? { kind: 'stage', id: column.stage.id } : null;
    }
    if (p.x < left + GEOMETRY.laneHeaderWidth * scale && p.y >= top + layout.top * scale) {
      const row = rowsIn(layout, (p.y - y) / scale, (p.y - y) / scale + 0.001)[0];
      return row ? { kind: 'lane', id: row.lane.id } : null;
    }
    return null;
  };

  /** Where a dragged header would land: the index of the column or row under the pointer. */
  const headerTarget = (header: HeaderRef, p: { x: number; y: number }): number | null => {
    const { camera, model } = cb.current;
    const b = camera.toBoard(p.x, p.y);
    if (header.kind === 'stage') return columnsIn(model.layout, b.x, b.x + 0.001)[0]?.index ?? null;
    const row = rowsIn(model.layout, b.y, b.y + 0.001)[0];
    return row ? model.layout.map.lanes.findIndex((l) => l.id === row.lane.id) : null;
  };

  const onWheel = useCallback((event: WheelEvent, element: HTMLElement) => {
    event.preventDefault();
    const { camera } = cb.current;
    const p = localPoint(event, element);
    if (event.ctrlKey || event.metaKey) {
      // Pinch gestures arrive as ctrl+wheel with small deltas; a mouse wheel notch is ~100.
      const factor = Math.exp(-event.deltaY * (Math.abs(event.deltaY) < 50 ? 0.01 : 0.0015));
      camera.zoomAt(camera.get().scale * factor, p.x, p.y);
    } else if (event.shiftKey && event.deltaX === 0) {
      camera.panBy(-event.deltaY, 0);
    } else {
      camera.panBy(-event.deltaX, -event.deltaY);
    }
  }, []);

  const onPointerDown = useCallback((event: PointerEvent, element: HTMLElement) => {
    const { camera, model, selection, setSelection, spaceHeld } = cb.current;
    const p = localPoint(event, element);
    if (event.button === 1 || (event.button === 0 && spaceHeld())) {
      gesture.current = { kind: 'pan', lastX: p.x, lastY: p.y };
      element.setPointerCapture(event.pointerId);
      return;
    }
    const header = headerAt(p);
    if (header && event.button === 2) {
      cb.current.openHeaderMenu(header, p);
      return;
    }
    if (header && event.button === 0) {
      element.setPointerCapture(event.pointerId);
      gesture.current = { kind: 'header', header, startX: p.x, startY: p.y, moved: false, index: null };
      return;
    }
    if (event.button !== 0 || overHeaders(p)) return;
    const b = camera.toBoard(p.x, p.y);
    const curve = cb.current.toggleCurve && curveLegendHit(model.layout, model.theme, b.x, b.y);
    if (curve) {
      cb.current.toggleCurve!(curve);
      return;
    }
    element.setPointerCapture(event.pointerId);
    const hit = hitTest(model.layout, b.x, b.y);
    const additive = event.shiftKey || event.ctrlKey || event.metaKey;
    if (hit.kind === 'note' && cb.current.voteOnNote) {
      cb.current.voteOnNote(hit.note.placement.note.id, event.shiftKey);
      return;
    }
    if (hit.kind === 'note') {
      const id = hit.note.placement.note.id;
      let next = selection;
      if (additive) next = toggleNote(selection, id);
      else if (!selection.notes.includes(id)) next = { notes: [id], cell: null };
      setSelection(next);
      const ids = next.notes.includes(id) ? [...next.notes] : [];
      gesture.current = { kind: 'drag', ids, startX: p.x, startY: p.y, moved: false, target: null };
      return;
    }
    if (!additive) setSelection({ notes: [], cell: hit.kind === 'cell' ? { lane: hit.lane, stage: hit.stage } : null });
    gesture.current =
      hit.kind === 'cell' && !additive
        ? { kind: 'click-cell', lane: hit.lane, stage: hit.stage, startX: p.x, startY: p.y }
        : { kind: 'band', startX: p.x, startY: p.y, additive };
  }, []);

  const onPointerMove = useCallback((event: PointerEvent, element: HTMLElement) => {
    const g = gesture.current;
    if (!g) return;
    const { camera, model } = cb.current;
    const p = localPoint(event, element);
    if (g.kind === 'pan') {
      camera.panBy(p.x - g.lastX, p.y - g.lastY);
      g.lastX = p.x;
      g.lastY = p.y;
      return;
    }
    if (g.kind === 'header') {
      if (!g.moved && Math.hypot(p.x - g.startX, p.y - g.startY) < DRAG_THRESHOLD) return;
      g.moved = true;
      g.index = headerTarget(g.header, p);
      const layout = model.layout;
      let drop: Rect | null = null;
      if (g.index !== null && g.header.kind === 'stage') {
        const column = layout.columns[g.index]!;
        drop = { x: column.x - 3, y: layout.top, width: 6, height: layout.height - layout.top };
      } else if (g.index !== null) {
        const lane = layout.map.lanes[g.index];
        const row = lane && layout.rowOf.get(lane.id);
        if (row) drop = { x: GEOMETRY.laneHeaderWidth, y: row.y - 3, width: layout.width - GEOMETRY.laneHeaderWidth, height: 6 };
      }
      setOverlay({ rubberBand: null, drop, dragOffset: null });
      return;
    }
    if (g.kind === 'click-cell') {
      if (Math.hypot(p.x - g.startX, p.y - g.startY) < DRAG_THRESHOLD) return;
      gesture.current = { kind: 'band', startX: g.startX, startY: g.startY, additive: false };
    }
    const current = gesture.current!;
    if (current.kind === 'band') {
      const a = camera.toBoard(current.startX, current.startY);
      const b = camera.toBoard(p.x, p.y);
      band.current = { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
      setOverlay({ rubberBand: band.current, drop: null, dragOffset: null });
      return;
    }
    if (current.kind === 'drag') {
      if (current.ids.length === 0) return;
      if (!current.moved && Math.hypot(p.x - current.startX, p.y - current.startY) < DRAG_THRESHOLD) return;
      current.moved = true;
      const b = camera.toBoard(p.x, p.y);
      const hit = hitTest(model.layout, b.x, b.y);
      const moving = new Set(current.ids);
      let target: typeof current.target = null;
      if (hit.kind === 'note') target = { lane: hit.note.cell.lane, stage: hit.note.cell.stage, position: 0 };
      else if (hit.kind === 'cell') target = { lane: hit.lane, stage: hit.stage, position: 0 };
      if (target) target.position = dropPosition(model.layout, target.lane, target.stage, b.x, b.y, moving);
      current.target = target;
      const scale = camera.get().scale;
      setOverlay({
        rubberBand: null,
        drop: target ? dropMarker(model.layout, target.lane, target.stage, target.position, moving) : null,
        dragOffset: { dx: (p.x - current.startX) / scale, dy: (p.y - current.startY) / scale, ids: current.ids },
      });
    }
  }, []);

  const onPointerUp = useCallback((event: PointerEvent, element: HTMLElement) => {
    const g = gesture.current;
    gesture.current = null;
    if (element.hasPointerCapture(event.pointerId)) element.releasePointerCapture(event.pointerId);
    if (!g) return;
    const { model, selection, setSelection, moveNotes } = cb.current;
    if (g.kind === 'header') {
      setOverlay({ rubberBand: null, drop: null, dragOffset: null });
      if (g.moved && g.index !== null) cb.current.moveHeader(g.header, g.index);
      else if (!g.moved) cb.current.openHeaderMenu(g.header, localPoint(event, element));
      return;
    }
    if (g.kind === 'band') {
      const rect = band.current;
      band.current = null;
      setOverlay({ rubberBand: null, drop: null, dragOffset: null });
      if (rect) {
        const ids = notesIn(model.layout, rect).map((n) => n.placement.note.id);
        setSelection({ notes: g.additive ? [...new Set([...selection.notes, ...ids])] : ids, cell: null });
      }
      return;
    }
    if (g.kind === 'drag') {
      setOverlay({ rubberBand: null, drop: null, dragOffset: null });
      if (g.moved && g.target) moveNotes(g.ids, g.target.lane, g.target.stage, g.target.position);
    }
  }, []);

  const onDoubleClick = useCallback((event: MouseEvent, element: HTMLElement) => {
    const { camera, model, editNote, addNoteAt } = cb.current;
    const p = localPoint(event, element);
    const header = headerAt(p);
    if (header) {
      cb.current.renameHeader(header);
      return;
    }
    if (overHeaders(p) || cb.current.voteOnNote) return;
    const b = camera.toBoard(p.x, p.y);
    // Two quick clicks on the legend switch a curve off and on again; they add no note.
    if (curveLegendHit(model.layout, model.theme, b.x, b.y)) return;
    const hit = hitTest(model.layout, b.x, b.y);
    if (hit.kind === 'note') {
      if (!cb.current.openPictureAt?.(hit.note.placement.note.id, b)) editNote(hit.note.placement.note.id);
    } else if (hit.kind === 'cell') addNoteAt(hit.lane, hit.stage);
  }, []);

  return { overlay, onWheel, onPointerDown, onPointerMove, onPointerUp, onDoubleClick };
}
