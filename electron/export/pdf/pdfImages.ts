// The map's pictures (persona photos) as PDF images, each embedded once per
// document however many pages show it. PDF takes PNG and JPEG as they are;
// a WebP is first redrawn as a PNG by Skia (the PNG export's renderer). A
// picture that cannot be read, or whose header says it is too large to
// decode safely, is reported missing, and the caller draws the persona's
// initials instead of failing the export.
import { createCanvas, Image } from '@napi-rs/canvas';
import type { Asset } from '../../../shared/format/types';
import { usablePicture } from '../../../shared/pictures/storedPicture';
import { assetBytes } from '../../services/base64';

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
    // pdfkit decodes a PNG with transparency whole, and Skia redraws a WebP: the header decides first.
    const asset = usablePicture(this.assets, assetId);
    if (!asset) return null;
    try {
      const bytes = assetBytes(asset.data);
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

/** A WebP redrawn as a PNG, or null for a file that does not decode. */
export function webpAsPng(bytes: Buffer): Buffer | null {
  const image = new Image();
  try {
    image.src = bytes;
  } catch {
    return null;
  }
  if (!image.complete || image.width === 0 || image.height === 0) return null;
  const canvas = createCanvas(image.width, image.height);
  canvas.getContext('2d').drawImage(image, 0, 0);
  return canvas.toBuffer('image/png');
}
