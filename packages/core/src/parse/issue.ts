import { formatPath, type CascadeIssue, type CascadeIssueCode } from '../errors.js';

/**
 * Making issues, and keeping their text short: a value from the document is quoted with at most
 * {@link MAX_QUOTE} characters, so an issue about a megabyte id or key stays a line long.
 *
 * @module
 */

/** Longest piece of document text an issue message quotes. */
export const MAX_QUOTE = 60;

/** An issue at `segments`. */
export function issue(code: CascadeIssueCode, segments: readonly (string | number)[], message: string): CascadeIssue {
  return { code, path: formatPath(segments), segments: Object.freeze(segments.slice()), message };
}

/** Text from the document, shortened to {@link MAX_QUOTE} characters (with "..."), in double quotes. */
export function quote(text: string): string {
  return JSON.stringify(text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE)}...` : text);
}
