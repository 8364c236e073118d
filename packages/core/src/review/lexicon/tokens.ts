/**
 * Content words of a normalised statement for fuzzy comparison: phrases and synonyms unified
 * ("aparatur sipil negara" = "ASN", "prosentase" = "persentase"), connectives left out, each word
 * stemmed. Linear in the text; stems are cached per word in a bounded map.
 *
 * @module
 */
import { stem } from './stem.js';
import { ACRONYMS, PHRASES, STOPWORDS, SYNONYMS } from './words.js';

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

/** A phrase as it stands in a normalised text, and what it becomes. */
const PHRASE_TEXTS: readonly (readonly [string, string])[] = PHRASES.map(([ws, to]) => [ws.join(' '), to]);

/**
 * What a word is in a content scan: its stem, `''` for a connective, or `null` for a word that may
 * open a phrase. One lookup per word (a connective, phrase and stem test each cost one).
 */
const CONTENT = new Map<string, string | null>();

export function contentOf(word: string): string | null {
  const known = CONTENT.get(word);
  if (known !== undefined) return known;
  // (an acronym is looked at in its text too: it stands for several stems, see contentStem)
  const c =
    Object.hasOwn(ACRONYMS, word) || PHRASE_TEXTS.some(([p]) => p.startsWith(`${word} `))
      ? null
      : STOPWORDS.has(word)
        ? ''
        : stemWord(word);
  if (CONTENT.size >= CACHE_LIMIT) CONTENT.clear();
  CONTENT.set(word, c);
  return c;
}

/**
 * What {@link contentStem} found: a stem (`''` for a connective), where its word or phrase ends,
 * and for an acronym the stems of the words it stands for (`stem` is then `''`).
 */
export interface ContentStep {
  stem: string;
  end: number;
  expanded?: readonly string[] | undefined;
}

/** The content stems of each acronym's words, read once. */
const EXPANSIONS = new Map<string, readonly string[]>();

/** The content stems an acronym stands for ("ikm": those of "indeks kepuasan masyarakat"), or undefined for any other word. */
function expansionOf(word: string): readonly string[] | undefined {
  if (!Object.hasOwn(ACRONYMS, word)) return undefined;
  let stems = EXPANSIONS.get(word);
  if (stems === undefined) {
    stems = Object.freeze(contentWords(ACRONYMS[word]!));
    EXPANSIONS.set(word, stems);
  }
  return stems;
}

/**
 * The content stem of the word of `norm` from `at` to `end` (the next space or the end), or of the
 * phrase it opens ("aparatur sipil negara" = "asn"): sets `step.stem` (`''` for a connective)
 * and `step.end` (past the phrase when one matched).
 */
export function contentStem(norm: string, at: number, end: number, step: ContentStep): void {
  const n = norm.length;
  const w = norm.slice(at, end);
  step.expanded = expansionOf(w);
  if (step.expanded !== undefined) {
    step.stem = '';
    step.end = end;
    return;
  }
  let c = contentOf(w);
  if (c === null) {
    const hit = PHRASE_TEXTS.find(([p]) => norm.startsWith(p, at) && (at + p.length === n || norm.charCodeAt(at + p.length) === 32));
    if (hit !== undefined) {
      end = at + hit[0].length;
      c = STOPWORDS.has(hit[1]) ? '' : stemWord(hit[1]);
    } else c = STOPWORDS.has(w) ? '' : stemWord(w);
  }
  step.stem = c;
  step.end = end;
}

/**
 * Stems of the content words of a normalised text (lower case, single spaces), in text order,
 * with repeats. `skipFirst` leaves out the first word (a statement's predicate). One scan of the
 * text; the only strings it makes are the words it looks up.
 */
export function contentWords(norm: string, skipFirst = false): string[] {
  const out: string[] = [];
  const n = norm.length;
  let at = 0;
  if (skipFirst) {
    const sp = norm.indexOf(' ');
    if (sp >= 0) at = sp + 1;
  }
  const step: ContentStep = { stem: '', end: 0 };
  while (at < n) {
    let end = norm.indexOf(' ', at);
    if (end < 0) end = n;
    contentStem(norm, at, end, step);
    if (step.stem !== '') out.push(step.stem);
    else if (step.expanded !== undefined) out.push(...step.expanded);
    at = step.end + 1;
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
