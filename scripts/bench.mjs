// `npm run bench`: bundles the TypeScript bench and runs it in plain Node.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { EXPORT_LIBRARIES } from './exportLibraries.mjs';

const outfile = resolve('dist/bench/run.mjs');
await build({
  // exportOne runs one export in a process of its own, for its peak memory.
  entryPoints: { run: 'tests/bench/run.ts', exportOne: 'tests/bench/exportOne.ts' },
  outdir: resolve('dist/bench'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // The board bench drives Chromium and bundles its page code at run time.
  external: ['playwright-core', 'esbuild', ...EXPORT_LIBRARIES],
  // The bench finds the repository from its source location, not from dist/.
  define: { 'import.meta.dirname': JSON.stringify(resolve('tests/bench')) },
});
await import(pathToFileURL(outfile).href);
