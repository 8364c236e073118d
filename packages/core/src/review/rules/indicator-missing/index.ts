/** `indicator-missing`: every result has at least one indicator. @module */
import { defineRule } from '../../api.js';

export const rule = defineRule({
  meta: {
    id: 'indicator-missing',
    defaultSeverity: 'error',
    category: 'structure',
    basis: 'regulation',
    description: {
      id: 'Setiap kinerja memiliki minimal satu indikator kinerja (IK).',
      en: 'Every result has at least one performance indicator.',
    },
    messages: {
      missing: {
        id: 'Kinerja ini belum memiliki indikator kinerja (IK): tetapkan minimal satu IK yang mengukur ketercapaiannya.',
        en: 'This result has no performance indicator (IK): set at least one indicator that measures whether it is achieved.',
      },
    },
  },
  create(context) {
    return {
      result(r) {
        if (r.indicators.length === 0) context.report({ messageId: 'missing', result: r, path: r.path('indicators') });
      },
    };
  },
});
