#!/usr/bin/env node
/**
 * `pnpm lint`: ESLint in one lane, Prettier then knip in the other; exits non-zero when any of them
 * fails. Each prints its output when it ends. ESLint (one type-aware program, about 33 s alone on
 * an idle 2-core machine) is the long pole: three processes at once on two cores stretched it to
 * 47 s and the whole command to 50 s; two lanes keep it near its own time. `pnpm test` runs the
 * same checks (ESLint with the type check, over one TypeScript program) beside vitest instead.
 *
 * Prettier and knip keep their caches in node_modules/.cache (Prettier by each file's content):
 * a second run reads only the files that changed (Prettier 17 s -> 3 s, knip 4.5 s -> 2 s), which
 * leaves the second core to ESLint. ESLint keeps none: its type-aware rules read types from other
 * files, so a file that did not change can still get a new finding (typescript-eslint advises
 * against `--cache`).
 *
 * @module
 */
import { LARGE_YOUNG_GENERATION, lane, runCheck, summarise } from './checks.mjs';

summarise(
  (
    await Promise.all([
      runCheck({ name: 'eslint', cmd: [process.execPath, LARGE_YOUNG_GENERATION, 'node_modules/eslint/bin/eslint.js', '.'] }).then((r) => [
        r,
      ]),
      lane([
        { name: 'prettier', cmd: ['prettier', '--check', '--cache', '--cache-strategy', 'content', '.'] },
        { name: 'knip', cmd: ['knip', '--cache'] },
      ]),
    ])
  ).flat(),
);
