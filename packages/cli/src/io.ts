/**
 * The world the CLI talks to, injectable so tests run in-process.
 *
 * @module
 */
import type { Renderer } from '@pokin/core';
import { EXIT_OUTPUT } from './context.js';
import { resolveLocale, safety, say } from './messages/index.js';

/** Something the CLI writes text or bytes to. */
export interface OutputStream {
  /** Writes a chunk. */
  write(chunk: string | Uint8Array): unknown;
  /** True when the stream is a terminal (colours, no binary output). */
  readonly isTTY?: boolean;
}

/** What {@link run} reads from and writes to. Every field defaults to the real process's. */
export interface RunIO {
  /**
   * Standard output.
   * @default process.stdout
   */
  readonly stdout?: OutputStream;
  /**
   * Standard error.
   * @default process.stderr
   */
  readonly stderr?: OutputStream;
  /**
   * Standard input, read for the file name `-`: a stream, any async iterable of chunks, or a string.
   * @default process.stdin
   */
  readonly stdin?: AsyncIterable<string | Uint8Array> | string | Uint8Array;
  /**
   * Folder that relative paths are resolved against.
   * @default process.cwd()
   */
  readonly cwd?: string;
  /**
   * Environment variables (`NO_COLOR`, `FORCE_COLOR`).
   * @default process.env
   */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /**
   * Extra renderers for `render --to NAME`, added to (or replacing, by name) the built-in ones.
   * @default []
   */
  readonly renderers?: readonly Renderer<object>[];
}

/** {@link RunIO} with every field resolved. */
export interface ResolvedIO {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly stdin: AsyncIterable<string | Uint8Array> | string | Uint8Array;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly renderers: readonly Renderer<object>[];
}

/** Fills in the process defaults. */
export function resolveIO(io: RunIO = {}): ResolvedIO {
  return {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    // Made on first read: Node opens a stream over the process's input when `process.stdin` is
    // first used, with its file streams (about ten of its modules), which a command that reads no
    // `-` does not need.
    get stdin() {
      return io.stdin ?? process.stdin;
    },
    cwd: io.cwd ?? process.cwd(),
    env: io.env ?? process.env,
    renderers: io.renderers ?? [],
  };
}

/** Reads all of stdin, refusing more than `maxBytes`. Returns undefined when over the limit. */
export async function readAll(
  source: AsyncIterable<string | Uint8Array> | string | Uint8Array,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  if (typeof source === 'string') source = new TextEncoder().encode(source);
  if (source instanceof Uint8Array) return source.byteLength > maxBytes ? undefined : source;
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    total += bytes.byteLength;
    if (total > maxBytes) return undefined;
    chunks.push(bytes);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** What {@link guardStandardStreams} needs of the process. */
export interface StandardStreams {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  exit(code: number): never;
}

/**
 * A standard output that cannot be written (`> /dev/full`, or a pipe whose reader left, as in
 * `pokin review trees/ | head`) stops the run with one line on stderr and exit code 3
 * ({@link EXIT_OUTPUT}), not with a stack trace, and never with exit code 1 (which means the
 * review found errors). A failing stderr stops it with the same code, silently. The line is in
 * the run's language: `--locale` in `argv`, else `POKIN_LOCALE`, else Bahasa Indonesia.
 */
export function guardStandardStreams(proc: StandardStreams, argv: readonly string[] = []): void {
  let stopping = false;
  proc.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (stopping) return;
    stopping = true;
    const why =
      error.code === 'EPIPE'
        ? safety.stdoutClosed()
        : error.code === 'ENOSPC'
          ? safety.stdoutFull()
          : { id: error.code ?? error.message, en: error.code ?? error.message };
    const locale = resolveLocale(argv, proc.env);
    try {
      proc.stderr.write(`${say(safety.stdoutFailed(say(why, locale)), locale)}\n`);
    } catch {
      // stderr is gone too
    }
    proc.exit(EXIT_OUTPUT);
  });
  proc.stderr.on('error', () => {
    if (stopping) return;
    stopping = true;
    proc.exit(EXIT_OUTPUT);
  });
}
