// `npm run test:electron`: the desktop app's end-to-end suite, through
// Playwright's Electron support. It needs the Electron runtime, which cannot
// be downloaded on Jejak's build machines: there it says so, runs nothing and
// exits 77, the code test harnesses use for "skipped": no script can take it
// for a pass (`npm test` does not include this suite).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pathFile = join(root, 'node_modules/electron/path.txt');
const binary = existsSync(pathFile) ? join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim()) : null;
if (!binary || !existsSync(binary)) {
  console.log('Electron end-to-end suite: SKIPPED, not run. There is no Electron runtime on this machine (node_modules/electron has no binary); run "npm start" once online to install it. This is not a pass (exit code 77).');
  process.exit(77);
}
const result = spawnSync(process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.electron.config.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, JEJAK_ELECTRON_BINARY: binary },
});
process.exit(result.status ?? 1);
