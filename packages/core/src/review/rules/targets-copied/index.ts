/**
 * `targets-copied`: two indicators with different names whose targets are the same in every year
 * (a visitor count 149.152, 159.555 ... copied under "Jumlah masyarakat terlibat sebagai
 * pengelola"; a program's "pemahaman program unggulan" planned 42,5, 50, 60 like its sasaran's
 * "kepuasan"). Two measures seldom share a plan of three or more different values to the decimal;
 * the numbers were copied from one row to the other. Only series that could not match by chance
 * are compared: three targets or more, three different values at least, and a decimal or a value
 * of 1.000 or more (a plan 70, 72, 74 % is common to many measures). Copies are made between rows
 * close together, so an indicator is compared with the other indicators of its result, its
 * parent's and the row above's. One or two pairs are named each; three or more, once for the
 * document.
 *
 * A narrower measure of the parent's indicator carrying its targets is named too ("Prevalensi
 * stunting di desa lokus" planned 14, 12, 10 like the parent's "Prevalensi stunting", a levee
 * "dibangun" planned like the parent's levees "dibangun dan ditingkatkan"): its own scope cannot
 * reach exactly the parent's figures. There whole numbers count as well, when the kondisi awal is
 * the parent's too.
 *
 * @module
 */
import { defineRule, type IndicatorNode, type ResultNode } from '../../api.js';
import { firstOf, localList, numberOf, series } from '../shared/index.js';
import { eachOrOnce } from '../shared/each-or-once.js';

export const rule = defineRule({
  meta: {
    id: 'targets-copied',
    defaultSeverity: 'info',
    category: 'target',
    basis: 'practice',
    description: {
      id: 'Setiap IK memiliki target ukurannya sendiri: dua IK dengan nama berbeda yang targetnya sama persis setiap tahun (tiga nilai atau lebih, berdesimal atau ribuan) menandakan angka target disalin dari baris lain.',
      en: 'Each indicator has the targets of its own measure: two indicators with different names whose targets are the same every year (three values or more, with decimals or in thousands) suggest the targets were copied from another row.',
    },
    messages: {
      copied: {
        id: 'Target IK {indicator} sama persis setiap tahun dengan target IK {other} ({values}), padahal keduanya mengukur hal yang berbeda: angka target tampaknya disalin; tetapkan target sesuai ukuran masing-masing IK.',
        en: "The targets of indicator {indicator} are exactly those of indicator {other} in every year ({values}), though the two measure different things: the figures look copied; set each indicator's targets for its own measure.",
      },
      narrower: {
        id: 'IK {indicator} mengukur cakupan yang lebih sempit dari IK {other} pada kinerja induknya {parent}, tetapi targetnya sama persis setiap tahun ({values}): angka target tampaknya disalin dari kinerja induknya; tetapkan target sesuai cakupan IK ini sendiri.',
        en: "Indicator {indicator} measures a narrower scope than indicator {other} of its parent {parent}, yet its targets are exactly the same every year ({values}): the figures look copied from the parent; set targets for this indicator's own scope.",
      },
      copiedMany: {
        id: '{count} pasang IK dengan nama berbeda memiliki target yang sama persis setiap tahun ({list}): angka target tampaknya disalin dari baris lain; tetapkan target sesuai ukuran masing-masing IK.',
        en: "{count} pairs of indicators with different names have exactly the same targets every year ({list}): the figures look copied from other rows; set each indicator's targets for its own measure.",
      },
    },
  },
  create(context) {
    // The result visited before the current one (the row above), and the current one.
    let previous: ResultNode | undefined;
    let current: ResultNode | undefined;
    const pairs: { readonly ind: IndicatorNode; readonly other: IndicatorNode; readonly narrower?: boolean }[] = [];
    /** The first of `candidates` (up to `end`) with the same targets as `ind` under another name, or undefined. */
    const copyIn = (candidates: readonly IndicatorNode[], ind: IndicatorNode, end = candidates.length): IndicatorNode | undefined => {
      for (let j = 0; j < end; j++) {
        const other = candidates[j]!;
        if (other === ind || !sameTargets(ind, other)) continue;
        // (the same name copied is duplicate-indicator's or indicator-copied-from-parent's)
        if (other.norm === ind.norm || other.key === ind.key) continue;
        if (!sameMeasure(ind, other, stem)) return other;
      }
      return undefined;
    };
    const stem = (w: string): string => context.text.stem(w);
    return {
      result(r) {
        previous = current;
        current = r;
      },
      indicator(ind) {
        const kind = seriesKind(ind);
        if (kind === NOT_COMPARED) return;
        // Copies are made between rows close together: the indicators before it in its result, its
        // parent's, the row above's (each pair once: not the row above when it is the parent or a child).
        const r = ind.result;
        const parent = r.parent;
        const other =
          kind !== TELLING
            ? undefined
            : (copyIn(r.indicators, ind, ind.index) ??
              (parent === undefined ? undefined : copyIn(parent.indicators, ind)) ??
              (previous === undefined || previous === parent || previous.parent === r ? undefined : copyIn(previous.indicators, ind)));
        if (other !== undefined) pairs.push({ ind, other });
        // (a plan of whole numbers only with the parent's kondisi awal as well: most have none, so go no further)
        else if (parent !== undefined && (kind === TELLING || ind.record.baseline !== undefined)) {
          const wider = narrowedFrom(parent.indicators, ind, kind !== TELLING, stem);
          if (wider !== undefined) pairs.push({ ind, other: wider, narrower: true });
        }
      },
      exit() {
        const label = (i: IndicatorNode): string => i.record.id ?? i.label;
        eachOrOnce(pairs, {
          each: ({ ind, other, narrower }) => {
            const values = localList(ind.years, (y, num) => num(ind.target(y)!), 5);
            context.report({
              messageId: narrower === true ? 'narrower' : 'copied',
              data: { indicator: ind.label, other: other.label, values, parent: other.result.id },
              indicator: ind,
              path: ind.path('targets'),
            });
          },
          many: (all) =>
            context.report({
              messageId: 'copiedMany',
              data: {
                count: all.length,
                list: firstOf(
                  all.map((p) => `${label(p.other)} = ${label(p.ind)}`),
                  5,
                ),
              },
              path: 'results',
            }),
        });
      },
    };
  },
});

