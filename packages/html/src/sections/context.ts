/**
 * Langkah 1: the context table. One row per part the document has, headed by a row header:
 * mandat, isu strategis, ekspektasi masyarakat, outcome.
 *
 * @module
 */
import { t } from '../labels.js';
import type { LabelKey } from '../labels.js';
import { h } from '../tree.js';
import type { ElementNode } from '../tree.js';
import { list, section } from './shared.js';
import type { SectionBuilder } from './shared.js';

/** Builds the Langkah 1 section, or nothing when the cascade has no context. */
export const contextSection: SectionBuilder = (cascade, settings) => {
  const context = cascade.context;
  if (context === undefined) return undefined;
  const { locale } = settings;
  const rows: ElementNode[] = [];
  const row = (key: LabelKey, value: ElementNode | string | undefined): void => {
    if (value === undefined || value === '') return;
    rows.push(h('tr', null, h('th', { scope: 'row' }, t(key, locale)), h('td', null, value)));
  };
  row('mandate', context.mandate);
  row('strategicIssues', list(context.strategicIssues));
  row('expectations', list(context.expectations));
  row('outcome', context.outcome);
  if (rows.length === 0) return undefined;
  return section('context', h('table', { class: 'context' }, h('caption', null, t('contextCaption', locale)), h('tbody', null, rows)));
};
