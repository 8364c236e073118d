/** `orphan-result`: every result leads up to the top of the tree. @module */
import { defineRule, type ResultNode } from '../../api.js';
import { levelWord } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'orphan-result',
    defaultSeverity: 'warning',
    category: 'structure',
    basis: 'regulation',
    description: {
      id: 'Setiap kinerja terhubung ke atas sampai kinerja tertinggi; kinerja tanpa induk hanya ada di level teratas pohon.',
      en: 'Every result leads up to the top of the tree; only results at the top level have no parent.',
    },
    messages: {
      orphan: {
        id: 'Kinerja level {level} ini tidak terhubung ke kinerja di atasnya: tetapkan kinerja induknya sampai ke level {top}.',
        en: 'This {level} result is not linked upwards: give it a parent so that it leads up to the {top} level.',
      },
    },
  },
  create(context) {
    return {
      exit() {
        const roots = context.results.filter((r) => r.record.parent === null && r.level !== undefined);
        let top: ResultNode | undefined;
        for (const r of roots) if (top === undefined || r.level!.rank < top.level!.rank) top = r;
        if (top === undefined) return;
        for (const r of roots) {
          if (r.level!.rank <= top.level!.rank || r.record.contributesTo.length > 0) continue;
          context.report({ messageId: 'orphan', data: { level: levelWord(r), top: levelWord(top) }, result: r, path: r.path('parent') });
        }
      },
    };
  },
});
