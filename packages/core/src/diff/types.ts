/**
 * Public types of the diff between two versions of a tree: {@link CascadeDiff} and its rows.
 *
 * @module
 */
import type { Tier } from '../levels.js';

/** How a result of the new version was matched to one of the old: its `previous`, the same id, or a similar statement. */
export type MatchBasis = 'previous' | 'id' | 'statement';

/**
 * Kinds of change, in the order a report lists them within one result:
 * - `added` / `removed`: a result only in the new / old version;
 * - `moved`: the primary parent changed (`from`/`to` are the parents' ids, `null` for a root);
 * - `reworded`: the statement changed (`from`/`to` are the statements);
 * - `level-changed`: the level key changed;
 * - `indicator-added` / `indicator-removed`: an indicator (IK) only in one version;
 * - `indicator-changed`: a field of a matched indicator changed (`field`: `statement`, `unit`,
 *   `polarity` or `baseline`);
 * - `target-changed`: a year's target changed, appeared (`from` is `null`) or went (`to` is `null`);
 * - `link-added` / `link-removed`: a crosscutting link (`contributesTo` entry) only in the new / old
 *   version of a matched result (`link` is its target; `to` / `from` too);
 * - `link-changed`: the status of a crosscutting link changed (`link` is its target, `from`/`to`
 *   the statuses in Indonesian, `null` for an entry without a status).
 *
 * A link of the old version counts as the same link when its target is matched to the new one's,
 * so a target that was only renumbered is no change; a reference to another document
 * (`pemda-2026#S2`) is compared as written. A result added or removed has no link rows.
 */
export type DiffKind =
  | 'added'
  | 'removed'
  | 'moved'
  | 'reworded'
  | 'level-changed'
  | 'indicator-added'
  | 'indicator-removed'
  | 'indicator-changed'
  | 'target-changed'
  | 'link-added'
  | 'link-removed'
  | 'link-changed';

/** Every {@link DiffKind}, in report order. */
export const DIFF_KINDS: readonly DiffKind[] = Object.freeze([
  'added',
  'removed',
  'moved',
  'reworded',
  'level-changed',
  'indicator-added',
  'indicator-removed',
  'indicator-changed',
  'target-changed',
  'link-added',
  'link-removed',
  'link-changed',
]);

/**
 * One change, as a flat row (the same fields for every kind, so it is a CSV or JSON Lines row as
 * it stands). Fields that do not apply to a kind are `null`.
 */
export interface DiffChange {
  /** What changed. */
  readonly kind: DiffKind;
  /** Id of the result in the old version, `null` for `added`. */
  readonly oldId: string | null;
  /** Id of the result in the new version, `null` for `removed`. */
  readonly newId: string | null;
  /** How the two were matched; `null` for `added` and `removed`. */
  readonly matchedBy: MatchBasis | null;
  /** Level key of the result (the new version's; the old one's for `removed`). */
  readonly level: string;
  /** Tier of that level. */
  readonly tier: Tier;
  /** Statement of the result (the new version's; the old one's for `removed`). */
  readonly statement: string;
  /** The indicator: its id when it has one, else its statement; `null` for result-level changes. */
  readonly indicator: string | null;
  /** For `indicator-changed`: which field. */
  readonly field: 'statement' | 'unit' | 'polarity' | 'baseline' | null;
  /** For `target-changed`: the year. */
  readonly year: string | null;
  /**
   * For `link-added`, `link-removed` and `link-changed`: the target of the crosscutting link, as
   * its entry writes it (a local id, or `document-id#result-id`); the new version's, the old one's
   * for `link-removed`.
   */
  readonly link: string | null;
  /**
   * The old value (parent id, statement, level, field value or target; for the link kinds, the
   * link's status in the old version), `null` when there was none (a link only in the new
   * version, or an entry without a status).
   */
  readonly from: string | number | null;
  /** The new value (as `from`; for the link kinds, the status in the new version), `null` when there is none. */
  readonly to: string | number | null;
}

/** One side of a diff, named for reports. */
export interface DiffSide {
  /** The document's `id`, when it has one. */
  readonly id: string | null;
  /** Its title. */
  readonly title: string;
  /** Its number of results. */
  readonly results: number;
}

/** Counts of a diff: changes per kind, and how the matched results were matched. */
export interface DiffSummary {
  /** Number of changes of each kind. */
  readonly changes: Readonly<Record<DiffKind, number>>;
  /** Results matched across the versions, by basis. */
  readonly matched: Readonly<Record<MatchBasis, number>>;
}

/** What {@link diffCascades} returns. */
export interface CascadeDiff {
  /** The old version. */
  readonly old: DiffSide;
  /** The new version. */
  readonly new: DiffSide;
  /**
   * Every change: for each result of the new version in document order, its changes (an added
   * result as one `added` row); then the removed results in the old version's order.
   */
  readonly changes: readonly DiffChange[];
  /** Counts. */
  readonly summary: DiffSummary;
  /** The matched pairs, new id to old id. */
  readonly matches: ReadonlyMap<string, string>;
  /**
   * The results of the new version whose `previous` names no result of the old version (a typo,
   * or another document): their id and the reference as written, in document order.
   */
  readonly unmatchedPrevious: readonly { readonly id: string; readonly previous: string }[];
}

/** Options of {@link diffCascades}. */
export interface DiffOptions {
  /**
   * How alike two statements must be (Dice coefficient of their word sets, 0 to 1) for an
   * unmatched new result to continue an unmatched old one.
   * @default 0.6
   */
  readonly similarity?: number;
  /**
   * Match results by similar statements at all (after `previous` and id).
   * @default true
   */
  readonly matchStatements?: boolean;
}
