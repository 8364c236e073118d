/**
 * The registry of built-in rules, in the order the review runs and reports them. Each rule lives
 * in its own folder under `rules/<rule-id>/` with its tests.
 *
 * @module
 */
import type { RuleModule } from './api.js';
import { rule as indicatorMissing } from './rules/indicator-missing/index.js';
import { rule as leafNotOutput } from './rules/leaf-not-output/index.js';
import { rule as outputHasChildren } from './rules/output-has-children/index.js';
import { rule as orphanResult } from './rules/orphan-result/index.js';
import { rule as singleChild } from './rules/single-child/index.js';
import { rule as outcomeAsActivity } from './rules/outcome-as-activity/index.js';
import { rule as outcomeAsOutput } from './rules/outcome-as-output/index.js';
import { rule as outcomeNotCondition } from './rules/outcome-not-condition/index.js';
import { rule as pseudoOutcome } from './rules/pseudo-outcome/index.js';
import { rule as outputAsActivity } from './rules/output-as-activity/index.js';
import { rule as outputAsOutcome } from './rules/output-as-outcome/index.js';
import { rule as statementAsProblem } from './rules/statement-as-problem/index.js';
import { rule as redundantWording } from './rules/redundant-wording/index.js';
import { rule as compoundStatement } from './rules/compound-statement/index.js';
import { rule as statementAsIndicator } from './rules/statement-as-indicator/index.js';
import { rule as statementLength } from './rules/statement-length/index.js';
import { rule as duplicateSibling } from './rules/duplicate-sibling/index.js';
import { rule as duplicateStatement } from './rules/duplicate-statement/index.js';
import { rule as childRestatesParent } from './rules/child-restates-parent/index.js';
import { rule as indicatorCopiedFromParent } from './rules/indicator-copied-from-parent/index.js';
import { rule as sharedIndicatorTargetMismatch } from './rules/shared-indicator-target-mismatch/index.js';
import { rule as duplicateIndicator } from './rules/duplicate-indicator/index.js';
import { rule as indicatorAsStatement } from './rules/indicator-as-statement/index.js';
import { rule as activityIndicator } from './rules/activity-indicator/index.js';
import { rule as inputIndicator } from './rules/input-indicator/index.js';
import { rule as percentageUndefined } from './rules/percentage-undefined/index.js';
import { rule as outcomeIndicatorOutput } from './rules/outcome-indicator-output/index.js';
import { rule as outcomeIndicatorCount } from './rules/outcome-indicator-count/index.js';
import { rule as outputIndicatorRate } from './rules/output-indicator-rate/index.js';
import { rule as unitMismatch } from './rules/unit-mismatch/index.js';
import { rule as unitVague } from './rules/unit-vague/index.js';
import { rule as targetInIndicator } from './rules/target-in-indicator/index.js';
import { rule as unitMissing } from './rules/unit-missing/index.js';
import { rule as tooManyIndicators } from './rules/too-many-indicators/index.js';
import { rule as indicatorStatementFit } from './rules/indicator-statement-fit/index.js';
import { rule as conditionMeasuredByCount } from './rules/condition-measured-by-count/index.js';
import { rule as formulaMismatch } from './rules/formula-mismatch/index.js';
import { rule as changeHoldsLevel } from './rules/change-holds-level/index.js';
import { rule as targetsMissing } from './rules/targets-missing/index.js';
import { rule as baselineMissing } from './rules/baseline-missing/index.js';
import { rule as targetYearMissing } from './rules/target-year-missing/index.js';
import { rule as targetOutsidePeriod } from './rules/target-outside-period/index.js';
import { rule as baselineAfterTarget } from './rules/baseline-after-target/index.js';
import { rule as targetAgainstPolarity } from './rules/target-against-polarity/index.js';
import { rule as targetWorseThanBaseline } from './rules/target-worse-than-baseline/index.js';
import { rule as polarityMissing } from './rules/polarity-missing/index.js';
import { rule as percentageOutOfRange } from './rules/percentage-out-of-range/index.js';
import { rule as implausibleValue } from './rules/implausible-value/index.js';
import { rule as flatTarget } from './rules/flat-target/index.js';
import { rule as targetJump } from './rules/target-jump/index.js';
import { rule as allCaps } from './rules/all-caps/index.js';
import { rule as mixedScript } from './rules/mixed-script/index.js';
import { rule as suspiciousCharacter } from './rules/suspicious-character/index.js';
import { rule as crosscuttingOwnerMissing } from './rules/crosscutting-owner-missing/index.js';
import { rule as crosscuttingRedundant } from './rules/crosscutting-redundant/index.js';
import { rule as ownerMissing } from './rules/owner-missing/index.js';
import { rule as ownerTierMismatch } from './rules/owner-tier-mismatch/index.js';
import { rule as supportPlacement } from './rules/support-placement/index.js';
import { rule as realisationRepeated } from './rules/realisation-repeated/index.js';
import { rule as targetsCopied } from './rules/targets-copied/index.js';
import { rule as csfUnrealised } from './rules/csf-unrealised/index.js';
import { rule as csfResultMismatch } from './rules/csf-result-mismatch/index.js';
import { rule as contextNotInCsf } from './rules/context-not-in-csf/index.js';
import { rule as realisationWithoutTarget } from './rules/realisation-without-target/index.js';
import { rule as realisationOutsidePeriod } from './rules/realisation-outside-period/index.js';
import { rule as realisationPeriodMissing } from './rules/realisation-period-missing/index.js';
import { rule as realisationPercentageOutOfRange } from './rules/realisation-percentage-out-of-range/index.js';
import { rule as achievementTooHigh } from './rules/achievement-too-high/index.js';
import { rule as achievementTooLow } from './rules/achievement-too-low/index.js';
import { rule as realisationEqualsTarget } from './rules/realisation-equals-target/index.js';
import { rule as nestedMeasureConflict } from './rules/nested-measure-conflict/index.js';
import { rule as targetNotMeasurable } from './rules/target-not-measurable/index.js';
import { rule as downRealisationZero } from './rules/down-realisation-zero/index.js';
import { rule as scaleValueUnknown } from './rules/scale-value-unknown/index.js';
import { rule as ikuManualMissing } from './rules/iku-manual-missing/index.js';
import type { RuleMeta } from './types.js';

