/** `duplicate-sibling`: siblings do not share a statement (after stemming and synonyms). @module */
import { defineRule, type ResultNode } from '../../api.js';
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
    const report = (r: ResultNode, first: ResultNode): void =>
      context.report({
        messageId: r.parent === undefined ? 'duplicateTop' : 'duplicate',
        data: { other: first.id },
        result: r,
        path: r.path('statement'),
      });
    const repeated = repeatedResults(report, (r) => `${r.parent === undefined ? -1 : r.parent.index} ${r.key}`);
    return {
      result(r) {
        repeated.result!(r);
        // "Terlaksananya Penyediaan Bahan Logistik Kantor" beside "Penyediaan Bahan Logistik
        // Kantor": the word that says the work was done adds nothing, so the two are one result.
        // (Rare, so compared here with the siblings rather than through the shared keys.)
        const parent = r.parent;
        if (parent === undefined || !DONE_WORDS.has(r.head)) return;
        // (the sibling's text is about as long as this one's without its first word: most are not,
        // and are passed over before their keys are read)
        const length = r.statement.length - r.head.length - 1;
        let own: string | undefined;
        for (const s of parent.children) {
          if (s === r || Math.abs(s.statement.length - length) > 4 || DONE_WORDS.has(s.head)) continue;
          own ??= r.stems.join(' ');
          if (own !== '' && s.key === own) return report(r, s);
        }
      },
    };
  },
});

/** Heads that say only that the work named after them was carried out. */
const DONE_WORDS: ReadonlySet<string> = new Set(['terlaksananya', 'terselenggaranya', 'dilaksanakannya', 'diselenggarakannya']);
