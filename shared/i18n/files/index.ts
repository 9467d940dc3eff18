import type { Language } from '../language';
import type { FileError, FileErrorCatalogue } from './catalogue';
import { en } from './en';
import { id } from './id';

export type { FileError, FileErrorCode } from './catalogue';

const CATALOGUES: Record<Language, FileErrorCatalogue> = { en, id };

export function fileErrorMessage(error: FileError, language: Language): string {
  return CATALOGUES[language][error.code](error);
}
