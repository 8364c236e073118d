/** `csf-unrealised`: every CSF desired condition is realised by a result of the tree. @module */
import { defineRule } from '../../api.js';

export const rule = defineRule({
  meta: {
    id: 'csf-unrealised',
    defaultSeverity: 'warning',
    category: 'csf',
    basis: 'regulation',
    description: {
      id: 'Setiap kondisi yang diinginkan CSF (Langkah 2) diwujudkan oleh satu kinerja dalam pohon.',
      en: 'Every desired condition of a CSF (Step 2) is realised by a result of the tree.',
    },
    messages: {
      unrealised: {
        id: 'Kondisi yang diinginkan CSF {condition} belum diwujudkan oleh kinerja mana pun: tetapkan kinerja yang mewujudkannya, atau tambahkan kinerjanya ke pohon.',
        en: "The CSF's desired condition {condition} is not realised by any result: name the result that realises it, or add it to the tree.",
      },
    },
  },
  create(context) {
    // The conditions no named result realises, looked up among the statements (fuzzy keys) in one pass.
    const wanted = new Map<string, number[]>();
    const csf = context.cascade.csf;
    return {
      document() {
        csf.forEach((c, k) => {
          if (c.result !== undefined && context.result(c.result) !== undefined) return;
          const key = context.text.contentStems(c.desiredCondition).join(' ');
          const list = wanted.get(key);
          if (list === undefined) wanted.set(key, [k]);
          else list.push(k);
        });
      },
      result(r) {
        if (wanted.size > 0) wanted.delete(r.key);
      },
      exit() {
        const left = [...wanted.values()].flat().sort((a, b) => a - b);
        for (const k of left)
          context.report({ messageId: 'unrealised', data: { condition: context.text.quote(csf[k]!.desiredCondition) }, path: `csf[${k}]` });
      },
    };
  },
});
