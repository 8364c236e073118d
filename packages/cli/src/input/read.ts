/**
 * Reading the bytes of an input (a file, a pipe or stdin) within `--max-bytes`, with a short,
 * stack-free error when it cannot be read.
 *
 * @module
 */
import { constants, createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { closeFile, openFile, readWholeFile, statFile, statOpenFile } from '../fs-async.js';
import { readAll, type ResolvedIO } from '../io.js';
import { input, safety, type Text } from '../messages/index.js';

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KB`;
  return `${n} bytes`;
}

/** The error of an input over the byte limit (YAML has its own limit and hint). */
export function tooLarge(file: string, maxBytes: number, size: number | undefined, yaml: boolean): InputError {
  return new InputError(
    file,
    input.tooLarge(size === undefined ? undefined : formatBytes(size), formatBytes(maxBytes), yaml),
    { field: '--max-bytes' },
    'limit',
  );
}

/** The bytes of an input, refused past `maxBytes`; `regularOnly` refuses pipes, devices and sockets. */
export async function readBytes(file: string, io: ResolvedIO, maxBytes: number, yaml: boolean, regularOnly = false): Promise<Uint8Array> {
  if (file === '-') {
    const bytes = await readAll(io.stdin, maxBytes);
    if (bytes === undefined) throw tooLarge(file, maxBytes, undefined, yaml);
    return bytes;
  }
  const path = resolve(io.cwd, file);
  if (regularOnly) return readRegular(file, path, io, maxBytes, yaml);
  try {
    const info = await statFile(path);
    if (info.isDirectory()) throw new InputError(file, input.isFolder(), {}, 'read-error');
    if (!info.isFile()) {
      // A pipe, a device or a process substitution has no size to check first: read it with the
      // limit counted as the bytes arrive (/dev/zero would otherwise fill the memory).
      const streamed = await readAll(createReadStream(path), maxBytes);
      if (streamed === undefined) throw tooLarge(file, maxBytes, undefined, yaml);
      return streamed;
    }
    return await readWithin(file, path, info.size, maxBytes, yaml);
  } catch (e) {
    throw readError(file, e);
  }
}

/**
 * The code points of the bytes 0x80-0x9F in Windows-1252 (the WHATWG index): € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹
 * Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ. The five bytes Windows leaves undefined keep their C1 code
 * point, as the WHATWG decoder does. Node's `TextDecoder('windows-1252')` without full ICU decodes
 * the whole range as Latin-1 (C1 controls), so it is not used.
 */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
] as const;

/** Windows-1252 bytes as text (a UTF-8 BOM, if any, dropped); every byte decodes. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const codes = new Uint16Array(body.length);
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    codes[i] = b >= 0x80 && b <= 0x9f ? HIGH[b - 0x80]! : b;
  }
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.subarray(i, i + 8192));
  return text;
}

/**
 * Reads a file only if it is a regular one. It is opened without blocking (a FIFO's open would wait
 * for a writer) and checked on the open handle, so what is read is what was checked.
 */
async function readRegular(file: string, path: string, io: ResolvedIO, maxBytes: number, yaml: boolean): Promise<Uint8Array> {
  let fd: number;
  try {
    fd = await openFile(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw readError(file, e);
  }
  try {
    const info = await statOpenFile(fd);
    if (!info.isFile()) throw new InputError(file, safety.refusedNotRegular(), {}, 'read-error');
    return await readWithin(file, fd, info.size, maxBytes, yaml);
  } catch (e) {
    throw readError(file, e);
  } finally {
    await closeFile(fd).catch(() => undefined);
  }
}

/**
 * The whole of a regular file of `size` bytes, read by its path or its open handle, refused past
 * `maxBytes` before it is read and again after (the file may grow in between).
 */
async function readWithin(file: string, from: string | number, size: number, maxBytes: number, yaml: boolean): Promise<Uint8Array> {
  if (size > maxBytes) throw tooLarge(file, maxBytes, size, yaml);
  const bytes = await readWholeFile(from);
  if (bytes.byteLength > maxBytes) throw tooLarge(file, maxBytes, bytes.byteLength, yaml);
  return bytes;
}

/** What a failed read throws: an {@link InputError} as it is, anything else as a `read-error` saying what the file system said. */
function readError(file: string, e: unknown): InputError {
  return e instanceof InputError ? e : new InputError(file, describeFsError(e), {}, 'read-error');
}

/** A short, stack-free description of a file system error, in both languages. */
export function describeFsError(e: unknown): Text {
  const code = (e as { code?: string }).code;
  return input.fsError(code, e instanceof Error ? e.message : String(e));
}
