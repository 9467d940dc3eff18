// Lint rules, chiefly the layer rules of docs/architecture.md: shared/ imports nothing
// from electron/, renderer/, Node or the DOM; renderer/ never imports
// electron/ or Node. The compiler enforces the same through per-folder
// tsconfig files; this catches what types alone would let through.
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const layer = (folder, forbidden) => ({
  files: [`${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: forbidden.paths.map((name) => ({ name, message: forbidden.message })),
        patterns: forbidden.regexes.map((regex) => ({ regex, message: forbidden.message })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'build/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  layer('shared', {
    paths: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'konva', 'react-konva'],
    regexes: ['(^|/)electron(/|$)', '(^|/)renderer(/|$)', '^node:'],
    message: 'shared/ is pure TypeScript: no Node, no DOM, no electron/ or renderer/ (docs/architecture.md).',
  }),
  // Inside electron/, only the thin shell may touch Electron: the services, the app layer, exports, imports,
  // the command line and browser mode's server run in plain Node (and are tested there).
  ...['app', 'services', 'export', 'import', 'cli', 'server'].map((folder) =>
    layer(`electron/${folder}`, {
      paths: ['electron'],
      regexes: ['(^|/)shell(/|$)', '(^|/)renderer(/|$)'],
      message: 'Only electron/shell/ may import Electron or the shell; the rest of electron/ is plain Node (docs/architecture.md).',
    }),
  ),
  layer('renderer', {
    paths: [...nodeBuiltins, 'electron'],
    regexes: ['(^|/)electron(/|$)', '^node:'],
    message: 'renderer/ reaches the machine only through the Host interface, never electron/ or Node (docs/architecture.md).',
  }),
);
