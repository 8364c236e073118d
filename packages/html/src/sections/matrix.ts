/**
 * The cascading matrix (*matriks cascading*) from core's row model: one row per indicator, the
 * result in the column of its tier (coloured as in the diagram), IK, satuan, kondisi awal, target
 * per year, penanggung jawab and budget codes; result cells span their indicator rows. Printed,
 * the two header rows repeat on every page; the stylesheet numbers the pages; an optional
 * signature block follows the table.
 *
 * @module
 */
import { cascadingMatrix, localize, matrixCell, matrixColumnGroups, valueText, type Locale } from '@pokin/core';
import type { HtmlSignatory } from '../options.js';
import { h } from '../tree.js';
import type { ElementNode } from '../tree.js';
import { section } from './shared.js';
import type { SectionBuilder } from './shared.js';

const CAPTION = { id: 'Matriks Cascading Kinerja', en: 'Cascading Performance Matrix' };
const UNATTACHED = { id: 'induknya tidak ada dalam pohon ini:', en: 'its parent is not in this tree:' };

/** Builds the matrix section. */
export const matrixSection: SectionBuilder = (cascade, settings) => {
  const { locale } = settings;
  // A document's `signatory` (format addition of the second round), unless the options name one.
  const signatory = settings.signatory ?? (cascade as unknown as { signatory?: HtmlSignatory }).signatory;
  const matrix = cascadingMatrix(cascade);
  const cols = matrix.columns;
  const groups = matrixColumnGroups(cols);
  const classOf = (key: string) =>
    key.startsWith('tier:') ? `tier-${key.slice(5)}` : key.startsWith('target:') ? 'value target' : key === 'baseline' ? 'value' : key;
  const groupRow = h(
    'tr',
    null,
    groups.map((g) =>
      g.group === undefined
        ? h('th', { scope: 'col', rowspan: 2, class: classOf(cols[g.first]!.key) }, localize(cols[g.first]!.label, locale))
        : h('th', { scope: 'colgroup', colspan: g.span }, localize(g.group, locale)),
    ),
  );
  const labelRow = h(
    'tr',
    null,
    groups
      .filter((g) => g.group !== undefined)
      .flatMap((g) =>
        cols.slice(g.first, g.first + g.span).map((c) => h('th', { scope: 'col', class: classOf(c.key) }, localize(c.label, locale))),
      ),
  );
  const body = matrix.rows.map((row): ElementNode => {
    const cells: ElementNode[] = [];
    for (const col of cols) {
      if (col.scope === 'result' && !row.first) continue;
      const v = matrixCell(matrix, row, col, locale);
      const attrs: Record<string, string | number | undefined> = { class: classOf(col.key) };
      if (col.scope === 'result' && row.span > 1) attrs.rowspan = row.span;
      if (col.key.startsWith('tier:') && v !== undefined) attrs.class = `tier-${row.tier} filled`;
      // A result whose parent in another document is not in this tree: said, not drawn as a root of its own.
      const loose = col.key.startsWith('tier:') && v !== undefined ? row.result.externalParent : undefined;
      const note = loose === undefined ? null : h('span', { class: 'unattached' }, ` (${localize(UNATTACHED, locale)} ${loose})`);
      cells.push(h('td', attrs, valueText(v, locale), note));
    }
    return h('tr', row.first ? { class: 'first' } : null, cells);
  });
  return section(
    'matrix',
    h(
      'table',
      { class: 'matrix' },
      h('caption', null, localize(CAPTION, locale)),
      h('thead', null, groupRow, labelRow),
      h('tbody', null, body),
    ),
    signatory === undefined ? null : signature(signatory, locale),
  );
};

/** The signature block: place and date, position, space to sign, name, NIP. */
function signature(s: HtmlSignatory, locale: Locale): ElementNode {
  const line = (cls: string, text: string | undefined) => (text === undefined || text === '' ? null : h('p', { class: cls }, text));
  const placeDate = [s.place, s.date].filter((x) => x !== undefined && x !== '').join(', ');
  return h(
    'div',
    { class: 'signature' },
    line('place-date', placeDate),
    line('position', s.position),
    h('div', { class: 'sign-space', 'aria-hidden': 'true' }),
    line('name', s.name),
    line('nip', s.nip === undefined ? undefined : `${locale === 'en' ? 'NIP' : 'NIP.'} ${s.nip}`),
  );
}
