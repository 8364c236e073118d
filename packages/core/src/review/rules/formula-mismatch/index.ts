/**
 * `formula-mismatch`: the formula of an indicator (its manual's cara pengukuran) measures what the
 * indicator names. A formula that shares no content word with the indicator, and no acronym, most
 * often measures something else: "Indeks Kepuasan Masyarakat" computed as passengers over seats.
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { FORMULA_ALIASES, FORMULA_GENERAL_WORDS } from '../../lexicon/words.js';

/** Letters of a measure word that open an acronym ("AKI": Angka Kematian Ibu; "IKM": Indeks ...; "PAD"...). */
const MEASURE_INITIALS = new Set(['A', 'I', 'P', 'J', 'R', 'T', 'N']);

/** An acronym as written: two to six capitals ("IKM", "NTP", "SAKIP"). */
const ACRONYM_G = /\b[A-Z]{2,6}\b/g;

/**
 * A division, written or in words: "/", ":", "÷", "dibagi", "dibandingkan", "terhadap", "per",
 * "rasio", "proporsi", "rata-rata" (an average is a division too).
 */
const DIVISION = /[/:÷]|\b(?:di)?bagi\b|banding|terhadap|\bper\b|rasio|proporsi|rata/i;

/** Heads of a change from one year to the next ("Pertumbuhan ...", "Laju ..."). */
const CHANGE_HEADS = new Set(['pertumbuhan', 'laju', 'kenaikan', 'peningkatan', 'penurunan', 'perubahan']);

/** The previous year in a formula: "(t-1)", "n-1", "tahun sebelumnya". */
const YEAR_ON_YEAR = /\b[tn]\s*[-−–]\s*1\b|tahun sebelum/;

/** "dan/atau", "atau/dan": a slash that joins words, not a division. */
const AND_OR_G = /\b(?:dan\s*\/\s*atau|atau\s*\/\s*dan)\b/gi;

export const rule = defineRule({
  meta: {
    id: 'formula-mismatch',
    defaultSeverity: 'info',
    category: 'indicator',
    basis: 'practice',
    description: {
      id: 'Formula IK (manual indikator) mengukur apa yang disebut IK: sedikitnya satu kata pokok atau singkatan IK muncul dalam formulanya, dan formula IK persentase membagi pembilang dengan penyebutnya.',
      en: "An indicator's formula (its manual) measures what the indicator names: at least one content word or acronym of the indicator appears in it, and a percentage's formula divides a numerator by a denominator.",
    },
    messages: {
      mismatch: {
        id: 'Formula IK ini ({formula}) tidak memuat satu pun kata pokok IK {indicator}: periksa apakah formula benar-benar mengukur IK tersebut, bukan ukuran lain.',
        en: 'The formula of this indicator ({formula}) holds none of the content words of {indicator}: check that it measures that indicator, not another measure.',
      },
      notRatio: {
        id: 'IK {indicator} berupa persentase, tetapi formulanya ({formula}) tidak membagi apa pun: tuliskan pembilang dan penyebutnya (jumlah yang memenuhi kriteria / jumlah seluruhnya x 100 %).',
        en: 'Indicator {indicator} is a percentage, but its formula ({formula}) divides nothing: write its numerator and denominator (those that meet the criterion / all x 100 %).',
      },
    },
  },
  create(context) {
    const { text } = context;
    const measure = new Set([...FORMULA_GENERAL_WORDS].map((w) => text.stem(w)));
    const content = (s: string): string[] => text.contentStems(s).filter((w) => w.length > 2 && !measure.has(w));
    return {
      indicator(ind) {
        const formula = ind.record.formula?.trim();
        if (formula === undefined || formula === '') return;
        if (ind.measure === 'percent' && !DIVISION.test(formula.replace(AND_OR_G, ' '))) {
          context.report({
            messageId: 'notRatio',
            data: { formula: text.quote(formula, 60), indicator: ind.label },
            indicator: ind,
            path: ind.path('formula'),
          });
          return;
        }
        const own = content(formula);
        // A formula of symbols and one word ("A / B x 100") says too little to compare.
        if (own.length < 2) return;
        const named = content(ind.record.statement);
        if (named.length === 0) return;
        // A shared stem, or a shared start of six letters ("produktivitas" computed from "produksi").
        for (const w of named)
          if (own.includes(w) || (w.length >= 6 && own.some((o) => o.length >= 6 && o.slice(0, 6) === w.slice(0, 6)))) return;
        if (sharesAcronym(ind.record.statement, formula) || sharesAcronym(formula, ind.record.statement)) return;
        // A formula that names what it computes on its left ("TGM = (0,3 FM + ...)", the national
        // reading-habit index) is a published definition whose name may not follow the words.
        if (NAMED_FORMULA.test(formula)) return;
        // A measure under another name ("Pertumbuhan ekonomi" from the PDRB), or a change from one year to the next.
        if (named.some((w) => FORMULA_ALIASES.get(w)?.some((a) => own.includes(a)) === true)) return;
        if (CHANGE_HEADS.has(ind.head) && YEAR_ON_YEAR.test(formula.toLowerCase())) return;
        context.report({
          messageId: 'mismatch',
          data: { formula: text.quote(formula, 60), indicator: ind.label },
          indicator: ind,
          path: ind.path('formula'),
        });
      },
    };
  },
});

/** A formula that opens with an acronym and "=": it names the measure it computes. */
const NAMED_FORMULA = /^[A-Z]{2,8}\s?=/;

/**
 * True when an acronym of `a` appears in `b` as itself or spelt out ("IKM" and "Indeks Kepuasan
 * Masyarakat"), also without its measure word ("AKI" and "jumlah kematian ibu").
 */
function sharesAcronym(a: string, b: string): boolean {
  const acronyms = a.match(ACRONYM_G);
  if (acronyms === null) return false;
  const words = b.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const initials = words.map((w) => w[0]!.toUpperCase()).join('');
  const upper = new Set(words.map((w) => w.toUpperCase()));
  const spelt = (x: string): boolean => x.length >= 2 && initials.includes(x);
  return acronyms.some((x) => upper.has(x) || spelt(x) || (x.length >= 3 && MEASURE_INITIALS.has(x[0]!) && spelt(x.slice(1))));
}
