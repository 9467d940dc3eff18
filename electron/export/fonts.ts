// The fonts every export draws with, read from the npm packages Jejak ships
// (nothing is fetched): Inter, the font the board measures and draws with,
// and Noto Emoji (monochrome) for the emoji Inter has no glyph for.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A file's path on disk. In the packaged app the fonts and the PNG worker's
 * script are unpacked beside app.asar (package.json's asarUnpack): Skia
 * opens fonts by path and a worker starts from a real file, while only
 * Node's own fs can read inside the archive.
 */
export function onDisk(path: string): string {
  return path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

export interface ExportFont {
  /** The family name drawn with; Inter's is the one the layout measures. */
  family: string;
  weight: 400 | 600;
  path: string;
}

export const EXPORT_FONTS = {
  inter400: { family: 'Inter', weight: 400, path: onDisk(require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf')) },
  inter600: { family: 'Inter', weight: 600, path: onDisk(require.resolve('@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf')) },
  emoji: { family: 'Noto Emoji', weight: 400, path: onDisk(require.resolve('@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf')) },
} as const satisfies Record<string, ExportFont>;

const cache = new Map<string, Buffer>();

/** A font file's bytes, read once per process. */
export function fontBytes(font: ExportFont): Buffer {
  let bytes = cache.get(font.path);
  if (!bytes) {
    bytes = readFileSync(font.path);
    cache.set(font.path, bytes);
  }
  return bytes;
}
