// The name of a saved version: `<map file name> — <YYYY-MM-DD> <label>.cjm`
// beside the map, so versions sort next to their map and say when and why
// they were kept. The host writes it; the Save a version dialog shows it
// before it is written. A second one the same day gets " (2)", never the
// first one's place.

/** Longest label a version may carry (the name must stay well inside 255 bytes). */
export const MAX_VERSION_LABEL = 80;

/** Longest file name most file systems and shares allow, in UTF-8 bytes. */
const MAX_NAME_BYTES = 255;

/** The characters no system allows in a file name (Windows' set, and control characters) become dashes. */
export function safeFileNamePart(text: string): string {
  return text.replace(/[\\/:*?"<>|\x00-\x1f\x7f]/g, '-');
}

export type VersionLabel = { ok: true; label: string } | { ok: false; problem: 'too-long'; length: number; max: number };

/** The label as it goes into the name: spaces collapsed, forbidden characters dashed, no trailing dots (Windows drops them). */
export function versionLabel(typed: string): VersionLabel {
  const label = safeFileNamePart(typed.normalize('NFC')).replace(/\s+/g, ' ').trim().replace(/[. ]+$/, '');
  const length = [...label].length;
  return length > MAX_VERSION_LABEL ? { ok: false, problem: 'too-long', length, max: MAX_VERSION_LABEL } : { ok: true, label };
}

/** A date as people write it in file names, by this machine's calendar. */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * The version's file name. `mapFileName`: the open map's file name;
 * `label`: already cleaned by versionLabel; `copy`: 2, 3, … for the second
 * and later versions that would otherwise share a name.
 */
export function versionFileName(mapFileName: string, date: string, label: string, copy = 1): string {
  const tail = `${date}${label ? ` ${label}` : ''}${copy > 1 ? ` (${copy})` : ''}.cjm`;
  // No leading dot: that would hide the version on most systems.
  let stem = safeFileNamePart(mapFileName.replace(/\.cjm$/i, '')).trim().replace(/^\.+/, '') || 'map';
  // A very long map name gives way, never the date or the label.
  while (stem.length > 1 && utf8Length(`${stem} — ${tail}`) > MAX_NAME_BYTES) stem = [...stem].slice(0, -1).join('').trimEnd();
  return `${stem} — ${tail}`;
}
