/**
 * The worker of {@link loadVersions}: reads one input exactly as `loadInput` does (the same limits,
 * checks and errors) and posts back only what a diff reads of it, packed, or the error as plain
 * data.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedIO } from '../io.js';
import { loadInput } from './load.js';
import { packVersion, packedBuffers } from './versions-pack.js';
import { errorData, type VersionsJob, type VersionsReply } from './versions-wire.js';

const job = workerData as VersionsJob;
const ignore = { write: () => true };
// A worker reads named files only: stdin ('-') is read on the main thread.
const io: ResolvedIO = { cwd: job.cwd, env: job.env, stdin: '', stdout: ignore, stderr: ignore, renderers: [] };
let reply: VersionsReply;
let transfer: ArrayBuffer[] = [];
try {
  const loaded = await loadInput(job.file, io, job.load);
  const packed = packVersion(loaded.cascade);
  reply = { packed };
  transfer = packedBuffers(packed);
} catch (e) {
  reply = { error: errorData(e) };
}
parentPort!.postMessage(reply, transfer);
