/**
 * Content words of a normalised statement for fuzzy comparison: phrases and synonyms unified
 * ("aparatur sipil negara" = "ASN", "prosentase" = "persentase"), connectives left out, each word
 * stemmed. Linear in the text; stems are cached per word in a bounded map.
 *
 * @module
 */
import { stem } from './stem.js';
import { PHRASES, STOPWORDS, SYNONYMS } from './words.js';

const STEMS = new Map<string, string>();
const CACHE_LIMIT = 50_000;

/** The stem of a word after its synonym, cached. */
export function stemWord(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) {
    const syn = Object.hasOwn(SYNONYMS, word) ? SYNONYMS[word]! : word;
    s = syn.includes(' ') ? syn : stem(syn);
    if (STEMS.size >= CACHE_LIMIT) STEMS.clear();
    STEMS.set(word, s);
  }
  return s;
}

const PHRASE_STARTS = new Set(PHRASES.map(([ws]) => ws[0]!));

/**
 * Stems of the content words of a normalised text (lower case, single spaces), in text order,
 * with repeats. `skipFirst` leaves out the first word (a statement's predicate).
 */
export function contentWords(norm: string, skipFirst = false): string[] {
  if (norm === '') return [];
  const ws = norm.split(' ');
  const out: string[] = [];
  for (let i = skipFirst && ws.length > 1 ? 1 : 0; i < ws.length; i++) {
    let w = ws[i]!;
    if (PHRASE_STARTS.has(w)) {
      const hit = PHRASES.find(([p]) => p.every((x, j) => ws[i + j] === x));
      if (hit !== undefined) {
        i += hit[0].length - 1;
        w = hit[1];
      }
    }
    if (STOPWORDS.has(w) || w.length === 0) continue;
    out.push(stemWord(w));
  }
  return out;
}

/** Sorted unique stems of the content words: the key two statements are compared by. */
export function stemSet(norm: string, skipFirst = false): string[] {
  return uniqueSorted(contentWords(norm, skipFirst));
}

/** The distinct words of a list, sorted. */
export function uniqueSorted(ws: readonly string[]): string[] {
  if (ws.length > 16) return [...new Set(ws)].sort();
  // Statements have a handful of words: an insertion sort that drops repeats allocates one array.
  const out: string[] = [];
  for (const w of ws) {
    let i = out.length;
    while (i > 0 && out[i - 1]! > w) i--;
    if (i > 0 && out[i - 1] === w) continue;
    out.splice(i, 0, w);
  }
  return out;
}
