/**
 * Time and memory budgets for the security suite: the built `pokin` binary run as a child
 * process on an adversarial input, with its CPU time and peak memory measured from inside (a
 * `--import` hook writes `process.resourceUsage()` on exit).
 *
 * CPU time, not wall time, is held to the budget, so a loaded machine does not fail a test; the
 * wall clock only stops a run that hangs. `POKIN_BUDGET_SCALE` multiplies the CPU budget for a
 * slow machine (default 1).
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The built binary the suite runs (`pnpm --filter @pokin/cli build` makes it). */
export const BIN = join(ROOT, 'packages', 'cli', 'dist', 'bin.cjs');

const HOOK = fileURLToPath(new URL('./measure-hook.mjs', import.meta.url));

/** The budget of one adversarial input in the CLI: 2 s of CPU and 500 MB of memory. */
export const BUDGET = { cpuMs: 2000 * Number(process.env.POKIN_BUDGET_SCALE ?? 1), rssMb: 500 } as const;

/** What one measured run of the CLI did. */
export interface Measured {
  /** Exit code, or null when a signal ended it. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** User plus system CPU time of the process, in ms; NaN when it did not exit by itself. */
  readonly cpuMs: number;
  /** Peak resident memory in MB; NaN when it did not exit by itself. */
  readonly rssMb: number;
  /** Wall time in ms. */
  readonly wallMs: number;
  /** True when the wall-clock limit killed it. */
  readonly timedOut: boolean;
}

/** Options of {@link runCli}. */
export interface RunOptions {
  readonly cwd?: string;
  /** Written to standard input, then closed. */
  readonly stdin?: string | Uint8Array;
  /** Added to the environment. */
  readonly env?: Readonly<Record<string, string>>;
  /** Kill the run after this many ms. @default 30_000 */
  readonly timeoutMs?: number;
  /** Standard output goes to this file descriptor or path instead of a pipe (e.g. `/dev/full`). */
  readonly stdoutTo?: 'pipe' | number;
  /** Run as this user id (and its group), e.g. 65534 "nobody" when the tests run as root. */
  readonly uid?: number;
  /** Called with the child once it runs (to send it a signal). */
  readonly onSpawn?: (child: import('node:child_process').ChildProcess) => void;
}

/** Runs `pokin ...args` as a child process and measures it. */
export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<Measured> {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: build the CLI first (pnpm --filter @pokin/cli build)`);
  const dir = mkdtempSync(join(tmpdir(), 'pokin-measure-'));
  if (options.uid !== undefined) chmodSync(dir, 0o777);
  const measureFile = join(dir, 'usage.json');
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', HOOK, BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', POKIN_LOCALE: 'en', ...options.env, POKIN_MEASURE_FILE: measureFile },
    stdio: ['pipe', options.stdoutTo ?? 'pipe', 'pipe'],
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  options.onSpawn?.(child);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout?.on('data', (b: Buffer) => out.push(b));
  child.stderr?.on('data', (b: Buffer) => err.push(b));
  child.stdin?.on('error', () => undefined);
  child.stdin?.end(options.stdin ?? '');
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs ?? 30_000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => child.on('close', (c, s) => done([c, s])));
  clearTimeout(timer);
  const wallMs = performance.now() - started;
  let usage = { cpuMs: Number.NaN, maxRssKb: Number.NaN };
  if (existsSync(measureFile)) usage = JSON.parse(readFileSync(measureFile, 'utf8')) as typeof usage;
  rmSync(dir, { recursive: true, force: true });
  return {
    code,
    signal,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
    cpuMs: usage.cpuMs,
    rssMb: usage.maxRssKb / 1024,
    wallMs,
    timedOut,
  };
}

/** Asserts that a run finished by itself within {@link BUDGET}; the message carries the figures. */
export function expectWithinBudget(m: Measured, budget: { cpuMs: number; rssMb: number } = BUDGET): void {
  const figures = `cpu ${Math.round(m.cpuMs)} ms (budget ${budget.cpuMs}), memory ${Math.round(m.rssMb)} MB (budget ${budget.rssMb}), wall ${Math.round(m.wallMs)} ms; stderr: ${m.stderr.slice(0, 400)}`;
  expect(m.timedOut, `killed after the wall-clock limit: ${figures}`).toBe(false);
  expect(Number.isFinite(m.cpuMs), `no measurement (the process did not exit by itself): ${figures}`).toBe(true);
  expect(m.cpuMs, figures).toBeLessThanOrEqual(budget.cpuMs);
  expect(m.rssMb, figures).toBeLessThanOrEqual(budget.rssMb);
}

/** A temporary folder for one test; remove it with the returned function. */
export function scratch(): { dir: string; path: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'pokin-security-'));
  return { dir, path: (name) => join(dir, name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
