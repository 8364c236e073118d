#!/usr/bin/env node
/**
 * The `pokin` executable. It is built as CommonJS (`dist/bin.cjs`): Node then starts it without
 * setting up its ES module loader, a few milliseconds of every command's start.
 *
 * @module
 */
import { createRequire } from 'node:module';
import { startCompileCache } from './compile-cache.js';
import { version } from './version.js';

const args = process.argv.slice(2);
// `pokin --version` alone needs neither commander nor the program: it is printed here, as
// commander prints it. Everything else loads the program (`main.cjs`) with the compiled code kept
// from earlier runs (compile-cache.ts), and keeps what this run compiled when the command ends.
void (args.length === 1 && (args[0] === '--version' || args[0] === '-v') ? printVersion() : runProgram()).then((code) => {
  process.exitCode = code;
  // When stdout and stderr hold nothing unwritten, end the process at once: a natural exit first
  // tears the heap down (a full garbage collection among it), about a tenth of the CPU time of a
  // short run such as `pokin review` of one file. A turn of the event loop first lets a failed
  // stream's error reach guardStandardStreams (exit code 3); output still queued keeps the natural
  // exit, which waits for it.
  setImmediate(() => {
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
  });
});

/** Runs the program; resolves to its exit code. */
async function runProgram(): Promise<number> {
  const finish = startCompileCache(args[0] ?? '');
  const { main } = createRequire(import.meta.url)('./main.cjs') as typeof import('./main.js');
  const exit = await main(args);
  finish();
  return exit;
}

/** Writes the version line; exit code 0. */
async function printVersion(): Promise<number> {
  // A closed or full stdout (`| head`, `> /dev/full`): one line and exit code 3, no stack trace.
  (await import('./io.js')).guardStandardStreams(process, args);
  process.stdout.write(`${version()}\n`);
  return 0;
}