/** The fewest targets, and different values among them, of a series compared. */
const MIN_TARGETS = 3;

/** What {@link seriesKind} finds: not compared, a plan that changes (three or more numbers), a telling one. */
const NOT_COMPARED = 0;
const CHANGING = 1;
const TELLING = 2;
type SeriesKind = typeof NOT_COMPARED | typeof CHANGING | typeof TELLING;

/**
 * How an indicator's targets are compared: `TELLING` when they could not match another's by
 * chance (three or more, all numbers, at least three different values, and a decimal or a value of
 * 1.000 or more), `CHANGING` when they are three or more numbers that change, else
 * `NOT_COMPARED`.
 */
function seriesKind(ind: IndicatorNode): SeriesKind {
  if (ind.years.length < MIN_TARGETS) return NOT_COMPARED;
  const v = series(ind);
  const from = v.firstTarget;
  if (v.length - from < MIN_TARGETS) return NOT_COMPARED;
  let distinct = 0;
  let unusual = false;
  for (let j = from; j < v.length; j++) {
    if (v.scale[j] !== 'number') return NOT_COMPARED;
    const s = v.score[j]!;
    let seen = false;
    for (let k = from; k < j; k++) if (v.score[k] === s) seen = true;
    if (!seen) distinct++;
    if (!Number.isInteger(s) || Math.abs(s) >= 1000) unusual = true;
  }
  return distinct >= MIN_TARGETS && unusual ? TELLING : distinct > 1 ? CHANGING : NOT_COMPARED;
}

/**
 * The indicator of the parent's (`candidates`) that `ind` measures a narrower scope of with the
 * same targets (and, when `withBaseline`, the same kondisi awal), or undefined: its name is the
 * parent's with a place added ("Prevalensi stunting di desa lokus", "Persentase balita stunting di
 * wilayah kerja puskesmas"), or one part of a parent's joined pair ("tanggul ... yang dibangun"
 * under "tanggul/parapet ... yang dibangun dan ditingkatkan").
 */
