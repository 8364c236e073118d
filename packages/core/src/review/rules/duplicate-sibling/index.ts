/** `duplicate-sibling`: siblings do not share a statement (after stemming and synonyms). @module */
import { defineRule, type ResultNode } from '../../api.js';

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
    },
  },
  create(context) {
    const seen = new Map<string, ResultNode>();
    return {
      result(r) {
        // A key no other result has cannot be a duplicate (the engine finds the shared ones in one pass).
        if (!r.keyShared) return;
        const k = `${r.parent === undefined ? -1 : r.parent.index} ${r.key}`;
        const first = seen.get(k);
        if (first === undefined) seen.set(k, r);
        else context.report({ messageId: 'duplicate', data: { other: first.id }, result: r, path: r.path('statement') });
      },
    };
  },
});
