/** `csf-result-mismatch`: the result named for a CSF says what the desired condition says. @module */
import { defineRule } from '../../api.js';

export const rule = defineRule({
  meta: {
    id: 'csf-result-mismatch',
    defaultSeverity: 'info',
    category: 'csf',
    basis: 'practice',
    description: {
      id: 'Kinerja yang disebut mewujudkan CSF memiliki pernyataan yang sama dengan kondisi yang diinginkan (juga setelah imbuhan dan sinonim disamakan).',
      en: 'The result named to realise a CSF has the same statement as the desired condition (also once affixes and synonyms are unified).',
    },
    messages: {
      mismatch: {
        id: 'Kondisi yang diinginkan CSF {condition} berbeda dengan pernyataan kinerja {result} ({statement}) yang disebut mewujudkannya.',
        en: "The CSF's desired condition {condition} differs from the statement of {result} ({statement}), the result said to realise it.",
      },
    },
  },
  create(context) {
    return {
      document() {
        context.cascade.csf.forEach((c, k) => {
          if (c.result === undefined) return;
          const r = context.result(c.result);
          if (r === undefined) return;
          if (r.key === context.text.contentStems(c.desiredCondition).join(' ')) return;
          context.report({
            messageId: 'mismatch',
            data: { condition: context.text.quote(c.desiredCondition), result: c.result, statement: context.text.quote(r.statement) },
            result: r,
            path: `csf[${k}].result`,
          });
        });
      },
    };
  },
});
