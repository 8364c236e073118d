/**
 * How an indicator names one half of a statement joined by "dan" (`compound-statement`): by a
 * content word of the half's own, by the half's acronym, or by the short form of its field.
 *
 * @module
 */
import type { IndicatorNode, ResultNode, TextTools } from '../../api.js';

/**
 * True when `ind` names `half` of its result's statement: it shares one of the half's own stems
 * (`own`, those the other half lacks), or writes the half as an acronym or a short form.
 */
export function namesHalf(ind: IndicatorNode, half: string, own: readonly string[]): boolean {
  const s = ind.stems;
  return (
    own.some((x) => s.includes(x) || namedByRoot(x, s)) || namedByAcronym(half, ind.record.statement) || namedByShortForm(half, ind.words)
  );
}

/**
 * True when an English gerund the half borrows is named by its root with an Indonesian affix
 * ("Layanan Monitoring" measured by "kabupaten/kota yang dapat dimonitor", a Balai Monitor
 * Spektrum Frekuensi Radio): the stemmer takes the affix off "dimonitor", not the "-ing".
 */
function namedByRoot(stem: string, stems: readonly string[]): boolean {
  return stem.length > 6 && stem.endsWith('ing') && stems.includes(stem.slice(0, -3));
}

/**
 * True when an indicator of `r` names each item of the list its statement holds ("Terpeliharanya
 * menara suar, rambu suar dan pelampung suar", a Distrik Navigasi, each measured by its own IK):
 * every item is measured already, so the list asks for no result of its own per item. An item is
 * named by a content word of its own (one no other item holds, beyond the `generic` qualities, and
 * beyond the statement's leading predicate) or as {@link namesHalf} reads a half.
 */
export function namesEveryItem(r: ResultNode, items: readonly string[], text: TextTools, generic: ReadonlySet<string>): boolean {
  const halves = items.map((item, i) => {
    const n = text.normalize(item);
    return i === 0 && n.startsWith(`${r.head} `) ? n.slice(r.head.length + 1) : n;
  });
  const stems = halves.map((h) => text.contentStems(h));
  return halves.every((half, i) => {
    const own = stems[i]!.filter((x) => !generic.has(x) && !stems.some((other, j) => j !== i && other.includes(x)));
    return own.length > 0 && r.indicators.some((ind) => namesHalf(ind, half, own));
  });
}

/** An acronym as written: three to six capitals ("SPBE", "SAKIP"). */
const ACRONYM_G = /\b[A-Z]{3,6}\b/g;

/**
 * True when an indicator names a half by its acronym ("Indeks SPBE" for "penyelenggaraan
 * pemerintahan berbasis elektronik"): the initials of three consecutive words of the half appear
 * in order in an acronym of the indicator.
 */
function namedByAcronym(half: string, indicator: string): boolean {
  if (!/[A-Z]{3}/.test(indicator)) return false;
  const initials = half
    .split(' ')
    .map((w) => w[0] ?? '')
    .join('');
  if (initials.length < 3) return false;
  for (const m of indicator.matchAll(ACRONYM_G)) {
    const acronym = m[0].toLowerCase();
    for (let i = 0; i + 3 <= initials.length; i++) if (inOrder(initials.slice(i, i + 3), acronym)) return true;
  }
  return false;
}

/**
 * True when the letters of `initials` appear in `acronym` in order, other letters between them
 * allowed ("srp", Stasiun Radio Pantai, in "srop", as a Distrik Navigasi writes it).
 */
function inOrder(initials: string, acronym: string): boolean {
  let at = 0;
  for (const c of initials) {
    at = acronym.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * Fields of government an indicator may name by their short form, as the nomenclature and the
 * organisation write them ("Bagian Kesra", "Dinas Dukcapil" for "administrasi kependudukan"), and
 * conditions it may name by the measure that defines them (the TFR for "penduduk tumbuh seimbang").
 */
const SHORT_FORMS: readonly (readonly [phrase: string, short: string])[] = [
  ['kesejahteraan rakyat', 'kesra'],
  ['administrasi kependudukan', 'adminduk'],
  ['pemerintahan desa', 'pemdes'],
  // (the field of workers: "norma ketenagakerjaan" names what "perlindungan tenaga kerja" protects)
  ['tenaga kerja', 'ketenagakerjaan'],
  // (a population growing in balance is the total fertility rate at 2,1, replacement level, as BKKBN
  // defines it: "Angka kelahiran total (TFR)" measures "penduduk tumbuh seimbang")
  ['tumbuh seimbang', 'tfr'],
  ['tumbuh seimbang', 'kelahiran'],
];

/** True when an indicator's words hold the short form of a field the half names ("kesra" for "kesejahteraan rakyat"). */
function namedByShortForm(half: string, words: readonly string[]): boolean {
  for (const [phrase, short] of SHORT_FORMS) if (words.includes(short) && half.includes(phrase)) return true;
  return false;
}
