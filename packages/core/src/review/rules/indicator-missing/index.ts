/**
 * `indicator-missing`: every result has at least one indicator. When most results of one level
 * have none (four or more, and two in three: a table that gives indicators only to its sasaran,
 * not to its kegiatan), one finding names them, as an LHR writes one sentence.
 *
 * @module
 */
import { defineRule, type ResultNode } from '../../api.js';
import { firstOf, levelWord, mostLack } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'indicator-missing',
    defaultSeverity: 'error',
    category: 'structure',
    basis: 'regulation',
    description: {
      id: 'Setiap kinerja memiliki minimal satu indikator kinerja (IK). Bila sebagian besar kinerja satu level tidak memilikinya, temuan dilaporkan sekali untuk level tersebut.',
      en: 'Every result has at least one performance indicator. When most results of one level have none, this is reported once for that level.',
    },
    messages: {
      missing: {
        id: 'Kinerja ini belum memiliki indikator kinerja (IK): tetapkan minimal satu IK yang mengukur ketercapaiannya.',
        en: 'This result has no performance indicator (IK): set at least one indicator that measures whether it is achieved.',
      },
      missingLevel: {
        id: 'Sebagian besar kinerja level {level} ({count} dari {total}) belum memiliki indikator kinerja (IK): {ids}. Tetapkan minimal satu IK untuk setiap kinerja.',
        en: 'Most {level} results ({count} of {total}) have no performance indicator (IK): {ids}. Set at least one indicator for each.',
      },
    },
  },
  create(context) {
    /** Results by level key: how many, and those without indicators. */
    const byLevel = new Map<string, { total: number; missing: ResultNode[] }>();
    return {
      result(r) {
        const key = r.level?.level.key ?? '';
        let entry = byLevel.get(key);
        if (entry === undefined) byLevel.set(key, (entry = { total: 0, missing: [] }));
        entry.total++;
        if (r.indicators.length === 0) entry.missing.push(r);
      },
      exit() {
        for (const { total, missing } of byLevel.values()) {
          if (mostLack(missing.length, total)) {
            const data = { level: levelWord(missing[0]!), count: missing.length, total, ids: firstOf(missing.map((r) => r.id)) };
            context.report({ messageId: 'missingLevel', data, result: missing[0]!, path: missing[0]!.path('indicators') });
            continue;
          }
          for (const r of missing) context.report({ messageId: 'missing', result: r, path: r.path('indicators') });
        }
      },
    };
  },
});
