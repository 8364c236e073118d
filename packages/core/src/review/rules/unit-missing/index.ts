/** `unit-missing`: every indicator has a unit; once for the document when none has. @module */
import { defineRule } from '../../api.js';
import { missingPerIndicator } from '../shared/index.js';

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
    return missingPerIndicator(context, {
      lacks: (ind) => ind.unit === undefined,
      field: 'unit',
      each: { messageId: 'missing' },
      all: { messageId: 'missingAll' },
    });
  },
});
