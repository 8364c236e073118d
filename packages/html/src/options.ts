/**
 * The options of {@link renderHtml}, and the settings they resolve to. Options are resolved once,
 * at the entry; the rest of the renderer reads settings only.
 *
 * @module
 */
import { optionChecks } from '@pokin/core';
import type { Diagnostic, Locale, RuleSetting, UnusedLevels } from '@pokin/core';

/** The parts of the output, in the order they appear. */
export type HtmlSection = 'context' | 'csf' | 'worksheet' | 'matrix' | 'review';

/** All sections, in output order. */
export const HTML_SECTIONS: readonly HtmlSection[] = Object.freeze(['context', 'csf', 'worksheet', 'matrix', 'review']);

/** Who signs a printed table (the matrix): place and date, name, position, NIP. */
export interface HtmlSignatory {
  readonly place?: string;
  readonly date?: string;
  readonly name?: string;
  readonly position?: string;
  readonly nip?: string;
}

/** Paper sizes the print stylesheet knows (always landscape). */
export type HtmlPaper = 'A4' | 'A3';

/**
 * Which levels of the scheme get no worksheet column when no result uses them:
 * `'optional'` only optional levels (such as `outcome` in `permenpan-89`), `'all'` every unused
 * level, `'none'` none (every level of the scheme gets a column).
 */
export type HtmlUnusedLevels = UnusedLevels;

/** Options of {@link renderHtml}. Every field is optional. */
export interface HtmlOptions {
  /**
   * Language of every label (captions, headers, severities, markers) and of the review findings
   * the renderer computes itself. Statements are written as the document has them.
   * @default 'id'
   */
  readonly locale?: Locale;
  /**
   * `false`: a whole document (`<!doctype html>`, `<head>` with charset, title and stylesheet).
   * `true`: a fragment to embed in a page: a `<div>` holding the tables, no doctype, head or title
   * heading.
   * @default false
   */
  readonly fragment?: boolean;
  /**
   * Embed the stylesheet. In a document it goes in `<head>`; in a fragment it is a `<style>` at
   * the start of the wrapper, every rule scoped under {@link HtmlOptions.className} and without
   * `@page` (the host page owns its paper). A `<style>` inside `<body>` works in every browser but
   * is not conforming HTML: for a fragment that must validate, pass `false` and put
   * {@link htmlStylesheet}'s output in the page's `<head>`.
   * @default true
   */
  readonly styles?: boolean;
  /**
   * Paper of the print stylesheet, always landscape (`@page { size: A4 landscape }`).
   * @default 'A4'
   */
  readonly paper?: HtmlPaper;
  /**
   * Sections to render, by name; a section left out keeps its default. The context (Langkah 1)
   * and CSF (Langkah 2) tables appear only when the cascade has a context or CSF entries.
   *
   * The review is off unless asked for (`review: true`) or `diagnostics` are given: it is an
   * analysis, not a rendering, and on a large tree it costs more than the tables (100,000
   * results: seconds, and tens of thousands of findings).
   * The cascading matrix (`matrix`: kinerja by tier, IK, satuan, kondisi awal, targets, penanggung
   * jawab, budget codes) is off unless asked for.
   * @default { context: true, csf: true, worksheet: true, matrix: false, review: false } (review: true when `diagnostics` are given)
   */
  readonly sections?: Readonly<Partial<Record<HtmlSection, boolean>>>;
  /**
   * Levels without results that get no worksheet column; see {@link HtmlUnusedLevels}.
   * @default 'optional'
   */
  readonly hideUnusedLevels?: HtmlUnusedLevels;
  /**
   * List each result's indicators (IK) in its worksheet cell.
   * @default true
   */
  readonly showIndicators?: boolean;
  /**
   * Show each result's id before its statement in the worksheet.
   * @default false
   */
  readonly showIds?: boolean;
  /**
   * Findings for the review table, e.g. from your own `review` call; giving them turns the review
   * section on. When absent and the section is on, the renderer runs
   * `review(cascade, { locale, rules: reviewRules })` from `@pokin/core`.
   * @default undefined (the core review's findings when `sections.review` is true)
   */
  readonly diagnostics?: readonly Diagnostic[];
  /**
   * Rule settings for the review the renderer runs (ignored when `diagnostics` is given): per rule
   * id, `'off'` or a severity, as `review`'s `rules` option.
   * @default {} (every rule on, at its default severity)
   */
  readonly reviewRules?: Readonly<Record<string, RuleSetting>>;
  /**
   * Prefix of the element ids the renderer writes (a result's cell is `PREFIX + 'r-' + id`), so
   * that several renders on one page do not collide. Letters, digits, `-` and `_`.
   * @default 'pokin-'
   */
  readonly idPrefix?: string;
  /**
   * Class of the wrapper (`<body>` of a document, `<div>` of a fragment) that scopes every rule of
   * the stylesheet. A CSS identifier.
   * @default 'pokin'
   */
  readonly className?: string;
  /**
   * The signature block under the matrix (place, date, name, position, NIP).
   * @default the document's `signatory` when it has one, else none
   */
  readonly signatory?: HtmlSignatory;
}

