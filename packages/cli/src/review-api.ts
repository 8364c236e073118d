/**
 * The review as the CLI uses it: `review` and `REVIEW_RULES` from `@pokin/core`.
 *
 * @module
 */
import {
  REVIEW_RULES,
  review,
  type Cascade,
  type Diagnostic,
  type ReviewOptions,
  type RuleEntry,
  type RuleSetting,
  type Severity,
} from '@pokin/core/review';
import type { Locale } from '@pokin/core';

export type { RuleSetting, Severity };

/** One finding, as `@pokin/core`'s `review` returns it. */
export type Finding = Diagnostic;

/** Runs the review. */
export function runReview(
  cascade: Cascade,
  locale: Locale,
  rules: Readonly<Record<string, RuleEntry>>,
  plugins?: ReviewOptions['plugins'],
  asOf?: string,
): readonly Finding[] {
  return review(cascade, { locale, rules, plugins, ...(asOf === undefined ? {} : { asOf }) });
}

/** The ids of every review rule. */
export function ruleIds(plugins: ReviewOptions['plugins'] = []): string[] {
  const ids = REVIEW_RULES.map((r) => r.id);
  for (const p of plugins) {
    if ('meta' in p) ids.push(p.meta.id);
    else for (const r of Array.isArray(p.rules) ? p.rules : Object.values(p.rules)) ids.push((r as { meta: { id: string } }).meta.id);
  }
  return ids;
}
