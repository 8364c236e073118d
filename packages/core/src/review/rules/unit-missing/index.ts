/** `unit-missing`: every indicator has a unit; once for the document when none has. @module */
import { defineRule, type IndicatorNode } from '../../api.js';

export const rule = defineRule({
  meta: {
    id: 'unit-missing',
    defaultSeverity: 'warning',
    category: 'indicator',
    basis: 'regulation',
    description: {
      id: 'Setiap IK memiliki satuan. Bila tidak satu pun IK bersatuan, temuan dilaporkan sekali untuk seluruh dokumen.',
      en: 'Every indicator has a unit. When no indicator has one, this is reported once for the whole document.',
    },
    messages: {
      missing: {
        id: 'IK belum memiliki satuan: lengkapi satuannya (misalnya "%", "Indeks", "Dokumen", "Orang").',
        en: 'The indicator has no unit: add its unit (e.g. "%", "Indeks", "Dokumen", "Orang").',
      },
      missingAll: {
        id: 'Tidak satu pun dari {count} IK memiliki satuan: lengkapi satuan setiap IK (misalnya "%", "Indeks", "Dokumen").',
        en: 'None of the {count} indicators has a unit: add a unit to each (e.g. "%", "Indeks", "Dokumen").',
      },
    },
  },
  create(context) {
    const missing: IndicatorNode[] = [];
    let total = 0;
    return {
      indicator(ind) {
        total++;
        if (ind.unit === undefined) missing.push(ind);
      },
      exit() {
        if (missing.length === 0) return;
        if (missing.length === total) context.report({ messageId: 'missingAll', data: { count: total }, path: 'results' });
        else for (const ind of missing) context.report({ messageId: 'missing', indicator: ind, path: ind.path('unit') });
      },
    };
  },
});
