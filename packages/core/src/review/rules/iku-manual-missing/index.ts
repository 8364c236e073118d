/**
 * `iku-manual-missing`: an IKU has its manual (definisi operasional, formula, sumber data). Once
 * for the document, naming them, when most IKU have none (an LHR writes it once).
 *
 * @module
 */
import { defineRule, type IndicatorNode } from '../../api.js';
import { indicatorList, mostLack } from '../shared/index.js';

const FIELDS = [
  { key: 'definition', id: 'definisi operasional', en: 'definition' },
  { key: 'formula', id: 'formula', en: 'formula' },
  { key: 'dataSource', id: 'sumber data', en: 'data source' },
] as const;

/** A definition that says how the value is computed ("dihitung ...", "... dibagi ...", "= A / B x 100 %") holds the formula. */
const computes = (definition: string | undefined): boolean =>
  definition !== undefined && /dihitung|dibagi|rumus|=|\/|[x×]\s*100/i.test(definition);

/** A formula that spells out its terms ("x = jumlah kebutuhan data yang terpenuhi, y = ...") holds the definition. */
const explains = (formula: string | undefined): boolean => formula !== undefined && formula.trim().split(/\s+/).length >= 8;

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
      missingMost: {
        id: 'Sebagian besar IKU ({count} dari {total}) belum memiliki manual indikator lengkap (definisi operasional, formula, sumber data): {ids}.',
        en: 'Most IKU ({count} of {total}) have no complete indicator manual (definition, formula, data source): {ids}.',
      },
    },
  },
  create(context) {
    const lacking: { readonly ind: IndicatorNode; readonly missing: readonly (typeof FIELDS)[number][] }[] = [];
    let iku = 0;
    return {
      indicator(ind) {
        if (ind.record.iku !== true) return;
        iku++;
        const missing = FIELDS.filter(
          (f) =>
            (ind.record[f.key] ?? '').trim() === '' &&
            !(f.key === 'formula' && computes(ind.record.definition)) &&
            !(f.key === 'definition' && explains(ind.record.formula)),
        );
        if (missing.length > 0) lacking.push({ ind, missing });
      },
      exit() {
        if (mostLack(lacking.length, iku)) {
          const data = { count: lacking.length, total: iku, ids: indicatorList(lacking.map((l) => l.ind)) };
          context.report({ messageId: 'missingMost', data, path: 'results' });
          return;
        }
        for (const { ind, missing } of lacking)
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
