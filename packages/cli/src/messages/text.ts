/**
 * The building blocks of the CLI's message catalogue: a text in both languages, the locale, and
 * "did you mean".
 *
 * @module
 */
// Types only: importing a value from `@pokin/core` would load all of core for `pokin --help`.
import type { Locale, LocalizedText } from '@pokin/core';

export type { Locale };

/** A text in Bahasa Indonesia (`id`) and English (`en`). */
export type Text = LocalizedText;

/** The languages the CLI speaks. */
export const LOCALES: readonly Locale[] = ['id', 'en'];

/** The default language: Bahasa Indonesia. */
export const DEFAULT_LOCALE: Locale = 'id';

/** A text in both languages, frozen. */
export const t = (id: string, en: string): Text => Object.freeze({ id, en });

/** The same words in both languages (a name, a number, a file). */
export const same = (s: string): Text => t(s, s);

/** Picks a text's words for a locale (as core's `localize`); a plain string is returned as it is. */
export function say(text: Text | string, locale: Locale): string {
  if (typeof text === 'string') return text;
  return locale === 'en' ? text.en : text.id;
}

/**
 * The locale of a run: `--locale X` or `--locale=X` in the arguments, else `POKIN_LOCALE`, else
 * Indonesian. An unknown value is ignored here (the option's own check reports it).
 */
export function resolveLocale(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Locale {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--locale') found = argv[i + 1];
    else if (a.startsWith('--locale=')) found = a.slice('--locale='.length);
  }
  const pick = (v: string | undefined) =>
    v !== undefined && (LOCALES as readonly string[]).includes(v.trim().toLowerCase()) ? (v.trim().toLowerCase() as Locale) : undefined;
  return pick(found) ?? pick(env.POKIN_LOCALE) ?? DEFAULT_LOCALE;
}

/** Edit distance with transpositions (optimal string alignment), for "did you mean". */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The closest of `candidates` to `value` (case-insensitive), when it is close enough to be a typo:
 * at most a third of the word's letters apart (at least 2). Undefined when none is.
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const v = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(v.length / 3)) + 1;
  for (const c of candidates) {
    const lower = c.toLowerCase();
    const d = lower.startsWith(v) && v.length >= 3 ? 1 : editDistance(v, lower);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** ` (maksud Anda "x"?)` / ` (did you mean "x"?)`, or nothing when no candidate is close. */
export function didYouMean(value: string, candidates: Iterable<string>): Text {
  const hint = closest(value, candidates);
  return hint === undefined ? same('') : t(` (maksud Anda "${hint}"?)`, ` (did you mean "${hint}"?)`);
}
