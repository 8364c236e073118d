/**
 * The compact form of a word table's row: `t('Satuan', 'Unit')` for `{ id: 'Satuan', en: 'Unit' }`.
 *
 * @module
 */

/** A text in Bahasa Indonesia and English, its literal types kept. */
export const t = <const I extends string, const E extends string>(id: I, en: E): { readonly id: I; readonly en: E } => ({ id, en });
