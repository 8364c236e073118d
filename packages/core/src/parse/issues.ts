import { formatPath, type CascadeIssue, type CascadeIssueCode } from '../errors.js';
import type { Locale } from '../renderer.js';
import { DOCUMENT_KEYS } from '../schema.js';
import { ISSUE_MESSAGES, type IssueParams } from './messages.js';

/**
 * Making issues and putting them in order: an issue is its code, path and parameters, its message
 * made from the catalogue of `messages.ts`; document text in a message is quoted with at most
 * {@link MAX_QUOTE} characters, so an issue about a megabyte id or key stays a line long.
 *
 * @module
 */

/** Longest piece of document text an issue message quotes. */
export const MAX_QUOTE = 60;

/** An issue at `segments`, its message in English (see {@link inLocale}). */
export function issue(code: CascadeIssueCode, segments: readonly (string | number)[], params: IssueParams = {}): CascadeIssue {
  return {
    code,
    path: formatPath(segments),
    segments: Object.freeze(segments.slice()),
    params: Object.freeze({ ...params }),
    message: ISSUE_MESSAGES[code].en(params),
  };
}

/** The issues with their messages in `locale`. */
export function inLocale(issues: readonly CascadeIssue[], locale: Locale): CascadeIssue[] {
  if (locale === 'en') return issues.slice();
  return issues.map((i) => ({ ...i, message: ISSUE_MESSAGES[i.code].id(i.params) }));
}

/** Text from the document, shortened to {@link MAX_QUOTE} characters (with "..."), in double quotes. */
export function quote(text: string): string {
  return JSON.stringify(text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE)}...` : text);
}

/** Most issues an error lists; the rest are counted in one last issue (`too-many-issues`). */
export const MAX_ISSUES = 1_000;

export function capped(issues: CascadeIssue[], omitted: number): CascadeIssue[] {
  if (issues.length <= MAX_ISSUES && omitted === 0) return issues;
  const rest = Math.max(0, issues.length - MAX_ISSUES) + omitted;
  const out = issues.slice(0, MAX_ISSUES);
  out.push(issue('too-many-issues', [], { count: rest }));
  return out;
}

/**
 * The snapshot's refusals, then the other issues except those at or below a refused path (a
 * refused value is left out of the data, so the schema would only say it is missing).
 */
export function withoutRefused(refused: readonly CascadeIssue[], issues: readonly CascadeIssue[]): CascadeIssue[] {
  const out = refused.slice();
  if (refused.length === 0) return issues.slice();
  const paths = new Set(refused.map((i) => i.path));
  for (const i of issues) {
    let under = paths.has('');
    for (let k = 1; k <= i.segments.length && !under; k++) under = paths.has(formatPath(i.segments.slice(0, k)));
    if (!under) out.push(i);
  }
  return out;
}

export function dedupe(issues: CascadeIssue[]): CascadeIssue[] {
  const seen = new Set<string>();
  const covered = new Set<string>();
  for (const i of issues) {
    const format = SAYS_MORE[i.code];
    if (format !== undefined) covered.add(`${i.path}\u0000${format}`);
  }
  return issues.filter((i) => {
    if (covered.has(`${i.path}\u0000${i.code}`)) return false;
    const k = `${i.path}\u0000${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * An issue that says a value names nothing (no such level, no such result), to the format issue of
 * the same value it makes redundant: `level: outcome antara` is one problem, said once, not also
 * as an id with a space.
 */
const SAYS_MORE: Readonly<Partial<Record<CascadeIssue['code'], CascadeIssue['code']>>> = {
  'unknown-level': 'invalid-id',
  'missing-parent': 'invalid-reference',
  'missing-contributes-to': 'invalid-reference',
};

const TOP_ORDER: readonly string[] = DOCUMENT_KEYS;

/** Orders issues as they appear in the document. */
export function sortIssues(issues: CascadeIssue[]): CascadeIssue[] {
  const key = (i: CascadeIssue): [number, number] => {
    const top = TOP_ORDER.indexOf(String(i.segments[0] ?? ''));
    const idx = typeof i.segments[1] === 'number' ? i.segments[1] : -1;
    return [top === -1 ? (i.segments.length === 0 ? -1 : TOP_ORDER.length) : top, idx];
  };
  return issues
    .map((i, n) => ({ i, n, k: key(i) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.n - b.n)
    .map((x) => x.i);
}
