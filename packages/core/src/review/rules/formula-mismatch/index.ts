/**
 * `formula-mismatch`: the formula of an indicator (its manual's cara pengukuran) measures what the
 * indicator names. A formula that shares no content word with the indicator, and no acronym, most
 * often measures something else: "Indeks Kepuasan Masyarakat" computed as passengers over seats.
 * Nor is a formula only figures ("0"), only the indicator's name again ("∑ Produksi Padi"), or a
 * division by the target or plan ("... / jumlah masjid yang ditargetkan x 100").
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

/** Heads of a composite measure, an index or a level scored from its parts. */
const COMPOSITE_HEADS = new Set(['indeks', 'tingkat', 'level', 'nilai', 'skor']);

/** The scores or weights of the parts of a composite: "skor unsur ...", "bobot per komponen", "nilai tiap aspek". */
const COMPOSITE_OF_PARTS =
  /\b(?:skor|nilai|bobot|tertimbang)\b[^.;\n]{1,40}?\b(?:unsur|sub ?unsur|komponen|aspek|dimensi|elemen|pilar|variabel)\b/i;

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
      id: 'Formula IK (manual indikator) mengukur apa yang disebut IK: sedikitnya satu kata pokok atau singkatan IK muncul dalam formulanya, dan formula IK persentase membagi pembilang dengan penyebutnya; formula bukan sekadar angka, bukan pengulangan nama IK, dan tidak membagi dengan target.',
      en: "An indicator's formula (its manual) measures what the indicator names: at least one content word or acronym of the indicator appears in it, and a percentage's formula divides a numerator by a denominator; a formula is not a bare figure, nor the indicator's name again, nor a division by the target.",
    },
    messages: {
      mismatch: {
        id: 'Formula IK ini ({formula}) tidak memuat satu pun kata pokok IK {indicator}: periksa apakah formula benar-benar mengukur IK tersebut, bukan ukuran lain.',
        en: 'The formula of this indicator ({formula}) holds none of the content words of {indicator}: check that it measures that indicator, not another measure.',
      },
      empty: {
        id: 'Formula IK {indicator} ({formula}) tidak menjelaskan cara menghitungnya: tuliskan pembilang dan penyebutnya, atau data yang dijumlahkan.',
        en: 'The formula of indicator {indicator} ({formula}) does not say how it is computed: write its numerator and denominator, or the data it adds up.',
      },
      restated: {
        id: 'Formula IK {indicator} ({formula}) hanya mengulang nama IK: tuliskan cara menghitungnya (pembilang dan penyebut, atau data yang dijumlahkan dan sumbernya).',
        en: 'The formula of indicator {indicator} ({formula}) only repeats its name: write how it is computed (numerator and denominator, or the data added up and its source).',
      },
      source: {
        id: 'Formula IK {indicator} ({formula}) menyebut sumber datanya, bukan cara menghitungnya: tuliskan rumusnya (pembilang dan penyebut, atau data yang dijumlahkan), dan sebut sumber data tersendiri.',
        en: 'The formula of indicator {indicator} ({formula}) names its data source, not how it is computed: write the formula (numerator and denominator, or the data added up), and give the source on its own.',
      },
      byPlan: {
        id: 'Formula IK {indicator} ({formula}) membagi dengan target atau rencana: yang diukur adalah capaian rencana kegiatan, bukan kondisinya; bagilah dengan seluruh populasi yang dituju (misalnya seluruh desa, seluruh sekolah).',
        en: 'The formula of indicator {indicator} ({formula}) divides by the target or the plan: it measures how far a plan was carried out, not the condition; divide by the whole population aimed at (all villages, all schools).',
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
        const quoted = { formula: text.quote(formula, 60), indicator: ind.label };
        // "0", "-", "100 %", "Persentase timbulan sampah yang terkelola :": no way of computing given.
        if (NO_COMPUTATION.test(formula) || formula.endsWith(':')) {
          context.report({ messageId: 'empty', data: quoted, indicator: ind, path: ind.path('formula') });
          return;
        }
        if (ind.measure === 'percent' && !DIVISION.test(formula.replace(AND_OR_G, ' '))) {
          context.report({
            messageId: 'notRatio',
            data: { formula: text.quote(formula, 60), indicator: ind.label },
            indicator: ind,
            path: ind.path('formula'),
          });
          return;
        }
        if (restatesName(formula, ind.words)) {
          context.report({ messageId: 'restated', data: quoted, indicator: ind, path: ind.path('formula') });
          return;
        }
        if (DIVIDES_BY_PLAN.test(formula)) {
          context.report({ messageId: 'byPlan', data: quoted, indicator: ind, path: ind.path('formula') });
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
        // A composite (an index, a level) computed from the scores of its parts ("Rata-rata tertimbang
        // skor unsur penetapan tujuan, struktur dan proses ..." for the maturity of SPIP) names its
        // parts, not itself: the published method of such a measure, not a measure of something else.
        if (COMPOSITE_HEADS.has(ind.head) && COMPOSITE_OF_PARTS.test(formula)) return;
        // ("Hasil analisis survey peredaran pangan" for "Nilai NBM": where the figure comes from, with no
        // operation, is what such a formula says; not a measure of something else)
        const source = SOURCE_HEAD.test(formula) && !OPERATION.test(formula);
        context.report({
          messageId: source ? 'source' : 'mismatch',
          data: { formula: text.quote(formula, 60), indicator: ind.label },
          indicator: ind,
          path: ind.path('formula'),
        });
      },
    };
  },
});

/** A formula of figures and signs only ("0", "-", "100 %"): no computation given. */
const NO_COMPUTATION = /^[\d\s.,;:%()\-–—=]*$/;

/**
 * A denominator that is the plan: "... / jumlah ... yang ditargetkan", "dibagi target ...", within
 * one line (a numbered list of components puts "terhadap RPJMD" and the next item's "target" on
 * two lines).
 */
const DIVIDES_BY_PLAN = /(?:\/|÷|\bdibagi\b|\bterhadap\b)[^/÷\n]{0,80}?\b(?:target|ditargetkan|direncanakan|rencana)\b/i;

/** A formula that opens with where its figure comes from ("Hasil survei ...", "Data BPS", "Sumber: ..."). */
const SOURCE_HEAD =
  /^(?:hasil (?:analisis|analisa|survei|survey|pendataan|pengukuran|evaluasi|penilaian)|data (?:dari|bps|dinas)|sumber\b|laporan (?:dari|bps|dinas)|bps\b)/i;

/** An operation in a formula, written or in words. */
const OPERATION = /[/÷:×*+=]|\s[-−–]\s|\bx\b|\bdibagi\b|\bdikurang|\bditambah|\bdikali|\bterhadap\b|\bper\b|\brata/i;

/** Words a formula adds to a name without computing anything ("Jumlah ...", "Total ...", "∑ ..."). */
const SUMMING_WORDS = new Set([
  'jumlah',
  'total',
  'banyaknya',
  'persentase',
  'prosentase',
  'nilai',
  'yang',
  'dan',
  'di',
  'ke',
  'dari',
  'pada',
  'dalam',
  'tahun',
]);

/**
 * True when a formula holds no operation and only words of the indicator's own statement ("∑
 * Produksi Padi" for "Produksi Padi", "Jumlah peserta Qurban" for itself): it restates the name.
 */
function restatesName(formula: string, named: readonly string[]): boolean {
  if (OPERATION.test(formula)) return false;
  const words = formula
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !SUMMING_WORDS.has(w));
  if (words.length === 0) return false;
  const own = new Set(named);
  return words.every((w) => own.has(w));
}

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
