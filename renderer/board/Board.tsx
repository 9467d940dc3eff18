// The board: the scene drawn with react-konva, culled by the grid, headers
// pinned like a spreadsheet's frozen panes, the camera moving Konva nodes
// directly (not through React).
import type Konva from 'konva';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Group, Layer, Shape, Stage } from 'react-konva';
import type { BoardModel } from './boardModel';
import { TEXT_ZOOM, type Camera, type CameraState } from './camera';
import type { Rect } from './grid';
import { notePosition } from '../../shared/layout/layout';
import { useBoardPointer, type PointerCallbacks } from './pointer';
import type { ImageSource } from './paint';
import { CardsShape } from './CardsShape';
import { ItemsShape, NoteShape } from './shapes';
import { LaneTitlesShape } from './LaneTitlesShape';
import { onPictureDecoded } from './images';
import { useVisibleNotes } from './useVisibleNotes';
import { PLAIN_LENS, type BoardLens } from './lens';
import type { SceneItem } from '../../shared/layout/sceneTypes';

export interface BoardProps extends Omit<PointerCallbacks, 'model' | 'camera'> {
  model: BoardModel;
  camera: Camera;
  images: ImageSource;
  view: { width: number; height: number };
  highlighted: ReadonlySet<string>;
  onStage?(stage: Konva.Stage | null): void;
  /** Filter and evidence view (view state): dimmed and recoloured notes. */
  lens?: BoardLens;
  /** Drawn over the stage titles and pinned with them (the evidence view's shares). */
  stageOverlay?: readonly SceneItem[] | null;
  /** Drawn over the notes and moving with them (dot voting: veiled lanes, large vote counts). */
  notesOverlay?: readonly SceneItem[] | null;
  /** False in present mode: the board only shows, the presenter's keys move it. */
  interactive?: boolean;
}

function applyCamera(state: CameraState, groups: { content: Konva.Group; top: Konva.Group; left: Konva.Group; corner: Konva.Group }): void {
  const { x, y, scale } = state;
  groups.content.setAttrs({ x, y, scaleX: scale, scaleY: scale });
  // Headers follow the board along their own axis and stay at the edge once it scrolls past.
  groups.top.setAttrs({ x, y: Math.max(y, 0), scaleX: scale, scaleY: scale });
  groups.left.setAttrs({ x: Math.max(x, 0), y, scaleX: scale, scaleY: scale });
  groups.corner.setAttrs({ x: Math.max(x, 0), y: Math.max(y, 0), scaleX: scale, scaleY: scale });
}

