// A file name offered in a save or export dialog, made from a map's title or
// file name: the characters no system allows in a name become dashes.
import { safeFileNamePart } from '../../shared/versions/versionFileName';

export function offeredFileName(base: string, extension: string): string {
  const cleaned = safeFileNamePart(base.replace(/\.cjm$/i, '')).trim() || 'map';
  return `${cleaned}.${extension}`;
}
