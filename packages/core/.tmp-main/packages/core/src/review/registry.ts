/**
 * The rule registry: every rule, in the order the review runs and reports them.
 *
 * @module
 */
import type { RuleDefinition } from './rule.js';
import { crosscuttingRules } from './rules/crosscutting.js';
import { csfRules } from './rules/csf.js';
import { duplicateRules } from './rules/duplicates.js';
import { indicatorRules } from './rules/indicator.js';
import { statementRules } from './rules/statement.js';
import { structureRules } from './rules/structure.js';
import { targetRules } from './rules/target.js';
import { textRules } from './rules/text.js';
import type { RuleMeta } from './types.js';

/** Base URL of the rules' documentation; a rule's section is `#<rule-id>`. */
export const RULES_DOC_URL = 'https://github.com/pokin-dev/pokin/blob/main/docs/rules.md';

/** Link to a rule's section in `docs/rules.md`. */
export const ruleUrl = (id: string): string => `${RULES_DOC_URL}#${id}`;

/** Every rule definition, in report order. */
export const RULE_DEFINITIONS: readonly RuleDefinition[] = Object.freeze([
  ...structureRules,
  ...statementRules,
  ...duplicateRules,
  ...indicatorRules,
  ...targetRules,
  ...textRules,
  ...crosscuttingRules,
  ...csfRules,
]);

/** Every review rule: id, default severity, family, description (id/en) and documentation link. For docs and `pokin review --list`. */
export const REVIEW_RULES: readonly RuleMeta[] = Object.freeze(
  RULE_DEFINITIONS.map((r) =>
    Object.freeze({ id: r.id, defaultSeverity: r.defaultSeverity, family: r.family, description: r.description, url: ruleUrl(r.id) }),
  ),
);

/** Rule position by id. */
export const RULE_ORDER: ReadonlyMap<string, number> = new Map(RULE_DEFINITIONS.map((r, i) => [r.id, i]));
