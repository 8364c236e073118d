/** `too-many-indicators`: more than `max` (default 7) indicators on one result: a container to split. @module */
import * as z from 'zod/mini';
import { defineRule, type IndicatorNode } from '../../api.js';

export const rule = defineRule({
  meta: {
    id: 'too-many-indicators',
    defaultSeverity: 'info',
    category: 'indicator',
    basis: 'practice',
    description: {
      id: 'Satu kinerja memiliki paling banyak 7 IK (dapat diatur; satu ukuran yang dirinci per kelompok, misalnya "APK - SD" dan "APK - SMP", dihitung sekali); lebih dari itu menandakan kinerja yang perlu dipecah.',
      en: 'A result has at most 7 indicators (configurable; one measure broken down by group, such as "APK - SD" and "APK - SMP", counts once); more suggests a container result that should be split.',
    },
    messages: {
      many: {
        id: 'Kinerja ini memiliki {count} IK (lebih dari {max}): kinerja yang diukur dengan banyak IK biasanya memuat beberapa kinerja; pecah menjadi kinerja yang masing-masing diukur dengan sedikit IK.',
        en: 'This result has {count} indicators (more than {max}): a result measured by many indicators usually holds several; split it into results measured by a few indicators each.',
      },
    },
    options: z.strictObject({ max: z._default(z.number().check(z.int(), z.positive()), 7) }),
  },
  create(context) {
    const { max } = context.options;
    return {
      result(r) {
        const inds = r.indicators;
        if (inds.length <= max) return;
        const count = measuresOf(inds);
        if (count > max) context.report({ messageId: 'many', data: { count, max }, result: r, path: r.path('indicators') });
      },
    };
  },
});

/**
 * How many measures the indicators are: one measure broken down by a group after " - " or ":"
 * ("Angka Partisipasi Kasar (APK) - SD/MI/Paket A", "... - SMP/MTs/Paket B") counts once.
 */
function measuresOf(inds: readonly IndicatorNode[]): number {
  const seen = new Set<string>();
  for (const ind of inds) {
    const text = ind.record.statement;
    const cut = text.search(BREAKDOWN);
    seen.add((cut > 0 ? text.slice(0, cut) : text).trim().toLowerCase());
  }
  return seen.size;
}

/** Where a breakdown starts: a spaced dash or a colon. */
const BREAKDOWN = /\s[-–]\s|:/;
