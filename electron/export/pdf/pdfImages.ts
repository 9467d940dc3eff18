// The map's pictures (persona photos) as PDF images, each embedded once per
// document however many pages show it. PDF takes PNG and JPEG as they are;
// a WebP is first redrawn as a PNG through resvg. Where it cannot be (the
// resvg build at hand has no WebP decoder), the picture is reported missing
// and the caller draws a plain disc instead of failing the export.
import { Resvg } from '@resvg/resvg-js';
import type { Asset } from '../../../shared/format/types';

/** What pdfkit's openImage returns: drawable by doc.image, embedded once. */
export interface OpenedImage {
  width: number;
  height: number;
}

interface ImageOpener {
  openImage(src: Buffer): OpenedImage;
}

export class PdfImages {
  private readonly opened = new Map<string, OpenedImage | null>();

  constructor(
    private readonly doc: ImageOpener,
    private readonly assets: Record<string, Asset> | undefined,
  ) {}

  /** The image for an asset id, or null when the map has no such picture or it cannot be read. */
  get(assetId: string): OpenedImage | null {
    let image = this.opened.get(assetId);
    if (image === undefined) {
      image = this.open(assetId);
      this.opened.set(assetId, image);
    }
    return image;
  }

  private open(assetId: string): OpenedImage | null {
    const asset = this.assets && Object.hasOwn(this.assets, assetId) ? this.assets[assetId] : undefined;
    if (!asset) return null;
    try {
      const bytes = Buffer.from(asset.data, 'base64');
      if (asset.mime === 'image/webp') {
        const png = webpAsPng(bytes);
        return png ? this.doc.openImage(png) : null;
      }
      return this.doc.openImage(bytes);
    } catch {
      return null;
    }
  }
}

/** A WebP redrawn as a PNG by resvg, or null when nothing came out (no decoder, or a broken file). */
export function webpAsPng(bytes: Buffer): Buffer | null {
  const size = webpSize(bytes);
  if (!size) return null;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}"><image width="${size.width}" height="${size.height}" href="data:image/webp;base64,${bytes.toString('base64')}"/></svg>`;
  const rendered = new Resvg(svg).render();
  const pixels = rendered.pixels;
  // resvg leaves out an image it cannot decode and renders nothing at all.
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return rendered.asPng();
  return null;
}

/** A WebP's size from its first chunk (VP8X, VP8L or VP8), or null if it is not one. */
export function webpSize(b: Buffer): { width: number; height: number } | null {
  if (b.length < 30 || b.toString('latin1', 0, 4) !== 'RIFF' || b.toString('latin1', 8, 12) !== 'WEBP') return null;
  const chunk = b.toString('latin1', 12, 16);
  if (chunk === 'VP8X') return { width: 1 + b.readUIntLE(24, 3), height: 1 + b.readUIntLE(27, 3) };
  if (chunk === 'VP8L') {
    const bits = b.readUInt32LE(21);
    return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff) };
  }
  if (chunk === 'VP8 ') return { width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
  return null;
}
