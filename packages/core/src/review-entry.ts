/**
 * `@pokin/core/review`: parsing and reviewing a tree, without the rest of `@pokin/core` (tables,
 * achievement, workspace, diff, report labels). A page or a command that only reviews loads less
 * code this way; the `pokin review` command imports it.
 *
 * The names are the same objects as those of `@pokin/core`: both entries share one build of the
 * parser, the {@link Cascade} class and the review, so a cascade parsed here is an `instanceof`
 * the `Cascade` a plug-in imports from `@pokin/core`, and a rule made with {@link defineRule}
 * here is one the root entry's {@link review} runs.
 *
 * @module review
 */
export { Cascade } from './cascade.js';
export { CascadeError, RuleOptionsError, UsageError } from './errors.js';
export type { CascadeIssue, CascadeIssueCode } from './errors.js';
export { LEVEL_PRESETS, isLevelPresetName } from './levels.js';
export type { Level, LevelPresetName, LevelScheme, Tier } from './levels.js';
export { parseCascade, safeParseCascade } from './parse.js';
export type { ParseCascadeOptions, SafeParseCascadeResult } from './parse.js';
export { formatIssue } from './parse/messages.js';
export type { IssueParams } from './parse/messages.js';
export type { Locale } from './renderer.js';
export type { CascadeDocument } from './schema.js';
export { REVIEW_RULES, defineRule, resolveRuleSettings, review } from './review/index.js';
export type {
  Diagnostic,
  DocumentView,
  IndicatorNode,
  LevelRole,
  LevelView,
  LocalizedText,
  MeasureKind,
  MessageTemplate,
  ReportDescriptor,
  ResultNode,
  ReviewOptions,
  ReviewPlugin,
  RuleBasis,
  RuleCategory,
  RuleContext,
  RuleEntry,
  RuleFamily,
  RuleMeta,
  RuleModule,
  RuleModuleMeta,
  RuleSetting,
  RuleVisitors,
  Severity,
  StatementForm,
  TextTools,
  UnitKind,
  ValuePoint,
} from './review/index.js';
