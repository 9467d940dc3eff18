// One PDF being written: the pdfkit document with Jejak's fonts registered,
// what it needs to draw text (which font has which characters) and
// pictures, and the bytes it streams out, gathered for the caller.
import PDFDocument from 'pdfkit';
import type { Asset } from '../../../shared/format/types';
import { coverageOf, PDF_FONT, pdfFontSources, type Coverage } from './pdfFonts';
import { PdfImages, type OpenedImage } from './pdfImages';

export type Doc = PDFKit.PDFDocument;

export interface PdfContext {
  doc: Doc;
  /** The characters Inter draws (both weights map the same ones). */
  inter: Coverage;
  emoji: Coverage;
  images: PdfImages;
  /** What to draw for a photo that cannot be read: the persona's initials on their colour, as the board does without a photo. */
  standIns: Map<string, { initials: string; color: string }>;
}

export interface DocumentMeta {
  title: string;
  /** BCP 47 tag of the content, for screen readers and hyphenation. */
  lang: string;
  now: Date;
  assets: Record<string, Asset> | undefined;
  /** Keep every page open to the end (to number pages once their count is known); otherwise each is written out as the next begins. */
  bufferPages: boolean;
}

export interface OpenDocument {
  ctx: PdfContext;
  /** Ends the document and resolves to its bytes. */
  finish(): Promise<Uint8Array>;
}

export function openDocument(meta: DocumentMeta): OpenDocument {
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: meta.bufferPages,
    compress: true,
    pdfVersion: '1.7',
    lang: meta.lang,
    displayTitle: true,
    info: { Title: meta.title, Creator: 'Jejak', Producer: 'Jejak (pdfkit)', CreationDate: meta.now, ModDate: meta.now },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  const sources = pdfFontSources();
  // pdfkit takes an opened fontkit font as well as a file; see pdfFonts.ts for why it is opened there.
  for (const [name, font] of Object.entries(sources)) doc.registerFont(name, font as unknown as Buffer);
  const images = new PdfImages(doc as unknown as { openImage(src: Buffer): OpenedImage }, meta.assets);
  const ctx: PdfContext = { doc, inter: coverageOf(sources[PDF_FONT.inter400]), emoji: coverageOf(sources[PDF_FONT.emoji]), images, standIns: new Map() };
  return {
    ctx,
    finish: async () => {
      doc.end();
      await ended;
      const bytes = Buffer.concat(chunks);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
  };
}
