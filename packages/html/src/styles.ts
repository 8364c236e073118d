/**
 * The stylesheet: screen and print. Every rule is scoped under the wrapper class, so a fragment's
 * styles do not leak into the host page.
 *
 * @module
 */
import { TIERS, TIER_COLORS, UsageError } from '@pokin/core';
import type { HtmlPaper } from './options.js';

/** Options of {@link htmlStylesheet}. */
export interface HtmlStylesheetOptions {
  /**
   * Class that scopes every rule; the same as `renderHtml`'s `className`.
   * @default 'pokin'
   */
  readonly className?: string;
  /**
   * Paper of the `@page` rule, landscape.
   * @default 'A4'
   */
  readonly paper?: HtmlPaper;
  /**
   * Include the `@page` rule. Leave it out when the host page sets its own paper.
   * @default true
   */
  readonly page?: boolean;
}

/**
 * The CSS that `renderHtml` embeds, for a page that embeds fragments rendered with
 * `styles: false` and wants the stylesheet in its `<head>`.
 */
export function htmlStylesheet(options: HtmlStylesheetOptions = {}): string {
  const scope = options.className ?? 'pokin';
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(scope))
    throw new UsageError(`@pokin/html htmlStylesheet: className must be a CSS identifier, got ${JSON.stringify(scope)}`);
  const paper = options.paper ?? 'A4';
  if (paper !== 'A4' && paper !== 'A3')
    throw new UsageError(`@pokin/html htmlStylesheet: paper must be "A4" or "A3", got ${JSON.stringify(paper)}`);
  const s = '.' + scope;
  const lines = [
    `${s} { font-family: "Liberation Sans", Arimo, Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.3; color: #111; }`,
    `${s} h1 { font-size: 14pt; margin: 0 0 0.2em; }`,
    `${s} .meta { margin: 0 0 1em; color: #444; }`,
    `${s} .pokin-section { margin: 0 0 1.5em; }`,
    `${s} table { border-collapse: collapse; width: 100%; }`,
    `${s} caption { caption-side: top; text-align: left; font-weight: bold; font-size: 11pt; padding: 0 0 0.4em; }`,
    `${s} th, ${s} td { border: 1px solid #666; padding: 4px 6px; vertical-align: top; text-align: left; white-space: pre-line; }`,
    `${s} thead th { background: #eee; text-align: center; vertical-align: middle; }`,
    `${s} tbody th { background: #f6f6f6; width: 14em; }`,
    // The tier colours of the diagram (core's TIER_COLORS), so a tier looks the same everywhere.
    ...TIERS.map((tier) => `${s} thead th.tier-${tier}, ${s} td.filled.tier-${tier} { background: ${TIER_COLORS[tier].fill}; }`),
    `${s} table.matrix td.value { text-align: right; white-space: nowrap; }`,
    `${s} table.matrix td.number { white-space: nowrap; }`,
    `${s} table.matrix td[class^="tier-"] { min-width: 9em; }`,
    `${s} table.matrix td.indicator { min-width: 12em; }`,
    `${s} .signature { margin: 2em 0 0 auto; width: 20em; text-align: center; break-inside: avoid; page-break-inside: avoid; }`,
    `${s} .signature p { margin: 0; }`,
    `${s} .signature .sign-space { height: 5em; }`,
    `${s} .signature .name { font-weight: bold; text-decoration: underline; }`,
    `${s} p { margin: 0; }`,
    `${s} ul { margin: 0.2em 0 0; padding-left: 1.2em; }`,
    `${s} .ik-label { margin-top: 0.4em; font-weight: bold; }`,
    `${s} .ik-label abbr { text-decoration: none; }`,
    `${s} .statement { font-weight: bold; }`,
    `${s} .id { font-family: "Liberation Mono", monospace; font-weight: normal; color: #555; }`,
    `${s} td.gap { background: #fafafa; }`,
    `${s} td.crosscutting { border-style: dashed; background: #fff8e8; }`,
    `${s} .mark { font-size: 0.85em; color: #7a4d00; }`,
    `${s} .mark a { color: inherit; }`,
    `${s} .severity-error .severity { color: #a40000; font-weight: bold; }`,
    `${s} .severity-warning .severity { color: #8a5a00; font-weight: bold; }`,
    `${s} .severity-info .severity { color: #333; }`,
    `@media print {`,
    `  ${s} { font-size: 8pt; }`,
    `  ${s} thead { display: table-header-group; }`,
    `  ${s} tr, ${s} th, ${s} td { break-inside: avoid; page-break-inside: avoid; }`,
    `  ${s} .pokin-section + .pokin-section { break-before: page; page-break-before: always; }`,
    `  ${s} a { color: inherit; text-decoration: none; }`,
    `}`,
  ];
  // Page numbers ("3 / 12") in the bottom margin of every printed page.
  if (options.page !== false)
    lines.push(
      `@page { size: ${paper} landscape; margin: 10mm 10mm 12mm; @bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; color: #444; } }`,
    );
  return lines.join('\n') + '\n';
}
