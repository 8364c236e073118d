/**
 * The `pokin` executable.
 *
 * @module
 */
import nodeModule from 'node:module';
import { guardStandardStreams } from './io.js';
import { version } from './version.js';

// Node 22.1+ keeps the compiled code of the modules loaded from here on (the program, core) in a
// cache under the system's temporary folder, as tsc and npm do: a start without compiling them
// again. Node 20 has no such cache (`enableCompileCache` is undefined there); NODE_DISABLE_COMPILE_CACHE=1 turns it off.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

// A closed or full stdout (`| head`, `> /dev/full`): one line and exit code 3, no stack trace.
guardStandardStreams(process);

const args = process.argv.slice(2);
// `pokin --version` alone needs neither commander nor the program: it is printed here, as
// commander prints it. Everything else loads the program (`run.js`, its own chunk).
const code =
  args.length === 1 && (args[0] === '--version' || args[0] === '-v') ? printVersion() : await (await import('./run.js')).run(args);
process.exitCode = code;
// When stdout and stderr hold nothing unwritten, end the process at once: a natural exit first
// tears the heap down (a full garbage collection among it), about a tenth of the CPU time of a
// short run such as `pokin review` of one file. A turn of the event loop first lets a failed
// stream's error reach guardStandardStreams (exit code 3); output still queued keeps the natural
// exit, which waits for it.
setImmediate(() => {
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
});

/** Writes the version line; exit code 0. */
function printVersion(): number {
  process.stdout.write(`${version()}\n`);
  return 0;
}
