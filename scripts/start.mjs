// `npm start`: the desktop app where the Electron runtime exists. Where it
// is missing, Electron's own installer is tried once (its progress shows);
// where that cannot work (offline, as on the build machines), one sentence
// says so and Jejak opens in browser mode instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const args = process.argv.slice(2);

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function tryInstallOnce() {
  const installer = join(electronDir, 'install.js');
  if (!existsSync(installer) || process.env.JEJAK_NO_ELECTRON_INSTALL === '1') return;
  console.log('Jejak: the desktop runtime (Electron) is not installed yet; downloading it once…');
  const result = spawnSync(process.execPath, [installer], { cwd: electronDir, stdio: ['ignore', 'inherit', 'pipe'], timeout: 5 * 60_000, encoding: 'utf8' });
  // The installer's own failure, in a line, without its stack trace.
  const reason = (result.stderr ?? '').split('\n').find((line) => line.trim() !== '' && !/^\s+at /.test(line));
  if (reason && !electronBinary()) console.log(`Jejak: ${reason.trim()}`);
}

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { stdio: 'inherit' });
  const stop = (signal) => child.kill(signal);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  child.on('exit', (code) => process.exit(code ?? 0));
}

let binary = electronBinary();
if (!binary) {
  tryInstallOnce();
  binary = electronBinary();
}
if (binary) {
  run(binary, [root, ...args]);
} else {
  console.log('Jejak: the desktop runtime (Electron) could not be installed here (are you offline?), so Jejak opens in your browser instead.');
  run(process.execPath, [join(root, 'bin', 'jejak.mjs'), 'serve', '--open', ...args]);
}
