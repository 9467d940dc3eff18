// A file name offered in a save or export dialog, made from a map's title or
// file name: the characters no system allows in a name become dashes.
export function offeredFileName(base: string, extension: string): string {
  const cleaned = base.replace(/\.cjm$/i, '').replace(/[\\/:*?"<>|\x00-\x1f]/g, '-').trim() || 'map';
  return `${cleaned}.${extension}`;
}
