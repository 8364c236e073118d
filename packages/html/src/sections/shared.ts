/**
 * What the section builders share: their signature and small element helpers.
 *
 * @module
 */
import type { Cascade, Locale } from '@pokin/core';
import { t, type LabelKey } from '../labels.js';
import type { HtmlSettings } from '../options.js';
import { h } from '../tree.js';
import type { Child, ElementNode } from '../tree.js';

/** Builds one section's element, or `undefined` when the cascade has nothing for it. */
export type SectionBuilder = (cascade: Cascade, settings: HtmlSettings) => ElementNode | undefined;

/** The element id of a result's primary worksheet cell. */
export function resultAnchor(settings: HtmlSettings, resultId: string): string {
  return `${settings.idPrefix}r-${resultId}`;
}

/**
 * The block wrapping one section's table. A `<div>`, not a `<section>`: the table's `<caption>`
 * names it, and a `<section>` without a heading is flagged by validators.
 */
export function section(name: string, ...children: Child[]): ElementNode {
  return h('div', { class: `pokin-section pokin-${name}` }, ...children);
}

/** A bulleted list, or nothing for an empty list. */
export function list(items: readonly string[] | undefined, className?: string): ElementNode | undefined {
  if (items === undefined || items.length === 0) return undefined;
  return h(
    'ul',
    className === undefined ? null : { class: className },
    items.map((item) => h('li', null, item)),
  );
}

/**
 * A section holding one table: its caption, a header row of column labels (a `null` column is
 * left out) and the body rows.
 */
export function tableSection(
  name: string,
  caption: LabelKey,
  columns: readonly (LabelKey | null)[],
  rows: readonly ElementNode[],
  locale: Locale,
): ElementNode {
  return section(
    name,
    h(
      'table',
      { class: name },
      h('caption', null, t(caption, locale)),
      h('thead', null, h('tr', null, ...columns.map((c) => (c === null ? null : h('th', { scope: 'col' }, t(c, locale)))))),
      h('tbody', null, rows),
    ),
  );
}
