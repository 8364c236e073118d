/**
 * The rule API of the review, modelled on ESLint and stylelint: a rule is a module with a `meta`
 * (id, default severity, category, messages in `id` and `en`, an options schema in zod) and a
 * `create(context)` that returns visitors. The engine walks the cascade once and calls each
 * visitor; rules ask the engine's query API (parent, children, siblings, tier, the scheme's
 * meaning of a level, normalised words, indicator facts) and report through `context.report`.
 *
 * @module
 */
import type { $ZodType } from 'zod/v4/core';
import type { Cascade } from '../cascade.js';
import type { Level, Tier } from '../levels.js';
import type { Locale } from '../renderer.js';
import type { Workspace } from '../workspace/workspace.js';
import type { ResultRecord } from '../result.js';
import type { Indicator, Value } from '../schema.js';
import type { LocalizedText, Severity } from './types.js';

/**
 * A message of a rule in both languages. `{name}` marks a placeholder filled from the report's
 * `data`; both texts must use the same placeholders (a test checks every built-in rule).
 */
export interface MessageTemplate {
  /** Bahasa Indonesia, in the words of a Laporan Hasil Reviu. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

/** Categories of rules, for documentation and listings. */
export type RuleCategory =
  'structure' | 'statement' | 'duplicates' | 'indicator' | 'target' | 'text' | 'crosscutting' | 'csf' | 'cascading' | (string & {});

/** Where a rule's expectation comes from: the regulation (PermenPAN-RB 89/2021) or evaluator practice. */
export type RuleBasis = 'regulation' | 'practice';

/** What a rule declares about itself. */
export interface RuleModuleMeta<Options = Record<string, never>> {
  /** Stable kebab-case id; a plug-in's ids should carry a prefix (`prov-jatim/...`). */
  readonly id: string;
  /** Severity when the options do not change it; `'off'` for a rule that runs only when a config turns it on. */
  readonly defaultSeverity: Severity | 'off';
  /** Category (for listings and docs). */
  readonly category: RuleCategory;
  /** One sentence on what the rule checks, in both languages. */
  readonly description: LocalizedText;
  /** Regulation or evaluator practice (see `docs/rules.md`). @default 'practice' */
  readonly basis?: RuleBasis;
  /** The messages the rule reports with, by message id. */
  readonly messages: Readonly<Record<string, MessageTemplate>>;
  /**
   * Options schema (zod 4: `zod/mini`, as the built-in rules write it, or classic `zod`). The
   * user's options are parsed through it, so its defaults are the documented defaults; an invalid
   * value is a `UsageError` naming the rule.
   */
  readonly options?: $ZodType<Options>;
  /** Link to the rule's documentation. @default the rule's section of `docs/rules.md` */
  readonly url?: string;
}

/** A review rule: metadata and the visitors it creates per review. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of rules holds rules of any options
export interface RuleModule<Options = any> {
  /** What the rule is. */
  readonly meta: RuleModuleMeta<Options>;
  /** Called once per review; returns the visitors the engine calls during its single pass. */
  create(context: RuleContext<Options>): RuleVisitors;
}

/**
 * What the engine calls, in this order: `document` once, then for each result in document order
 * `result` followed by `indicator` for each of its indicators, then `exit` once.
 */
export interface RuleVisitors {
  /** Once, before the results. */
  document?(doc: DocumentView): void;
  /** Once per result, in document order. */
  result?(result: ResultNode): void;
  /** Once per indicator, after its result's `result` visitor. */
  indicator?(indicator: IndicatorNode): void;
  /** Once, after every result: for rules that compare across the tree. */
  exit?(): void;
}

/** One finding as a rule reports it. */
export interface ReportDescriptor {
  /** A key of the rule's `meta.messages`. */
  readonly messageId: string;
  /**
   * Values for the message's `{placeholders}`; a value may differ by language. A number is written
   * with the language's decimal mark (`95,16` in Bahasa Indonesia, `95.16` in English).
   */
  readonly data?: Readonly<Record<string, string | number | LocalizedText>>;
  /** The result concerned. */
  readonly result?: ResultNode;
  /** The indicator concerned (its result is implied). */
  readonly indicator?: IndicatorNode;
  /** Where in the document, e.g. `results[3].indicators[0].unit`; derived from the node when omitted. */
  readonly path?: string;
}

