/**
 * The review (reviu pohon kinerja) as a table of findings: severity, rule, result, message.
 *
 * @module
 */
import { findings } from '../diagnostics.js';
import { t } from '../labels.js';
import { h } from '../tree.js';
import type { ElementNode } from '../tree.js';
import { resultAnchor, tableSection } from './shared.js';
import type { SectionBuilder } from './shared.js';

/** Only `http:` and `https:` links are written: a `url` from caller-supplied findings cannot smuggle in `javascript:`. */
function isWebUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\/\S+$/i.test(url);
}

/** Builds the review section; with no findings it says so in one row. */
export const reviewSection: SectionBuilder = (cascade, settings) => {
  const { locale } = settings;
  const diagnostics = findings(cascade, settings.diagnostics, settings.reviewRules, locale);
  const linkResults = settings.sections.includes('worksheet');
  const rows: ElementNode[] =
    diagnostics.length === 0
      ? [h('tr', null, h('td', { colspan: 4, class: 'none' }, t('noFindings', locale)))]
      : diagnostics.map((d) => {
          const result = d.resultId === undefined ? undefined : cascade.result(d.resultId);
          const where =
            d.resultId === undefined
              ? null
              : [
                  result !== undefined && linkResults
                    ? h('a', { href: `#${resultAnchor(settings, result.id)}` }, d.resultId)
                    : h('span', { class: 'id' }, d.resultId),
                  d.indicatorId === undefined ? null : [' / ', h('span', { class: 'id' }, d.indicatorId)],
                ];
          const severity = d.severity === 'error' || d.severity === 'warning' || d.severity === 'info' ? d.severity : 'info';
          return h(
            'tr',
            { class: `severity-${severity}` },
            h('td', { class: 'severity' }, t(severity, locale)),
            h('td', { class: 'rule' }, isWebUrl(d.url) ? h('a', { href: d.url }, h('code', null, d.rule)) : h('code', null, d.rule)),
            h('td', { class: 'where' }, where),
            h('td', { class: 'message' }, d.message),
          );
        });
  return tableSection('review', 'reviewCaption', ['severity', 'rule', 'result', 'finding'], rows, locale);
};
