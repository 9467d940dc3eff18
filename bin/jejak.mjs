#!/usr/bin/env node
// The `jejak` command. The code lives in dist/cli, built from electron/cli
// by `npm install` (the prepare script) or `npm run build`.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/jejak.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('jejak: the command line is not built yet; run "npm run build" in the Jejak folder.\n');
  process.exit(70);
}
await import(bundle.href);
