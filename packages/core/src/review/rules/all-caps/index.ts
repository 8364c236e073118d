/** `all-caps`: statements are not written in capitals throughout. @module */
import { defineRule } from '../../api.js';
import { isAllCaps } from '../../text.utils.js';
import { isNomenclatureName } from '../shared/index.js';
import { FIELD } from '../shared/texts-beyond-ascii.js';

export const rule = defineRule({
  meta: {
    id: 'all-caps',
    defaultSeverity: 'info',
    category: 'text',
    basis: 'practice',
    description: {
      id: 'Pernyataan kinerja dan IK tidak ditulis dengan huruf kapital semua (singkatan seperti ASN tidak dihitung; nama program dan kegiatan dari nomenklatur tidak dinilai).',
      en: 'Result and indicator statements are not written in capitals throughout (acronyms such as ASN do not count; program and kegiatan names from the nomenclature are not judged).',
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
        // A program or kegiatan name is the budget nomenclature, which portals print in capitals.
        if (isAllCaps(r.statement) && !isNomenclatureName(r))
          context.report({ messageId: 'caps', data: { field: FIELD.statement }, result: r, path: r.path('statement') });
      },
      indicator(ind) {
        if (isAllCaps(ind.record.statement))
          context.report({ messageId: 'caps', data: { field: FIELD.indicator }, indicator: ind, path: ind.path('statement') });
      },
    };
  },
});
