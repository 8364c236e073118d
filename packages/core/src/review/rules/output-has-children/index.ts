/** `output-has-children`: outputs end their branch. @module */
import { defineRule } from '../../api.js';
import { levelWord } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'output-has-children',
    defaultSeverity: 'warning',
    category: 'structure',
    basis: 'regulation',
    description: {
      id: 'Keluaran (output) adalah ujung pohon: tidak ada kinerja di bawah output.',
      en: 'Outputs end their branch: no result sits below an output.',
    },
    messages: {
      children: {
        id: 'Kinerja level {level} ini adalah keluaran (output) dan seharusnya menjadi ujung pohon, tetapi masih memiliki {count} kinerja di bawahnya.',
        en: 'This {level} result is an output and should end its branch, but it has {count} result(s) below it.',
      },
    },
  },
  create(context) {
    return {
      result(r) {
        if (r.childCount > 0 && r.level?.role === 'output')
          context.report({ messageId: 'children', data: { level: levelWord(r), count: r.childCount }, result: r });
      },
    };
  },
});
