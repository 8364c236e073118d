/** `all-caps`: statements are not written in capitals throughout. @module */
import { defineRule } from '../../api.js';
import { isAllCaps } from '../../text.utils.js';
import { FIELD } from '../shared/texts-beyond-ascii.js';

export const rule = defineRule({
  meta: {
    id: 'all-caps',
    defaultSeverity: 'info',
    category: 'text',
    basis: 'practice',
    description: {
      id: 'Pernyataan kinerja dan IK tidak ditulis dengan huruf kapital semua (singkatan seperti ASN tidak dihitung).',
      en: 'Result and indicator statements are not written in capitals throughout (acronyms such as ASN do not count).',
    },
    messages: {
      caps: {
        id: 'Teks {field} ditulis dengan huruf kapital semua: gunakan huruf kapital di awal kata agar mudah dibaca.',
        en: 'The {field} is written in capitals throughout: use title or sentence case so that it reads easily.',
      },
    },
  },
  create(context) {
    return {
      result(r) {
        if (isAllCaps(r.statement))
          context.report({ messageId: 'caps', data: { field: FIELD.statement }, result: r, path: r.path('statement') });
      },
      indicator(ind) {
        if (isAllCaps(ind.record.statement))
          context.report({ messageId: 'caps', data: { field: FIELD.indicator }, indicator: ind, path: ind.path('statement') });
      },
    };
  },
});
