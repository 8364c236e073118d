// ESLint 9 flat config: typescript-eslint's type-aware recommended rules over every TypeScript
// file (sources, tests, bench, configs) through the root tsconfig.json, eslint-plugin-regexp
// (issue 22: no regular expression in the sources may backtrack super-linearly), and the plain
// recommended rules for the .mjs/.js scripts. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // (and the configs tsup and vite bundle to a temporary file beside the original while a build
    // or a test run starts: linted beside a build, one was gone by the time ESLint read it)
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'docs/api/**',
      'coverage/**',
      'out/**',
      '.tmp/**',
      '**/__snapshots__/**',
      '**/*.bundled_*.mjs',
      '**/*.timestamp-*.mjs',
    ],
  },
  js.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      // Both super-linear checks, as errors: a crafted statement must not stall the review.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      // Character classes here are tables of allowed code points (ids, CSS names, C0/C1 controls,
      // hex digits); spelt out as [A-Za-z0-9_] or \u000B they read as the table they are, where
      // \w, an `i` flag over the whole pattern or \v would hide the set.
      'regexp/prefer-w': 'off',
      'regexp/use-ignore-case': 'off',
      'regexp/control-character-escape': 'off',
      // Matching control characters is the point of pokin's escapers and suspicious-character
      // checks (C0, C1, bidi); every such class is named for what it matches.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `_`-prefixed names and rest siblings are how the code drops a field or an argument.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // zod's `z` object carries every locale (about 250 KB in a browser bundle); the namespace
      // form `import * as z from 'zod/mini'` lets a bundler keep only what the schemas use.
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ImportDeclaration[source.value=/^zod(\\/mini)?$/] > :matches(ImportSpecifier[imported.name='z'], ImportDefaultSpecifier)",
          message: "import * as z from 'zod/mini' (see docs/decisions.md)",
        },
      ],
    },
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      // Classic zod loads in about twice the time of `zod/mini` and puts its methods on every schema
      // (docs/decisions.md, round 6); types alone may come from `zod/v4/core`.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: "core's schemas are written with 'zod/mini' (see docs/decisions.md)" }] },
      ],
    },
  },
  {
    files: ['**/test/**/*.ts', '**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      // Tests read what the CLI prints and what fixtures hold through JSON.parse, as `any` on
      // purpose: a wrong shape fails the assertion that reads it, which says more than a cast.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Test patterns read our own fixtures and outputs, never user input; the super-linear
      // checks guard the sources, where the input is the user's.
      'regexp/no-super-linear-backtracking': 'off',
      'regexp/no-super-linear-move': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['examples/web/main.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
