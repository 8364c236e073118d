/**
 * Langkah 2: the CSF table. Columns: the outcome (one cell over every row, when the context names
 * it), the problem, the desired condition, and the result that realises it.
 *
 * @module
 */
import { h } from '../tree.js';
import type { ElementNode } from '../tree.js';
import { resultAnchor, tableSection } from './shared.js';
import type { SectionBuilder } from './shared.js';

/** Builds the Langkah 2 section, or nothing when the cascade has no CSF entries. */
export const csfSection: SectionBuilder = (cascade, settings) => {
  const csf = cascade.csf;
  if (csf.length === 0) return undefined;
  const { locale } = settings;
  const outcome = cascade.context?.outcome;
  const withOutcome = outcome !== undefined && outcome !== '';
  const linkResults = settings.sections.includes('worksheet');
  const rows = csf.map((entry, i): ElementNode => {
    const result = entry.result === undefined ? undefined : cascade.result(entry.result);
    const linked =
      result === undefined
        ? entry.result
        : [
            linkResults ? h('a', { href: `#${resultAnchor(settings, result.id)}` }, result.id) : h('span', { class: 'id' }, result.id),
            ' ',
            result.statement,
          ];
    return h(
      'tr',
      null,
      withOutcome && i === 0 ? h('td', { class: 'outcome', rowspan: csf.length > 1 ? csf.length : undefined }, outcome) : null,
      h('td', null, entry.problem),
      h('td', null, entry.desiredCondition),
      h('td', { class: 'linked' }, linked),
    );
  });
  return tableSection('csf', 'csfCaption', [withOutcome ? 'outcome' : null, 'problem', 'desiredCondition', 'linkedResult'], rows, locale);
};