/** What a rule receives in `create`. */
export interface RuleContext<Options = Record<string, never>> {
  /** The rule's id. */
  readonly id: string;
  /** The rule's options after its schema (defaults applied). */
  readonly options: Options;
  /** Language the review reports in. */
  readonly locale: Locale;
  /** The day the review looks from, `YYYY-MM-DD` (the `asOf` option, default today). */
  readonly asOf: string;
  /** The cascade under review (public API only). */
  readonly cascade: Cascade;
  /** Every result, in document order. */
  readonly results: readonly ResultNode[];
  /** The scheme's levels with what the review makes of them. */
  readonly levels: readonly LevelView[];
  /** The document-level parts. */
  readonly document: DocumentView;
  /** A result by id. */
  result(id: string): ResultNode | undefined;
  /** Reports a finding. Throws when `messageId` is not in the rule's `meta.messages`. */
  report(descriptor: ReportDescriptor): void;
  /** Text helpers shared by every rule (normalisation, stemming, synonyms). */
  readonly text: TextTools;
  /**
   * The workspace, when `reviewWorkspace` runs a workspace rule over the combined cascade (whose
   * result ids are qualified: `dinkes-2026#IM3`); undefined in the review of one document.
   */
  readonly workspace?: Workspace;
}

/** Text helpers. */
export interface TextTools {
  /** Comparison form: NFKC, look-alikes mapped, lower case, one space between words. */
  normalize(text: string): string;
  /** Stem of one lower-case word (documented Indonesian affix rules; see `docs/decisions.md`). */
  stem(word: string): string;
  /** Content stems of a text: synonyms unified, connectives left out, stemmed, sorted, unique. */
  contentStems(text: string): readonly string[];
  /** A statement quoted for a message, shortened when long. */
  quote(text: string, max?: number): string;
}

/**
 * What a level is for the review. `outcome` levels state conditions measured by rates and
 * indices; `output` levels state products or services measured by counts; `program`, `kegiatan`
 * and `sub-kegiatan` carry Renstra nomenclature; `other` levels are not judged by form.
 */
export type LevelRole = 'outcome' | 'output' | 'program' | 'kegiatan' | 'sub-kegiatan' | 'other';

/** A level of the scheme as the review sees it. */
export interface LevelView {
  /** The scheme's level. */
  readonly level: Level;
  /** Position in the scheme, 0 at the top. */
  readonly rank: number;
  /** Its tier (strategis, urusan, taktis, operasional). */
  readonly tier: Tier;
  /** What the level means. */
  readonly role: LevelRole;
  /** Where branches are expected to end (the output or sub kegiatan level). */
  readonly leaf: boolean;
  /** The level's label in the review's locale, lower case for running text where the scheme's label is a common word. */
  readonly label: LocalizedText;
}

/** The document-level parts, as a rule reads them. */
export interface DocumentView {
  /** The cascade. */
  readonly cascade: Cascade;
  /** Years of the period, when it is set. */
  readonly period?: { readonly start: number; readonly end: number };
  /** Number of results. */
  readonly size: number;
  /** Number of indicators. */
  readonly indicatorCount: number;
}

/** What the first word of a statement says about its form. */
export type StatementForm = 'condition' | 'output' | 'activity' | 'problem' | 'other';

