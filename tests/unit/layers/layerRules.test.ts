// The layer rules of docs/architecture.md hold: the linter refuses imports that cross
// them, and shared/ compiles without Node's or the DOM's types.
import { ESLint } from 'eslint';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules (lint)', () => {
  it.each([
    ['shared/format/x.ts', "import { readFile } from 'node:fs';"],
    ['shared/format/x.ts', "import fs from 'fs';"],
    ['shared/format/x.ts', "import { app } from 'electron';"],
    ['shared/format/x.ts', "import { saveFileSafely } from '../../electron/services/safeSave';"],
    ['shared/x.ts', "import { Board } from '../renderer/board/Board';"],
    ['renderer/board/x.ts', "import { saveFileSafely } from '../../electron/services/safeSave';"],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/x.ts', "import path from 'node:path';"],
    ['electron/services/x.ts', "import { app } from 'electron';"],
    ['electron/app/x.ts', "import { dialog } from 'electron';"],
    ['electron/server/x.ts', "import { SHELL_CHANNELS } from '../shell/ipcContract';"],
  ])('%s may not say %s', async (file, code) => {
    expect((await lintAs(file, code)).length).toBeGreaterThan(0);
  });

  it.each([
    ['shared/format/x.ts', "import { produce } from 'immer';"],
    ['renderer/x.ts', "import { readCjm } from '../shared/format/reader';"],
    ['electron/cli/x.ts', "import { readCjm } from '../../shared/format/reader';\nimport fs from 'node:fs';"],
  ])('%s may say %s', async (file, code) => {
    expect(await lintAs(file, code)).toEqual([]);
  });
});

describe('layer rules (compiler)', () => {
  it('shared/ does not compile when it uses Node or the DOM', () => {
    const dir = mkdtempSync(join(root, 'shared', 'layer-probe-'));
    try {
      writeFileSync(join(dir, 'probe.ts'), "export const a = process.cwd();\nexport const b = document.title;\n");
      let output = '';
      try {
        execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'shared')], { encoding: 'utf8' });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout);
      }
      expect(output).toMatch(/probe\.ts.*Cannot find name 'process'/);
      expect(output).toMatch(/probe\.ts.*Cannot find name 'document'/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
