/**
 * `realisation-repeated`: a realisation with decimals that is exactly the one of the year before
 * (IPM 71,46 in 2023 and 2024; Indeks Inovasi Daerah 54,67 twice). A measured value seldom repeats
 * to the decimal two years running; it suggests the later year was carried over, not measured.
 * One or two indicators are named each; three or more, once for the document. Whole numbers (3
 * documents, 0, 100 %) and grades (WTP) repeat naturally and are not counted.
 *
 * @module
 */
import { defineRule, type IndicatorNode } from '../../api.js';
import { firstOf, numberOf, show } from '../shared/index.js';
import { gatheredPerIndicator } from '../shared/each-or-once.js';
import { realisedYears } from '../shared/realisation.js';

export const rule = defineRule({
  meta: {
    id: 'realisation-repeated',
    defaultSeverity: 'info',
    category: 'realisation',
    basis: 'practice',
    description: {
      id: 'Realisasi setiap tahun diukur dari data tahun itu: realisasi berdesimal yang sama persis dengan realisasi tahun sebelumnya menandakan angka tahun lalu disalin.',
      en: "Each year's realisation is measured from that year's data: a realisation with decimals exactly equal to the year before's suggests last year's figure was carried over.",
    },
    messages: {
      repeated: {
        id: 'Realisasi {year} IK {indicator} ({value}) sama persis dengan realisasi {prevYear}: nilai terukur jarang sama sampai desimal dua tahun berturut-turut. Pastikan realisasi {year} diukur dari data sumber tahun itu, bukan disalin dari tahun sebelumnya.',
        en: "The {year} realisation of indicator {indicator} ({value}) is exactly that of {prevYear}: a measured value seldom repeats to the decimal two years running. Make sure the {year} figure was measured from that year's source data, not carried over.",
      },
      repeatedMany: {
        id: 'Realisasi {count} IK sama persis dengan realisasi tahun sebelumnya sampai desimal ({list}): pastikan realisasi setiap tahun diukur dari data sumber tahun itu, bukan disalin dari tahun sebelumnya.',
        en: "The realisations of {count} indicators are exactly those of the year before, to the decimal ({list}): make sure each year's figure is measured from that year's source data, not carried over.",
      },
    },
  },
  create(context) {
    return gatheredPerIndicator(repeatOf, {
      each: (r) =>
        context.report({
          messageId: 'repeated',
          data: { year: r.year, prevYear: r.prevYear, indicator: r.ind.label, value: show(r.value) },
          indicator: r.ind,
          path: r.ind.path(`realisations.${r.year}`),
        }),
      many: (repeats) =>
        context.report({
          messageId: 'repeatedMany',
          data: {
            count: repeats.length,
            list: firstOf(
              repeats.map((r) => `${r.ind.record.id ?? r.ind.label} ${r.prevYear}-${r.year}`),
              5,
            ),
          },
          path: 'results',
        }),
    });
  },
});

/** A repeated realisation: the indicator, the two years and the value. */
interface Repeat {
  readonly ind: IndicatorNode;
  readonly year: string;
  readonly prevYear: string;
  readonly value: number;
}

/** The first year of an indicator whose realisation, with decimals, equals the previous year's; undefined when none. */
function repeatOf(ind: IndicatorNode): Repeat | undefined {
  if (ind.record.realisations === undefined) return undefined;
  const years = realisedYears(ind).sort((a, b) => (a.year < b.year ? -1 : a.year > b.year ? 1 : 0));
  for (let i = 1; i < years.length; i++) {
    const n = numberOf(years[i]!.value);
    if (n === undefined || Number.isInteger(n) || n !== numberOf(years[i - 1]!.value)) continue;
    if (Number(years[i]!.year) - Number(years[i - 1]!.year) === 1)
      return { ind, year: years[i]!.year, prevYear: years[i - 1]!.year, value: n };
  }
  return undefined;
}
