// Konva nodes that paint scene items: one node for a whole list of items,
// one node per visible note. None listens for events: hit-testing goes
// through the grid (grid.ts), so Konva keeps no hit canvas for them.
import type Konva from 'konva';
import { memo } from 'react';
import { Shape } from 'react-konva';
import type { NoteItem, SceneItem } from '../../shared/layout/sceneTypes';
import { sameNoteItem } from './sameNoteItem';
import { paintItem, paintNote, type ImageSource } from './paint';

const native = (context: Konva.Context) => (context as unknown as { _context: CanvasRenderingContext2D })._context;

/** One node painting with the canvas's own context each time the layer draws: what it reads then (the camera) is current. */
export function PaintShape({ paint }: { paint(ctx: CanvasRenderingContext2D): void }) {
  return <Shape listening={false} perfectDrawEnabled={false} sceneFunc={(context) => paint(native(context))} />;
}

export const ItemsShape = memo(function ItemsShape({ items, images }: { items: readonly SceneItem[]; images: ImageSource }) {
  return (
    <Shape
      listening={false}
      perfectDrawEnabled={false}
      sceneFunc={(context) => {
        const ctx = native(context);
        for (const item of items) paintItem(ctx, item, images);
      }}
    />
  );
});

/**
 * One note: re-renders only when what it shows changes, so one edit commits one note.
 * `images` draws its picture; a newer source for the same picture changes nothing (asset ids are never reused).
 */
export const NoteShape = memo(
  function NoteShape({ item, withText, images }: { item: NoteItem; withText: boolean; images?: ImageSource }) {
    return (
      <Shape
        listening={false}
        perfectDrawEnabled={false}
        sceneFunc={(context) => paintNote(native(context), item, withText, images)}
      />
    );
  },
  (a, b) => a.withText === b.withText && sameNoteItem(a.item, b.item),
);
