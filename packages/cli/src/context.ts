/**
 * What every command gets: the resolved IO, the locale, colours, limits, and helpers to print.
 *
 * @module
 */
import { colors, useColor, type Colors } from './color.js';
import { InputError, InputErrors, problemsOf } from './errors.js';
import type { LoadOptions } from './input/formats.js';
import type { OutputStream, ResolvedIO } from './io.js';
import { say, type Locale, type Text } from './messages/index.js';

/** Exit code: everything fine. */
export const EXIT_OK = 0;
/** Exit code: the review found errors (or warnings with `--strict`). */
export const EXIT_FINDINGS = 1;
/** Exit code: an input could not be read or parsed, or the command line is wrong. */
export const EXIT_INPUT = 2;
/** Exit code: standard output could not be written (a closed pipe, a full disk). */
export const EXIT_OUTPUT = 3;

/** The options every command takes. */
export interface CommonFlags {
  readonly inputFormat?: 'json' | 'yaml' | 'csv' | 'xlsx';
  readonly maxBytes?: number;
  readonly maxResults: number;
  readonly levels?: string;
  /** `--encoding`: the text encoding of CSV inputs. */
  readonly encoding?: 'utf-8' | 'windows-1252';
  readonly color?: boolean;
  readonly debug?: boolean;
}

/** Shared state of one command run. */
export interface CommandContext {
  readonly io: ResolvedIO;
  /** The language of every word printed. */
  readonly locale: Locale;
  /** Colours for stdout. */
  readonly c: Colors;
  /** Colours for stderr. */
  readonly ce: Colors;
  readonly load: LoadOptions;
  readonly debug: boolean;
  /** A catalogue text in the run's language. */
  say(text: Text | string): string;
  /** Writes to stdout. */
  out(text: string | Uint8Array): void;
  /** Resolves once stdout can take more (a pipe's reader has caught up), so a long report is not held in memory. */
  drain(): Promise<void>;
  /** Writes one line to stderr. */
  errLine(line: string): void;
  /** Prints an input error, one line per problem. */
  report(error: InputError | InputErrors): void;
}

/** Builds the context from the common flags. */
export function makeContext(io: ResolvedIO, flags: CommonFlags, locale: Locale = 'id'): CommandContext {
  const c = colors(useColor(io.stdout, io.env, flags.color));
  const ce = colors(useColor(io.stderr, io.env, flags.color));
  const ctx: CommandContext = {
    io,
    locale,
    c,
    ce,
    load: {
      maxBytes: flags.maxBytes,
      maxResults: flags.maxResults ?? Number.POSITIVE_INFINITY,
      inputFormat: flags.inputFormat,
      levels: flags.levels,
      encoding: flags.encoding,
      locale,
    },
    debug: flags.debug === true,
    say: (text) => say(text, locale),
    out: (text) => void io.stdout.write(text),
    drain: () => waitForDrain(io.stdout),
    errLine: (line) => void io.stderr.write(`${line}\n`),
    report(error) {
      for (const e of problemsOf(error)) {
        ctx.errLine(ce.red(e.format(locale)));
        if (ctx.debug && e.stack) ctx.errLine(e.stack);
      }
    },
  };
  return ctx;
}

/** Resolves when `stream` has flushed its buffer (at once when it needs no drain or is not a Node stream). */
function waitForDrain(stream: OutputStream): Promise<void> {
  const s = stream as Partial<Pick<NodeJS.WritableStream, 'once' | 'off'>> & { writableNeedDrain?: boolean };
  if (s.writableNeedDrain !== true || s.once === undefined || s.off === undefined) return Promise.resolve();
  const { once, off } = { once: s.once.bind(s), off: s.off.bind(s) };
  return new Promise((resolve) => {
    const done = (): void => {
      off('drain', done);
      off('error', done);
      off('close', done);
      resolve();
    };
    once('drain', done);
    once('error', done);
    once('close', done);
  });
}
