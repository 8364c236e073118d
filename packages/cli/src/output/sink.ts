/**
 * Where `review` and `stats` write: the screen (stdout), or with `-o FILE` a file written whole at
 * the end (never half a table), named on stderr when done. `-o` exists so that a Windows user never
 * needs `>`: PowerShell's `>` writes UTF-16, which no spreadsheet reads as CSV.
 *
 * @module
 */
import { resolve } from 'node:path';
import { colors, type Colors } from '../color.js';
import type { CommandContext } from '../context.js';
import { InputError } from '../errors.js';
import { realPath } from '../fs-async.js';
import { input, report } from '../messages/index.js';
import { WriteFileError, WriteRefusedError, writeFilesAtomic } from './write.js';

/** An open output. */
export interface Sink {
  /** Colours for what is written: none in a file. */
  readonly c: Colors;
  /** Adds text. */
  write(text: string): void;
  /** Resolves once the screen's reader has taken what was written (at once for a file). */
  drain(): Promise<void>;
  /**
   * Ends the output: with `-o`, writes the file (refusing to write over one of `inputs`) and names
   * it on stderr. Throws an {@link InputError} when it cannot.
   */
  close(inputs: readonly string[]): Promise<void>;
}

/** The one-line error for a file that could not be written, named as the user typed it. */
export function writeFailure(shown: string, e: unknown): InputError {
  // A refusal (a device, a pipe, a link) has its own words in both languages.
  if (e instanceof WriteRefusedError) return new InputError(shown, e.why, {}, 'write-error');
  const cause: unknown = e instanceof WriteFileError ? e.cause : e;
  return new InputError(shown, input.cannotWrite(input.fsError((cause as { code?: string }).code, String(cause))), {}, 'write-error');
}

/** Opens the output of a table command. `bom` starts it with a UTF-8 byte order mark (Excel profiles). */
export function openSink(ctx: CommandContext, output: string | undefined, bom: boolean): Sink {
  const BOM = '\ufeff';
  if (output === undefined || output === '-') {
    let started = false;
    return {
      c: ctx.c,
      write(text) {
        if (!started && bom) ctx.out(BOM);
        started = true;
        ctx.out(text);
      },
      drain: () => ctx.drain(),
      close: () => Promise.resolve(),
    };
  }
  const chunks: string[] = bom ? [BOM] : [];
  return {
    c: colors(false),
    write: (text) => void chunks.push(text),
    drain: () => Promise.resolve(),
    async close(inputs) {
      const path = resolve(ctx.io.cwd, output);
      const target = await realPath(path).catch(() => path);
      for (const file of inputs) {
        if (file === '-') continue;
        const source = await realPath(resolve(ctx.io.cwd, file)).catch(() => resolve(ctx.io.cwd, file));
        if (source === target) throw new InputError(output, input.isInputFile(output), {}, 'write-error');
      }
      try {
        await writeFilesAtomic([{ path, data: chunks.join('') }]);
      } catch (e) {
        throw writeFailure(output, e);
      }
      ctx.errLine(ctx.ce.dim(`pokin: ${ctx.say(report.wrote([output]))}`));
    },
  };
}
