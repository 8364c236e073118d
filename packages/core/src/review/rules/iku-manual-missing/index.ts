/** `iku-manual-missing`: an IKU has its manual (definisi operasional, formula, sumber data). @module */
import { defineRule } from '../../api.js';

const FIELDS = [
  { key: 'definition', id: 'definisi operasional', en: 'definition' },
  { key: 'formula', id: 'formula', en: 'formula' },
  { key: 'dataSource', id: 'sumber data', en: 'data source' },
] as const;

export const rule = defineRule({
  meta: {
    id: 'iku-manual-missing',
    defaultSeverity: 'warning',
    category: 'realisation',
    basis: 'regulation',
    description: {
      id: 'Setiap IKU memiliki manual indikator: definisi operasional, formula dan sumber data (LKE SAKIP: IKU dilengkapi manual).',
      en: 'Every IKU has an indicator manual: definition, formula and data source (the SAKIP evaluation asks for it).',
    },
    messages: {
      missing: {
        id: 'IKU {indicator} belum memiliki manual indikator: {fields} belum diisi.',
        en: 'IKU {indicator} has no indicator manual yet: {fields} missing.',
      },
    },
  },
  create(context) {
    return {
      indicator(ind) {
        if (ind.record.iku !== true) return;
        const missing = FIELDS.filter((f) => (ind.record[f.key] ?? '').trim() === '');
        if (missing.length === 0) return;
        context.report({
          messageId: 'missing',
          data: { indicator: ind.label, fields: { id: missing.map((f) => f.id).join(', '), en: missing.map((f) => f.en).join(', ') } },
          indicator: ind,
          path: ind.path(missing[0]!.key),
        });
      },
    };
  },
});
