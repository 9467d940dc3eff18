// `npm run bench`: bundles the TypeScript bench and runs it in plain Node.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { COMMONJS } from './commonJs.mjs';
import { EXPORT_LIBRARIES } from './exportLibraries.mjs';

const outfile = resolve('dist/bench/run.mjs');
const node = { outdir: resolve('dist/bench'), bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };
await build({
  ...node,
  entryPoints: { run: 'tests/bench/run.ts' },
  outExtension: { '.js': '.mjs' },
  format: 'esm',
  // The board bench drives Chromium and bundles its page code at run time.
  external: ['playwright-core', 'esbuild', ...EXPORT_LIBRARIES],
  // The bench finds the repository from its source location, not from dist/.
  define: { 'import.meta.dirname': JSON.stringify(resolve('tests/bench')) },
});
// exportOne runs one export in a process of its own, for its peak memory. CommonJS, as the
// desktop app's main process is: the export libraries load when an export first needs them
// (an ES module bundle would load them all at start), in whichever thread makes the export.
await build({ ...node, ...COMMONJS, entryPoints: { exportOne: 'tests/bench/exportOne.ts' }, external: EXPORT_LIBRARIES });
await import(pathToFileURL(outfile).href);
