/**
 * `flat-target`: a target series that stays at the ceiling (100 %) or does not move over the whole
 * period, for an outcome measure or a completion measure: the indicator cannot show improvement.
 * Also a target of an outcome measure equal to what was already reached: the baseline, for the first
 * target year, or the latest full year realised before it.
 *
 * @module
 */
import * as z from 'zod/mini';
import { defineRule, type IndicatorNode } from '../../api.js';
import { FALLING_HEADS, RISING_HEADS } from '../../lexicon/words.js';
import { TOP_GRADE_RANK } from '../../number.utils.js';
import { leadingWords } from '../../text.utils.js';
import { activityOf, changeWord, directional, expectedMeasure, hasWord, numberOf, series, show } from '../shared/index.js';
import { isAgainstTarget } from '../shared/percentage.js';
import { realisedYears, wholeYear } from '../shared/realisation.js';

export const rule = defineRule({
  meta: {
    id: 'flat-target',
    defaultSeverity: 'info',
    category: 'target',
    basis: 'practice',
    description: {
      id: 'Target IK outcome atau IK penyelesaian tidak tetap sama sepanjang periode dan tidak berada di batas atas (100%) sejak awal; target IK outcome tidak sama dengan kondisi awal atau realisasi yang sudah dicapai.',
      en: 'Targets of an outcome or completion indicator do not stay the same over the whole period, nor sit at the ceiling (100 %) from the start; a target of an outcome indicator does not equal the baseline or a realisation already reached.',
    },
    messages: {
      ceiling: {
        id: 'Target IK ini 100% pada setiap tahun ({years}): IK yang sudah di batas atas tidak dapat menunjukkan perbaikan; pertimbangkan IK yang mengukur mutu atau dampaknya.',
        en: "The indicator's target is 100 % in every year ({years}): an indicator at its ceiling cannot show improvement; consider one that measures quality or effect.",
      },
      equalsBaseline: {
        id: 'Target {year} ({value}) sama dengan kondisi awal ({reachedYear}): target tersebut tidak meminta perbaikan atas kondisi yang sudah dicapai; tetapkan target yang lebih baik, atau jelaskan mengapa kondisi cukup dipertahankan.',
        en: 'The {year} target ({value}) equals the baseline ({reachedYear}): it asks for no improvement on what was reached; set a better target, or say why holding the level is enough.',
      },
      equalsRealised: {
        id: 'Target {year} ({value}) sama dengan realisasi {reachedYear} yang sudah dicapai: target tersebut tidak meminta perbaikan; tetapkan target yang lebih baik, atau jelaskan mengapa kondisi cukup dipertahankan.',
        en: 'The {year} target ({value}) equals the realisation of {reachedYear}, already reached: it asks for no improvement; set a better target, or say why holding the level is enough.',
      },
      flat: {
        id: 'Target IK ini tetap {value} pada setiap tahun ({years}): target kinerja outcome semestinya menunjukkan perbaikan, atau jelaskan mengapa kondisi cukup dipertahankan.',
        en: "The indicator's target stays at {value} in every year ({years}): an outcome target should show improvement, or say why holding the level is enough.",
      },
    },
    options: z.strictObject({ minYears: z._default(z.number().check(z.int(), z.gte(2)), 3) }),
  },
  create(context) {
    const { minYears } = context.options;
    /**
     * Reports the first target equal to what was already reached: the baseline, for the first
     * target year, or the latest full year realised before it (81,6 in 2016 after 81,6 in 2015).
     * Not at a bound (100 of a higher-is-better share or score, 0 of a lower-is-better measure), nor for a
     * measure kept in a band (APK, inflation).
     */
    function equalToReached(ind: IndicatorNode): void {
      const b = ind.record.baseline;
      const realised = ind.record.realisations !== undefined;
      if ((b === undefined && !realised) || ind.years.length === 0) return;
      // (zeros left out as cells not filled in, "0 after a kondisi awal of 0", are baseline-missing's)
      if (series(ind).unfilled.length > 0) return;
      const d = ind.direction;
      if (d === 'range') return;
      // (100 tops a share, a score out of 100 such as the IKM or the LHE AKIP, and a rate with no unit written)
      const hundred = ind.measure === 'percent' || ind.unitKind === 'percent' || ind.unitKind === 'index' || ind.unitKind === undefined;
      const atBound = (n: number): boolean => (d === 'down' ? n === 0 : hundred && n >= 100);
      // (0 after 0 is a plan that starts later, or cells not filled in: never a level held)
      const same = (t: number, n: number): boolean => t !== 0 && Math.abs(t - n) <= 1e-9 * Math.max(1, Math.abs(t)) && !atBound(t);
      const report = (year: string, messageId: 'equalsBaseline' | 'equalsRealised', reachedYear: string): void =>
        context.report({
          messageId,
          data: { year, value: show(ind.target(year)!), reachedYear },
          indicator: ind,
          path: ind.path(`targets.${year}`),
        });
      // The baseline, against the first target year when no year between was realised.
      const first = ind.years[0]!;
      const base = b === undefined ? undefined : numberOf(b.value);
      const done = realised ? realisedYears(ind, (real, y) => wholeYear(real, y, context.asOf)) : [];
      for (const year of ind.years) {
        const t = numberOf(ind.target(year)!);
        if (t === undefined) continue;
        // The latest year realised before this one, or the baseline for the first target year.
        let latest: { year: string; n: number } | undefined;
        for (const r of done) {
          const n = numberOf(r.value);
          if (n !== undefined && r.year < year && (latest === undefined || r.year > latest.year)) latest = { year: r.year, n };
        }
        if (latest !== undefined && (b === undefined || latest.year >= String(b.year))) {
          if (same(t, latest.n)) return report(year, 'equalsRealised', latest.year);
        } else if (year === first && b !== undefined && base !== undefined && String(b.year) < year && same(t, base))
          return report(year, 'equalsBaseline', String(b.year));
      }
    }
    // A plan shorter than minYears (a two-year IKU matrix) is judged over its whole period.
    const period = context.document.period;
    const span = period === undefined ? minYears : period.end - period.start + 1;
    const needed = Math.max(2, Math.min(minYears, span));
    /**
     * Where the targets of a flat plan start in the indicator's series: every target (at least
     * `needed`) the same; `held` when they hold the best value (zero cases of a lower-is-better
     * measure, the top grade); undefined when the targets are fewer, partly unreadable or move.
     */
    function flatFrom(ind: IndicatorNode): number | 'held' | undefined {
      if (ind.years.length < needed) return undefined;
      const s = series(ind);
      const from = s.firstTarget;
      const count = s.length - from;
      // (every target read: a number, a grade, or a 0 left out as a cell not filled in)
      let unfilledTargets = 0;
      for (const at of s.unfilled) if (at >= 0) unfilledTargets++;
      if (count < needed || count + unfilledTargets !== ind.years.length) return undefined;
      const v = s.score[from]!;
      // Zero cases of a lower-is-better measure every year is zero tolerance, the best value.
      if (v === 0 && ind.direction === 'down') return 'held';
      const scale = s.scale[from]!;
      // The top grade held (an unqualified BPK opinion, WTP; SAKIP AA) is the standard, not a flat plan.
      if ((scale === 'sakip' || scale === 'opini') && TOP_GRADE_RANK[scale] === v) return 'held';
      for (let j = from + 1; j < s.length; j++) if (s.score[j] !== v || s.scale[j] !== scale) return undefined;
      // A measure kept in a band (inflation held at 3 ± 1 %, the APK at 100) is planned at the band, not flat.
      if (ind.direction === 'range') return 'held';
      // The top grade of a satisfaction survey (SKM/IKM "A", sangat baik; PermenPAN-RB 14/2017) held.
      if (scale === 'sakip' && SATISFACTION.some((w) => ind.words.includes(w)) && String(s.raw(from)).trim().toUpperCase() === 'A')
        return 'held';
      return from;
    }
    return {
      indicator(ind) {
        // (a change held the same every year, "Persentase peningkatan ..." 0,13 a year, still improves)
        if (changeWord(ind) !== undefined || growthWorded(ind) || changeOfState(ind)) return;
        // (an opinion planned as a number, WTP as 100, is unit-mismatch's: the grade is held, not flat)
        if (hasWord(ind, 'opini')) return;
        // (a realisation against its target, "Persentase realisasi penerimaan pajak" 100 every year,
        // asks for the target met each year; the target it is measured against moves)
        if (isAgainstTarget(ind)) return;
        // (the area or length of the year's work, "Panjang batas kawasan hutan yang ditata batas" 700 km
        // a year, is a yearly output like a count: the same workload each year is not a level held)
        const outcome = expectedMeasure(ind.result) === 'outcome' && ind.measure !== 'count' && directional(ind);
        const completion = activityOf(ind)?.kind === 'completion';
        if (!outcome && !completion) return;
        const flat = flatFrom(ind);
        if (flat === 'held') return;
        if (flat === undefined) {
          // Targets that move may still start from what was reached.
          if (outcome) equalToReached(ind);
          return;
        }
        const s = series(ind);
        const v = s.score[flat]!;
        const years = `${s.year(flat)}-${s.year(s.length - 1)}`;
        const percent = ind.measure === 'percent' || ind.unitKind === 'percent';
        if (percent && v === 100) context.report({ messageId: 'ceiling', data: { years }, indicator: ind, path: ind.path('targets') });
        else context.report({ messageId: 'flat', data: { value: show(s.raw(flat)), years }, indicator: ind, path: ind.path('targets') });
      },
    };
  },
});

