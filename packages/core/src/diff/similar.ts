/**
 * Matching by similar text, bounded and near-linear: each text becomes its set of words (lower
 * case, without the connectives of Indonesian and English), an inverted index over the old texts
 * proposes candidates through their rarer words, and only those candidates are scored (Dice
 * coefficient of the word sets). Pairs are then taken best first, each text at most once.
 *
 * @module
 */

/** Connectives that say nothing about which result a statement names. */
const STOPWORDS = new Set([
  'dan',
  'yang',
  'di',
  'ke',
  'dari',
  'untuk',
  'serta',
  'pada',
  'dalam',
  'atau',
  'dengan',
  'oleh',
  'the',
  'of',
  'and',
  'to',
  'in',
  'for',
]);

/** A word shared by more old texts than this does not propose candidates (unless a text has no rarer word). */
const COMMON = 64;
/** At most this many candidates are scored per new text. */
const MAX_CANDIDATES = 256;

/** The distinct words of a text, lower case, without connectives. */
function wordsOf(text: string): string[] {
  const out = new Set<string>();
  for (const w of text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u))
    if (w !== '' && !STOPWORDS.has(w)) out.add(w);
  return [...out];
}

/** Dice coefficient of two word sets: 2 |a ∩ b| / (|a| + |b|), 0 when both are empty. */
function dice(a: readonly string[], b: ReadonlySet<string>): number {
  if (a.length + b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.length + b.size);
}

/** A text to match, with a group (the level) that breaks ties in favour of the same group. */
export interface SimilarItem {
  readonly key: string;
  readonly text: string;
  readonly group?: string;
}

/**
 * Pairs new items with old ones whose texts are at least `threshold` alike, best pairs first,
 * each item at most once. Returns new key to old key.
 */
export function matchSimilar(olds: readonly SimilarItem[], news: readonly SimilarItem[], threshold: number): Map<string, string> {
  const out = new Map<string, string>();
  if (olds.length === 0 || news.length === 0) return out;
  const oldWords = olds.map((o) => new Set(wordsOf(o.text)));
  const index = new Map<string, number[]>();
  oldWords.forEach((words, i) => {
    for (const w of words) {
      const list = index.get(w);
      if (list === undefined) index.set(w, [i]);
      else list.push(i);
    }
  });
  const pairs: { score: number; same: boolean; n: number; o: number }[] = [];
  news.forEach((item, n) => {
    const words = wordsOf(item.text);
    const lists = words.map((w) => index.get(w)).filter((l): l is number[] => l !== undefined);
    if (lists.length === 0) return;
    const rare = lists.filter((l) => l.length <= COMMON);
    const proposers = rare.length > 0 ? rare : [lists.reduce((a, b) => (b.length < a.length ? b : a))];
    const candidates = new Set<number>();
    for (const list of proposers) {
      for (const o of list) {
        candidates.add(o);
        if (candidates.size >= MAX_CANDIDATES) break;
      }
      if (candidates.size >= MAX_CANDIDATES) break;
    }
    for (const o of candidates) {
      const score = dice(words, oldWords[o]!);
      if (score >= threshold) pairs.push({ score, same: item.group === olds[o]!.group, n, o });
    }
  });
  // Ties go the same way whichever version is old: by the pair's keys, smaller first.
  const tie = (p: { n: number; o: number }) => {
    const a = news[p.n]!.key;
    const b = olds[p.o]!.key;
    return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  };
  pairs.sort((a, b) => b.score - a.score || Number(b.same) - Number(a.same) || (tie(a) < tie(b) ? -1 : tie(a) > tie(b) ? 1 : 0));
  const usedOld = new Set<number>();
  for (const p of pairs) {
    const key = news[p.n]!.key;
    if (out.has(key) || usedOld.has(p.o)) continue;
    usedOld.add(p.o);
    out.set(key, olds[p.o]!.key);
  }
  return out;
}
