/**
 * The review (reviu pohon kinerja): the engine, the rule API, the built-in rules and their registry.
 *
 * @module
 */
export { countBySeverity, formatDiagnostic, resolveRuleSettings, review } from './review.js';
export { collectRules } from './collect.js';
export { BUILTIN_RULES, REVIEW_RULES, RULES_DOC_URL, RULES_DOC_URL_ID, messages, ruleUrl } from './registry.js';
export { defineRule } from './api.js';
export type {
  DocumentView,
  IndicatorNode,
  LevelRole,
  LevelView,
  MeasureKind,
  MessageTemplate,
  ReportDescriptor,
  ResultNode,
  RuleBasis,
  RuleCategory,
  RuleContext,
  RuleModule,
  RuleModuleMeta,
  RuleVisitors,
  StatementForm,
  TextTools,
  UnitKind,
  ValuePoint,
} from './api.js';
export { parseIndonesianNumber, readValue } from './number.utils.js';
export type { ReadValue } from './number.utils.js';
export type {
  Diagnostic,
  LocalizedText,
  ReviewOptions,
  ReviewPlugin,
  RuleEntry,
  RuleFamily,
  RuleMeta,
  RuleSetting,
  Severity,
} from './types.js';
