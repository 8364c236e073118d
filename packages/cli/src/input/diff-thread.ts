/**
 * The worker of `pokin diff` (`diff-read.ts`): reads, decodes and scans one large JSON file with
 * `readDiffVersion` while the main thread reads the other, and posts the version back packed
 * (`packDiffVersion`). It posts `undefined` for anything it is not sure of (over the limit, not a
 * regular file, not UTF-8, a shape the scanner gives up on, an error): the main thread then reads
 * that file itself, the usual way, which gives the usual messages.
 *
 * @module
 */
import { readFileSync, statSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { packDiffVersion, readDiffVersion, type PackedDiffVersion } from '@pokin/core';
import { decodeText } from './decode.js';

/** What the main thread asks this worker to read. */
export interface DiffThreadJob {
  /** Absolute path of the file. */
  readonly path: string;
  /** Largest file in bytes. */
  readonly maxBytes: number;
  /** Most results in the document. */
  readonly maxResults: number;
}

// Blocking reads: this thread has nothing else to do, and one read of the whole file is quicker
// than the chunks of an asynchronous one.
function read(job: DiffThreadJob): PackedDiffVersion | undefined {
  const info = statSync(job.path);
  if (!info.isFile() || info.size > job.maxBytes) return undefined;
  const bytes = readFileSync(job.path);
  if (bytes.byteLength > job.maxBytes) return undefined;
  const version = readDiffVersion(decodeText(bytes, job.path), { maxResults: job.maxResults });
  return version === undefined ? undefined : packDiffVersion(version);
}

let packed: PackedDiffVersion | undefined;
try {
  packed = read(workerData as DiffThreadJob);
} catch {
  packed = undefined;
}
parentPort?.postMessage(packed);
