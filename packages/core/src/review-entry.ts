/**
 * `@pokin/core/review`: parsing and reviewing a tree, without the rest of `@pokin/core` (tables,
 * achievement, workspace, diff, report labels). A page or a command that only reviews loads less
 * code this way; the `pokin review` command imports it. Types that are not here (`CascadeDocument`,
 * `Locale`, ...) come from `@pokin/core` at no cost: a type import loads nothing.
 *
 * The names are the same objects as those of `@pokin/core`: both entries share one build of the
 * parser, the {@link Cascade} class and the review, so a cascade parsed here is an `instanceof`
 * the `Cascade` a plug-in imports from `@pokin/core`, and a rule made with {@link defineRule}
 * here is one the root entry's {@link review} runs.
 *
 * @module review
 */
// The document: its class, parser, issues and level schemes.
export { Cascade } from './cascade.js';
export {
  CascadeError,
  NotFoundError,
  PokinError,
  RuleError,
  RuleOptionsError,
  UsageError,
  type CascadeIssue,
  type CascadeIssueCode,
  type RuleProblem,
} from './errors.js';
export { LEVEL_PRESETS, isLevelPresetName, type Level, type LevelPresetName, type LevelScheme, type Tier } from './levels.js';
export { parseCascade, safeParseCascade, type ParseCascadeOptions, type SafeParseCascadeResult } from './parse.js';
export { formatIssue, type IssueParams } from './parse/messages.js';

// The review: the engine, the built-in rules and the rule API.
export {
  REVIEW_RULES,
  defineRule,
  resolveRuleSettings,
  review,
  type Diagnostic,
  type DocumentView,
  type IndicatorNode,
  type LevelRole,
  type LevelView,
  type LocalizedText,
  type MeasureKind,
  type MessageTemplate,
  type ReportDescriptor,
  type ResultNode,
  type ReviewOptions,
  type ReviewPlugin,
  type RuleBasis,
  type RuleCategory,
  type RuleContext,
  type RuleEntry,
  type RuleFamily,
  type RuleMeta,
  type RuleModule,
  type RuleModuleMeta,
  type RuleSetting,
  type RuleVisitors,
  type Severity,
  type StatementForm,
  type TextTools,
  type UnitKind,
  type ValuePoint,
} from './review/index.js';
