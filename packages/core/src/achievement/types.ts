/**
 * Public types of {@link achievement}: the options and what it hands back per indicator, per
 * result, per tier and for the document.
 *
 * @module
 */
import type { Tier } from '../levels.js';
import type { ResultRecord } from '../result.js';
import type { Indicator, Value } from '../schema.js';

/** A period of a year: a quarter (`q1` ... `q4`) or a month (`m01` ... `m12`). */
export type PeriodKey = 'q1' | 'q2' | 'q3' | 'q4' | `m${'01' | '02' | '03' | '04' | '05' | '06' | '07' | '08' | '09' | '10' | '11' | '12'}`;

/**
 * How capaian is computed when lower is better (`polarity: down`):
 * - `difference`: `(2t - r) / t`, the formula of the national guidance on performance reporting
 *   ("rencana - (realisasi - rencana) / rencana", PermenPAN-RB 53/2014 practice; PermenPAN-RB
 *   6/2022 writes it `1 + (1 - r/t)`), the default;
 * - `inverse`: `t / r`, used by some agencies (undefined for a realisation of 0).
 */
export type DownMethod = 'difference' | 'inverse';

/**
 * How results, tiers and the document roll up:
 * - `plain`: a result's capaian is the mean of its indicators'; a tier's (or a subtree's, or the
 *   document's) is the mean of its results' capaian, every result counting once;
 * - `weighted`: a tier's (subtree's, document's) capaian is the mean over all its indicators, so a
 *   result weighs as many indicators as it has measured. A result's own capaian is the same in both.
 */
export type MeanMethod = 'plain' | 'weighted';

/** Options of {@link achievement}. */
export interface AchievementOptions {
  /** The year measured, e.g. `2026`. */
  readonly year: number | string;
  /** Measure the year as of the end of this period (`q2`, `m06`); @default the year's latest period */
  readonly period?: PeriodKey;
  /** Formula when lower is better. @default 'difference' */
  readonly method?: DownMethod;
  /** Plain or weighted mean for roll-ups. @default 'plain' */
  readonly mean?: MeanMethod;
}

/** Which formula gave an indicator's capaian. */
export type AchievementFormula =
  /** `r / t` (higher is better). */
  | 'ratio'
  /** `(2t - r) / t` (lower is better, the default). */
  | 'difference'
  /** `t / r` (lower is better, the alternative). */
  | 'inverse'
  /** A target band: 100 inside, the nearer bound's formula outside. */
  | 'band'
  /** Text values compared by their scores on the indicator's scale (or the SAKIP / BPK grades). */
  | 'scale';

/** Why an indicator has no capaian. */
export type AchievementGap =
  /** No target for the year. */
  | 'no-target'
  /** No realisation for the year (or none up to the period). */
  | 'no-realisation'
  /** Target and realisation cannot be compared (free text, a value off the scale, a target of 0). */
  | 'not-comparable';

/** One period's realisation. */
export interface PeriodValue {
  readonly period: PeriodKey;
  readonly value: Value;
}

/** The capaian of one indicator. */
export interface IndicatorAchievement {
  /** The result that holds it. */
  readonly resultId: string;
  /** Its position among the result's indicators. */
  readonly index: number;
  /** The indicator as the document has it. */
  readonly indicator: Readonly<Indicator>;
  /** The year's target. */
  readonly target?: Value;
  /** The year's value of the realisation (as of `period`), by `yearValue` from its periods. */
  readonly realisation?: Value;
  /** The periods written so far (up to `period`), in order; empty for a single year value. */
  readonly periods: readonly PeriodValue[];
  /** Capaian in percent (100 = target met). */
  readonly percent?: number;
  /** The formula used. */
  readonly formula?: AchievementFormula;
  /** Why `percent` is missing. */
  readonly gap?: AchievementGap;
  /** The year value of the previous year's realisation. */
  readonly previous?: Value;
  /** The Renstra end year (`period.end`, else the last target year). */
  readonly endYear?: string;
  /** The Renstra end target. */
  readonly endTarget?: Value;
  /** Capaian of this realisation against the end target, in percent. */
  readonly endPercent?: number;
}

/** The capaian of one result. */
export interface ResultAchievement {
  readonly result: ResultRecord;
  readonly tier: Tier;
  /** Mean of its indicators' capaian. */
  readonly percent?: number;
  /** Roll-up over the result and its primary descendants (by the `mean` option). */
  readonly subtreePercent?: number;
  /** How many of its indicators have a capaian. */
  readonly measured: number;
  readonly indicators: readonly IndicatorAchievement[];
}

/** The capaian of a tier or of the document. */
export interface AchievementSummary {
  /** Capaian in percent by the `mean` option. */
  readonly percent?: number;
  /** Results in it. */
  readonly results: number;
  /** Results with a capaian. */
  readonly measuredResults: number;
  /** Indicators in it. */
  readonly indicators: number;
  /** Indicators with a capaian. */
  readonly measuredIndicators: number;
}

/** What {@link achievement} hands back. */
export interface AchievementReport {
  readonly year: string;
  readonly period?: PeriodKey;
  readonly method: DownMethod;
  readonly mean: MeanMethod;
  /** Every result, in document order. */
  readonly results: readonly ResultAchievement[];
  /** A result's capaian by id. */
  result(id: string): ResultAchievement | undefined;
  /** Per tier that has results, top first. */
  readonly tiers: readonly (AchievementSummary & { readonly tier: Tier })[];
  /** The whole document. */
  readonly document: AchievementSummary;
}
