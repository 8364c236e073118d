/** `compound-statement`: one statement holds one result. @module */
import { defineRule } from '../../api.js';
import { compoundPredicate } from '../../text.utils.js';

export const rule = defineRule({
  meta: {
    id: 'compound-statement',
    defaultSeverity: 'info',
    category: 'statement',
    basis: 'practice',
    description: {
      id: 'Satu pernyataan memuat satu kinerja: bukan "Meningkatnya X dan Menurunnya Y".',
      en: 'One statement holds one result: not "Meningkatnya X dan menurunnya Y".',
    },
    messages: {
      compound: {
        id: 'Pernyataan menggabungkan lebih dari satu kinerja ("... {second} ..."): pisahkan menjadi kinerja tersendiri agar masing-masing dapat diukur.',
        en: 'The statement joins more than one result ("... {second} ..."): split it so that each can be measured.',
      },
    },
  },
  create(context) {
    return {
      result(r) {
        if (!r.norm.includes('nya')) return;
        const second = compoundPredicate(r.norm);
        if (second !== undefined) context.report({ messageId: 'compound', data: { second }, result: r, path: r.path('statement') });
      },
    };
  },
});
