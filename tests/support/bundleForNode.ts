// Bundles a small TypeScript program (with the services it imports) into one
// .mjs that a child `node` process runs: how the crash tests get a real
// process to kill, running the real save code.
import { build } from 'esbuild';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

export async function bundleForNode(entry: string, outFile: string): Promise<string> {
  await build({
    entryPoints: [join(root, entry)],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return outFile;
}
