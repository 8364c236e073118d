/**
 * Reading the new file of `pokin diff` in a worker thread while the main thread reads the old
 * one. Each large file costs about half a second of scanning (`readDiffVersion`), so on a machine
 * with two cores or more the two take about the time of one; a small file is read in the main
 * thread (starting a worker costs more than it saves). The worker hands the version back packed
 * (`packDiffVersion`: the results' texts as one string), which `postMessage` copies far faster
 * than the results as objects.
 *
 * @module
 */
import { statSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { unpackDiffVersion, type PackedDiffVersion } from '@pokin/core';
import type { ResolvedIO } from '../io.js';
import type { DiffThreadJob } from './diff-thread.js';
import { DEFAULT_MAX_BYTES, formatOfPath, type LoadOptions } from './formats.js';
import type { DiffInput } from './load.js';

/** Files from this size on are read in a worker (about 10,000 results of the bench's trees). */
const THREAD_MIN_BYTES = 8 * 1024 * 1024;

/** The worker's script: beside this module's chunk in `dist` (absent when the sources run, under vitest). */
const THREAD_SCRIPT = new URL('./diff-thread.js', import.meta.url);

/** A file being read in a worker. */
export interface ThreadedRead {
  /** Its version, or `undefined` when the worker was not sure of it. */
  readonly result: Promise<DiffInput | undefined>;
  /** Stops the worker (the other file failed: this one is not needed). */
  cancel(): void;
}

/**
 * Starts reading a large JSON `file` in a worker; its result is the version, or `undefined` when the
 * worker is not sure of it (then read it with `loadDiffInput`, which says what is wrong). Returns
 * `undefined` at once for a file read better in the main thread: stdin, not JSON by name, small,
 * not a regular file, or with no worker script at hand.
 */
export function readInWorker(file: string, io: ResolvedIO, options: LoadOptions): ThreadedRead | undefined {
  if (file === '-' || (options.inputFormat ?? formatOfPath(file)) !== 'json' || THREAD_SCRIPT.protocol !== 'file:') return undefined;
  const path = resolve(io.cwd, file);
  let size: number;
  try {
    const info = statSync(path);
    if (!info.isFile()) return undefined;
    size = info.size;
  } catch {
    return undefined;
  }
  if (size < THREAD_MIN_BYTES || !existsSync(fileURLToPath(THREAD_SCRIPT))) return undefined;
  const job: DiffThreadJob = {
    path,
    maxBytes: options.maxBytes ?? options.defaultMaxBytes ?? DEFAULT_MAX_BYTES,
    maxResults: options.maxResults,
  };
  const worker = new Worker(THREAD_SCRIPT, { workerData: job });
  const result = new Promise<DiffInput | undefined>((done) => {
    worker.once('message', (packed: PackedDiffVersion | undefined) => {
      void worker.terminate();
      if (packed === undefined) return done(undefined);
      const version = unpackDiffVersion(packed);
      done({ version, levels: version.levels });
    });
    worker.once('error', () => done(undefined));
    worker.once('exit', () => done(undefined));
  });
  return { result, cancel: () => void worker.terminate() };
}
