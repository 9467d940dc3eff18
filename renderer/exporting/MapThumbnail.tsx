// The map as the export will draw it, shrunk into the export dialog: the
// same scene items the board paints, so the preview is the picture itself.
// Tiled PDFs draw their page grid over it, labelled as on the pages, the
// places left blank dashed and grey.
import { useEffect, useRef } from 'react';
import type { PreparedExport } from '../../shared/export/sceneForExport';
import { flatSceneItems } from '../../shared/export/sceneForExport';
import { imageSource } from '../board/images';
import { paintItem } from '../board/paint';

export interface GridOverlay {
  /** Page rectangles in board pixels, the label printed on each, and whether the page is left out (nothing on it). */
  pages: { x: number; y: number; width: number; height: number; label: string; blank?: boolean }[];
}

const BOX = { width: 420, height: 260 };

export function MapThumbnail({ prepared, grid }: { prepared: PreparedExport; grid: GridOverlay | null }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { width, height } = prepared.scene;
  const scale = Math.min(BOX.width / width, BOX.height / height);
  const shown = { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };

  useEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (!element || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = shown.width * ratio;
    element.height = shown.height * ratio;
    ctx.setTransform(scale * ratio, 0, 0, scale * ratio, 0, 0);
    const images = imageSource(prepared.map);
    for (const item of flatSceneItems(prepared.scene)) paintItem(ctx, item, images);
    if (grid) paintGrid(ctx, grid, scale);
  }, [prepared, grid, scale, shown.width, shown.height]);

  return <canvas ref={canvas} className="export-thumbnail" data-testid="export-thumbnail" style={{ width: shown.width, height: shown.height }} />;
}

function paintGrid(ctx: CanvasRenderingContext2D, grid: GridOverlay, scale: number): void {
  ctx.lineWidth = 1.5 / scale;
  ctx.font = `600 ${11 / scale}px Inter`;
  ctx.textBaseline = 'top';
  for (const page of grid.pages) {
    ctx.strokeStyle = page.blank ? '#9AA5B1' : '#DC2626';
    ctx.fillStyle = ctx.strokeStyle;
    ctx.setLineDash(page.blank ? [4 / scale, 3 / scale] : []);
    ctx.strokeRect(page.x, page.y, page.width, page.height);
    ctx.fillText(page.label, page.x + 4 / scale, page.y + 4 / scale);
  }
  ctx.setLineDash([]);
}