/** A result with the engine's query API. */
export interface ResultNode {
  /** Position in document order. */
  readonly index: number;
  /** The record as the cascade hands it out. */
  readonly record: ResultRecord;
  /** Result id. */
  readonly id: string;
  /** The statement as written. */
  readonly statement: string;
  /** The level (undefined when the key is not in the scheme). */
  readonly level: LevelView | undefined;
  /** Tier of its level. */
  readonly tier: Tier | undefined;
  /** Primary parent. */
  readonly parent: ResultNode | undefined;
  /** Primary parent, then further parents (`contributesTo`), each once. */
  readonly parents: readonly ResultNode[];
  /** Results whose primary parent this is, in document order. */
  readonly children: readonly ResultNode[];
  /** Number of results below it: primary children plus crosscutting contributors. */
  readonly childCount: number;
  /** The other children of its primary parent (the other roots for a root). */
  readonly siblings: readonly ResultNode[];
  /** Its indicators. */
  readonly indicators: readonly IndicatorNode[];
  /** Normalised statement (see {@link TextTools.normalize}). */
  readonly norm: string;
  /** First word of the normalised statement. */
  readonly head: string;
  /** Form of the statement read from its head. */
  readonly form: StatementForm;
  /** Content stems (see {@link TextTools.contentStems}) without the leading predicate. */
  readonly stems: readonly string[];
  /** True when both results have {@link ResultNode.stems} and they are the same (compared as numbers, without making the lists). */
  sameStems(other: ResultNode): boolean;
  /** Fuzzy identity of the whole statement: its content stems with the predicate, sorted, unique, joined by spaces. */
  readonly key: string;
  /**
   * True when another result has the same {@link ResultNode.key} (not empty): only such a result
   * can be a duplicate, so a duplicate rule asks this before keeping the result in a table.
   */
  readonly keyShared: boolean;
  /** `results[i]` or `results[i].field`. */
  path(field?: string): string;
}

/** Kind of measure an indicator names. */
export type MeasureKind = 'percent' | 'index' | 'rate' | 'count' | 'other';
/** Kind of a unit. */
export type UnitKind = 'percent' | 'index' | 'count' | 'currency' | 'time' | 'vague' | 'other';

/** A baseline or target value read as a number or a grade. */
export interface ValuePoint {
  /** The year. */
  readonly year: string;
  /** The value as written. */
  readonly raw: Value;
  /** The number, or the grade's rank on its scale. */
  readonly score: number;
  /** `number`, `sakip` (AA..D) or `opini` (WTP..TMP). */
  readonly scale: string;
  /** True for the baseline. */
  readonly baseline: boolean;
}

/** An indicator with the engine's query API. */
export interface IndicatorNode {
  /** Its result. */
  readonly result: ResultNode;
  /** Position in its result's `indicators`. */
  readonly index: number;
  /** The indicator as written. */
  readonly record: Readonly<Indicator>;
  /** Normalised statement. */
  readonly norm: string;
  /** Measure its wording names ("Persentase" percent, "Indeks" index, "Jumlah" count ...). */
  readonly measure: MeasureKind;
  /** First word of the normalised statement (`persentase` for one written "% Desa ..."). */
  readonly head: string;
  /** For a count, the noun counted ("Jumlah dokumen ..." → `dokumen`). */
  readonly counted: string | undefined;
  /** The unit trimmed, undefined when blank. */
  readonly unit: string | undefined;
  /** Kind of the unit. */
  readonly unitKind: UnitKind | undefined;
  /** Direction: the stated polarity, else what the wording implies. */
  readonly direction: 'up' | 'down' | 'range' | undefined;
  /** Where {@link IndicatorNode.direction} comes from. */
  readonly directionSource: 'stated' | 'wording' | 'default' | 'none';
  /** Words of the normalised statement. */
  readonly words: readonly string[];
  /**
   * Baseline (when before the first target) and targets that read as numbers or grades, in year
   * order; a kondisi awal or first targets of 0 before a level no plan reaches from nothing in a
   * year (0, 0, 70,5, 71) are left out as cells not filled in.
   */
  readonly values: readonly ValuePoint[];
  /** Content stems of the statement, sorted, unique. */
  readonly stems: readonly string[];
  /** Fuzzy identity of the statement: {@link IndicatorNode.stems} joined by spaces. */
  readonly key: string;
  /** True when another indicator (of any result) has the same {@link IndicatorNode.key} (not empty). */
  readonly keyShared: boolean;
  /** Target years in ascending order. */
  readonly years: readonly string[];
  /** The target of a year. */
  target(year: string): Value | undefined;
  /** `results[i].indicators[k]` or with a field. */
  path(field?: string): string;
  /** `id "statement"` or `"statement"`, for messages. */
  readonly label: string;
}

/** Defines a rule with its types checked. */
export function defineRule<Options = Record<string, never>>(rule: RuleModule<Options>): RuleModule<Options> {
  return rule;
}
