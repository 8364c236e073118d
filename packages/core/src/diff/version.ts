/**
 * What {@link diffCascades} reads of each version ({@link DiffVersion}; a `Cascade` is one).
 *
 * @module
 */
import type { LevelScheme } from '../levels.js';
import type { ResultRecord } from '../result.js';
import type { Baseline, Polarity, Value } from '../schema.js';

/** The fields of an indicator (IK) the diff compares (an indicator of a `Cascade` has them). */
export interface DiffIndicator {
  /** Its id, when it has one. */
  readonly id?: string | undefined;
  /** The indicator as written. */
  readonly statement: string;
  /** Its unit (satuan). */
  readonly unit?: string | undefined;
  /** Whether higher or lower is better. */
  readonly polarity?: Polarity | undefined;
  /** Its baseline (kondisi awal). */
  readonly baseline?: Baseline | undefined;
  /** Its targets by year (`"2026"`). */
  readonly targets?: Readonly<Record<string, Value>> | undefined;
}

/**
 * The fields of a result the diff reads. Of its `contributions` (crosscutting entries), only each
 * entry's `to` and `status` are read.
 */
export interface DiffResult extends Pick<
  ResultRecord,
  'id' | 'level' | 'statement' | 'parent' | 'externalParent' | 'previous' | 'contributions'
> {
  /** Its indicators. */
  readonly indicators: readonly DiffIndicator[];
}

/** One version of a tree as the diff reads it. A `Cascade` is one. */
export interface DiffVersion {
  /** The document's `id`, when it has one. */
  readonly id: string | undefined;
  /** Its title. */
  readonly title: string;
  /** Its number of results. */
  readonly size: number;
  /** Its level scheme. */
  readonly levels: LevelScheme;
  /** Every result, in document order. */
  results(): readonly DiffResult[];
  /** The result with this id, or `undefined`. */
  result(id: string): DiffResult | undefined;
  /** True when a result has this id. */
  has(id: string): boolean;
}

/**
 * Where a result read by `readDiffVersion` keeps its `indicators` list as written (the text, `''`
 * without one). Two results whose texts are equal have equal indicators, so the diff has nothing
 * to compare and never builds them. Not exported from the package.
 */
export const INDICATORS_TEXT: unique symbol = Symbol('pokin.indicatorsText');

/** True when both results keep their indicators' text and the two are the same. */
export function sameIndicatorsText(a: DiffResult, b: DiffResult): boolean {
  const x = (a as { [INDICATORS_TEXT]?: string })[INDICATORS_TEXT];
  return x !== undefined && x === (b as { [INDICATORS_TEXT]?: string })[INDICATORS_TEXT];
}
