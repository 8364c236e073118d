#!/usr/bin/env node
/**
 * `pnpm test`: lint (ESLint, Prettier, knip), the type check of sources and tests, and every
 * vitest suite, run at the same time; exits non-zero when any of them fails. They share nothing
 * but the sources, so the wall time is about the longest of them (vitest) instead of their sum,
 * and the machine's cores stay busy while the slow suites wait on Chromium or LibreOffice.
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
// The checks share the cores, and a process's CPU time grows under that contention (the CLI's
// 200,000-key security input: 1.5 s of CPU alone, 2.2 s inside a full run on 2 cores). The
// security suites' 2 s CPU budgets get half again here; run a suite alone to hold it to 2 s.
const env = {
  POKIN_BUDGET_SCALE: '1.5',
  ...process.env,
  PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
};

/** The checks: a name and a command line. vitest is the one whose output streams. */
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

const results = await Promise.all(CHECKS.map(runCheck));
const failed = results.filter((r) => r.code !== 0);
process.stdout.write(
  `\n${results.map((r) => `${r.code === 0 ? 'ok    ' : 'FAILED'} ${r.name.padEnd(10)} ${r.seconds.toFixed(0).padStart(4)} s`).join('\n')}\n`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
