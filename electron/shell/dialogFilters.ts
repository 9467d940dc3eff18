// The file types the native open and save dialogs offer, named in the
// interface language (each language's shell.ts, fileTypes).
import type { FileFilter } from 'electron';
import { EXPORT_FORMATS, FORMAT_EXTENSIONS } from '../../shared/export/options';
import { words, type Language } from '../../shared/i18n/languages';

export function openDialogFilters(what: 'maps' | 'sheets' | 'images', language: Language): FileFilter[] {
  const names = words(language).shell.fileTypes;
  if (what === 'sheets') return [{ name: names.sheets, extensions: ['csv', 'xlsx', 'txt', 'md'] }];
  if (what === 'images') return [{ name: names.images, extensions: ['png', 'jpg', 'jpeg', 'webp'] }];
  return [
    { name: names.cjm, extensions: ['cjm'] },
    { name: names.pictures, extensions: ['png', 'svg'] },
  ];
}

export function saveDialogFilters(extension: string, language: Language): FileFilter[] {
  const names = words(language).shell.fileTypes;
  const format = EXPORT_FORMATS.find((f) => FORMAT_EXTENSIONS[f] === extension);
  return [{ name: extension === 'cjm' ? names.cjm : format ? names.formats[format] : extension, extensions: [extension] }];
}
