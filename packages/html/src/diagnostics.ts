/**
 * The findings the review table shows: the ones given in the options, or the core review's.
 *
 * @module
 */
import { review } from '@pokin/core';
import type { Cascade, Diagnostic, Locale, RuleSetting } from '@pokin/core';

/** The findings to show, in the order given (the core review's order when the renderer runs it). */
export function findings(
  cascade: Cascade,
  given: readonly Diagnostic[] | undefined,
  rules: Readonly<Record<string, RuleSetting>> | undefined,
  locale: Locale,
): readonly Diagnostic[] {
  if (given !== undefined) return given;
  return review(cascade, rules === undefined ? { locale } : { locale, rules });
}
