/**
 * `achievement-too-low`: a year whose realisation did not reach the target. The LKjIP analyses
 * each unmet target (PermenPAN-RB 53/2014, Bab III: the causes of failure and the steps taken),
 * so the evaluator lists them. Only a finished year is judged: a single year's value for a year
 * before the review's day, or periods up to the fourth quarter or December. With no direction
 * stated, worded or planned, a count of things or a good state reached is read as higher-is-better
 * (and the message says so); any other indicator is named only when far from its target. A measure
 * kept in a band ("AVLOS 6-9 hari") is named when a year's realisation falls outside it.
 *
 * @module
 */
import * as z from 'zod/mini';
import { formatPercent } from '../../../achievement/bands.js';
import { defineRule, type IndicatorNode } from '../../api.js';
import { FALLING_HEADS, RISING_HEADS } from '../../lexicon/words.js';
import { isGrossEnrolment, namesCondition } from '../../direction.js';
import { numberOf, show } from '../shared/index.js';
import { readValue } from '../../number.utils.js';
import { capaianByYear, capaianLimit, onTwoScales, realisedIndicators, realisedYears, wholeYear } from '../shared/realisation.js';
import { planAgrees, planDirection } from '../shared/target-direction.js';

export const rule = defineRule({
  meta: {
    id: 'achievement-too-low',
    defaultSeverity: 'info',
    category: 'realisation',
    basis: 'regulation',
    description: {
      id: 'Setiap target tahunan yang tidak tercapai (capaian di bawah 100 %, atau realisasi di luar rentang target) dianalisis penyebab dan upaya perbaikannya dalam LKjIP.',
      en: 'Every yearly target that was not met (capaian below 100 %, or a realisation outside the target band) has its causes and remedies analysed in the performance report (LKjIP).',
    },
    messages: {
      scale: {
        id: 'Capaian IK {indicator} tahun {year} adalah {percent} (realisasi {value}, target {target}): realisasi dan target tampaknya ditulis dalam skala atau satuan yang berbeda (misalnya 0,79 dan 79); samakan skalanya sebelum capaian dihitung.',
        en: 'The {year} capaian of indicator {indicator} is {percent} (realisation {value}, target {target}): the realisation and the target seem to be on different scales or units (say 0.79 and 79); put them on one scale before the capaian is computed.',
      },
      far: {
        id: 'Realisasi IK {indicator} tahun {year} ({value}) kurang dari separuh targetnya ({target}), sedangkan arah IK belum ditetapkan: bila makin tinggi makin baik, target jauh tidak tercapai; bila makin rendah makin baik, target terlalu longgar. Tetapkan arahnya, lalu tinjau target dan realisasinya.',
        en: 'The {year} realisation of indicator {indicator} ({value}) is under half its target ({target}), and the indicator states no direction: if higher is better the target was missed by far; if lower is better the target was far too loose. State the direction, then review the target and the realisation.',
      },
      lowAssumed: {
        id: 'IK {indicator} belum mencapai target tahun {year}: realisasi {value} dari target {target} (capaian {percent}, dibaca makin tinggi makin baik karena arah IK belum ditetapkan); tetapkan arahnya, lalu uraikan penyebab dan upaya perbaikannya.',
        en: 'Indicator {indicator} did not meet its {year} target: realisation {value} against {target} (capaian {percent}, read as higher-is-better since no direction is set); set its direction, then set out the causes and the remedies.',
      },
      outside: {
        id: 'Realisasi IK {indicator} tahun {year} ({value}) berada di luar rentang targetnya ({target}): target tidak tercapai; uraikan penyebab dan upaya perbaikannya.',
        en: 'The {year} realisation of indicator {indicator} ({value}) is outside its target band ({target}): the target was not met; set out the causes and the remedies.',
      },
      low: {
        id: 'IK {indicator} belum mencapai target tahun {year}: realisasi {value} dari target {target} (capaian {percent}); uraikan penyebab dan upaya perbaikannya.',
        en: 'Indicator {indicator} did not meet its {year} target: realisation {value} against {target} (capaian {percent}); set out the causes and the remedies.',
      },
    },
    options: z.strictObject({
      /** Capaian (percent) below which the rule reports. */
      min: capaianLimit(100),
    }),
  },
  create(context) {
    const { min } = context.options;
    const { asOf } = context;
    /**
     * An indicator whose direction is unknown is not judged year by year; but a realisation under
     * half its target is far from it either way (a target missed, or one far too loose), and the
     * evaluator asks about it. Once per indicator, the first such year.
     */
    function farWithoutDirection(ind: IndicatorNode): void {
      for (const { year, value, target, percent } of capaianByYear(ind, 'up', (real, year) => wholeYear(real, year, asOf))) {
        if (percent >= FAR || onTwoScales(ind, value, target) || !((numberOf(value) ?? 0) > 0)) continue;
        context.report({
          messageId: 'far',
          data: { indicator: ind.label, year, value: show(value), target: show(target) },
          indicator: ind,
          path: ind.path(`realisations.${year}`),
        });
        return;
      }
    }
    /**
     * Reports each finished year of a measure kept in a band ("AVLOS 6-9 hari") whose realisation
     * falls outside its target band (4,8): a band has no capaian percentage, but a value out of it
     * is a target not met all the same.
     */
    function reportOutsideBand(ind: IndicatorNode): void {
      for (const { year, value } of realisedYears(ind, (real, year) => wholeYear(real, year, asOf))) {
        const target = ind.target(year);
        const n = numberOf(value);
        if (target === undefined || n === undefined) continue;
        const band = readValue(target);
        if (band.kind !== 'range' || (n >= band.low && n <= band.high)) continue;
        context.report({
          messageId: 'outside',
          data: { indicator: ind.label, year, value: show(value), target: show(target) },
          indicator: ind,
          path: ind.path(`realisations.${year}`),
        });
      }
    }
    /**
     * Reports each finished year of `ind` whose capaian, read with `polarity`, is under `min`:
     * `assumed` when the direction is read from the indicator's kind (see {@link countedGood}), and
     * the message says so; with `enrolment` (the APK), only below a target of at most 100.
     */
    function reportShortfalls(ind: IndicatorNode, polarity: 'up' | 'down', assumed: boolean, enrolment: boolean): void {
      for (const { year, value, target, percent } of capaianByYear(ind, polarity, (real, year) => wholeYear(real, year, asOf))) {
        if (percent >= min || (enrolment && !((numberOf(target) ?? Infinity) <= 100))) continue;
        const scales = onTwoScales(ind, value, target);
        if (assumed && scales) continue;
        context.report({
          messageId: scales ? 'scale' : assumed ? 'lowAssumed' : 'low',
          data: {
            indicator: ind.label,
            year,
            value: show(value),
            target: show(target),
            percent: { id: formatPercent(percent, 'id'), en: formatPercent(percent, 'en') },
          },
          indicator: ind,
          path: ind.path(`realisations.${year}`),
        });
      }
    }
    return realisedIndicators((ind) => {
      // The stated direction, else the wording's ("angka kematian" is lower-is-better); none: not
      // judged. An indicator worded as a change ("Menurunnya pelanggaran Perda") is often valued
      // as the size of the change (a fall of 49,81 %), so its wording does not say which way is better.
      const stated = ind.record.polarity;
      if (stated === undefined && (FALLING_HEADS.has(ind.head) || RISING_HEADS.has(ind.head))) return;
      let polarity = stated ?? ind.direction;
      // A measure aimed at a band or a value ("range": inflation) has no shortfall to judge; but
      // the APK, which aims at 100, falls short below a target of at most 100.
      const enrolment = polarity === 'range' && isGrossEnrolment(ind.words, ind.head);
      if (enrolment) polarity = 'up';
      // No direction in the words: a plan that rises (or falls) every year says it.
      if (polarity === undefined) polarity = planDirection(ind);
      if (polarity === undefined) {
        // (a count of things, or a good state reached, is read as higher-is-better, and said so)
        if (countedGood(ind)) reportShortfalls(ind, 'up', true, false);
        else farWithoutDirection(ind);
        return;
      }
      if (polarity === 'range') {
        reportOutsideBand(ind);
        return;
      }
      if (polarity !== 'up' && polarity !== 'down') return;
      // (a growth of a good thing, "Persentase kenaikan PAD", stays higher-is-better when the plan
      // asks for less growth one year than the last: 5,09 then 3,89 %)
      const growth = polarity === 'up' && ind.words.some((w) => GROWTH_WORDS.has(w)) && !namesCondition(ind.words);
      if (!enrolment && !growth && !planAgrees(ind, polarity)) return;
      reportShortfalls(ind, polarity, false, enrolment);
    });
  },
});

