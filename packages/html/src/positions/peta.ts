/**
 * `renderPetaCascading`: the *peta cascading* per position (Langkah 5): for each position, the
 * results and indicators it carries with their targets.
 *
 * @module
 */
import {
  PETA_LABELS,
  POSITION_TYPE_LABELS,
  positionLines,
  positionPlans,
  valueText,
  type Cascade,
  type Locale,
  type Value,
} from '@pokin/core';
import { toHtml } from '../serialize.js';
import { h, type ElementNode } from '../tree.js';
import { headedTable, page, pageLocale, type PageOptions, type Words } from './page.js';

/** Options of {@link renderPetaCascading}. */
export interface PetaCascadingOptions extends PageOptions {
  /**
   * The target years shown.
   * @default the years of the document's period, else every target year found
   */
  readonly years?: readonly number[];
}

const W = {
  ...PETA_LABELS,
} satisfies Record<string, Words>;

/** A target as printed: a decimal comma in Indonesian, a point in English; a dash when none. */
const show = (v: Value | undefined, locale: Locale): string => valueText(v, locale, '–');

/** The years shown: the options', else the period's, else every target year. */
function yearsOf(cascade: Cascade, given: readonly number[] | undefined): number[] {
  if (given !== undefined) return [...given];
  const p = cascade.period;
  if (p !== undefined) return Array.from({ length: Math.min(p.end - p.start + 1, 10) }, (_, i) => p.start + i);
  const found = new Set<number>();
  for (const r of cascade.results()) for (const i of r.indicators) for (const y of Object.keys(i.targets ?? {})) found.add(Number(y));
  return [...found].sort((a, b) => a - b).slice(0, 10);
}

/**
 * Renders the peta cascading: a table with, per position (in the order the tree first names it),
 * each result it carries, its indicators, unit and targets per year. A whole HTML document, A4
 * landscape. Pure; all text escaped.
 */
export function renderPetaCascading(cascade: Cascade, options: PetaCascadingOptions = {}): string {
  const locale: Locale = pageLocale('renderPetaCascading', options);
  const years = yearsOf(cascade, options.years);
  const plans = positionPlans(cascade);
  const rows: ElementNode[] = [];
  plans.forEach((plan, n) => {
    const lines = positionLines(plan);
    const p = plan.position;
    lines.forEach(({ item, ind }, k) => {
      const cells: ElementNode[] = [];
      if (k === 0) {
        const span = lines.length > 1 ? { rowspan: lines.length } : {};
        cells.push(
          h('td', { class: 'no', ...span }, String(n + 1)),
          h(
            'td',
            { class: 'position', ...span },
            h('strong', null, p.title),
            p.agency === undefined ? null : h('br'),
            p.agency ?? null,
            p.name === undefined ? null : [h('br'), p.name],
            p.nip === undefined ? null : [h('br'), `NIP.\u00a0${p.nip}`],
          ),
          h('td', { class: 'type', ...span }, p.positionType === undefined ? '' : POSITION_TYPE_LABELS[p.positionType][locale]),
        );
      }
      const first = k === 0 || lines[k - 1]!.item !== item;
      if (first) {
        const count = lines.filter((l) => l.item === item).length;
        const span = count > 1 ? { rowspan: count } : {};
        const level = cascade.level(item.result.level)?.label[locale] ?? item.result.level;
        cells.push(h('td', { class: 'result', ...span }, item.result.statement), h('td', { class: 'level', ...span }, level));
      }
      cells.push(h('td', { class: 'indicator' }, ind?.statement ?? ''), h('td', { class: 'unit' }, ind?.unit ?? ''));
      for (const y of years) cells.push(h('td', { class: 'target' }, ind === undefined ? '' : show(ind.targets?.[String(y)], locale)));
      rows.push(h('tr', null, cells));
    });
  });
  const title = `${W.title[locale]} \u2013 ${cascade.agency?.name ?? cascade.title}`;
  const table =
    plans.length === 0
      ? h('p', null, W.noOwner[locale])
      : headedTable(
          [
            h(
              'tr',
              null,
              [W.no, W.position, W.type, W.result, W.level, W.ik, W.unit].map((w) => h('th', { scope: 'col', rowspan: 2 }, w[locale])),
              years.length === 0 ? null : h('th', { scope: 'colgroup', colspan: years.length }, W.target[locale]),
            ),
            years.length === 0
              ? null
              : h(
                  'tr',
                  null,
                  years.map((y) => h('th', { scope: 'col' }, String(y))),
                ),
          ],
          rows,
        );
  return toHtml(
    page(
      { title, locale, paper: options.paper, orientation: 'landscape' },
      h('h1', null, W.title[locale]),
      h('p', { class: 'sub' }, cascade.agency?.name ?? cascade.title),
      table,
    ),
  );
}
