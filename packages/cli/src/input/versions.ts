/**
 * The two versions `pokin diff` compares: on the main thread one after the other, or (with
 * `POKIN_DIFF_WORKERS=always`) at the same time, each file in its own worker thread (read, parse,
 * check, then packed into the columns a diff reads). Either way the errors are those of
 * `loadInput`, the old file's first.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { unpackDiffVersion, type DiffVersion } from '@pokin/core';
import type { ResolvedIO } from '../io.js';
import type { LoadOptions } from './formats.js';
import { asInputProblem, loadInput } from './load.js';
import { fromErrorData, type VersionsJob, type VersionsReply } from './versions-wire.js';

/** The built worker, beside this module in `dist` (absent when running from the TypeScript sources). */
const WORKER = new URL('./versions-worker.js', import.meta.url);

/**
 * Whether to read in workers: only with `POKIN_DIFF_WORKERS=always`, and never stdin or without a
 * built worker. Measured on the bench's two 100,000-result files on a busy two-core machine, the
 * workers cost ~5 s more CPU than they save (packing, cloning and unpacking the two versions) and
 * were slower in wall time too (11.7-22.1 s against 8.9-11.7 s on the main thread, load ~6), so the
 * main thread is the default until the diff reads the packed columns without unpacking them
 * (docs/decisions.md).
 */
function useWorkers(files: readonly string[], io: ResolvedIO): boolean {
  return io.env.POKIN_DIFF_WORKERS === 'always' && !files.includes('-') && existsSync(WORKER);
}

/** Reads the old and the new version; throws what `loadInput` throws, for the old file first. */
export async function loadVersions(
  oldFile: string,
  newFile: string,
  io: ResolvedIO,
  load: LoadOptions,
): Promise<[DiffVersion, DiffVersion]> {
  if (!useWorkers([oldFile, newFile], io)) {
    const old = await loadInput(oldFile, io, load);
    const next = await loadInput(newFile, io, load);
    return [old.cascade, next.cascade];
  }
  const jobs = [oldFile, newFile].map((file) => start({ file, cwd: io.cwd, env: { ...io.env }, load: { ...load } }));
  try {
    const versions: DiffVersion[] = [];
    for (const job of jobs) {
      const reply = await job.reply;
      if ('error' in reply) throw asInputProblem(job.file, fromErrorData(reply.error), io);
      versions.push(unpackDiffVersion(reply.packed));
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
