/**
 * Words of a diff report in Bahasa Indonesia and English, shared by the CLI and the renderers.
 *
 * @module
 */
import type { LocalizedText as Both } from '../review/types.js';
import type { Locale } from '../renderer.js';
import { polarityWord } from '../tables/words.js';
import type { DiffChange, DiffKind, MatchBasis } from './types.js';

/** Labels of a diff report: kinds of change, match bases and indicator fields. */
export const DIFF_LABELS: {
  readonly kind: Readonly<Record<DiffKind, Both>>;
  readonly matchedBy: Readonly<Record<MatchBasis, Both>>;
  readonly field: Readonly<Record<NonNullable<DiffChange['field']>, Both>>;
} = Object.freeze({
  kind: Object.freeze({
    added: { id: 'kinerja baru', en: 'result added' },
    removed: { id: 'kinerja dihapus', en: 'result removed' },
    moved: { id: 'dipindah', en: 'moved' },
    reworded: { id: 'rumusan diubah', en: 'reworded' },
    'level-changed': { id: 'level diubah', en: 'level changed' },
    'indicator-added': { id: 'IK baru', en: 'indicator added' },
    'indicator-removed': { id: 'IK dihapus', en: 'indicator removed' },
    'indicator-changed': { id: 'IK diubah', en: 'indicator changed' },
    'target-changed': { id: 'target diubah', en: 'target changed' },
  }),
  matchedBy: Object.freeze({
    previous: { id: 'menurut previous', en: 'by previous' },
    id: { id: 'id sama', en: 'same id' },
    statement: { id: 'rumusan mirip', en: 'similar statement' },
  }),
  field: Object.freeze({
    statement: { id: 'rumusan', en: 'statement' },
    unit: { id: 'satuan', en: 'unit' },
    polarity: { id: 'polaritas', en: 'polarity' },
    baseline: { id: 'kondisi awal', en: 'baseline' },
  }),
});

/**
 * A change's `from` or `to` as a reader reads it: a polarity in words (`naik`, `turun`, `rentang` in
 * Bahasa Indonesia, as the Arah column writes them), anything else as it is; `null` stays `null`.
 */
export function diffValueText(change: Pick<DiffChange, 'field'>, value: string | number | null, locale: Locale): string | number | null {
  if (value === null || change.field !== 'polarity' || typeof value !== 'string') return value;
  return value === 'up' || value === 'down' || value === 'range' ? polarityWord(value, locale) : value;
}
