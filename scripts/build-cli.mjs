// Bundles the command line into one file, so `jejak` starts fast (one module
// to load, no TypeScript at run time). Run by `npm install` (prepare) and by
// `npm test`.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

import { EXPORT_LIBRARIES } from './exportLibraries.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: { jejak: 'electron/cli/bin.ts' },
  outdir: 'dist/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  external: EXPORT_LIBRARIES,
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  define: { __JEJAK_VERSION__: JSON.stringify(pkg.version) },
});

// The PNG export's worker thread, a file of its own: a worker starts from a script.
await build({
  entryPoints: { pngBandWorker: 'electron/export/pngBandWorker.ts' },
  outdir: 'dist/export',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: EXPORT_LIBRARIES,
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
});
