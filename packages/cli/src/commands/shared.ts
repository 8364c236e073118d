/**
 * Helpers shared by the commands that read many files.
 *
 * @module
 */
import { extname } from 'node:path';
import type { Cascade, Period } from '@pokin/core';
import type { CommandContext } from '../context.js';
import { CliUsageError, InputError, InputErrors, problemsOf } from '../errors.js';
import { expandInputs } from '../input/expand.js';
import { loadInput, prepareLoad, type LoadedInput } from '../input/load.js';
import { resolveLocale, safety, say, usage } from '../messages/index.js';

/** One input after loading: the cascade, or the problems that stopped it. */
export type Outcome =
  | { readonly ok: true; readonly input: LoadedInput }
  | { readonly ok: false; readonly file: string; readonly problems: readonly InputError[] };

/**
 * Expands folders and loads every input in turn, calling `each` as soon as one is ready (so a
 * thousand files are not held in memory at once). A broken input is reported on stderr and passed
 * on as a failed outcome; the others still run.
 */
export async function forEachInput(
  ctx: CommandContext,
  args: readonly string[],
  each: (outcome: Outcome) => void | Promise<void>,
): Promise<void> {
  await prepareLoad(ctx.load, ctx.io);
  const skipped = (file: string, why: Parameters<typeof safety.note>[1]) =>
    ctx.errLine(ctx.ce.dim(say(safety.note(file, why), resolveLocale([], ctx.io.env))));
  for (const item of await expandInputs(args, ctx.io.cwd, skipped)) {
    if ('error' in item) {
      ctx.report(item.error);
      await each({ ok: false, file: item.error.file, problems: [item.error] });
      continue;
    }
    let outcome: Outcome;
    try {
      const input = await loadInput(item.file, ctx.io, item.fromFolder === true ? { ...ctx.load, regularOnly: true } : ctx.load);
      printNotes(ctx, input);
      outcome = { ok: true, input };
    } catch (e) {
      if (!(e instanceof InputError || e instanceof InputErrors)) throw e;
      ctx.report(e);
      outcome = { ok: false, file: item.file, problems: problemsOf(e) };
    }
    await each(outcome);
  }
}

/**
 * Prints what the reader of an input guessed (a workbook's two-row header, cells read from
 * formulas' saved values, columns it did not read) on stderr, dimmed, one line each, so that
 * every command that reads the file tells it, not only `render`.
 */
export function printNotes(ctx: CommandContext, input: LoadedInput): void {
  for (const note of input.notes ?? []) ctx.errLine(ctx.ce.dim(`pokin: ${input.file}: ${note}`));
}

/** The table rule id of an input problem: `read-error` when the file could not be read, else `parse-error`. */
export function problemRule(e: InputError): string {
  return e.kind === 'read-error' ? 'read-error' : 'parse-error';
}

/** Checks an `--as-of` day: a real date `YYYY-MM-DD`, else one clear usage error. */
export function parseAsOf(given: string): { readonly year: number; readonly month: number; readonly day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(given);
  const date = m === null ? undefined : new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (m === null || date === undefined || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== given)
    throw new CliUsageError(usage.asOfDate(given));
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** Checks `--year` (4 digits). */
export function parseYear(given: string | undefined): string {
  if (given === undefined) throw new CliUsageError(usage.reportYear());
  if (!/^\d{4}$/.test(given)) throw new CliUsageError(usage.reportYear(given));
  return given;
}

/** The document's period when `year` lies outside it (to name in a message), else undefined. */
export function outsidePeriod(cascade: Cascade, year: string | number): Readonly<Period> | undefined {
  const span = cascade.period;
  return span !== undefined && (Number(year) < span.start || Number(year) > span.end) ? span : undefined;
}

/**
 * The format a command writes: `--to`, else the one `-o`'s extension names (in `byExtension`),
 * else `fallback`. An extension that names another format than `--to` is refused (HTML written into
 * a `.pdf` opens nowhere); with `strict`, so is one that names no format of the command (`-o pk.svg`).
 */
export function outputFormat<F extends string>(
  to: F | undefined,
  output: string | undefined,
  byExtension: Readonly<Record<string, F>>,
  { fallback, strict }: { readonly fallback: F; readonly strict: boolean },
): F {
  const folder = output === undefined || output === '-' || /[\\/]$/.test(output);
  const extension = folder ? '' : extname(output).slice(1).toLowerCase();
  const implied = Object.hasOwn(byExtension, extension) ? byExtension[extension] : undefined;
  if (strict && extension !== '' && implied === undefined) {
    throw new CliUsageError(
      to === undefined
        ? usage.outputExtensionUnknown(output!, [...new Set(Object.values(byExtension))])
        : usage.extensionMismatch(to, output!, extension),
    );
  }
  if (to === undefined) return implied ?? fallback;
  if (implied !== undefined && implied !== to) throw new CliUsageError(usage.extensionMismatch(to, output!, extension));
  return to;
}
