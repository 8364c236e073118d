/**
 * The review (reviu pohon kinerja): rules, their registry and message catalogue.
 *
 * @module
 */
export { countBySeverity, formatDiagnostic, resolveRuleSettings, review } from './review.js';
export { REVIEW_RULES, RULES_DOC_URL, ruleUrl } from './registry.js';
export { messages } from './messages.js';
export type { MessageName } from './messages.js';
export { parseIndonesianNumber, readValue } from './number.utils.js';
export type { ReadValue } from './number.utils.js';
export type { Diagnostic, LocalizedText, ReviewOptions, RuleFamily, RuleMeta, RuleSetting, Severity } from './types.js';
