/**
 * `pemda-sasaran-unsupported` (workspace): a result at the bottom of the Pemda tree (a sasaran of
 * the RPJMD) that no agency result supports.
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { levelWord } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'pemda-sasaran-unsupported',
    defaultSeverity: 'warning',
    category: 'workspace',
    basis: 'regulation',
    description: {
      id: 'Setiap sasaran Pemda didukung oleh kinerja sekurang-kurangnya satu perangkat daerah.',
      en: 'Every Pemda objective is supported by a result of at least one agency.',
    },
    messages: {
      unsupported: {
        id: '{level} Pemda ini belum didukung kinerja perangkat daerah mana pun: hubungkan kinerja perangkat daerah dengannya sebagai induk atau sebagai crosscutting.',
        en: 'This Pemda {level} is not supported by any agency result: link an agency result to it with `parent` or `contributesTo`.',
      },
    },
  },
  create(context) {
    const pemda = context.workspace?.pemda;
    if (pemda === undefined) return {};
    const prefix = `${pemda.id}#`;
    return {
      result(r) {
        if (r.childCount === 0 && r.id.startsWith(prefix)) {
          context.report({ messageId: 'unsupported', data: { level: levelWord(r) }, result: r });
        }
      },
    };
  },
});
