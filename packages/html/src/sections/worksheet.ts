/**
 * Langkah 4: the worksheet table. Header: a row of tier cells over their levels, then a row of
 * level cells; body: the grid of {@link layoutWorksheet}.
 *
 * @module
 */
import { TIER_LABELS, localize } from '@pokin/core';
import type { Cascade, Locale, ResultRecord } from '@pokin/core';
import { t, type LabelKey } from '../labels.js';
import type { HtmlSettings } from '../options.js';
import { h, hText, lazy } from '../tree.js';
import type { ElementNode } from '../tree.js';
import { resultAnchor, section } from './shared.js';
import type { SectionBuilder } from './shared.js';
import { layoutWorksheet } from './worksheet-layout.js';
import type { ResultCell, WorksheetCell } from './worksheet-layout.js';

const STATEMENT = Object.freeze({ class: 'statement' });
const ID = Object.freeze({ class: 'id' });

const span = (n: number): number | undefined => (n > 1 ? n : undefined);

/** The "IK:" label before a result's indicators; one node shared by every cell (nodes are immutable). */
function ikLabel(settings: HtmlSettings): ElementNode {
  return h('p', { class: 'ik-label' }, t('ik', settings.locale));
}

function indicatorsOf(result: ResultRecord, ik: ElementNode, settings: HtmlSettings): ElementNode[] {
  if (!settings.showIndicators || result.indicators.length === 0) return [];
  const items: ElementNode[] = new Array<ElementNode>(result.indicators.length);
  for (let i = 0; i < items.length; i++) items[i] = hText('li', null, result.indicators[i]!.statement);
  return [ik, h('ul', { class: 'ik' }, items)];
}

/** The mark atop a copy of a result's cell ("↗ lintas", "↑ lanjutan"), linking to its primary cell. */
function markLink(anchor: string, arrow: string, label: LabelKey, title: LabelKey, locale: Locale): ElementNode {
  return h(
    'p',
    { class: 'mark' },
    h('a', { href: `#${anchor}`, title: t(title, locale) }, h('span', { 'aria-hidden': 'true' }, arrow), ' ', t(label, locale)),
  );
}

function resultCell(cell: ResultCell, ik: ElementNode, settings: HtmlSettings): ElementNode {
  const r = cell.result;
  const { locale } = settings;
  const anchor = resultAnchor(settings, r.id);
  const statement = settings.showIds ? h('p', STATEMENT, h('span', ID, r.id), ' ', r.statement) : hText('p', STATEMENT, r.statement);
  if (cell.crosscutting) {
    return h(
      'td',
      {
        class: 'result crosscutting',
        rowspan: span(cell.rowspan),
        'data-result': r.id,
        'data-parent': cell.parentId,
        'data-crosscutting': true,
      },
      markLink(anchor, '\u2197', 'crosscutting', 'crosscuttingTitle', locale),
      statement,
      indicatorsOf(r, ik, settings),
    );
  }
  if (cell.continued) {
    // The id anchor stays on the first part; a continuation links back to it.
    return h(
      'td',
      { class: 'result continued', rowspan: span(cell.rowspan), 'data-result': r.id, 'data-continued': true },
      markLink(anchor, '\u2191', 'continued', 'continuedTitle', locale),
      statement,
    );
  }
  return h(
    'td',
    { class: 'result', rowspan: span(cell.rowspan), id: anchor, 'data-result': r.id },
    statement,
    indicatorsOf(r, ik, settings),
  );
}

function bodyCell(cell: WorksheetCell, ik: ElementNode, settings: HtmlSettings): ElementNode {
  if (cell.kind === 'gap') return h('td', { class: 'gap', rowspan: span(cell.rowspan), colspan: span(cell.colspan) });
  return resultCell(cell, ik, settings);
}

/** Builds the Langkah 4 worksheet section. */
export const worksheetSection: SectionBuilder = (cascade: Cascade, settings: HtmlSettings) => {
  const { locale } = settings;
  const layout = layoutWorksheet(cascade, settings.hideUnusedLevels);
  const ik = ikLabel(settings);
  function* body(): IterableIterator<ElementNode> {
    for (const cells of layout.rows()) {
      const tds: ElementNode[] = new Array<ElementNode>(cells.length);
      for (let c = 0; c < cells.length; c++) tds[c] = bodyCell(cells[c]!, ik, settings);
      yield h('tr', null, tds);
    }
  }
  return section(
    'worksheet',
    h(
      'table',
      { class: 'worksheet' },
      h('caption', null, t('worksheetCaption', locale)),
      layout.tierGroups.map((g) => h('colgroup', { span: span(g.span), class: `tier-${g.tier}` })),
      h(
        'thead',
        null,
        h(
          'tr',
          { class: 'tiers' },
          layout.tierGroups.map((g) =>
            h(
              'th',
              { scope: g.span > 1 ? 'colgroup' : 'col', colspan: span(g.span), class: `tier-${g.tier}` },
              localize(TIER_LABELS[g.tier], locale),
            ),
          ),
        ),
        h(
          'tr',
          { class: 'levels' },
          layout.columns.map((l) => h('th', { scope: 'col', class: `tier-${l.tier}`, 'data-level': l.key }, localize(l.label, locale))),
        ),
      ),
      h('tbody', null, lazy(body())),
    ),
  );
};
