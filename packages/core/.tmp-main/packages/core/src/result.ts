import type { Budget, Csf, Context, Agency, Period, Indicator, Owner, CascadeDocument } from './schema.js';
import type { LevelScheme } from './levels.js';

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
  /** Crosscutting: ids of further parents, possibly empty. */
  readonly contributesTo: readonly string[];
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
  /** Title of the tree. */
  readonly title: string;
  /** The agency it belongs to. */
  readonly agency?: Readonly<Agency>;
  /** The planning period. */
  readonly period?: Readonly<Period>;
  /** Langkah 1 context. */
  readonly context?: Readonly<Context>;
  /** Langkah 2 critical success factors. */
  readonly csf?: readonly Readonly<Csf>[];
  /** The `levels` field as written: a preset name, an inline list, or undefined for the default. */
  readonly levelsSpec?: string | LevelScheme;
}

/** The canonical document form; what {@link Cascade.toDocument} returns. */
export type CanonicalDocument = CascadeDocument;
