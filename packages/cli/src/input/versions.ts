/**
 * The two versions `pokin diff` compares. Large files are read at the same time, each in its own
 * worker thread (read, decode, parse, check, then packed into what the diff reads), when there is a
 * core for each; small ones, stdin, and any file on an overloaded machine, on the main thread one
 * after the other. Either way the errors are those of `loadInput`,
 * the old file's first.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DiffVersion } from '@pokin/core';
import type { ResolvedIO } from '../io.js';
import type { LoadOptions } from './formats.js';
import { asInputProblem, loadInput } from './load.js';
import { unpackVersion } from './versions-unpack.js';
import { fromErrorData, type VersionsJob, type VersionsReply } from './versions-wire.js';

/** The built worker, beside this module in `dist` (absent when running from the TypeScript sources). */
const WORKER = new URL('./versions-worker.js', import.meta.url);

/**
 * Together, the files are read in threads from this size on. Starting a thread and loading pokin's
 * code in it costs about 0.25 s of CPU (measured on the BKPSDM example, round 6); reading JSON costs
 * about 40 ms a megabyte, so the time saved by reading two files side by side passes that at about
 * 16 MB together.
 */
const THREADS_FROM_BYTES = 16 * 1024 * 1024;

/**
 * Whether the machine has a second core to give: reading in threads costs about a third more CPU
 * (packing, copying, two heaps growing at once), which pays only when the two threads run side by
 * side. On a machine already running more than twice as many tasks as it has cores, one thread
 * was faster (docs/decisions.md, round 6); the diff's own threads stay well under that.
 */
function secondCore(): boolean {
  const cores = availableParallelism();
  return cores >= 2 && loadavg()[0]! < 2 * cores;
}

/**
 * Whether to read in threads: `POKIN_DIFF_WORKERS=always|never` decides (for tests); otherwise
 * named files of {@link THREADS_FROM_BYTES} together, with the worker built and a second core.
 * Never stdin.
 */
async function useWorkers(files: readonly string[], io: ResolvedIO): Promise<boolean> {
  const mode = io.env.POKIN_DIFF_WORKERS;
  if (mode === 'never' || files.includes('-') || !existsSync(WORKER)) return false;
  if (mode === 'always') return true;
  if (!secondCore()) return false;
  let bytes = 0;
  for (const file of files)
    bytes += await stat(resolve(io.cwd, file)).then(
      (s) => (s.isFile() ? s.size : 0),
      () => 0,
    );
  return bytes >= THREADS_FROM_BYTES;
}

/** Reads the old and the new version; throws what `loadInput` throws, for the old file first. */
export async function loadVersions(
  oldFile: string,
  newFile: string,
  io: ResolvedIO,
  load: LoadOptions,
): Promise<[DiffVersion, DiffVersion]> {
  if (!(await useWorkers([oldFile, newFile], io))) {
    const old = await loadInput(oldFile, io, load);
    const next = await loadInput(newFile, io, load);
    return [old.cascade, next.cascade];
  }
  const jobs = [oldFile, newFile].map((file) => start({ file, cwd: io.cwd, env: { ...io.env }, load: { ...load } }));
  try {
    const versions: DiffVersion[] = [];
    for (const job of jobs) {
      const reply = await job.reply;
      void job.worker.terminate(); // its heap goes now, not after the other file
      if ('error' in reply) throw asInputProblem(job.file, fromErrorData(reply.error), io);
      versions.push(unpackVersion(reply.packed));
    }
    return [versions[0]!, versions[1]!];
  } finally {
    for (const job of jobs) void job.worker.terminate();
  }
}

/** Starts a worker on one file; its reply, or its crash as an error reply. */
function start(job: VersionsJob): { file: string; worker: Worker; reply: Promise<VersionsReply> } {
  const worker = new Worker(WORKER, { workerData: job });
  const reply = new Promise<VersionsReply>((done) => {
    const crashed = (e: unknown) => {
      const error = e instanceof Error ? e : new Error(String(e));
      done({ error: { type: 'other', name: error.name, message: error.message } });
    };
    worker.once('message', (m: VersionsReply) => done(m));
    worker.once('error', crashed);
    worker.once('exit', (code) => crashed(new Error(`the reading thread stopped (exit code ${code})`)));
  });
  return { file: job.file, worker, reply };
}
