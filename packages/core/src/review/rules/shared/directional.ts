/**
 * Which indicators the rules that check the way targets move judge at all: outcome measures,
 * counts whose wording gives a direction and cumulative counts, not a year's work.
 *
 * @module
 */
import type { IndicatorNode } from '../../api.js';
import { CUMULATIVE_WORDS } from '../../lexicon/words.js';

/**
 * True when the direction of an indicator's targets is worth checking: outcome measures (rates,
 * indices, percentages, grades), counts of conditions whose wording gives a direction ("Jumlah
 * kasus ..."), and cumulative counts; not yearly output quantities, which may go up and down.
 */
export function directional(ind: IndicatorNode): boolean {
  // (several rules ask of each indicator in turn: the answer for the last record is kept; a record
  // is frozen, and the answer reads nothing else)
  if (ind.record !== lastRecord) {
    lastDirectional = readDirectional(ind);
    lastRecord = ind.record;
  }
  return lastDirectional;
}

let lastRecord: IndicatorNode['record'] | undefined;
let lastDirectional = false;

function readDirectional(ind: IndicatorNode): boolean {
  if (ind.measure !== 'count' && !(YEARLY_QUANTITY.has(ind.head) && WORK_DONE.test(ind.norm))) return true;
  if (ind.directionSource === 'wording') return true;
  return CUMULATIVE.test(ind.norm);
}

/**
 * Heads of a physical quantity which, of work done in the year ("Luas kawasan kumuh yang
 * ditangani", "Panjang jalan yang dibangun"), is a yearly output like a count; of a state
 * ("Luas kawasan permukiman kumuh") it is an outcome.
 */
const YEARLY_QUANTITY: ReadonlySet<string> = new Set(['luas', 'panjang', 'volume']);

/** Work done to the thing measured: "yang di-" and a verb ("yang ditangani"), or the work after the quantity ("Luas penanaman ..."). */
const WORK_DONE =
  / yang di[a-z]{3,}|^(?:luas|panjang|volume) (?:rehabilitasi|reboisasi|penghijauan|penanaman|pelebaran|preservasi|rekonstruksi|penyelesaian)(?: |$)/;

/** A word of {@link CUMULATIVE_WORDS} in a normalised statement, in one scan. */
const CUMULATIVE = new RegExp(`(?:^| )(?:${[...CUMULATIVE_WORDS].join('|')})(?: |$)`);
