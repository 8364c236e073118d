/**
 * The two versions `pokin diff` compares, read at the same time: each large file in its own
 * worker thread (read, parse, check, then packed into the columns a diff reads), small ones and
 * stdin on the main thread. Either way the errors are those of `loadInput`, the old file's first.
 *
 * @module
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { unpackDiffVersion, type DiffVersion } from '@pokin/core';
import type { ResolvedIO } from '../io.js';
import type { LoadOptions } from './formats.js';
import { asInputProblem, loadInput } from './load.js';
import { fromErrorData, type VersionsJob, type VersionsReply } from './versions-wire.js';

/** The built worker, beside this module in `dist` (absent when running from the TypeScript sources). */
const WORKER = new URL('./versions-worker.js', import.meta.url);

/**
 * Below this many bytes in both files together, the main thread reads them one after the other: a
 * worker costs about 0.1 s of start-up (its own copy of the modules), more than it saves there.
 */
const WORKER_MIN_BYTES = 8 * 1024 * 1024;

/**
 * Whether to read in workers. `POKIN_DIFF_WORKERS=always` or `never` overrides the size rule (for
 * tests that compare both paths).
 */
function useWorkers(files: readonly string[], io: ResolvedIO): boolean {
  const mode = io.env.POKIN_DIFF_WORKERS;
  if (mode === 'never' || files.includes('-') || !existsSync(WORKER)) return false;
  if (mode === 'always') return true;
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += statSync(resolve(io.cwd, file)).size;
    } catch {
      return false; // the main thread reports it
    }
  }
  return bytes >= WORKER_MIN_BYTES;
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