/** Options resolved: every field present. Internal. */
export interface HtmlSettings {
  readonly locale: Locale;
  readonly fragment: boolean;
  readonly styles: boolean;
  readonly paper: HtmlPaper;
  readonly sections: readonly HtmlSection[];
  readonly hideUnusedLevels: HtmlUnusedLevels;
  readonly showIndicators: boolean;
  readonly showIds: boolean;
  readonly diagnostics: readonly Diagnostic[] | undefined;
  readonly reviewRules: Readonly<Record<string, RuleSetting>> | undefined;
  readonly idPrefix: string;
  readonly className: string;
  readonly signatory: HtmlSignatory | undefined;
}

const { fail, flag } = optionChecks('@pokin/html renderHtml');

function oneOf<T extends string>(name: string, value: T | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value)) fail(`${name} must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${JSON.stringify(value)}`);
  return value;
}

/** Resolves user options into settings, checking each; throws `UsageError` on a bad value. */
export function resolveSettings(options: HtmlOptions = {}): HtmlSettings {
  const sectionFlags = options.sections ?? {};
  for (const key of Object.keys(sectionFlags)) {
    if (!HTML_SECTIONS.includes(key as HtmlSection)) fail(`unknown section "${key}" (sections are ${HTML_SECTIONS.join(', ')})`);
  }
  const defaults: Record<HtmlSection, boolean> = {
    context: true,
    csf: true,
    worksheet: true,
    matrix: false,
    review: options.diagnostics !== undefined,
  };
  const sections = HTML_SECTIONS.filter((s) => flag(`sections.${s}`, sectionFlags[s], defaults[s]));
  const idPrefix = options.idPrefix ?? 'pokin-';
  if (typeof idPrefix !== 'string' || !/^[A-Za-z0-9_-]*$/.test(idPrefix))
    fail(`idPrefix may hold letters, digits, "-" and "_" only, got ${JSON.stringify(idPrefix)}`);
  const className = options.className ?? 'pokin';
  if (typeof className !== 'string' || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(className))
    fail(`className must be a CSS identifier, got ${JSON.stringify(className)}`);
  if (options.diagnostics !== undefined && !Array.isArray(options.diagnostics)) fail('diagnostics must be an array');
  return {
    locale: oneOf('locale', options.locale, ['id', 'en'], 'id'),
    fragment: flag('fragment', options.fragment, false),
    styles: flag('styles', options.styles, true),
    paper: oneOf('paper', options.paper, ['A4', 'A3'], 'A4'),
    sections,
    hideUnusedLevels: oneOf('hideUnusedLevels', options.hideUnusedLevels, ['optional', 'all', 'none'], 'optional'),
    showIndicators: flag('showIndicators', options.showIndicators, true),
    showIds: flag('showIds', options.showIds, false),
    diagnostics: options.diagnostics,
    reviewRules: options.reviewRules,
    idPrefix,
    className,
    signatory: options.signatory,
  };
}
