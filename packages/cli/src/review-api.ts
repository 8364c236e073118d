/**
 * The review as the CLI uses it: `review` and `REVIEW_RULES` from `@pokin/core`.
 *
 * @module
 */
import { REVIEW_RULES, review, type Cascade, type Diagnostic, type Locale, type RuleSetting, type Severity } from '@pokin/core';

export type { RuleSetting, Severity };

/** One finding, as `@pokin/core`'s `review` returns it. */
export type Finding = Diagnostic;

/** Runs the review. */
export function runReview(cascade: Cascade, locale: Locale, rules: Readonly<Record<string, RuleSetting>>): readonly Finding[] {
  return review(cascade, { locale, rules });
}

/** The ids of every review rule. */
export function ruleIds(): string[] {
  return REVIEW_RULES.map((r) => r.id);
}
