/**
 * Where the workspace commands write: stdout, or with `-o FILE` a file written whole (never over
 * one of the inputs), named on stderr when done.
 *
 * @module
 */
import { realPath } from '../fs-async.js';
import { resolve } from 'node:path';
import type { CommandContext } from '../context.js';
import { CliUsageError, InputError } from '../errors.js';
import { input as inputMessages, report, usage } from '../messages/index.js';
import { writeFailure } from '../output/sink.js';
import { writeFilesAtomic } from '../output/write.js';

/** Writes one output: to stdout without `-o` (text only on a terminal), else to the file. */
export async function writeOutput(
  ctx: CommandContext,
  output: string | undefined,
  data: string | Uint8Array,
  format: string,
  inputs: readonly string[],
): Promise<void> {
  if (output === undefined || output === '-') {
    if (typeof data !== 'string' && ctx.io.stdout.isTTY === true) throw new CliUsageError(usage.binaryIsBinary(format));
    ctx.out(data);
    return;
  }
  const path = resolve(ctx.io.cwd, output);
  const target = await realPath(path).catch(() => path);
  for (const file of inputs) {
    const source = await realPath(resolve(ctx.io.cwd, file)).catch(() => resolve(ctx.io.cwd, file));
    if (source === target) throw new InputError(output, inputMessages.isInputFile(output), {}, 'write-error');
  }
  try {
    await writeFilesAtomic([{ path, data }]);
  } catch (e) {
    throw writeFailure(output, e);
  }
  ctx.errLine(ctx.ce.dim(`pokin: ${ctx.say(report.wrote([output]))}`));
}
