// Bundles the command line into one file, so `jejak` starts fast (one module
// to load, no TypeScript at run time). Run by `npm install` (prepare) and by
// `npm test`.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

import { COMMONJS } from './commonJs.mjs';
import { EXPORT_LIBRARIES } from './exportLibraries.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const node = { bundle: true, platform: 'node', target: 'node20', external: EXPORT_LIBRARIES, sourcemap: 'linked', legalComments: 'none', logLevel: 'warning' };
const esm = { ...node, format: 'esm', outExtension: { '.js': '.mjs' } };

await build({
  ...esm,
  entryPoints: { jejak: 'electron/cli/bin.ts' },
  outdir: 'dist/cli',
  define: { __JEJAK_VERSION__: JSON.stringify(pkg.version) },
});

// The PNG export's worker thread, a file of its own: a worker starts from a script.
await build({ ...esm, entryPoints: { pngBandWorker: 'electron/export/pngBandWorker.ts' }, outdir: 'dist/export' });

// The thread that runs the app's exports and imports (electron/worker), a
// file of its own for the same reason. CommonJS: in the packaged app it runs
// from inside app.asar, where Electron's require finds the libraries it loads.
await build({ ...node, ...COMMONJS, entryPoints: { jobWorker: 'electron/worker/jobWorker.ts' }, outdir: 'dist/worker' });
