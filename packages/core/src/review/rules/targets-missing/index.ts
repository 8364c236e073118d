/** `targets-missing`: an indicator has targets; once for the document when none has. @module */
import { defineRule } from '../../api.js';
import { missingPerIndicator } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'targets-missing',
    defaultSeverity: 'info',
    category: 'target',
    basis: 'regulation',
    description: {
      id: 'IK memiliki target. Bila tidak satu pun atau sebagian besar IK tidak bertarget, temuan dilaporkan sekali untuk seluruh dokumen.',
      en: 'An indicator has targets. When no indicator has any, or most have none, this is reported once for the whole document.',
    },
    messages: {
      missing: {
        id: 'IK belum memiliki target: tetapkan target untuk setiap tahun periode.',
        en: 'The indicator has no targets: set a target for each year of the period.',
      },
      missingAll: {
        id: 'Tidak satu pun dari {count} IK memiliki target: pohon kinerja belum dapat dipakai untuk mengukur capaian kinerja.',
        en: 'None of the {count} indicators has targets: the tree cannot be used to measure achievement yet.',
      },
      missingMost: {
        id: 'Sebagian besar IK ({count} dari {total}) belum memiliki target ({ids}): tetapkan target untuk setiap tahun periode.',
        en: 'Most indicators ({count} of {total}) have no targets ({ids}): set a target for each year of the period.',
      },
    },
  },
  create(context) {
    return missingPerIndicator(context, {
      lacks: (ind) => ind.years.length === 0,
      field: 'targets',
      each: { messageId: 'missing' },
      all: { messageId: 'missingAll' },
      most: { messageId: 'missingMost' },
    });
  },
});
