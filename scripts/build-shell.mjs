// Bundles the desktop shell: the main process and the sandboxed preload
// (which may require nothing but 'electron', so everything else is inlined).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMONJS } from './commonJs.mjs';
import { EXPORT_LIBRARIES } from './exportLibraries.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = { bundle: true, format: 'cjs', target: 'node20', external: ['electron', ...EXPORT_LIBRARIES], logLevel: 'warning', legalComments: 'none', sourcemap: true };

// The main process: CommonJS with import.meta.url made from __filename, in strict mode (commonJs.mjs).
await build({ ...common, ...COMMONJS, platform: 'node', entryPoints: [join(root, 'electron/shell/main.ts')], outfile: join(root, 'dist/shell/main.cjs') });
await build({ ...common, platform: 'browser', entryPoints: [join(root, 'electron/shell/preload.ts')], outfile: join(root, 'dist/shell/preload.cjs') });
