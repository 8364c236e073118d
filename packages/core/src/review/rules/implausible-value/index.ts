/**
 * `implausible-value`: a baseline or target outside the band a well-known measure lies in (life
 * expectancy 40-90 years, mean years of schooling 0-16 ...): most often a percentage or another
 * measure pasted in ("Rata-rata lama sekolah" with the target 99,99). And a fraction of a count of
 * whole things (0,8 dokumen, 2,4 laporan): a share of progress or budget written as a count. And a
 * percentage planned as a proportion (0,7, 0,8, 0,9 % of the basic goods available; 73 then 0,74 %
 * of the puskesmas equipped): the fraction of one written where the percentage was meant.
 *
 * @module
 */
import type { Value } from '../../../schema.js';
import { defineRule, type IndicatorNode } from '../../api.js';
import { WHOLE_UNITS } from '../../lexicon/words.js';
import type { LocalizedText } from '../../types.js';
import { namesCondition } from '../../direction.js';
import { localList, numberOf, series, show } from '../shared/index.js';
import { isProportion, mixesProportions } from '../shared/percentage.js';
import { measureRangeOf } from '../shared/ranges.js';
import { realisationValues, when } from '../shared/realisation.js';

export const rule = defineRule({
  meta: {
    id: 'implausible-value',
    defaultSeverity: 'warning',
    category: 'target',
    basis: 'practice',
    description: {
      id: 'Kondisi awal, target dan realisasi ukuran yang rentangnya diketahui (umur harapan hidup, rata-rata dan harapan lama sekolah, APM dan APS) berada dalam rentang tersebut, dan jumlah barang atau orang yang utuh (dokumen, laporan, orang) tidak berupa pecahan.',
      en: 'Baselines, targets and realisations of measures with a known band (life expectancy, mean and expected years of schooling, net enrolment and school participation) lie within it, and counts of whole things or people (documents, reports, persons) are not fractions.',
    },
    messages: {
      fraction: {
        id: 'Nilai {where} ({value}) berupa pecahan, padahal IK ini menghitung {unit} yang utuh: angka itu tampaknya persentase kemajuan atau anggaran yang ditulis sebagai jumlah; tuliskan banyaknya {unit} yang dihasilkan.',
        en: 'The {where} value ({value}) is a fraction, while this indicator counts whole {unit}: it looks like a share of progress or budget written as a count; write the number of {unit} delivered.',
      },
      fractions: {
        id: '{count} IK yang menghitung barang atau orang yang utuh berisi nilai pecahan ({list}): angka itu tampaknya persentase kemajuan atau anggaran yang ditulis sebagai jumlah; tuliskan banyaknya yang dihasilkan.',
        en: '{count} indicators that count whole things or people hold fractions ({list}): they look like shares of progress or budget written as counts; write the numbers delivered.',
      },
      proportion: {
        id: 'Target IK persentase ini ditulis sebagai pecahan ({values}): angka di bawah 1 % itu tampaknya proporsi (0,74 = 74 %); tuliskan seluruh target dalam persen dengan skala yang sama.',
        en: 'The targets of this percentage are written as fractions ({values}): figures under 1 % look like proportions (0.74 = 74 %); write every target in percent, on one scale.',
      },
      outside: {
        id: 'Nilai {where} ({value}) tidak wajar untuk {measure}, yang berkisar {min}-{max} {unit}: periksa satuan dan angkanya.',
        en: 'The {where} value ({value}) is implausible for {measure}, which lies within {min}-{max} {unit}: check the unit and the figure.',
      },
    },
  },
  create(context) {
    /** The counts of whole things holding a fraction (0,8 dokumen): the first such value of each. */
    const fractions: (FoundValue & { readonly ind: IndicatorNode; readonly unit: string })[] = [];
    /** Each unit as written, read once: the unit of whole things it names, or null. */
    const wholeUnits = new Map<string, string | null>();
    function fractionOfWhole(ind: IndicatorNode): void {
      const written = ind.record.unit;
      if (written === undefined) return;
      let unit = wholeUnits.get(written);
      if (unit === undefined) {
        unit = wholeUnit(written) ?? null;
        if (wholeUnits.size < 1000) wholeUnits.set(written, unit);
      }
      if (unit === null || !countsWhole(ind)) return;
      const found = firstValue(ind, (n) => Math.abs(n - Math.round(n)) > 1e-9);
      if (found !== undefined) fractions.push({ ind, unit, ...found });
    }
    /**
     * A percentage whose targets read as proportions: all under 1 (0,7, 0,8, 0,9) for a measure of
     * something good, or some under 1 beside others of 20 or more (73 then 0,74).
     */
    function proportionOfPercent(ind: IndicatorNode): void {
      if (ind.measure !== 'percent' && ind.unitKind !== 'percent') return;
      const v = series(ind);
      let targets = 0;
      for (let j = v.firstTarget; j < v.length; j++) {
        if (v.scale[j] !== 'number' || !isProportion(v.score[j]!)) break;
        targets++;
      }
      // (all under 1 only for a plan that rises towards something good: a falling 0,8 -> 0,5 % of a
      // bad condition, a case fatality rate, is a small share indeed)
      const rising = v.length - v.firstTarget >= 2 && v.score[v.length - 1]! > v.score[v.firstTarget]!;
      const allFractions =
        targets >= 2 &&
        targets === v.length - v.firstTarget &&
        rising &&
        ind.direction !== 'down' &&
        !namesCondition(ind.words) &&
        !sharesEconomy(ind.words);
      if (!allFractions && !mixesProportions(v, v.firstTarget)) return;
      const values = localList(ind.years, (y, num) => num(ind.target(y)!), 5);
      context.report({ messageId: 'proportion', data: { values }, indicator: ind, path: ind.path('targets') });
    }
    return {
      indicator(ind) {
        const realised = ind.record.realisations !== undefined;
        if (ind.years.length === 0 && ind.record.baseline === undefined && !realised) return;
        const range = measureRangeOf(ind.norm);
        if (range === undefined) {
          fractionOfWhole(ind);
          proportionOfPercent(ind);
          return;
        }
        const band = { measure: range.name, min: range.min, max: range.max, unit: range.unit };
        // (the first value outside is named; a realisation outside the band is as impossible: an APM of 154,58 %)
        const found = firstValue(ind, (n) => n < range.min || n > range.max);
        if (found !== undefined)
          context.report({
            messageId: 'outside',
            data: { where: found.where, value: show(found.value), ...band },
            indicator: ind,
            path: found.path,
          });
      },
      exit() {
        // One indicator is named; several, a habit of the document, once for it.
        const one = fractions.length === 1 ? fractions[0]! : undefined;
        if (one !== undefined)
          context.report({
            messageId: 'fraction',
            data: { where: one.where, value: show(one.value), unit: one.unit },
            indicator: one.ind,
            path: one.path,
          });
        else if (fractions.length > 1)
          context.report({
            messageId: 'fractions',
            data: {
              count: fractions.length,
              list: localList(fractions, (f, num) => `${f.ind.record.id ?? f.ind.label} ${num(f.value)} ${f.unit}`),
            },
            path: 'results',
          });
      },
    };
  },
});

