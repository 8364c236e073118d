#!/usr/bin/env node
/**
 * `pnpm lint`: ESLint in one lane, Prettier then knip in the other; exits non-zero when any of them
 * fails. Each prints its output when it ends. ESLint (one type-aware program, about 33 s alone on
 * an idle 2-core machine) is the long pole: three processes at once on two cores stretched it to
 * 47 s and the whole command to 50 s; two lanes keep it near its own time. `pnpm test` runs the
 * same checks (ESLint with the type check, over one TypeScript program) beside vitest instead.
 *
 * @module
 */
import { lane, runCheck, summarise } from './checks.mjs';

summarise(
  (
    await Promise.all([
      runCheck({ name: 'eslint', cmd: ['eslint', '.'] }).then((r) => [r]),
      lane([
        { name: 'prettier', cmd: ['prettier', '--check', '.'] },
        { name: 'knip', cmd: ['knip'] },
      ]),
    ])
  ).flat(),
);
