import type { Budget, Csf, Context, Agency, Period, Indicator, Owner, Signatory } from './schema.js';
import type { LevelScheme } from './levels.js';
import type { ContributionStatus } from './refs.js';

/**
 * One `contributesTo` entry as a record holds it: the target reference (a local id, or
 * `document-id#result-id` for a result of another document; a reference to this document's own
 * `id` is held as the local id) with the request's status and reason when the document gives them.
 */
export interface Contribution {
  /** The result supported: a local id, or `document-id#result-id` of another document. */
  readonly to: string;
  /** Status of the crosscutting request, in its canonical (Indonesian) form. */
  readonly status?: ContributionStatus;
  /** Why (e.g. why it was rejected). */
  readonly reason?: string;
}

/**
 * A result (kinerja) as the {@link Cascade} hands it out: the document's fields, read-only, with
 * `parent`, `contributesTo` and `indicators` always present.
 */
export interface ResultRecord {
  /** Unique id. */
  readonly id: string;
  /** Level key from the cascade's level scheme. */
  readonly level: string;
  /** The result statement. */
  readonly statement: string;
  /** Id of the primary parent, or `null` for a root. */
  readonly parent: string | null;
  /**
   * Crosscutting: ids of further parents in this document, possibly empty. References to results
   * of other documents are not here but in {@link ResultRecord.contributions}.
   */
  readonly contributesTo: readonly string[];
  /**
   * Every `contributesTo` entry in document order, with its status and reason: local ids and
   * references to other documents (`pemda-2026#S2`) alike. Possibly empty.
   */
  readonly contributions: readonly Contribution[];
  /**
   * The primary parent when it is a result of another document (`pemda-2026#S2`); the result is
   * then a root here (`parent` is `null`) until a workspace resolves the reference.
   */
  readonly externalParent?: string;
  /** The result of an earlier version this one continues (`bkpsdm-2025#OP07`), as written. */
  readonly previous?: string;
  /** Indicators (IK), possibly empty. */
  readonly indicators: readonly Readonly<Indicator>[];
  /** Who is accountable. */
  readonly owner?: Readonly<Owner>;
  /** Budget codes. */
  readonly budget?: Readonly<Budget>;
  /** Free text. */
  readonly notes?: string;
}

/** The document-level parts of a cascade (everything but the results). */
export interface CascadeMeta {
  /** The document's `id` (a slug such as `dinkes-2026`). */
  readonly id?: string;
  /** Title of the tree. */
  readonly title: string;
  /** The agency it belongs to. */
  readonly agency?: Readonly<Agency>;
  /** The planning period. */
  readonly period?: Readonly<Period>;
  /** Who signs the printed tables. */
  readonly signatory?: Readonly<Signatory>;
  /** Langkah 1 context. */
  readonly context?: Readonly<Context>;
  /** Langkah 2 critical success factors. */
  readonly csf?: readonly Readonly<Csf>[];
  /** The `levels` field as written: a preset name, an inline list, or undefined for the default. */
  readonly levelsSpec?: string | LevelScheme;
}
