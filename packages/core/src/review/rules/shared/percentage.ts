/**
 * The scope of the percentage-range rules (`percentage-out-of-range`,
 * `realisation-percentage-out-of-range`): indicators whose values are shares of a whole, 0-100;
 * and a percentage's targets written partly as proportions (73 then 0,74).
 *
 * @module
 */
import type { IndicatorNode, RuleVisitors } from '../../api.js';
import type { TargetSeries } from '../../series.js';

/**
 * Words of a change or a share of a change, which may be negative or over 100 %; and of an
 * achievement against a target ("Persentase ketercapaian indikator tujuan": 103,85 %).
 */
const GROWTH = [
  'pertumbuhan',
  'kenaikan',
  'peningkatan',
  'penurunan',
  'perubahan',
  'laju',
  'deviasi',
  'selisih',
  'kontribusi',
  'ketercapaian',
  'capaian',
  'pencapaian',
];

/** A word of {@link GROWTH} in a normalised statement, in one scan (no list of its words). */
const GROWTH_WORD = new RegExp(`(?:^| )(?:${GROWTH.join('|')})(?: |$)`);

/**
 * A realisation measured against its target or plan ("Persentase realisasi pajak daerah terhadap
 * target": 101,3 %), or of revenue or investment, which is always measured so ("Persentase
 * Realisasi Penerimaan PNBP": 193,8 %; "Persentase capaian PNBP", a Kanwil DJKN, says the same);
 * not a budget spent, a share of its ceiling.
 */
const AGAINST_TARGET =
  / (?:terhadap|dari) (?:target|rencana)(?: |$)|^(?:persentase|prosentase|presentase) (?:realisasi|capaian) (?:penerimaan|pendapatan|pnbp|pad|pajak|retribusi|investasi)(?: |$)/;

/**
 * Occupancy against a capacity ("Persentase overkapasitas hunian Lapas": 145 %; "... hunian
 * terhadap kapasitas"): a Lapas or Rutan holds more than it was built for.
 */
const AGAINST_CAPACITY =
  /(?:^| )(?:overkapasitas|overcrowding|(?:over|kelebihan) (?:kapasitas|hunian|daya tampung))(?: |$)| (?:terhadap|dari) (?:kapasitas|daya tampung)(?: |$)/;

/**
 * True when an indicator is an index read in percent by convention, whose values pass 100: the
 * cropping intensity ("Indeks Pertanaman": IP 200 % is two harvests a year on the same land, which
 * a Dinas SDA or a BPP plans at 180-300 %).
 */
export function isPercentIndex(ind: IndicatorNode): boolean {
  return ind.measure === 'index' && ind.norm.startsWith('indeks pertanaman');
}

/** True when an indicator's values lie within 0-100: a percentage, not a rate in % and not a growth. */
export function isBoundedPercentage(ind: IndicatorNode): boolean {
  // A rate in % may exceed 100 (Angka Partisipasi Kasar); a percentage may not.
  if (ind.measure !== 'percent' && (ind.unitKind !== 'percent' || ind.measure === 'rate' || isPercentIndex(ind))) return false;
  return !GROWTH_WORD.test(ind.norm) && !isAgainstTarget(ind) && !AGAINST_CAPACITY.test(ind.norm);
}

/**
 * True when an indicator is measured against its own target or plan ("Persentase realisasi
 * penerimaan pajak", "... terhadap target"): 100 is the target met, not a ceiling.
 */
export function isAgainstTarget(ind: IndicatorNode): boolean {
  return AGAINST_TARGET.test(ind.norm);
}

/** "Persentase penurunan/pengurangan ...": a share of a fall, never more than 100 %. */
const DECREASE = /^(?:persentase|prosentase|presentase) (?:penurunan|pengurangan) /;

/** True when an indicator is the percentage of a fall ("Persentase penurunan wilayah konflik"): it cannot exceed 100. */
export function isDecreasePercentage(ind: IndicatorNode): boolean {
  return ind.measure === 'percent' && DECREASE.test(ind.norm);
}

/** The visitors of a percentage-range rule: `check` runs for each indicator whose values lie within 0-100. */
export function boundedPercentages(check: (ind: IndicatorNode) => void): RuleVisitors {
  return {
    indicator(ind) {
      if (isBoundedPercentage(ind)) check(ind);
    },
  };
}

/** A value above 0 and under 1: in a percentage, a proportion written where a percentage was meant (0,74 for 74 %). */
export const isProportion = (n: number): boolean => n > 0 && n < 1;

/** True when the number points of a series from `from` on hold a proportion beside a value of 20 or more (73 then 0,74): two scales. */
export function mixesProportions(v: TargetSeries, from: number): boolean {
  let low = false;
  let high = false;
  for (let j = from; j < v.length; j++) {
    if (v.scale[j] !== 'number') continue;
    const n = v.score[j]!;
    if (isProportion(n)) low = true;
    else if (n >= 20) high = true;
  }
  return low && high;
}
