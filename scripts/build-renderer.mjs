// Bundles the board (renderer/) into dist/renderer: one script, one style
// sheet, the shipped Inter fonts beside them, index.html and its icon. Browser mode
// serves this folder; the desktop shell loads the same files.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist/renderer');
mkdirSync(join(out, 'fonts'), { recursive: true });

for (const [from, to] of [
  ['400Regular/Inter_400Regular.ttf', 'Inter-400.ttf'],
  ['600SemiBold/Inter_600SemiBold.ttf', 'Inter-600.ttf'],
]) {
  copyFileSync(join(root, 'node_modules/@expo-google-fonts/inter', from), join(out, 'fonts', to));
}

await build({
  entryPoints: { app: join(root, 'renderer/main.tsx') },
  outdir: out,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['chrome120'],
  jsx: 'automatic',
  minify: process.env.JEJAK_DEV !== '1',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  // The fonts sit beside app.css in dist/renderer; the style sheet names them, the bundler leaves them.
  external: ['*.ttf'],
  define: { 'process.env.NODE_ENV': JSON.stringify(process.env.JEJAK_DEV === '1' ? 'development' : 'production') },
});

writeFileSync(join(out, 'index.html'), readFileSync(join(root, 'renderer/index.html')));
// The browser tab's icon (drawn with build/icon.png by scripts/make-icon.mjs).
copyFileSync(join(root, 'renderer/favicon.svg'), join(out, 'favicon.svg'));
