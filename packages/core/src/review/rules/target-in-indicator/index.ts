/**
 * `target-in-indicator`: an indicator whose wording holds its own target figure ("Persentase
 * puskesmas terakreditasi minimal 80%" planned at 80, "Indeks Kepuasan Masyarakat mencapai 85",
 * "Jumlah inovasi dengan target 4"). An indicator names what is measured; the figure to reach is
 * its target, one per year, and a figure fixed in the name cannot change with them.
 *
 * A figure after a bound word is a target only when it is one of the indicator's own baseline or
 * target values: "Persentase desa dengan minimal 1 posyandu aktif" and "... paling lama 3 hari"
 * name what counts, not the level to reach. "target 4" is reported whatever its value. A grade
 * after a bound ("Predikat SAKIP Satker minimal BB") is held as a figure is, when it is one of the
 * grades the indicator plans.
 *
 * @module
 */
import { defineRule, type IndicatorNode } from '../../api.js';
import { parseIndonesianNumber } from '../../number.utils.js';

export const rule = defineRule({
  meta: {
    id: 'target-in-indicator',
    defaultSeverity: 'warning',
    category: 'indicator',
    basis: 'practice',
    description: {
      id: 'IK menyebut apa yang diukur, tanpa angka yang ingin dicapai ("minimal 80%", "mencapai 85"): angka itu adalah targetnya, ditetapkan per tahun.',
      en: 'An indicator names what is measured, without the figure to reach ("minimal 80%", "mencapai 85"): that figure is its target, set per year.',
    },
    messages: {
      blank: {
        id: 'IK {label} memuat isian angka yang belum diisi ("{figure}"): rumuskan IK sebagai ukuran saja, dan tetapkan angka yang ingin dicapai sebagai target per tahun.',
        en: 'The indicator {label} holds a figure left blank ("{figure}"): word the indicator as the measure alone, and set the figure to reach as its yearly target.',
      },
      held: {
        id: 'IK {label} memuat angka targetnya ("{figure}"): rumuskan IK sebagai ukuran saja, dan cantumkan angka yang ingin dicapai sebagai target per tahun.',
        en: 'The indicator {label} holds its target figure ("{figure}"): word the indicator as the measure alone, and give the figure to reach as its yearly target.',
      },
    },
  },
  create(context) {
    return {
      indicator(ind) {
        const held = (MAY_HOLD.test(ind.record.statement) ? heldTarget(ind) : undefined) ?? heldGrade(ind);
        if (held !== undefined)
          context.report({
            messageId: held.messageId,
            data: { label: ind.label, figure: held.figure },
            indicator: ind,
            path: ind.path('statement'),
          });
      },
    };
  },
});

/**
 * A grade to reach after a bound ("Predikat SAKIP minimal BB", "Opini BPK minimal WDP"): a word of
 * up to three letters, a grade only when the indicator plans it.
 */
const GRADE_BOUND = /\b(?:minimal|minimum|sekurang-kurangnya|setidaknya|paling\s+rendah|mencapai|menjadi)\s+([A-Z]{1,3})(?![\w-])/iu;

/** What may hold a figure or a blank for one: most wordings have none, and the visitor passes them over after this one test. */
const MAY_HOLD = /\d|target|\.\.|…/i;
/** "target 4", "target sebesar 80 %", "target penilaian predikat baik": the word itself says it. */
const TARGET_WORD =
  /\btarget\s+(?:(?:(?:sebesar|minimal|minimum)\s+)?\d+(?:[.,]\d+)*(?:\s?(?:%|persen\b))?|(?:penilaian\s+)?(?:predikat|opini)\s+[a-z]+(?:\s+[a-z]+)?)/i;
/** A figure left blank to be filled in ("sebesar ....%", "sebanyak ……..peserta"). */
const BLANK = /\b(?:sebesar|sebanyak|mencapai|menjadi|minimal|target)\s*(?:\.{2}|…)[.…]*\s?(?:%|[a-z]+)?/iu;
/**
 * A bound or a level to reach before a figure ("minimal 80%", "mencapai 85", "hingga 95 %",
 * "≥ 90"), or a share that ends the wording ("... yang dilaporkan 100 %").
 */
const BOUND =
  /(?:\b(?:minimal|minimum|maksimal|maksimum|sekurang-kurangnya|setidaknya|paling\s+(?:sedikit|banyak|lama|cepat|rendah|tinggi)|mencapai|menjadi|sebesar|sebanyak|hingga|sampai)\s+|[≥≤]\s?|[<>]=\s?)(\d+(?:[.,]\d+)*)(?:\s?(?:%|persen\b))?|(?<![\w.,])(\d+(?:[.,]\d+)*)\s?(?:%|persen)\s*$/giu;
