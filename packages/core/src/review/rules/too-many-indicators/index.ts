/** `too-many-indicators`: more than `max` (default 7) indicators on one result: a container to split. @module */
import * as z from 'zod/mini';
import { defineRule } from '../../api.js';

export const rule = defineRule({
  meta: {
    id: 'too-many-indicators',
    defaultSeverity: 'info',
    category: 'indicator',
    basis: 'practice',
    description: {
      id: 'Satu kinerja memiliki paling banyak 7 IK (dapat diatur); lebih dari itu menandakan kinerja yang perlu dipecah.',
      en: 'A result has at most 7 indicators (configurable); more suggests a container result that should be split.',
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
        if (r.indicators.length > max)
          context.report({ messageId: 'many', data: { count: r.indicators.length, max }, result: r, path: r.path('indicators') });
      },
    };
  },
});
