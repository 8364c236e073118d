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
import { spawn } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const env = {
  ...process.env,
  PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
};

/** The checks: a name and a command line. vitest (first) is the one whose output streams. */
const CHECKS = [
  { name: 'vitest', cmd: ['vitest', 'run', ...process.argv.slice(2).filter((a) => a !== '--')], stream: true },
  // `tsc --noEmit -p tsconfig.json` and `eslint .` over one TypeScript program (see the script).
  { name: 'tsc+eslint', cmd: [process.execPath, 'scripts/types-and-lint.mjs'] },
  { name: 'prettier', cmd: ['prettier', '--check', '.'] },
  { name: 'knip', cmd: ['knip'] },
];

/** Runs one check; resolves with its exit code, time and (unless streamed) output. */
function runCheck({ name, cmd, stream }) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd[0], cmd.slice(1), { cwd: ROOT, env, stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout?.on('data', (d) => chunks.push(d));
    child.stderr?.on('data', (d) => chunks.push(d));
    const done = (code) => {
      const result = { name, code, seconds: (performance.now() - started) / 1000, output: Buffer.concat(chunks).toString('utf8') };
      if (!stream) {
        process.stdout.write(`\n── ${name} (${result.seconds.toFixed(0)} s): ${code === 0 ? 'ok' : `failed (${code})`}\n`);
        if (code !== 0 || result.output.trim() !== '')
          process.stdout.write(result.output.endsWith('\n') ? result.output : `${result.output}\n`);
      }
      resolve(result);
    };
    child.on('error', (e) => {
      chunks.push(Buffer.from(`${e.message}\n`));
      done(127);
    });
    child.on('close', (code, signal) => done(code ?? (signal === null ? 1 : 128)));
  });
}

/** Runs the checks one after the other. */
async function lane(checks) {
  const results = [];
  for (const check of checks) results.push(await runCheck(check));
  return results;
}

const [first, ...rest] = CHECKS;
const results = (await Promise.all([runCheck(first).then((r) => [r]), lane(rest)])).flat();
const failed = results.filter((r) => r.code !== 0);
process.stdout.write(
  `\n${results.map((r) => `${r.code === 0 ? 'ok    ' : 'FAILED'} ${r.name.padEnd(10)} ${r.seconds.toFixed(0).padStart(4)} s`).join('\n')}\n`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
