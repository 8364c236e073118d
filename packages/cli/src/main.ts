/**
 * The program as the `pokin` binary runs it: built as CommonJS (`dist/main.cjs`), which the
 * binary loads through its code cache (`compile-cache.ts`).
 *
 * @module
 */
import { guardStandardStreams } from './io.js';
import { run } from './run.js';

/** Runs the command line `args` on the process's own streams; resolves to the exit code. */
export function main(args: readonly string[]): Promise<number> {
  // A closed or full stdout (`| head`, `> /dev/full`): one line and exit code 3, no stack trace.
  guardStandardStreams(process, args);
  return run([...args]);
}
