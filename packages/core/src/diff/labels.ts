/**
 * Words of a diff report in Bahasa Indonesia and English, shared by the CLI and the renderers.
 *
 * @module
 */
import type { LocalizedText as Both } from '../review/types.js';
import type { LevelScheme } from '../levels.js';
import type { ContributionStatus } from '../refs.js';
import { localize, type Locale } from '../renderer.js';
import { polarityWord } from '../tables/words.js';
import type { DiffChange, DiffKind, MatchBasis } from './types.js';

/**
 * Labels of a diff report: kinds of change, match bases, indicator fields, and the statuses of a
 * crosscutting link (`none` for an entry without one).
 */
export const DIFF_LABELS: {
  readonly kind: Readonly<Record<DiffKind, Both>>;
  readonly matchedBy: Readonly<Record<MatchBasis, Both>>;
  readonly field: Readonly<Record<NonNullable<DiffChange['field']>, Both>>;
  readonly status: Readonly<Record<ContributionStatus | 'none', Both>>;
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
    'link-added': { id: 'kontribusi lintas baru', en: 'crosscutting link added' },
    'link-removed': { id: 'kontribusi lintas dihapus', en: 'crosscutting link removed' },
    'link-changed': { id: 'status kontribusi lintas diubah', en: 'crosscutting status changed' },
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
  status: Object.freeze({
    diusulkan: { id: 'diusulkan', en: 'proposed' },
    disetujui: { id: 'disetujui', en: 'accepted' },
    ditolak: { id: 'ditolak', en: 'rejected' },
    none: { id: 'tanpa status', en: 'no status' },
  }),
});

/**
 * A change's `from` or `to` as a reader reads it: a polarity in words (`naik`, `turun`, `rentang` in
 * Bahasa Indonesia, as the Arah column writes them), a crosscutting link's status in the locale's
 * words (`proposed` in English; for `link-changed`, `null`, an entry without a status, as
 * `tanpa status` / `no status`), anything else as it is; any other `null` stays `null`.
 */
export function diffValueText(
  change: Pick<DiffChange, 'field'> & { readonly kind?: DiffKind },
  value: string | number | null,
  locale: Locale,
): string | number | null {
  if (change.kind === 'link-added' || change.kind === 'link-removed' || change.kind === 'link-changed') {
    // (the absent side of a link added or removed stays null; a changed link's missing status is a word)
    if (value === null && change.kind !== 'link-changed') return null;
    const key = value === null ? 'none' : String(value);
    return Object.hasOwn(DIFF_LABELS.status, key) ? DIFF_LABELS.status[key as ContributionStatus][locale] : value;
  }
  if (value === null || change.field !== 'polarity' || typeof value !== 'string') return value;
  return value === 'up' || value === 'down' || value === 'range' ? polarityWord(value, locale) : value;
}

/** A diff's levels as a reader reads them; see {@link diffLevelNames}. */
export interface DiffLevelNames {
  /** The result's level: in the old version's scheme for a removed result, else in the new one's. */
  readonly level: (change: DiffChange) => string;
  /** `from` or `to` of the change: a changed level by its label (old or new scheme), anything else as it is. */
  readonly value: (change: DiffChange, side: 'from' | 'to') => string | number | null;
}

/**
 * Names a diff's levels by their labels in the locale, as each version's scheme gives them (the
 * old version's for the level a result had, the new one's for the level it has, then the other's),
 * never by the keys of the file format; a key that neither scheme knows stays as it is. Shared by
 * the CLI's text and CSV reports and the HTML report.
 */
export function diffLevelNames(oldLevels: LevelScheme | undefined, newLevels: LevelScheme | undefined, locale: Locale): DiffLevelNames {
  const names = (s: LevelScheme | undefined) => new Map((s ?? []).map((l) => [l.key, localize(l.label, locale)]));
  const [older, newer] = [names(oldLevels), names(newLevels)];
  const name = (key: string, old: boolean) => (old ? older : newer).get(key) ?? (old ? newer : older).get(key) ?? key;
  return {
    level: (c) => name(c.level, c.kind === 'removed'),
    value: (c, side) => {
      const v = c[side];
      return c.kind === 'level-changed' && v !== null ? name(String(v), side === 'from') : v;
    },
  };
}
