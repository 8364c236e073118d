/**
 * `child-restates-parent`: a result does not restate its parent, compared as content stems
 * (leading predicate, connectives, affixes and synonyms set aside). Renstra nomenclature levels
 * (program, kegiatan, sub kegiatan) may carry a box of the level above (PermenPAN-RB 89/2021
 * lets one box become several planning components); `indicator-copied-from-parent` notes those.
 *
 * @module
 */
import { t } from '../../../localized.js';
import { defineRule } from '../../api.js';
import { levelWord, restatesCounted } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'child-restates-parent',
    defaultSeverity: 'warning',
    category: 'duplicates',
    basis: 'regulation',
    description: t(
      'Kinerja tidak mengulang kinerja induknya: tidak sama, juga setelah kata kerja awal, kata sambung, imbuhan dan sinonim diabaikan.',
      'A result does not restate its parent: not the same, also once the leading verb, connectives, affixes and synonyms are set aside.',
    ),
    messages: {
      restates: t(
        'Kinerja ini mengulang kinerja induknya {parent}: kinerja level {level} harus menyatakan kondisi penyebab yang lebih spesifik.',
        'This result restates its parent {parent}: a {level} result must state a more specific condition that causes it.',
      ),
    },
  },
  create(context) {
    return {
      result(r) {
        const parents = r.parents;
        for (let i = 0; i < parents.length; i++) {
          const p = parents[i]!;
          if (!restatesCounted(r, p)) continue;
          context.report({ messageId: 'restates', data: { parent: p.id, level: levelWord(r) }, result: r, path: r.path('statement') });
          return;
        }
      },
    };
  },
});
