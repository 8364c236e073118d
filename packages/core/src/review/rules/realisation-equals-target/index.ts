/**
 * `realisation-equals-target`: realisations that repeat their targets to the decimal (84,02 of
 * 84,02; 68,05 of 68,05) on several indicators of one document. A measured value seldom lands on
 * a target with decimals; several that do suggest the realisation column was filled from the
 * targets. Once for the document; whole numbers (3 of 3 documents, 100 %) are not counted, nor
 * percentages that are a share of a few units (31,25 % is 5 of 16 pasar; 33,33 % is 1 of 3), whose
 * decimals come from the count, not from a measurement.
 *
 * @module
 */
import { realisationAsOf } from '../../../achievement/periods.js';
import { defineRule } from '../../api.js';
import { firstOf, numberOf } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'realisation-equals-target',
    defaultSeverity: 'info',
    category: 'realisation',
    basis: 'practice',
    description: {
      id: 'Realisasi diukur dari data: beberapa realisasi yang sama persis dengan targetnya sampai desimal menandakan kolom realisasi disalin dari target.',
      en: 'Realisations are measured from data: several realisations equal to their targets to the decimal suggest the realisation column was copied from the targets.',
    },
    messages: {
      copied: {
        id: 'Realisasi {count} dari {total} IK bertarget desimal sama persis dengan targetnya ({list}): pastikan realisasi diukur dari data sumbernya, bukan disalin dari target.',
        en: 'The realisations of {count} of {total} indicators with decimal targets equal their targets exactly ({list}): make sure each is measured from its source data, not copied from the target.',
      },
    },
  },
  create(context) {
    // How many indicators have a decimal target; those whose realisation repeats it, with the first
    // such year ("IK-3 2024"), as the message lists them.
    let total = 0;
    const copied: string[] = [];
    return {
      indicator(ind) {
        const r = ind.record.realisations;
        if (r === undefined) return;
        let decimal = false;
        let same: string | undefined;
        for (const year of Object.keys(r)) {
          const t = numberOf(ind.target(year) ?? '');
          // (a share of a few units, 31,25 % = 5 of 16 pasar, is a count reached exactly, as a whole number is)
          if (t === undefined || Number.isInteger(t) || (ind.measure === 'percent' && shareOfFew(t))) continue;
          decimal = true;
          const v = realisationAsOf(r[year], ind.record.yearValue).value;
          if (v !== undefined && numberOf(v) === t) same ??= `${ind.record.id ?? ind.label} ${year}`;
        }
        if (decimal) total++;
        if (same !== undefined) copied.push(same);
      },
      exit() {
        // (most of the decimal targets, and at least two: one exact hit happens)
        if (copied.length < MIN_REPEATS || copied.length * 2 < total) return;
        context.report({
          messageId: 'copied',
          data: { count: copied.length, total, list: firstOf(copied, 5) },
          path: 'results',
        });
      },
    };
  },
});

/** The fewest repeated values that make a finding. */
const MIN_REPEATS = 2;

/** The most units a share of a few is counted over (the pasar of a UPT, the kecamatan of a kabupaten). */
const FEW = 30;

/**
 * True when a percentage is k of n units for some n up to {@link FEW}, exactly or rounded to the
 * two decimals it is written with (31,25 = 5 of 16; 33,33 = 1 of 3; 12,5 = 1 of 8).
 */
function shareOfFew(t: number): boolean {
  const [, decimals = ''] = String(t).split('.');
  const tolerance = decimals.length >= 2 ? 0.005 + 1e-9 : 1e-9;
  for (let n = 2; n <= FEW; n++) {
    const k = Math.round((t * n) / 100);
    if (k > 0 && k < n && Math.abs((k * 100) / n - t) <= tolerance) return true;
  }
  return false;
}
