/**
 * The `pokin` executable.
 *
 * @module
 */
import { guardStandardStreams } from './io.js';
import { run } from './run.js';

// A closed or full stdout (`| head`, `> /dev/full`): one line and exit code 3, no stack trace.
guardStandardStreams(process);

process.exitCode = await run(process.argv.slice(2));
