// Finds Jejak's own folder (the one whose package.json is named "jejak") by
// walking up from a module's location. The same code runs from source (vitest)
// and bundled into dist/cli/jejak.mjs, which sit at different depths.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function findPackageRoot(from: string = fileURLToPath(import.meta.url)): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (isJejakPackage(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json named "jejak" above ${from}`);
  }
}

function isJejakPackage(file: string): boolean {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === 'jejak';
  } catch {
    return false; // no package.json here, or not ours
  }
}