function narrowedFrom(
  candidates: readonly IndicatorNode[],
  ind: IndicatorNode,
  withBaseline: boolean,
  stem: (word: string) => string,
): IndicatorNode | undefined {
  for (const other of candidates) {
    // (the numbers first: the key is made on demand)
    if ((withBaseline && !sameBaseline(ind, other)) || !sameTargets(ind, other)) continue;
    if (other.norm === ind.norm || other.key === ind.key) continue;
    const placed = ind.norm.includes(' di ') && !other.norm.includes(' di ');
    const part = !ind.norm.includes(' dan ') && (other.norm.includes(' dan ') || other.record.statement.includes('/'));
    if (!placed && !part) continue;
    const [mine, theirs] = [ownStems(ind, stem), ownStems(other, stem)];
    if (placed ? within(theirs, mine) : within(mine, theirs)) return other;
  }
  return undefined;
}

/** True when every word of `small` is in `large`, which has more. */
function within(small: readonly string[], large: readonly string[]): boolean {
  return small.length > 0 && large.length > small.length && small.every((s) => large.includes(s));
}

/** True when two indicators have the same kondisi awal (year and value). */
function sameBaseline(a: IndicatorNode, b: IndicatorNode): boolean {
  const [x, y] = [a.record.baseline, b.record.baseline];
  if (x === undefined || y === undefined || x.year !== y.year) return false;
  const n = numberOf(x.value);
  return n !== undefined && n === numberOf(y.value);
}

/** An indicator's content stems without the measure word it opens with ("Persentase ...", "Tingkat ..."). */
function ownStems(i: IndicatorNode, stem: (word: string) => string): readonly string[] {
  const head = stem(i.head);
  return i.stems.filter((s) => s !== head);
}

/** True when two indicators have the same target years and values. */
function sameTargets(a: IndicatorNode, b: IndicatorNode): boolean {
  const ya = a.years;
  // (most pairs differ in the first year: the other's target of that year is looked up in its
  // record, and all its targets are read only when it is the same)
  if (ya.length > 0) {
    const x = numberOf(a.target(ya[0]!)!);
    const first = b.record.targets?.[ya[0]!];
    if (x === undefined || first === undefined || x !== numberOf(first)) return false;
  }
  const yb = b.years;
  if (ya.length !== yb.length) return false;
  for (let i = 0; i < ya.length; i++) {
    if (ya[i] !== yb[i]) return false;
    const x = numberOf(a.target(ya[i]!)!);
    if (x === undefined || x !== numberOf(b.target(yb[i]!)!)) return false;
  }
  return true;
}

/**
 * True when one name holds most content words of the other (two in five at least): the same
 * measure written twice ("Persentase indeks KAMI" and "Tingkat Kematangan Keamanan Informasi
 * (Indeks KAMI)"), which is a repeat, not a copied plan.
 */
function sameMeasure(a: IndicatorNode, b: IndicatorNode, stem: (word: string) => string): boolean {
  // (without the measure word each opens with: "Persentase ..." and "Tingkat ..." name the same thing)
  const [x, y] = [ownStems(a, stem), ownStems(b, stem)];
  const [small, large] = x.length <= y.length ? [x, y] : [y, x];
  if (small.length === 0) return false;
  // (two counts of the thing their one unit names: "Jumlah sertipikat PTSL" and "Jumlah sertipikat
  // hak atas tanah yang diterbitkan", both in sertipikat, count the same certificates)
  if (a.unit !== undefined && a.unit.toLowerCase() === b.unit?.toLowerCase()) {
    const thing = stem(a.unit.toLowerCase());
    if (x.includes(thing) && y.includes(thing)) return true;
  }
  // (reworded, typo and all: "Persentase Penyelesaian Gangguan Keamanan" and "Persentase ngangguan
  // keamanan ... yang dapat diselesaikan" share two of five words)
  let shared = 0;
  for (const s of small) if (large.includes(s)) shared++;
  // (one word in common is the object both measure, not one measure: "Indeks keamanan bendungan"
  // and "Rasio bendungan beroperasi optimal"; a name of one word, "Indeks Gini", "Rasio Gini", needs only it)
  return shared >= SAME_SHARE * small.length && shared >= Math.min(2, small.length);
}

/** The share of the shorter name's words the other must hold for the two to name one measure. */
const SAME_SHARE = 0.4;
