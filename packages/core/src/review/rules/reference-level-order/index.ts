/**
 * `reference-level-order` (workspace): a result hangs, through a reference to another document,
 * under a result whose level is not above its own (in the workspace's combined level scheme: the
 * Pemda document's levels first, then the agencies').
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { levelWord } from '../shared/index.js';
import { linkNode, linkVisitors, reportAtLink } from '../../../workspace/rule-utils.js';

export const rule = defineRule({
  meta: {
    id: 'reference-level-order',
    defaultSeverity: 'error',
    category: 'workspace',
    basis: 'regulation',
    description: {
      id: 'Kinerja yang mendukung kinerja dokumen lain berada pada level di bawah level kinerja yang didukungnya.',
      en: 'A result that supports a result of another document sits at a level below that result’s level.',
    },
    messages: {
      order: {
        id: 'Kinerja level {level} ini tidak dapat berada di bawah {target} (level {targetLevel}): levelnya harus lebih rendah.',
        en: 'This {level} result cannot sit under {target} ({targetLevel}): its level must be lower.',
      },
    },
  },
  create(context) {
    return linkVisitors(context, (link) => {
      if (!link.resolved) return;
      const node = linkNode(context, link);
      const target = context.result(link.ref);
      if (node?.level === undefined || target?.level === undefined) return;
      if (node.level.rank > target.level.rank) return;
      reportAtLink(context, link, node, 'order', { level: levelWord(node), target: link.ref, targetLevel: levelWord(target) });
    });
  },
});
