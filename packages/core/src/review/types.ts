/**
 * Public types of the review (reviu pohon kinerja).
 *
 * @module
 */
import type { Locale } from '../renderer.js';
import type { RuleBasis, RuleCategory, RuleModule } from './api.js';

/** How serious a finding is. `error`: the tree is wrong; `warning`: it should be fixed; `info`: worth a look. */
export type Severity = 'error' | 'warning' | 'info';

/** What a rule may be set to in {@link ReviewOptions.rules}: a severity, or `'off'`. */
export type RuleSetting = Severity | 'off';

/** The category a rule belongs to (kept under its old name, `family`). */
export type RuleFamily = RuleCategory;

/**
 * A rule's entry in {@link ReviewOptions.rules}: a setting, or ESLint's `[setting, options]`
 * where the options go through the rule's schema (`['info', { maxWords: 30 }]`).
 */
export type RuleEntry = RuleSetting | readonly [RuleSetting, unknown?];

/** A set of third-party rules, such as a province's own. */
export interface ReviewPlugin {
  /** Name, for messages (`prov-jatim`). */
  readonly name?: string;
  /** The rules, as a list or by id. */
  readonly rules: readonly RuleModule[] | Readonly<Record<string, RuleModule>>;
}

/** A text in Bahasa Indonesia (`id`) and English (`en`). */
export interface LocalizedText {
  /** Bahasa Indonesia. */
  readonly id: string;
  /** English. */
  readonly en: string;
}

/** One finding of the review. */
export interface Diagnostic {
  /** Id of the rule that found it, e.g. `indicator-missing`. */
  readonly rule: string;
  /** Severity after the options were applied. */
  readonly severity: Severity;
  /** What is wrong and how to fix it, in the requested locale. */
  readonly message: string;
  /** The result concerned, when there is one. */
  readonly resultId?: string;
  /** The indicator's `id`, when the finding is about an indicator that has one. */
  readonly indicatorId?: string;
  /** Position of the indicator in its result's `indicators` (0-based), when the finding is about an indicator. */
  readonly indicatorIndex?: number;
  /** Where in the document, e.g. `results[3].indicators[0].unit`. */
  readonly path?: string;
  /** Link to the rule's section in `docs/rules.md`. */
  readonly url?: string;
  /** In a workspace review: the id of the document the finding is in. */
  readonly document?: string;
}

/** Options of {@link review}, like a linter's config. */
export interface ReviewOptions {
  /**
   * Language of the messages.
   * @default 'id'
   */
  readonly locale?: Locale;
  /**
   * Per rule id: `'off'` to turn the rule off, or a severity to use instead of its default, or
   * `[setting, options]` with the rule's options. An id that is not a rule throws a `UsageError`.
   * @default {} (every rule on, at its default severity and default options)
   */
  readonly rules?: Readonly<Record<string, RuleEntry>>;
  /**
   * Third-party rules: rule modules (`{ meta, create }`) or plug-ins (`{ name, rules }`). They run
   * after the built-in rules and are configured through {@link ReviewOptions.rules} like them.
   * @default []
   */
  readonly plugins?: readonly (RuleModule | ReviewPlugin)[];
  /**
   * The day the review looks from (`YYYY-MM-DD` or a `Date`), for rules about the year so far
   * (a past quarter without its realisation).
   * @default today
   */
  readonly asOf?: string | Date;
}

/** What {@link REVIEW_RULES} lists for each rule. */
export interface RuleMeta {
  /** Stable kebab-case id; also the anchor of the rule's section in `docs/rules.md`. */
  readonly id: string;
  /** Severity when the options do not change it (`'off'`: runs only when turned on). */
  readonly defaultSeverity: RuleSetting;
  /** Category (the former `family`). */
  readonly family: RuleFamily;
  /** Category. */
  readonly category: RuleCategory;
  /** Regulation (PermenPAN-RB 89/2021) or evaluator practice. */
  readonly basis: RuleBasis;
  /** One sentence on what the rule checks. */
  readonly description: LocalizedText;
  /** Link to the rule's section in `docs/rules.md`. */
  readonly url: string;
}
