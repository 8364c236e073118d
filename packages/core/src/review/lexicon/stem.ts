/**
 * A light Indonesian stemmer for comparing statements: documented affix rules, no dictionary.
 * It does not aim at the linguistic root; it aims at one form for the words an agency writes for
 * the same thing ("pengelolaan", "terkelolanya", "mengelola" and "kelola" all give `elola`), so
 * that two statements that differ only in derivation compare equal. See `docs/decisions.md` for
 * why not `sastrawijs` or a Snowball stemmer.
 *
 * The rules, applied to a lower-case ASCII word of 5 to 40 letters (a word of four letters gets rule 4 only):
 * 1. the possessive `-nya` (statements carry no particles such as `-lah`);
 * 2. one derivational suffix: after a verb prefix (`me-`, `di-`, `ter-`, `ber-`) `-kan` or `-i` (not
 *    after `s`, so `-asi` words keep theirs), else `-an`;
 * 3. up to two prefixes: `di-`, `ke-` (only with `-an`), `ter-`, `ber-`/`be-`, `memper-`/`diper-`, and `me-`/`pe-`
 *    with their nasal forms (`mem-`, `men-`, `meng-`, `meny-`, `pem-`, `pen-`, `peng-`, `peny-`, `per-`);
 * 4. the canonical form: a stem that starts with `k`, `p`, `t` or `s` before a vowel loses that
 *    letter, the one nasal assimilation removes ("tingkat" and "meningkat" both give `ingkat`).
 * Each step keeps at least three letters. Linear in the word's length; words outside the limits
 * are returned as they are.
 *
 * @module
 */

const VOWEL = new Set(['a', 'e', 'i', 'o', 'u']);
const isVowel = (c: string | undefined): boolean => c !== undefined && VOWEL.has(c);

function isPlain(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function cutSuffix(w: string, suffix: string, keep = 3): string | undefined {
  return w.length - suffix.length >= keep && w.endsWith(suffix) ? w.slice(0, -suffix.length) : undefined;
}

function stripSuffixes(w: string): [string, boolean] {
  const nya = cutSuffix(w, 'nya', 4);
  if (nya !== undefined) w = nya;
  // A verb (me-, di-, ter-, ber-) takes -kan and -i; a noun takes -an ("kependudukan", not "kependudu").
  const verb = w.startsWith('me') || w.startsWith('di') || w.startsWith('ter') || w.startsWith('ber');
  if (verb) {
    const kan = cutSuffix(w, 'kan', 4);
    if (kan !== undefined) return [kan, false];
    if (w.endsWith('i') && w.length >= 6 && w[w.length - 2] !== 's') return [w.slice(0, -1), false];
  }
  const an = cutSuffix(w, 'an', 4);
  if (an !== undefined) return [an, true];
  return [w, false];
}

/** One prefix off, or undefined when there is none to take. */
function stripPrefix(w: string, confix: boolean): string | undefined {
  const n = w.length;
  const rest = (k: number): string | undefined => (n - k >= 3 ? w.slice(k) : undefined);
  if (w.startsWith('memper') || w.startsWith('diper')) return rest(w.startsWith('memper') ? 6 : 5);
  if (w.startsWith('di')) return rest(2);
  if (w.startsWith('ke') && confix) return rest(2); // ke-...-an only: "kesehatan", not "kelola"
  if (w.startsWith('ter')) return rest(3);
  if (w.startsWith('ber')) return rest(3);
  if (w.startsWith('bel') && w.startsWith('belajar')) return rest(3);
  if (w.startsWith('be') && w[2] === 'r') return rest(2);
  if (w[0] === 'm' || w[0] === 'p') {
    if (w[1] !== 'e') return undefined;
    const c2 = w[2];
    const c3 = w[3];
    if (c2 === 'n' && c3 === 'g') return rest(4); // meng-, peng- (k dropped: "mengelola")
    if (c2 === 'n' && c3 === 'y') return rest(4); // meny-, peny- (s dropped)
    if (c2 === 'm') return rest(3); // mem-, pem- (p dropped before a vowel)
    if (c2 === 'n') return rest(3); // men-, pen- (t dropped before a vowel)
    if (w[0] === 'p' && c2 === 'r') return isVowel(c3) ? rest(2) : rest(3); // pe+rencana, per+baikan
    if (c2 === 'l' || c2 === 'r' || c2 === 'w' || c2 === 'y') return rest(2);
    if (w[0] === 'p' && !isVowel(c2)) return rest(2); // pe+kerja
  }
  return undefined;
}

/** The stem of a lower-case word (see the module's rules). */
export function stem(word: string): string {
  const n = word.length;
  // A word of four letters has no affix to take, but its canonical form is that of its
  // derivations ("kota" as "perkotaan" gives it: `ota`).
  if (n === 4 && isPlain(word)) return canonical(word);
  if (n < 5 || n > 40 || !isPlain(word)) return word;
  let [w, confix] = stripSuffixes(word);
  for (let pass = 0; pass < 2; pass++) {
    const next = stripPrefix(w, confix);
    confix = false;
    if (next === undefined) break;
    w = next;
  }
  return canonical(w);
}

/** Step 4: a stem of four letters or more that starts with `k`, `p`, `t` or `s` before a vowel loses that letter. */
function canonical(w: string): string {
  return w.length >= 4 && (w[0] === 'k' || w[0] === 'p' || w[0] === 't' || w[0] === 's') && isVowel(w[1]) ? w.slice(1) : w;
}
