/**
 * Runs the checks of `pnpm test` and `pnpm lint` as child processes: each check's output is
 * printed when it ends, under a header (unless it streams), so the lines of two tools never
 * interleave; a summary gives each check's time and the exit code.
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

/**
 * The Node.js flag for the checks that build the workspace's TypeScript program (ESLint's
 * type-aware rules, the type check): a young generation of 64 MB instead of 16. The program's
 * short-lived objects then die in fewer scavenges; ESLint took 26 s instead of 29 s on the 2-core
 * machine (a sixth of its time was the collector), for about 150 MB more memory.
 */
export const LARGE_YOUNG_GENERATION = '--max-semi-space-size=64';

/** Runs one check; resolves with its exit code, time and (unless streamed) output. */
export function runCheck({ name, cmd, stream }) {
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
export async function lane(checks) {
  const results = [];
  for (const check of checks) results.push(await runCheck(check));
  return results;
}

/** Prints each check's result and time; sets the exit code to 1 when any failed. */
export function summarise(results) {
  process.stdout.write(
    `\n${results.map((r) => `${r.code === 0 ? 'ok    ' : 'FAILED'} ${r.name.padEnd(10)} ${r.seconds.toFixed(0).padStart(4)} s`).join('\n')}\n`,
  );
  process.exitCode = results.every((r) => r.code === 0) ? 0 : 1;
}
