// Scene items as SVG elements, drawn the way the board's canvas draws them
// (shared/layout/paintCanvas.ts is the reference): fill then stroke, each with the
// item's opacity as canvas's globalAlpha does; round line caps; canvas's
// miter limit; text on its alphabetic baseline at y + baselineOffset(font),
// aligned in its box; images stretched to their box, round ones clipped to
// the inscribed circle. The PNG export runs paintCanvas itself; tests hold
// the two pictures to each other and both to the board.
import type { JourneyMap } from '../../shared/format/types';
import { notePrimitives } from '../../shared/layout/notePrimitives';
import { MISSING_PICTURE_FILL } from '../../shared/layout/pictureCard';
import { usablePicture } from '../../shared/pictures/storedPicture';
import type { SceneItem } from '../../shared/layout/sceneTypes';
import { baselineOffset } from '../../shared/layout/textMetrics';
import { num, xmlText } from './xml';

export interface SvgItemContext {
  /** Subtracted from every coordinate, so a band of a tall map keeps small numbers (renderers draw in 32-bit floats). */
  originX: number;
  originY: number;
  /** The data URL an image is drawn from, or null when this output cannot draw it. */
  image(assetId: string): string | null;
  /** A document-unique id for a clip path. */
  nextId(): string;
}

/** The SVG markup of one scene item (a note expands into its primitives). */
export function svgItem(item: SceneItem, ctx: SvgItemContext): string {
  const X = (x: number) => num(x - ctx.originX);
  const Y = (y: number) => num(y - ctx.originY);
  switch (item.type) {
    case 'rect': {
      const radius = item.radius ? ` rx="${num(item.radius)}"` : '';
      return `<rect x="${X(item.x)}" y="${Y(item.y)}" width="${num(item.width)}" height="${num(item.height)}"${radius}${paint(item.fill, item.stroke, item.strokeWidth, item.opacity)}/>`;
    }
    case 'text': {
      const text = xmlText(item.text);
      if (text.trim() === '') return '';
      const weight = item.font.weight === 400 ? '' : ` font-weight="${item.font.weight}"`;
      const opacity = item.opacity === undefined || item.opacity === 1 ? '' : ` fill-opacity="${num(item.opacity)}"`;
      const anchor = textAnchor(item);
      return `<text x="${X(anchor.x)}" y="${Y(item.y + baselineOffset(item.font))}" font-size="${num(item.font.size)}"${weight} fill="${xmlText(item.color)}"${opacity}${anchor.attr}>${text}</text>`;
    }
    case 'line': {
      const points: string[] = [];
      for (let i = 0; i + 1 < item.points.length; i += 2) points.push(`${X(item.points[i]!)},${Y(item.points[i + 1]!)}`);
      const dash = item.dash && item.dash.length > 0 ? ` stroke-dasharray="${item.dash.map(num).join(' ')}"` : '';
      return `<polyline points="${points.join(' ')}" fill="none" stroke="${xmlText(item.stroke)}" stroke-width="${num(item.strokeWidth)}" stroke-linecap="round" stroke-miterlimit="10"${dash}/>`;
    }
    case 'circle':
      return `<circle cx="${X(item.x)}" cy="${Y(item.y)}" r="${num(item.radius)}"${paint(item.fill, item.stroke, item.strokeWidth, undefined)}/>`;
    case 'image': {
      const href = ctx.image(item.assetId);
      const cx = item.x + item.width / 2;
      const cy = item.y + item.height / 2;
      const r = Math.min(item.width, item.height) / 2;
      if (href === null) {
        return item.round
          ? `<circle cx="${X(cx)}" cy="${Y(cy)}" r="${num(r)}" fill="${MISSING_PICTURE_FILL}"/>`
          : `<rect x="${X(item.x)}" y="${Y(item.y)}" width="${num(item.width)}" height="${num(item.height)}" fill="${MISSING_PICTURE_FILL}"/>`;
      }
      const box = `x="${X(item.x)}" y="${Y(item.y)}" width="${num(item.width)}" height="${num(item.height)}" preserveAspectRatio="none"`;
      if (!item.round) return `<image ${box} xlink:href="${xmlText(href)}"/>`;
      const id = ctx.nextId();
      return `<clipPath id="${id}"><circle cx="${X(cx)}" cy="${Y(cy)}" r="${num(r)}"/></clipPath><image ${box} clip-path="url(#${id})" xlink:href="${xmlText(href)}"/>`;
    }
    case 'note':
      return notePrimitives(item).map((part) => svgItem(part, ctx)).join('');
  }
}

// Canvas fills, then strokes, each at globalAlpha: fill-opacity and
// stroke-opacity do the same (a group `opacity` would blend the two first).
function paint(fill: string | undefined, stroke: string | undefined, strokeWidth: number | undefined, opacity: number | undefined): string {
  let out = ` fill="${fill ? xmlText(fill) : 'none'}"`;
  const alpha = opacity === undefined || opacity === 1 ? '' : num(opacity);
  if (fill && alpha) out += ` fill-opacity="${alpha}"`;
  if (stroke) {
    out += ` stroke="${xmlText(stroke)}" stroke-width="${num(strokeWidth ?? 1)}"`;
    if (alpha) out += ` stroke-opacity="${alpha}"`;
  }
  return out;
}

// Canvas aligns at x for left, at the box's middle or right edge otherwise (paint.ts, textX).
function textAnchor(item: { x: number; width?: number; align?: 'left' | 'center' | 'right' }): { x: number; attr: string } {
  if (!item.width || !item.align || item.align === 'left') return { x: item.x, attr: '' };
  if (item.align === 'center') return { x: item.x + item.width / 2, attr: ' text-anchor="middle"' };
  return { x: item.x + item.width, attr: ' text-anchor="end"' };
}

/**
 * Image data URLs from the map's own assets, limited to the types `drawable`
 * says this output can draw, and to pictures whose header says they are safe
 * to decode: whoever views the SVG would decode what it carries.
 */
export function assetImages(map: JourneyMap, drawable: readonly string[]): (assetId: string) => string | null {
  return (assetId) => {
    const asset = usablePicture(map.assets, assetId);
    if (!asset || !drawable.includes(asset.mime)) return null;
    return `data:${asset.mime};base64,${asset.data}`;
  };
}

export interface SvgDocument {
  /** The document's size in its own units. */
  width: number;
  height: number;
  /** Scene units to document units (1 for the SVG export). */
  scale: number;
  items: readonly SceneItem[];
  context: SvgItemContext;
  /** The font-family list text is drawn with. */
  family: string;
  /** Markup placed first in the document (title, metadata, style). */
  head?: string;
}

/**
 * A standalone SVG document of the items. Kerning is off as on the board
 * (the layout measures without it); spaces are kept as typed
 * (xml:space="preserve": canvas draws every space, SVG would fold them).
 */
export function svgDocument(doc: SvgDocument): string {
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${num(doc.width)}" height="${num(doc.height)}" viewBox="0 0 ${num(doc.width)} ${num(doc.height)}" xml:space="preserve">\n`,
    doc.head ?? '',
    `<g font-family="${xmlText(doc.family)}" font-weight="400" style="font-kerning:none"${doc.scale === 1 ? '' : ` transform="scale(${num(doc.scale)})"`}>\n`,
  ];
  for (const item of doc.items) {
    const markup = svgItem(item, doc.context);
    if (markup) parts.push(markup, '\n');
  }
  parts.push('</g>\n</svg>\n');
  return parts.join('');
}

/** Clip path ids d0, d1, … unique within one document. */
export function idCounter(): () => string {
  let next = 0;
  return () => `d${next++}`;
}
