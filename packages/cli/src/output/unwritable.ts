/**
 * Text a CSV file cannot carry: a NUL (every reader, pokin's included, takes a file with a NUL
 * byte for binary data) or a lone surrogate (half of a UTF-16 pair, which has no UTF-8 form and
 * would come back as U+FFFD). `render --to csv` refuses a tree that holds one, naming the field,
 * before anything is written, so that every CSV pokin writes is one pokin reads back whole. (The
 * `@pokin/csv` strings keep such text exactly, for callers that do not save them as files; the
 * `.xlsx` escapes it, `_x0000_`.)
 *
 * @module
 */
import type { Cascade } from '@pokin/core';

/** A NUL or a lone surrogate. */
const UNWRITABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Where the first unwritable character is. */
export interface Unwritable {
  /** Document path of the text, e.g. `results[3].statement`. */
  readonly field: string;
  /** The character as `U+0000`. */
  readonly codePoint: string;
}

/** The first text of the cascade's document holding a NUL or a lone surrogate, in document order; undefined when none does. */
export function findUnwritable(cascade: Cascade): Unwritable | undefined {
  // Depth first over the plain document, without recursion; keys are checked as well as values.
  const stack: { value: unknown; field: string }[] = [{ value: cascade.toDocument(), field: '' }];
  while (stack.length > 0) {
    const { value, field } = stack.pop()!;
    if (typeof value === 'string') {
      if (UNWRITABLE.test(value)) return located(field, value);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], field: `${field}[${i}]` });
    } else if (value !== null && typeof value === 'object') {
      const entries: [string, unknown][] = Object.entries(value as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, v] = entries[i]!;
        const at = field === '' ? key : `${field}.${key}`;
        if (UNWRITABLE.test(key)) return located(at, key);
        stack.push({ value: v, field: at });
      }
    }
  }
  return undefined;
}

/** The place and code point of the first unwritable character of `text`, which holds one. */
function located(field: string, text: string): Unwritable {
  const c = UNWRITABLE.exec(text)![0].charCodeAt(0);
  return { field, codePoint: `U+${c.toString(16).toUpperCase().padStart(4, '0')}` };
}