/**
 * The economy's aggregates a subsector's share is taken of ("Kontribusi subsektor kehutanan
 * terhadap PDRB"): a small subsector's share is under 1 % indeed (0,92 %), not a proportion.
 */
const ECONOMY_AGGREGATES: ReadonlySet<string> = new Set(['pdrb', 'pdb']);

/** True when an indicator is a share of the economy's output (of the PDRB or PDB). */
const sharesEconomy = (words: readonly string[]): boolean => words.some((w) => ECONOMY_AGGREGATES.has(w));

/**
 * The unit of whole things a unit names ("Dokumen", "Lap", "unit mebel"), as written without a
 * closing stop; undefined for any other, or for a unit per something ("orang/bulan").
 */
function wholeUnit(written: string): string | undefined {
  const unit = written.trim();
  if (unit === '' || /[/%]|\bper\b|ribu|juta|rata/i.test(unit)) return undefined;
  const first = unit.toLowerCase().split(/[\s.]+/)[0]!;
  if (!WHOLE_UNITS.has(first)) return undefined;
  // (as written, without a closing stop: "Sekolah." reads "Sekolah")
  let end = unit.length;
  while (end > 0 && '.,;: '.includes(unit[end - 1]!)) end--;
  return unit.slice(0, end);
}

/** True unless an indicator is an average ("Rata-rata ...") or a percentage, rate or index by its words. */
const countsWhole = (ind: IndicatorNode): boolean =>
  ind.head !== 'rata' && ind.head !== 'rerata' && ind.measure !== 'percent' && ind.measure !== 'rate' && ind.measure !== 'index';

/** A value of an indicator, with where it is (for messages) and its path. */
interface FoundValue {
  readonly where: LocalizedText;
  readonly value: Value;
  readonly path: string;
}

/**
 * The first value of an indicator, read as a number, for which `test` holds: the baseline, then the
 * targets by year (a series of grades is not judged), then the realisations; undefined when none.
 */
function firstValue(ind: IndicatorNode, test: (n: number) => boolean): FoundValue | undefined {
  // (the review's reused series, not the public `values`: a list of objects made for every indicator)
  const v = series(ind);
  for (let j = 0; j < v.length; j++) {
    if (v.scale[j] !== 'number' || !test(v.score[j]!)) continue;
    const year = v.year(j);
    return v.isBaseline(j)
      ? { where: { id: 'kondisi awal', en: 'baseline' }, value: v.raw(j), path: ind.path('baseline.value') }
      : { where: { id: `target ${year}`, en: `${year} target` }, value: v.raw(j), path: ind.path(`targets.${year}`) };
  }
  if (ind.record.realisations === undefined) return undefined;
  const real = realisationValues(ind).find((v) => {
    const n = numberOf(v.value);
    return n !== undefined && test(n);
  });
  return real === undefined
    ? undefined
    : { where: { id: `realisasi ${when(real)}`, en: `${when(real)} realisation` }, value: real.value, path: real.path };
}
