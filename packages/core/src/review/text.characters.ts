/**
 * Characters of the review's text checks: look-alike Cyrillic and Greek letters, copy or OCR
 * damage (invisible, replacement and control characters, stray diacritics), capitals.
 *
 * Every regular expression is compiled once, here.
 *
 * @module
 */

/** Cyrillic and Greek letters that look like (or OCR into) Latin ones, with the Latin letter meant. */
export const LOOKALIKES: Readonly<Record<string, string>> = Object.freeze({
  // Cyrillic capitals
  А: 'A',
  В: 'B',
  Е: 'E',
  Ё: 'E',
  З: '3',
  И: 'U',
  Й: 'U',
  І: 'I',
  Ї: 'I',
  Ј: 'J',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Ѕ: 'S',
  Т: 'T',
  У: 'Y',
  Ү: 'Y',
  Х: 'X',
  Ь: 'b',
  Ԛ: 'Q',
  Ԝ: 'W',
  // Cyrillic small letters
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  и: 'u',
  й: 'u',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  ѕ: 's',
  т: 't',
  у: 'y',
  х: 'x',
  ь: 'b',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  // Greek
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  α: 'a',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ϲ: 'c',
  ϳ: 'j',
});

export const FOREIGN_SCRIPT = /[\u0370-\u03FF\u0400-\u052F\u1F00-\u1FFF]/;
const FOREIGN_SCRIPT_G = /[\u0370-\u03FF\u0400-\u052F\u1F00-\u1FFF]/g;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;
const WORD_G = /[\p{L}\p{M}\p{N}]+/gu;
/** The micro sign typed as Greek mu (`μg/m3`) is left alone. */
const MICRO = '\u03BC';

/** One word of a text that mixes Latin with look-alike Cyrillic or Greek letters. */
export interface LookalikeFinding {
  /** The word as written. */
  readonly word: string;
  /** The word with each look-alike replaced by its Latin letter. */
  readonly suggestion: string;
  /** The offending characters with their Latin replacement and code point, e.g. `О (U+041E) → O`. */
  readonly characters: readonly { readonly char: string; readonly codePoint: string; readonly latin: string | undefined }[];
}

/** Most words or characters a text finding lists. */
const MAX_FINDINGS = 20;

const codePoint = (c: string): string => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Words of `text` that hold Cyrillic or Greek letters where Latin ones are meant: a word mixing the
 * scripts, or a word whose every letter has a Latin look-alike, in Latin text or in capitals (OCR
 * damage such as `ОИТРИТ` for `OUTPUT`). Greek single letters (`α`, `Δ`) and the micro sign are left alone.
 */
export function findLookalikes(text: string): LookalikeFinding[] {
  if (!FOREIGN_SCRIPT.test(text)) return [];
  const textHasLatin = LATIN_LETTER.test(text);
  const out: LookalikeFinding[] = [];
  for (const m of text.matchAll(WORD_G)) {
    const word = m[0];
    if (!FOREIGN_SCRIPT.test(word)) continue;
    const foreign = word.match(FOREIGN_SCRIPT_G)!.filter((c) => c !== MICRO);
    if (foreign.length === 0) continue;
    // A word wholly of Cyrillic/Greek letters counts only when every letter has a Latin look-alike
    // and it sits in Latin text or is in capitals (OCR damage such as "ОИТРИТ"); a real foreign
    // text, or a lone Greek symbol, is left alone.
    if (
      !LATIN_LETTER.test(word) &&
      (word.length === 1 || ![...word].every((c) => LOOKALIKES[c] !== undefined) || !(textHasLatin || word === word.toUpperCase()))
    ) {
      continue;
    }
    const seen = new Set<string>();
    const characters: { char: string; codePoint: string; latin: string | undefined }[] = [];
    for (const c of foreign) {
      if (seen.has(c)) continue;
      seen.add(c);
      characters.push({ char: c, codePoint: codePoint(c), latin: LOOKALIKES[c] });
    }
    let suggestion = '';
    for (const c of word) suggestion += c === MICRO ? c : (LOOKALIKES[c] ?? c);
    out.push({ word, suggestion, characters });
    // A message names a few words; a text of thousands of damaged words is reported by its first ones.
    if (out.length >= MAX_FINDINGS) break;
  }
  return out;
}

// Zero-width, BOM and soft-hyphen characters; direction marks, embeddings, overrides and isolates
// (they reorder what a reader sees: U+202E shows "ASN" as "NSA"); the replacement character and
// the noncharacters U+FFFE and U+FFFF; C0/C1 controls other than tab and newlines; and, with the
// u flag, a surrogate that is not half of a pair (text cut in the middle of an emoji).
const SUSPICIOUS_G =
  /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\uFFFD\uFFFE\uFFFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/gu;
// A Latin letter with a diacritic (precomposed or combining) inside a word; é/è are common in loanwords and names.
const DIACRITIC_ANY = /[\u00C0-\u024F]/;
const COMBINING = /[\u0300-\u036F]/;
const DIACRITIC_WORD = /^[A-Za-z]*(?:[\u00C0-\u00D6\u00D8-\u00E7\u00EA-\u00F6\u00F8-\u024F]|[A-Za-z][\u0300-\u036F])[A-Za-z]*$/u;

/** Characters of `text` that are copy or OCR damage: invisible, replacement or control characters, and diacritics inside plain words (`AŚN`). */
export function findSuspiciousCharacters(text: string): { readonly char: string; readonly codePoint: string; readonly word?: string }[] {
  if (ASCII.test(text)) return [];
  const out: { char: string; codePoint: string; word?: string }[] = [];
  // Each character once, and a few of them: a message names them, a text of a million is reported by its first kinds.
  const seen = new Set<string>();
  for (const m of text.matchAll(SUSPICIOUS_G)) {
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    out.push({ char: m[0], codePoint: codePoint(m[0]) });
    if (out.length >= MAX_FINDINGS) break;
  }
  if (DIACRITIC_ANY.test(text) || COMBINING.test(text)) {
    for (const m of text.matchAll(WORD_G)) {
      const w = m[0];
      if (w.length < 2 || !DIACRITIC_WORD.test(w)) continue;
      const c = [...w.normalize('NFC')].find((ch) => /[^A-Za-z]/.test(ch));
      if (c !== undefined) out.push({ char: c, codePoint: codePoint(c), word: w });
      if (out.length >= 2 * MAX_FINDINGS) break;
    }
  }
  return out;
}

/** Printable ASCII throughout. */
export const ASCII = /^[\x20-\x7E]*$/;
const LOWER = /\p{Ll}/u;
const UPPER_WORD_G = /\p{Lu}{4,}/gu;

/** True when a text holds a character outside printable ASCII. */
export function hasNonAscii(text: string): boolean {
  return !ASCII.test(text);
}

/** True when a text is written in capitals throughout (acronyms alone do not count). */
export function isAllCaps(text: string): boolean {
  if (LOWER.test(text)) return false;
  const long = text.match(UPPER_WORD_G);
  return long !== null && long.length >= 2;
}

// ---------------------------------------------------------------------------------------------
// Indicator heads and units.
