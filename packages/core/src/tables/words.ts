/**
 * The words a person types for a level or a polarity, read forgivingly: a level by its key or its
 * label in either language (or a tier's label when the tier has one level to mean), a polarity in
 * English or Bahasa Indonesia.
 *
 * @module
 */
import { TIER_LABELS, type LevelScheme, type Tier } from '../levels.js';
import type { Polarity } from '../schema.js';
import { normalizeHeader } from './columns.js';

/** How a level word was read: the key, and whether it was a guess worth telling the user. */
export interface LevelWord {
  readonly key: string;
  /** True when the word was not the key itself (a label, another spelling, a tier). */
  readonly guessed: boolean;
}

/** A lookup of level words for one scheme, built once. */
export function levelWords(scheme: LevelScheme): (word: string) => LevelWord | undefined {
  const exact = new Set(scheme.map((l) => l.key));
  const byWord = new Map<string, string>();
  const add = (word: string, key: string) => {
    const w = normalizeHeader(word);
    if (w !== '' && !byWord.has(w)) byWord.set(w, key);
  };
  for (const l of scheme) add(l.key, l.key);
  for (const l of scheme) {
    add(l.label.id, l.key);
    add(l.label.en, l.key);
  }
  // A tier's label means its level when the tier has one (or one that is not optional).
  for (const tier of Object.keys(TIER_LABELS) as Tier[]) {
    const levels = scheme.filter((l) => l.tier === tier);
    const required = levels.filter((l) => l.optional !== true);
    const only = levels.length === 1 ? levels[0] : required.length === 1 ? required[0] : undefined;
    if (only !== undefined) {
      add(TIER_LABELS[tier].id, only.key);
      add(TIER_LABELS[tier].en, only.key);
    }
  }
  // Bahasa Indonesia's word for output, as Kertas Kerja headers write it ("KELUARAN", "OUTPUT (KELUARAN)").
  for (const l of scheme) if (normalizeHeader(l.label.en) === 'output') add('keluaran', l.key);
  return (word) => {
    if (exact.has(word)) return { key: word, guessed: false };
    const key = byWord.get(normalizeHeader(word)) ?? keyOfParts(word, byWord);
    return key === undefined ? undefined : { key, guessed: true };
  };
}

/**
 * The one level the parts of a header name, when the whole header names none: "CSF / ULTIMATE
 * OUTCOME" is the ultimate outcome, "OUTPUT (KELUARAN)" the output; parts naming two levels name none.
 */
function keyOfParts(word: string, byWord: ReadonlyMap<string, string>): string | undefined {
  const parts = word.split(/[/()[\],;|]/);
  if (parts.length < 2) return undefined;
  let found: string | undefined;
  for (const part of parts) {
    const key = byWord.get(normalizeHeader(part));
    if (key === undefined) continue;
    if (found !== undefined && found !== key) return undefined;
    found = key;
  }
  return found;
}

const POLARITY_WORDS: ReadonlyMap<string, Polarity> = new Map([
  ['up', 'up'],
  ['down', 'down'],
  ['range', 'range'],
  ['naik', 'up'],
  ['turun', 'down'],
  ['rentang', 'range'],
  ['meningkat', 'up'],
  ['menurun', 'down'],
  ['positif', 'up'],
  ['negatif', 'down'],
]);

/** The polarity a word means (`naik` is `up`), case-insensitive; `undefined` for another word. */
export function polarityOfWord(word: string): Polarity | undefined {
  return POLARITY_WORDS.get(word.trim().toLowerCase());
}

/** The polarity as a word in a language: `naik`/`turun`/`rentang` or `up`/`down`/`range`. */
export function polarityWord(polarity: Polarity, locale: 'id' | 'en'): string {
  if (locale === 'en') return polarity;
  return polarity === 'up' ? 'naik' : polarity === 'down' ? 'turun' : 'rentang';
}
