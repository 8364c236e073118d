/** `duplicate-sibling`: siblings do not share a statement (after stemming and synonyms). @module */
import { defineRule } from '../../api.js';
import { repeatedResults } from '../shared/repeats.js';

export const rule = defineRule({
  meta: {
    id: 'duplicate-sibling',
    defaultSeverity: 'warning',
    category: 'duplicates',
    basis: 'practice',
    description: {
      id: 'Kinerja yang berinduk sama tidak memiliki pernyataan yang sama (juga setelah imbuhan dan sinonim disamakan).',
      en: 'Siblings (results with the same parent) do not share a statement (also once affixes and synonyms are unified).',
    },
    messages: {
      duplicate: {
        id: 'Pernyataan kinerja ini sama dengan kinerja {other} yang berinduk sama: gabungkan keduanya atau bedakan kondisinya.',
        en: 'The statement is the same as its sibling {other} under the same parent: merge them or tell them apart.',
      },
      duplicateTop: {
        id: 'Pernyataan kinerja ini sama dengan kinerja {other}, keduanya di puncak pohon: gabungkan keduanya atau bedakan kondisinya.',
        en: 'The statement is the same as {other}, both at the top of the tree: merge them or tell them apart.',
      },
    },
  },
  create(context) {
    return repeatedResults(
      (r, first) =>
        context.report({
          messageId: r.parent === undefined ? 'duplicateTop' : 'duplicate',
          data: { other: first.id },
          result: r,
          path: r.path('statement'),
        }),
      (r) => `${r.parent === undefined ? -1 : r.parent.index} ${r.key}`,
    );
  },
});