/** Amounts that have no share of their own: worded as a change and given in %, they are a growth rate. */
const AMOUNTS: ReadonlySet<string> = new Set([
  'volume',
  'jumlah',
  'nilai',
  'omzet',
  'omset',
  'produksi',
  'pendapatan',
  'penjualan',
  'kunjungan',
  'investasi',
  'ekspor',
  'aset',
  'modal',
  'populasi',
]);

/**
 * True for an amount worded as a statement of its change and given in % ("Meningkatnya Volume Usaha
 * Koperasi", 5 % a year): a growth rate, which still grows when the same each year. ("Meningkatnya
 * cakupan ..." in % is a level.)
 */
function growthWorded(ind: IndicatorNode): boolean {
  if (ind.unitKind !== 'percent' || (!RISING_HEADS.has(ind.head) && !FALLING_HEADS.has(ind.head))) return false;
  const second = leadingWords(ind.norm)[1];
  return second !== undefined && AMOUNTS.has(second);
}

/**
 * A fall named by its state after "Persentase" ("Persentase berkurangnya pengaduan ..."). Not a
 * rise: "Persentase meningkatnya kapasitas pejabat ..." is the share of those whose capacity grew,
 * a level.
 */
const FALLEN_STATES: ReadonlySet<string> = new Set(['berkurangnya', 'menurunnya', 'turunnya']);

/**
 * True for a percentage of a fall named by its state ("Persentase berkurangnya laporan
 * pengaduan masyarakat", 10 % a year): a rate of change, which still improves when the same each
 * year, as "Persentase penurunan ..." does.
 */
function changeOfState(ind: IndicatorNode): boolean {
  if (ind.measure !== 'percent') return false;
  // (the second word from the words of the head, not a list of every word of the statement)
  const second = leadingWords(ind.norm)[1];
  return second !== undefined && FALLEN_STATES.has(second);
}

/** Words of a satisfaction survey, whose grades run from A (sangat baik) down to D: A is its top. */
const SATISFACTION: readonly string[] = ['kepuasan', 'skm', 'ikm'];
