// Bundles the desktop shell: the main process and the sandboxed preload
// (which may require nothing but 'electron', so everything else is inlined).
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXPORT_LIBRARIES } from './exportLibraries.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = { bundle: true, format: 'cjs', target: 'node20', external: ['electron', ...EXPORT_LIBRARIES], logLevel: 'warning', legalComments: 'none', sourcemap: true };

// The services find the package from import.meta.url; in CommonJS it is made from __filename.
await build({
  ...common,
  platform: 'node',
  entryPoints: [join(root, 'electron/shell/main.ts')],
  outfile: join(root, 'dist/shell/main.cjs'),
  define: { 'import.meta.url': '__jejakModuleUrl' },
  banner: { js: "const __jejakModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await build({ ...common, platform: 'browser', entryPoints: [join(root, 'electron/shell/preload.ts')], outfile: join(root, 'dist/shell/preload.cjs') });
