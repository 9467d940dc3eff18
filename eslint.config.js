// Lint rules, chiefly the layer rules of DESIGN.md: shared/ imports nothing
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
    message: 'shared/ is pure TypeScript: no Node, no DOM, no electron/ or renderer/ (DESIGN.md).',
  }),
  layer('renderer', {
    paths: [...nodeBuiltins, 'electron'],
    regexes: ['(^|/)electron(/|$)', '^node:'],
    message: 'renderer/ reaches the machine only through the Host interface, never electron/ or Node (DESIGN.md).',
  }),
);
