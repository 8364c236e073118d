/**
 * The comparison form of a statement (normalisation), its words, and quoting for messages.
 *
 * @module
 */
import { ASCII, FOREIGN_SCRIPT, LOOKALIKES } from './text.characters.js';

const NON_WORD_G = /[^\p{L}\p{N}]+/gu;
/** A word: a run of letters and digits (what NON_WORD_G splits apart). */
const WORD_G = /[\p{L}\p{N}]+/gu;
const NON_ALNUM_ASCII_G = /[^a-z0-9]+/g;
const FOREIGN_G = /[\u0370-\u03FF\u0400-\u052F\u1F00-\u1FFF]/g;

/**
 * Comparison form of a statement: NFKC, look-alike letters mapped to Latin, lower case, every run
 * of punctuation and spaces one space. "Meningkatnya  Kinerja-ASN." and "meningkatnya kinerja asn"
 * are equal.
 */
export function normalizeStatement(text: string): string {
  return normalizeScanned(text, SCRATCH);
}

/** What {@link normalizeScanned} learnt of the text on the way. */
export interface TextScan {
  /** The text is printable ASCII throughout (see {@link hasNonAscii}). */
  ascii: boolean;
}

const SCRATCH: TextScan = { ascii: true };

/**
 * {@link normalizeStatement}, also telling whether the text is printable ASCII, which the
 * normalisation finds out anyway: a caller that needs both reads the text once.
 */
export function normalizeScanned(text: string, scan: TextScan): string {
  scan.ascii = true;
  // Fastest path: ASCII letters and digits in words separated by single spaces (most statements),
  // already in comparison form once lower-cased. One scan, no regular expression, no copy but the lower-casing.
  if (isPlainWords(text)) return joinedPassives(text.toLowerCase());
  return joinedPassives(normalizeOther(text, scan));
}

/**
 * {@link normalizeStatement} of a text already known to be plain words (ASCII letters and digits,
 * single spaces: the review's stem scan finds that out as it reads each statement).
 */
export function normalizePlain(text: string): string {
  return joinedPassives(text.toLowerCase());
}

/**
 * A passive verb written apart from its prefix, "di selesaikan" read as one word ("diselesaikan"):
 * "di" before a verb ending in -kan or -kannya, not before a place ("di kecamatan").
 */
function joinedPassives(norm: string): string {
  return norm.includes('di ') ? norm.replace(SPLIT_PASSIVE_G, 'di$1') : norm;
}
const SPLIT_PASSIVE_G = /(?<![a-z0-9])di ([a-z]{3,}kan(?:nya)?)(?![a-z0-9])/g;

/** {@link normalizeScanned} for text that is not plain words. */
function normalizeOther(text: string, scan: TextScan): string {
  // Fast path for plain ASCII text, the common case.
  if (ASCII.test(text)) return withoutListMarker(text).toLowerCase().replace(NON_ALNUM_ASCII_G, ' ').trim();
  scan.ascii = false;
  let s = withoutListMarker(text.normalize('NFKC'));
  if (FOREIGN_SCRIPT.test(s)) s = s.replace(FOREIGN_G, (c) => LOOKALIKES[c] ?? c);
  return s.toLowerCase().replace(NON_WORD_G, ' ').trim();
}

/**
 * The number or letter of a list item before a statement copied from a numbered table ("1.
 * Meningkatnya ...", "2) ...", "(a) ...", "1.2 ...", "IV. ..."): the statement is what follows.
 */
const LIST_MARKER = /^\s*(?:\(?(?:\d{1,3}|[A-Za-z]|[IVXivx]{2,4})[.)]|\d{1,3}(?:\.\d{1,3})+\.?)\s+(?=\S)/;

/** The text without a leading list marker ({@link LIST_MARKER}). */
function withoutListMarker(text: string): string {
  const m = LIST_MARKER.exec(text);
  return m === null ? text : text.slice(m[0].length);
}

/**
 * ASCII letters and digits in words separated by single spaces (no leading or trailing space).
 * A regular expression runs in compiled code: twice as fast as a loop over the characters.
 */
const PLAIN_WORDS = /^(?:[A-Za-z0-9]+(?: [A-Za-z0-9]+)*)?$/;

/** True when `text` is ASCII letters and digits in words separated by single spaces (no leading or trailing space). */
function isPlainWords(text: string): boolean {
  return PLAIN_WORDS.test(text);
}

/** The first `n` words of a normalised statement, without splitting all of it. */
function firstWords(normalized: string, n: number): string[] {
  const len = normalized.length;
  // Counted first so that the list is made at its size (a list grown by push starts with room for 16).
  let count = 0;
  for (let at = 0; count < n && at < len; count++) {
    const sp = normalized.indexOf(' ', at);
    at = sp < 0 ? len : sp + 1;
  }
  const out = new Array<string>(count);
  let at = 0;
  for (let k = 0; k < count; k++) {
    let sp = normalized.indexOf(' ', at);
    if (sp < 0) sp = len;
    out[k] = normalized.slice(at, sp);
    at = sp + 1;
  }
  return out;
}

/** How many words {@link leadingWords} gives. */
const LEADING = 4;

/**
 * The first four words of a normalised statement (fewer when it is shorter), for the helpers that
 * read a statement's head (its form, its measure, the noun a count counts, an activity). Every
 * rule asks about the node being visited, one after another, so the words of the text asked last
 * are kept: each statement is cut into words once, not once per question. Do not change the list.
 */
export function leadingWords(normalized: string): readonly string[] {
  if (normalized !== lastLeadingText) {
    lastLeading = firstWords(normalized, LEADING);
    lastLeadingText = normalized;
  }
  return lastLeading;
}

let lastLeadingText = '';
let lastLeading: readonly string[] = [];

/** Number of words of a normalised statement. */
export function wordCount(normalized: string): number {
  if (normalized === '') return 0;
  let n = 1;
  for (let i = normalized.indexOf(' '); i >= 0; i = normalized.indexOf(' ', i + 1)) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Indonesian statement heads.

/**
 * A fragment of a normalised statement as the statement writes it, for quoting it in a message:
 * the stretch of the statement its words come from, punctuation inside it kept ("pendidikan al
 * qur an" of "... dan pendidikan Al-Qur'an" is "pendidikan Al-Qur'an"). When the words are not one
 * stretch of the statement, each word takes the statement's spelling of it ("akuntabilitas kinerja
 * blud" is "Akuntabilitas Kinerja BLUD"), and a word the statement does not hold as such stays as
 * the fragment has it.
 */
export function asWritten(fragment: string, statement: string): string {
  const wanted = fragment.split(' ');
  const tokens: { key: string; start: number; end: number }[] = [];
  for (const m of statement.matchAll(WORD_G)) tokens.push({ key: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  for (let i = 0; i + wanted.length <= tokens.length; i++) {
    let k = 0;
    while (k < wanted.length && tokens[i + k]!.key === wanted[k]) k++;
    if (k === wanted.length) return statement.slice(tokens[i]!.start, tokens[i + k - 1]!.end);
  }
  const written = new Map<string, string>();
  for (const t of tokens) if (!written.has(t.key)) written.set(t.key, statement.slice(t.start, t.end));
  return wanted.map((w) => written.get(w) ?? w).join(' ');
}

/** A statement quoted for a message, shortened when long. */
export function quote(text: string, max = 80): string {
  const cut = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const t = cut.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}

/** A word with its first letter in capitals. */
export const capital = (w: string): string => (w === '' ? w : w[0]!.toUpperCase() + w.slice(1));
