#!/usr/bin/env node
/**
 * `pnpm test`: every vitest suite, and beside it, one after the other, the type check of sources
 * and tests with ESLint, Prettier and knip; exits non-zero when any of them fails. They share
 * nothing but the sources, so the wall time is about the longest of them (vitest) instead of
 * their sum, and the machine's cores stay busy while the slow suites wait on Chromium or
 * LibreOffice. The checks run in one lane, not all at once: on two cores, four of them beside
 * vitest's two workers only took turns with the suites on the critical path.
 *
 * vitest streams its progress as it goes; the other checks print their output when they end,
 * under a header, so the lines of two tools never interleave. Arguments are passed to vitest
 * (`pnpm test -- --project quick`). A summary with each check's time ends the run.
 *
 * @module
 */
import { LARGE_YOUNG_GENERATION, lane, runCheck, summarise } from './checks.mjs';

/** The checks: a name and a command line. vitest (first) is the one whose output streams. */
const CHECKS = [
  { name: 'vitest', cmd: ['vitest', 'run', ...process.argv.slice(2).filter((a) => a !== '--')], stream: true },
  // `tsc --noEmit -p tsconfig.json` and `eslint .` over one TypeScript program (see the script).
  { name: 'tsc+eslint', cmd: [process.execPath, LARGE_YOUNG_GENERATION, 'scripts/types-and-lint.mjs'] },
  { name: 'prettier', cmd: ['prettier', '--check', '--cache', '--cache-strategy', 'content', '.'] },
  { name: 'knip', cmd: ['knip', '--cache'] },
];

const [first, ...rest] = CHECKS;
summarise((await Promise.all([runCheck(first).then((r) => [r]), lane(rest)])).flat());
