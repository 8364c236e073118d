/**
 * How a rule is defined: its metadata, the catalogue messages it uses, and its check.
 *
 * @module
 */
import type { Finding, ReviewContext } from './context.js';
import type { MessageName } from './messages.js';
import type { LocalizedText, RuleFamily, Severity } from './types.js';

/** A review rule. */
export interface RuleDefinition {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Severity when the options do not change it. */
  readonly defaultSeverity: Severity;
  /** Family (source file). */
  readonly family: RuleFamily;
  /** What the rule checks. */
  readonly description: LocalizedText;
  /** The catalogue messages the rule reports with. */
  readonly messages: readonly MessageName[];
  /** Runs the rule over the context, reporting each finding. */
  check(ctx: ReviewContext, report: (finding: Finding) => void): void;
}

/** Identity helper that freezes and types a rule definition. */
export function defineRule(rule: RuleDefinition): RuleDefinition {
  return Object.freeze(rule);
}
