// Where the window was and how big, remembered in the app's data folder.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const DEFAULT: WindowBounds = { width: 1440, height: 900, maximized: false };

export function loadWindowBounds(dataDir: string): WindowBounds {
  try {
    const saved = JSON.parse(readFileSync(join(dataDir, 'window.json'), 'utf8')) as Partial<WindowBounds>;
    if (typeof saved.width === 'number' && typeof saved.height === 'number') return { ...DEFAULT, ...saved };
  } catch {
    // First start, or an unreadable file: the default size.
  }
  return DEFAULT;
}

export function saveWindowBounds(dataDir: string, bounds: WindowBounds): void {
  try {
    writeFileSync(join(dataDir, 'window.json'), JSON.stringify(bounds));
  } catch {
    // Not worth bothering anyone about.
  }
}
