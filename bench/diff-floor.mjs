#!/usr/bin/env node
/**
 * The floor under `pokin diff` of two large JSON files: only reading, checking and decoding the
 * UTF-8, and `JSON.parse`, each file in its own worker thread at the same time, as pokin's own
 * reading threads do before any check of theirs. Whatever pokin adds comes on top of this.
 *
 *   node bench/diff-floor.mjs OLD.json NEW.json
 *
 * Prints each file's steps (wall time in its thread) and the whole (wall, and the process's CPU).
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

if (isMainThread) {
  const files = process.argv.slice(2);
  if (files.length !== 2) throw new Error('usage: node bench/diff-floor.mjs OLD.json NEW.json');
  const t = performance.now();
  const c0 = process.cpuUsage();
  const lines = await Promise.all(
    files.map(
      (file) =>
        new Promise((done, fail) => {
          const w = new Worker(new URL(import.meta.url), { workerData: file });
          w.once('message', done);
          w.once('error', fail);
        }),
    ),
  );
  const c = process.cpuUsage(c0);
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.stderr.write(
    `both, side by side: ${(performance.now() - t).toFixed(0)} ms wall, ${((c.user + c.system) / 1000).toFixed(0)} ms CPU\n`,
  );
} else {
  const t0 = performance.now();
  const bytes = readFileSync(workerData);
  const t1 = performance.now();
  if (!isUtf8(bytes)) throw new Error(`${workerData}: not UTF-8`);
  const text = bytes.toString('utf8');
  const t2 = performance.now();
  const value = JSON.parse(text);
  const t3 = performance.now();
  const ms = (a, b) => (b - a).toFixed(0);
  parentPort.postMessage(
    `${workerData}: read ${ms(t0, t1)} ms, UTF-8 ${ms(t1, t2)} ms, JSON.parse ${ms(t2, t3)} ms (${value.results?.length ?? '?'} results)`,
  );
}
