// The file types the native open and save dialogs offer, named in the
// interface language.
import type { FileFilter } from 'electron';
import type { Language } from '../../shared/i18n/language';

const NAMES: Record<Language, Record<string, string>> = {
  en: {
    cjm: 'Journey map',
    pictures: 'Picture exported by Jejak',
    sheets: 'Sheet or list to import',
    images: 'Picture (PNG, JPEG or WebP)',
    svg: 'SVG picture',
    png: 'PNG picture',
    pdf: 'PDF document',
    csv: 'CSV sheet',
    xlsx: 'Excel workbook',
    html: 'HTML report',
    md: 'Markdown report',
  },
  id: {
    cjm: 'Peta perjalanan',
    pictures: 'Gambar hasil ekspor Jejak',
    sheets: 'Lembar kerja atau daftar untuk diimpor',
    images: 'Gambar (PNG, JPEG, atau WebP)',
    svg: 'Gambar SVG',
    png: 'Gambar PNG',
    pdf: 'Dokumen PDF',
    csv: 'Lembar CSV',
    xlsx: 'Buku kerja Excel',
    html: 'Laporan HTML',
    md: 'Laporan Markdown',
  },
};

export function openDialogFilters(what: 'maps' | 'sheets' | 'images', language: Language): FileFilter[] {
  const names = NAMES[language];
  if (what === 'sheets') return [{ name: names.sheets!, extensions: ['csv', 'xlsx', 'txt', 'md'] }];
  if (what === 'images') return [{ name: names.images!, extensions: ['png', 'jpg', 'jpeg', 'webp'] }];
  return [
    { name: names.cjm!, extensions: ['cjm'] },
    { name: names.pictures!, extensions: ['png', 'svg'] },
  ];
}

export function saveDialogFilters(extension: string, language: Language): FileFilter[] {
  return [{ name: NAMES[language][extension] ?? extension, extensions: [extension] }];
}