/** Base URL of the rules' documentation; a rule's section is `#<rule-id>`. */
export const RULES_DOC_URL = 'https://github.com/pokin-dev/pokin/blob/main/docs/rules.md';

/** Base URL of the rules' documentation in Bahasa Indonesia. */
export const RULES_DOC_URL_ID = 'https://github.com/pokin-dev/pokin/blob/main/docs/aturan.md';

/** Link to a rule's section in `docs/rules.md` (English, the default) or `docs/aturan.md` (Bahasa Indonesia). */
export const ruleUrl = (id: string, locale: 'id' | 'en' = 'en'): string => `${locale === 'id' ? RULES_DOC_URL_ID : RULES_DOC_URL}#${id}`;

/**
 * The ids of the workspace rules (`WORKSPACE_RULES`, which run only in `reviewWorkspace`): a
 * plug-in rule may not take them in the review of one document either. Kept here as words, so the
 * review alone does not load the workspace rules' code; a test checks it against the modules.
 */
export const WORKSPACE_RULE_IDS: readonly string[] = Object.freeze([
  'reference-unresolved',
  'reference-level-order',
  'agency-unlinked',
  'pemda-sasaran-unsupported',
  'crosscutting-one-sided',
  'crosscutting-rejected',
  'indicator-target-conflict',
  'period-mismatch',
]);

/** Every built-in rule module, in report order. */
export const BUILTIN_RULES: readonly RuleModule[] = Object.freeze([
  indicatorMissing,
  leafNotOutput,
  outputHasChildren,
  orphanResult,
  singleChild,
  supportPlacement,
  outcomeAsActivity,
  outcomeAsOutput,
  outcomeNotCondition,
  pseudoOutcome,
  outputAsActivity,
  outputAsOutcome,
  statementAsProblem,
  statementAsIndicator,
  redundantWording,
  compoundStatement,
  statementLength,
  duplicateSibling,
  duplicateStatement,
  childRestatesParent,
  indicatorCopiedFromParent,
  sharedIndicatorTargetMismatch,
  duplicateIndicator,
  indicatorAsStatement,
  activityIndicator,
  inputIndicator,
  percentageUndefined,
  outcomeIndicatorOutput,
  outcomeIndicatorCount,
  outputIndicatorRate,
  unitMismatch,
  unitVague,
  targetInIndicator,
  unitMissing,
  tooManyIndicators,
  indicatorStatementFit,
  conditionMeasuredByCount,
  formulaMismatch,
  changeHoldsLevel,
  targetsMissing,
  targetNotMeasurable,
  baselineMissing,
  targetYearMissing,
  targetOutsidePeriod,
  baselineAfterTarget,
  targetAgainstPolarity,
  targetWorseThanBaseline,
  polarityMissing,
  percentageOutOfRange,
  implausibleValue,
  nestedMeasureConflict,
  flatTarget,
  targetJump,
  targetsCopied,
  allCaps,
  mixedScript,
  suspiciousCharacter,
  crosscuttingOwnerMissing,
  crosscuttingRedundant,
  ownerMissing,
  ownerTierMismatch,
  csfUnrealised,
  csfResultMismatch,
  contextNotInCsf,
  realisationWithoutTarget,
  realisationOutsidePeriod,
  realisationPeriodMissing,
  realisationPercentageOutOfRange,
  achievementTooHigh,
  achievementTooLow,
  realisationEqualsTarget,
  realisationRepeated,
  downRealisationZero,
  scaleValueUnknown,
  ikuManualMissing,
] as RuleModule[]);

/**
 * Every built-in review rule: id, default severity, category, basis, description (id/en) and
 * documentation link. For tools that list the rules; the CLI has no list command: the rules are
 * documented in `docs/rules.md` (`docs/aturan.md` in Bahasa Indonesia), and `pokin review --rule`
 * with an unknown id names every rule id in its error.
 */
export const REVIEW_RULES: readonly RuleMeta[] = Object.freeze(
  BUILTIN_RULES.map((r) =>
    Object.freeze({
      id: r.meta.id,
      defaultSeverity: r.meta.defaultSeverity,
      family: r.meta.category,
      category: r.meta.category,
      basis: r.meta.basis ?? 'practice',
      description: r.meta.description,
      url: ruleUrl(r.meta.id),
    }),
  ),
);

/** The messages of every built-in rule, by rule id then message id. */
export const messages: Readonly<Record<string, RuleModule['meta']['messages']>> = Object.freeze(
  Object.fromEntries(BUILTIN_RULES.map((r) => [r.meta.id, r.meta.messages])),
);
