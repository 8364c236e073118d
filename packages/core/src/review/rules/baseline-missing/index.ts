/** `baseline-missing`: an indicator with targets has a baseline (kondisi awal); once for the document when none or most have none. @module */
import { defineRule, type IndicatorNode } from '../../api.js';
import { NONE_VALUE } from '../../lexicon/words.js';
import { indicatorList, mostLack } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'baseline-missing',
    defaultSeverity: 'info',
    category: 'target',
    basis: 'regulation',
    description: {
      id: 'IK yang bertarget memiliki kondisi awal (bukan "NA" atau "-"). Bila tidak satu pun atau sebagian besar IK tidak memilikinya, temuan dilaporkan sekali untuk seluruh dokumen.',
      en: 'An indicator with targets has a baseline (not "NA" or "-"). When no indicator has one, or most have none, this is reported once for the whole document.',
    },
    messages: {
      missing: {
        id: 'IK memiliki target tetapi belum memiliki kondisi awal: tanpa kondisi awal, kewajaran target tidak dapat dinilai.',
        en: 'The indicator has targets but no baseline: without a starting value the targets cannot be judged.',
      },
      missingAll: {
        id: 'Tidak satu pun dari {count} IK memiliki kondisi awal: lengkapi tahun dan nilai kondisi awal setiap IK.',
        en: 'None of the {count} indicators has a baseline: add the year and value of each baseline.',
      },
      missingMost: {
        id: 'Sebagian besar IK yang bertarget ({count} dari {total}) belum memiliki kondisi awal ({ids}): lengkapi tahun dan nilai kondisi awal setiap IK.',
        en: 'Most indicators with targets ({count} of {total}) have no baseline ({ids}): add the year and value of each baseline.',
      },
    },
  },
  create(context) {
    const missing: IndicatorNode[] = [];
    let total = 0;
    let withTargets = 0;
    return {
      indicator(ind) {
        total++;
        if (ind.years.length === 0) return;
        withTargets++;
        const baseline = ind.record.baseline;
        if (baseline === undefined || (typeof baseline.value === 'string' && NONE_VALUE.test(baseline.value))) missing.push(ind);
      },
      exit() {
        if (missing.length === 0) return;
        if (missing.length === withTargets && withTargets > 1)
          context.report({ messageId: 'missingAll', data: { count: total }, path: 'results' });
        else if (mostLack(missing.length, withTargets)) {
          const data = { count: missing.length, total: withTargets, ids: indicatorList(missing) };
          context.report({ messageId: 'missingMost', data, path: 'results' });
        } else for (const ind of missing) context.report({ messageId: 'missing', indicator: ind, path: ind.path('baseline') });
      },
    };
  },
});
