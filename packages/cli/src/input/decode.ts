/**
 * Bytes to text. pokin reads UTF-8 (with or without a BOM). UTF-16 and UTF-32 files (Excel's
 * "Unicode text", Notepad's "Unicode") and binary files are refused with a message that says how
 * to fix them, rather than guessed at: a wrong guess would turn every statement into mojibake.
 *
 * @module
 */
import { Buffer, isUtf8 } from 'node:buffer';
import { InputError } from '../errors.js';
import { input } from '../messages/index.js';

/** 1-based line and column of a character offset in `text`. */
export function linePos(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: end - start + 1 };
}

/**
 * {@link linePos} for many offsets of one text: the line starts are found once, then each offset
 * by binary search.
 */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/**
 * Decodes UTF-8 input, stripping a UTF-8 BOM. Throws an {@link InputError} for other encodings and
 * binary data; `csv` (the file is read as CSV) adds the `--encoding` option to the message.
 */
export function decodeText(bytes: Uint8Array, file: string, csv = false): string {
  const b = bytes;
  const at = (i: number) => b[i] ?? -1;
  const refuse = (encoding: string, how: 'bom' | 'nul') =>
    new InputError(file, input.encoding(encoding, how === 'bom'), { line: 1, column: 1 }, 'encoding');
  if (at(0) === 0xff && at(1) === 0xfe && at(2) === 0 && at(3) === 0) throw refuse('UTF-32LE', 'bom');
  if (at(0) === 0 && at(1) === 0 && at(2) === 0xfe && at(3) === 0xff) throw refuse('UTF-32BE', 'bom');
  if (at(0) === 0xff && at(1) === 0xfe) throw refuse('UTF-16LE', 'bom');
  if (at(0) === 0xfe && at(1) === 0xff) throw refuse('UTF-16BE', 'bom');
  // UTF-16 without a BOM: ASCII text with a NUL byte beside every character.
  if (b.length >= 4 && at(0) !== 0 && at(1) === 0 && at(2) !== 0 && at(3) === 0) throw refuse('UTF-16LE', 'nul');
  if (b.length >= 4 && at(0) === 0 && at(1) !== 0 && at(2) === 0 && at(3) !== 0) throw refuse('UTF-16BE', 'nul');

  const start = at(0) === 0xef && at(1) === 0xbb && at(2) === 0xbf ? 3 : 0;
  const body = start === 0 ? b : b.subarray(start);
  // Checking first and then decoding with Buffer is about twice as fast on a large file as a
  // fatal TextDecoder; both refuse exactly the same bytes.
  if (!isUtf8(body)) {
    const bad = firstInvalidUtf8(body);
    const prefix = new TextDecoder('utf-8').decode(body.subarray(0, bad));
    throw new InputError(
      file,
      input.notUtf8((body[bad] ?? 0).toString(16).padStart(2, '0'), bad + start, csv),
      linePos(prefix, prefix.length),
      'encoding',
    );
  }
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    throw new InputError(file, input.binary(), linePos(text, nul), 'encoding');
  }
  return text;
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n: number;
    let min: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    if (i + n >= b.length) return i;
    let cp = c & (0xff >> (n + 2));
    for (let k = 1; k <= n; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}
