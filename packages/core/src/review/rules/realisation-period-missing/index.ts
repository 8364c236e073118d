/** `realisation-period-missing`: as of the review date, every quarter (or month) that has ended has its realisation. @module */
import { defineRule } from '../../api.js';
import type { ResultRecord } from '../../../result.js';

const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];
const MONTH_END = ['01-31', '02-28', '03-31', '04-30', '05-31', '06-30', '07-31', '08-31', '09-30', '10-31', '11-30', '12-31'];

export const rule = defineRule({
  meta: {
    id: 'realisation-period-missing',
    defaultSeverity: 'warning',
    category: 'realisation',
    basis: 'practice',
    description: {
      id: 'Per tanggal reviu (--as-of, bawaan hari ini), setiap triwulan (atau bulan) yang telah berakhir memiliki realisasinya; hanya untuk dokumen yang sudah memuat realisasi.',
      en: 'As of the review date (--as-of, default today), every quarter (or month) that has ended has its realisation; only in documents that hold realisations.',
    },
    messages: {
      missing: {
        id: 'IK {indicator} belum memiliki realisasi {periods} tahun {year} (per {asOf}).',
        en: 'Indicator {indicator} has no {year} realisation for {periods} yet (as of {asOf}).',
      },
    },
  },
  create(context) {
    const asOf = context.asOf;
    const asOfYear = asOf.slice(0, 4);
    let monitored = false;
    return {
      document() {
        monitored = holdsRealisations(context.cascade.results());
      },
      indicator(ind) {
        if (!monitored) return;
        const year = asOfYear;
        const real = ind.record.realisations?.[year];
        if (ind.target(year) === undefined && real === undefined) return;
        // A year's value written whole needs no periods.
        if (real !== undefined && typeof real !== 'object') return;
        const record = (real ?? {}) as Record<string, unknown>;
        const months = Object.keys(record).some((k) => k.startsWith('m'));
        const keys = months ? MONTH_END.map((_, i) => `m${String(i + 1).padStart(2, '0')}`) : ['q1', 'q2', 'q3', 'q4'];
        const ends = months ? MONTH_END : QUARTER_END;
        const missing = keys.filter((k, i) => `${year}-${ends[i]!}` <= asOf && record[k] === undefined);
        if (missing.length === 0) return;
        context.report({
          messageId: 'missing',
          data: { indicator: ind.label, periods: missing.join(', '), year, asOf },
          indicator: ind,
          path: ind.path(`realisations.${year}`),
        });
      },
    };
  },
});

/** True when an indicator of some result holds realisations (stops at the first). */
function holdsRealisations(results: readonly ResultRecord[]): boolean {
  for (const r of results) {
    const inds = r.indicators;
    for (let k = 0; k < inds.length; k++) if (inds[k]!.realisations !== undefined) return true;
  }
  return false;
}