/**
 * A strict comparison just before a figure ("deviasi lebih dari 10%", "nilai di bawah 60"): the
 * figure itself would not meet it, so it draws the line of what counts, never a level to reach.
 */
const STRICT_BEFORE = /(?:\b(?:lebih|kurang)\s+dari|\bdi\s+(?:atas|bawah))\s*$|[<>]\s*$/i;
/**
 * The grade after a bound ("minimal BB") when the indicator plans that grade as a target: a
 * predikat or an opini held in the wording, as a figure is.
 */
function heldGrade(ind: IndicatorNode): Held | undefined {
  // (most indicators plan numbers only: the wording is searched only when one plans a grade)
  const years = ind.years;
  let grades = false;
  for (let i = 0; i < years.length && !grades; i++) grades = typeof ind.target(years[i]!) === 'string';
  if (!grades) return undefined;
  const m = GRADE_BOUND.exec(ind.record.statement);
  if (m === null) return undefined;
  for (const year of years) {
    const v = ind.target(year);
    if (typeof v === 'string' && v.trim() === m[1]) return { messageId: 'held', figure: m[0].trim() };
  }
  return undefined;
}

/**
 * A counted noun right after a figure ("20 sks", "1 posyandu"), not a word that carries the
 * sentence on ("80 pada tahun ...", "85 dari ...").
 */
const OTHER_COUNT =
  /^\s+(?!(?:pada|di|dalam|dari|untuk|tahun|per|setiap|dan|atau|ke|yang|sesuai|oleh|secara|hingga|sampai|dengan|terhadap)\b)[a-z]/i;

/** True when an indicator is a share (its unit or its wording a percentage): its target is a share too. */
function isShare(ind: IndicatorNode): boolean {
  return ind.measure === 'percent' || ind.unitKind === 'percent';
}

/**
 * True when a count indicator counts something else than the noun after a bound's figure: "Jumlah
 * widyaiswara yang mengikuti pengembangan kompetensi minimal 20 JP" (a Balai Diklat Keagamaan,
 * counted in orang) counts people, and 20 JP is what each must take, not the level to reach.
 */
function countsOther(ind: IndicatorNode, rest: string): boolean {
  const unit = ind.record.unit;
  if (unit === undefined || ind.unitKind !== 'count') return false;
  const noun = /^\s+([a-z]+)/i.exec(rest)?.[1]?.toLowerCase();
  return noun !== undefined && !unit.toLowerCase().startsWith(noun);
}

/** Words that name a level to reach (a bound such as "minimal" or "paling lama" may define what counts instead). */
const REACH = /^(?:sebesar|sebanyak|mencapai|menjadi)\s/i;

/** A target figure held in an indicator's wording, or a blank left for one. */
interface Held {
  readonly messageId: 'held' | 'blank';
  readonly figure: string;
}

/**
 * The figure of "target N", of a bound whose value the indicator also plans, or of a level to reach
 * when the indicator plans no number at all ("sebesar 166.000 unit rumah"); a blank left for one.
 * Asked only of a wording {@link MAY_HOLD} finds something in.
 */
function heldTarget(ind: IndicatorNode): Held | undefined {
  const text = ind.record.statement;
  const said = TARGET_WORD.exec(text);
  if (said !== null) return { messageId: 'held', figure: said[0].trim() };
  const blank = BLANK.exec(text);
  if (blank !== null) return { messageId: 'blank', figure: blank[0].trim() };
  let planned: Set<number> | undefined;
  BOUND.lastIndex = 0;
  for (let m = BOUND.exec(text); m !== null; m = BOUND.exec(text)) {
    // (a figure in brackets defines what counts: "(>10 ≤ 20 SKS)")
    if (text.lastIndexOf('(', m.index) > text.lastIndexOf(')', m.index)) continue;
    // (a share that ends the wording after a strict comparison is a threshold: "... lebih dari 10%")
    if (m[2] !== undefined && STRICT_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // (in a percentage, a bound on a count of something else names what counts: "... paling sedikit
    // 20 sks di luar kampus"; the level to reach is a share; in a count of people, "... minimal 20 JP")
    if (
      m[1] !== undefined &&
      !REACH.test(m[0]) &&
      !/%|persen/i.test(m[0]) &&
      OTHER_COUNT.test(text.slice(m.index + m[0].length)) &&
      (isShare(ind) || countsOther(ind, text.slice(m.index + m[0].length)))
    )
      continue;
    const n = parseIndonesianNumber(m[1] ?? m[2]!);
    if (n === undefined) continue;
    planned ??= new Set(ind.values.filter((v) => v.scale === 'number').map((v) => v.score));
    if (planned.has(n) || (planned.size === 0 && REACH.test(m[0]))) return { messageId: 'held', figure: m[0].trim() };
  }
  return undefined;
}