export function Board(props: BoardProps) {
  const { model, camera, images, view, selection, highlighted } = props;
  const container = useRef<HTMLDivElement>(null);
  const stage = useRef<Konva.Stage>(null);
  const content = useRef<Konva.Group>(null);
  const top = useRef<Konva.Group>(null);
  const left = useRef<Konva.Group>(null);
  const corner = useRef<Konva.Group>(null);
  const [withText, setWithText] = useState(camera.get().scale >= TEXT_ZOOM);
  const lens = props.lens ?? PLAIN_LENS;
  const notes = useVisibleNotes(model, camera, view, withText, lens);
  const pointer = useBoardPointer({ ...props, model, camera });

  useEffect(() => {
    const groups = { content: content.current!, top: top.current!, left: left.current!, corner: corner.current! };
    const apply = (state: CameraState) => {
      applyCamera(state, groups);
      setWithText(state.scale >= TEXT_ZOOM);
      stage.current?.batchDraw();
    };
    apply(camera.get());
    return camera.subscribe(apply);
  }, [camera]);

  useEffect(() => props.onStage?.(stage.current), [props]);

  // A picture decodes after the first draw that wanted it: draw again when it is ready.
  useEffect(() => onPictureDecoded(() => stage.current?.batchDraw()), []);

  // Native listeners: React's wheel listener is passive, and the board must stop the page scrolling.
  useEffect(() => {
    const element = container.current!;
    const on = <K extends 'wheel' | 'pointerdown' | 'pointermove' | 'pointerup' | 'pointercancel' | 'dblclick' | 'contextmenu'>(type: K, handler: (event: HTMLElementEventMap[K], el: HTMLElement) => void) => {
      const listener = (event: HTMLElementEventMap[K]) => handler(event, element);
      element.addEventListener(type, listener, { passive: false });
      return () => element.removeEventListener(type, listener);
    };
    if (props.interactive === false) return on('contextmenu', (event) => event.preventDefault());
    const offs = [
      on('wheel', pointer.onWheel),
      on('pointerdown', pointer.onPointerDown),
      on('pointermove', pointer.onPointerMove),
      on('pointerup', pointer.onPointerUp),
      on('pointercancel', pointer.onPointerUp),
      on('dblclick', pointer.onDoubleClick),
      on('contextmenu', (event) => event.preventDefault()),
    ];
    return () => offs.forEach((off) => off());
  }, [pointer.onWheel, pointer.onPointerDown, pointer.onPointerMove, pointer.onPointerUp, pointer.onDoubleClick, props.interactive]);

  // Outlines come from the layout, not the visible items, so they show at any zoom.
  const selectedItems = useMemo(() => noteRects(model, selection.notes), [model, selection.notes]);
  const highlightedItems = useMemo(() => noteRects(model, [...highlighted]), [model, highlighted]);
  const dragging = pointer.overlay.dragOffset;
  const selectedCell = selection.cell && model.layout.rowOf.get(selection.cell.lane) && model.layout.columnOf.get(selection.cell.stage) ? cellRect(model, selection.cell) : null;

  return (
    <div ref={container} className="board" data-testid="board" tabIndex={-1}>
      <Stage ref={stage} width={view.width} height={view.height}>
        <Layer listening={false}>
          <Group ref={content}>
            <ItemsShape items={model.background} images={images} />
            {selectedCell && <Outline rects={[selectedCell]} color={model.theme.selection} width={3} dash={[8, 6]} />}
            {withText ? notes.map((item) => <NoteShape key={item.id} item={item} withText images={images} />) : <CardsShape model={model} camera={camera} view={view} lens={lens} />}
            <ItemsShape items={model.overlay} images={images} />
            {props.notesOverlay && <ItemsShape items={props.notesOverlay} images={images} />}
            <Outline rects={highlightedItems} color="#F59E0B" width={4} />
            <Outline rects={selectedItems} color={model.theme.selection} width={3} />
            {dragging && <Outline rects={selectedItems.map((r) => ({ ...r, x: r.x + dragging.dx, y: r.y + dragging.dy }))} color={model.theme.selection} width={2} dash={[6, 4]} />}
            {pointer.overlay.drop && <Outline rects={[pointer.overlay.drop]} color={model.theme.selection} width={4} fill={model.theme.selection} />}
            {pointer.overlay.rubberBand && <Outline rects={[pointer.overlay.rubberBand]} color={model.theme.selection} width={1.5} fill="rgba(37,99,235,0.08)" />}
          </Group>
          {/* Headers in the same layer, drawn last: one canvas to redraw per camera move, not two. */}
          <Group ref={top}>
            <ItemsShape items={model.top} images={images} />
            {props.stageOverlay && <ItemsShape items={props.stageOverlay} images={images} />}
          </Group>
          <Group ref={left}>
            <ItemsShape items={model.left} images={images} />
            <LaneTitlesShape model={model} camera={camera} view={view} images={images} />
          </Group>
          <Group ref={corner}>
            <ItemsShape items={model.corner} images={images} />
          </Group>
        </Layer>
      </Stage>
    </div>
  );
}

function noteRects(model: BoardModel, ids: readonly string[]): Rect[] {
  const rects: Rect[] = [];
  for (const id of ids) {
    const where = model.layout.noteCells.get(id);
    const cell = where && model.layout.cells.get(where.cell);
    const placement = cell?.placements[where!.index];
    if (!cell || !placement) continue;
    rects.push({ ...notePosition(model.layout, cell, placement), width: placement.width, height: placement.height });
  }
  return rects;
}

function cellRect(model: BoardModel, cell: { lane: string; stage: string }): Rect {
  const row = model.layout.rowOf.get(cell.lane)!;
  const column = model.layout.columnOf.get(cell.stage)!;
  return { x: column.x + 3, y: row.y + row.bandHeight + 3, width: column.width - 6, height: row.height - row.bandHeight - 6 };
}

function Outline({ rects, color, width, dash, fill }: { rects: readonly Rect[]; color: string; width: number; dash?: number[]; fill?: string }) {
  if (rects.length === 0) return null;
  return (
    <Shape
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(context) => {
        const ctx = (context as unknown as { _context: CanvasRenderingContext2D })._context;
        ctx.save();
        ctx.setLineDash(dash ?? []);
        ctx.lineWidth = width;
        ctx.strokeStyle = color;
        for (const r of rects) {
          ctx.beginPath();
          ctx.roundRect(r.x - 2, r.y - 2, r.width + 4, r.height + 4, 8);
          if (fill) {
            ctx.fillStyle = fill;
            ctx.fill();
          }
          ctx.stroke();
        }
        ctx.restore();
      }}
    />
  );
}

