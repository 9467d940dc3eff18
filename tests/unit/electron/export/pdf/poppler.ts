// Real readers for the PDF tests: poppler-utils' pdfinfo, pdftotext and
// pdffonts, run on the exported bytes written to a temporary file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCjm, type JourneyMap } from '../../../../../shared/format';
import { defaultExportOptions, type ExportOptions } from '../../../../../shared/export/options';

const folder = mkdtempSync(join(tmpdir(), 'jejak-pdf-test-'));
let count = 0;

function file(bytes: Uint8Array): string {
  const path = join(folder, `export-${++count}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

const run = (tool: string, args: string[]) => execFileSync(`/usr/bin/${tool}`, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

export interface PdfInfo {
  pages: number;
  /** Width and height in points of every page. */
  sizes: { width: number; height: number }[];
}

export function pdfInfo(bytes: Uint8Array): PdfInfo {
  const path = file(bytes);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [path]))?.[1]);
  const sizes = [...run('pdfinfo', ['-f', '1', '-l', String(pages), path]).matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
  return { pages, sizes };
}

/** The text of every page, as pdftotext reads it (UTF-8), one string per page. */
export function pdfPages(bytes: Uint8Array): string[] {
  const pages = run('pdftotext', ['-enc', 'UTF-8', file(bytes), '-']).split('\f');
  if (pages[pages.length - 1]!.trim() === '') pages.pop();
  return pages;
}

/** All the text with runs of white space made one space. */
export function pdfText(bytes: Uint8Array): string {
  return squash(pdfPages(bytes).join(' '));
}

export function pdfFonts(bytes: Uint8Array): string {
  return run('pdffonts', [file(bytes)]);
}

export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export function sample(name: 'b2b-software-purchase.en' | 'hotel-check-in.id'): JourneyMap {
  const read = readCjm(new Uint8Array(readFileSync(join(import.meta.dirname, `../../../../../shared/samples/${name}.cjm`))));
  if (!read.ok) throw new Error(`sample ${name} does not open`);
  return read.map;
}

/** Noon UTC, so the date reads 23 November 2026 in every time zone a test machine may be in. */
export const NOW = new Date('2026-11-23T12:00:00Z');

export function pdfOptions(changes: Partial<ExportOptions> = {}, language: 'en' | 'id' = 'en'): ExportOptions {
  return { ...defaultExportOptions('pdf', language, NOW), ...changes };
}
