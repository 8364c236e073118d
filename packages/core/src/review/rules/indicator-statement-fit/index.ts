/**
 * `indicator-statement-fit`: no content word of the result appears in any of its indicators
 * (after stemming and synonyms), so the indicators may measure something else.
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { isNomenclature } from '../shared/index.js';

/** Stems too general to show that an indicator measures its result. */
const GENERAL = new Set([
  'ingkat',
  'wujud',
  'capai',
  'kinerja',
  'ualitas',
  'daerah',
  'erintah',
  'baik',
  'layan',
  'kabupaten',
  'ota',
  'provinsi',
]);

export const rule = defineRule({
  meta: {
    id: 'indicator-statement-fit',
    // Off by default: high-level outcomes are rightly measured by composite indices that share no
    // word with them ("Derajat Kesehatan" by "Angka Harapan Hidup"); turn it on to list candidates.
    defaultSeverity: 'off',
    category: 'indicator',
    basis: 'practice',
    description: {
      id: 'Sedikitnya satu kata pokok pernyataan kinerja muncul dalam IK-nya (setelah imbuhan dan sinonim disamakan): IK mengukur kinerja itu sendiri.',
      en: 'At least one content word of the result appears in its indicators (once affixes and synonyms are unified): the indicators measure that result.',
    },
    messages: {
      fit: {
        id: 'Tidak satu pun kata pokok kinerja ini muncul dalam IK-nya: periksa apakah IK benar-benar mengukur kinerja "{statement}".',
        en: 'None of this result\'s content words appears in its indicators: check that they measure "{statement}".',
      },
    },
  },
  create(context) {
    return {
      result(r) {
        if (r.indicators.length === 0 || isNomenclature(r.level?.role)) return;
        // A handful of words: a list is cheaper than a set made per result.
        const mine = r.stems.filter((s) => !GENERAL.has(s) && s.length > 2);
        if (mine.length === 0) return;
        for (const ind of r.indicators) for (const s of ind.stems) if (mine.includes(s)) return;
        context.report({
          messageId: 'fit',
          data: { statement: r.statement.length > 80 ? `${r.statement.slice(0, 79)}…` : r.statement },
          result: r,
          path: r.path('indicators'),
        });
      },
    };
  },
});