/** Capaian (percent, higher is better) under which a realisation is far from its target whatever the direction. */
const FAR = 50;

/** Words of a growth measured ("Persentase kenaikan PAD", "Laju pertumbuhan ekonomi"). */
const GROWTH_WORDS: ReadonlySet<string> = new Set(['kenaikan', 'peningkatan', 'pertumbuhan']);

/** Heads of measures kept in a band or read either way: ratios, rates, hospital efficiency figures. */
const TWO_WAY_HEADS: ReadonlySet<string> = new Set([
  'rasio',
  'angka',
  'tingkat',
  'laju',
  'bor',
  'alos',
  'avlos',
  'los',
  'toi',
  'bto',
  'ndr',
  'gdr',
  'penurunan',
  'pengurangan',
]);

/** Words of a good state reached ("Sekolah ... kondisi bangunan baik", "Rumah Tangga Sehat", "... yang memenuhi ..."). */
const GOOD_STATE_WORDS: ReadonlySet<string> = new Set([
  'baik',
  'sehat',
  'layak',
  'aktif',
  'memenuhi',
  'terakreditasi',
  'tersertifikasi',
  'berkualitas',
  'mandiri',
]);

/**
 * True when an indicator with no direction is higher-is-better by its kind: a count of things
 * ("Jumlah Lowongan Pekerjaan Baru", a unit of things) or a good state reached ("Sekolah kondisi
 * bangunan baik"), with no bad condition named ("kasus", "miskin") and no ratio, rate or band
 * measure (BOR, inflation, APK).
 */
function countedGood(ind: IndicatorNode): boolean {
  // (inflation is read as a band from its words, and never comes here; the APK may be named mid-statement)
  if (TWO_WAY_HEADS.has(ind.head) || namesCondition(ind.words)) return false;
  const words = ind.words;
  if (words.includes('apk')) return false;
  return ind.head === 'jumlah' || ind.unitKind === 'count' || words.some((w) => GOOD_STATE_WORDS.has(w));
}
