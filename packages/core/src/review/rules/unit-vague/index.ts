/** `unit-vague`: a unit that is not a unit ("Waktu", "Tingkat", "Nilai/Skor"), with what to write instead. @module */
import { defineRule } from '../../api.js';
import { INDEX_UNIT_ADVICE, VAGUE_UNITS } from '../../lexicon/words.js';
import { unitKey } from '../../text.utils.js';

export const rule = defineRule({
  meta: {
    id: 'unit-vague',
    defaultSeverity: 'warning',
    category: 'indicator',
    basis: 'practice',
    description: {
      id: 'Satuan IK adalah satuan ukur ("jam", "hari", "%", "indeks", "poin", "dokumen"), bukan nama besaran ("Waktu", "Tingkat", "Nilai/Skor").',
      en: 'An indicator\'s unit is a unit of measure ("jam", "hari", "%", "indeks", "poin", "dokumen"), not the name of a quantity ("Waktu", "Tingkat", "Nilai/Skor").',
    },
    messages: {
      vague: {
        id: 'Satuan "{unit}" bukan satuan ukur: tuliskan satuannya, misalnya {suggestion}.',
        en: 'The unit "{unit}" is not a unit of measure: write the unit, e.g. {suggestion}.',
      },
    },
  },
  create(context) {
    return {
      indicator(ind) {
        if (ind.unitKind !== 'vague') return;
        // An index is a plain number: BPS prints the IPM in "angka" or "poin".
        if (ind.measure === 'index' && unitKey(ind.unit!) === 'angka') return;
        // An index is written in index points, whatever the vague word ("IKM" in "Angka").
        const suggestion = ind.measure === 'index' ? INDEX_UNIT_ADVICE : VAGUE_UNITS[unitKey(ind.unit!)]!;
        context.report({ messageId: 'vague', data: { unit: ind.unit!, suggestion }, indicator: ind, path: ind.path('unit') });
      },
    };
  },
});
