/**
 * `renderPerjanjianKinerja`: the annex of the Perjanjian Kinerja per position and year (Langkah 5):
 * the sasaran, IK and target the position promises, with the signature block of both parties
 * (Pihak Pertama, the position; Pihak Kedua, its superior), as a printable A4 document.
 *
 * @module
 */
import {
  PK_LABELS,
  POSITION_TYPE_LABELS,
  UsageError,
  documentDate,
  perjanjianKinerja,
  valueText,
  type Cascade,
  type Locale,
  type PerjanjianKinerja,
  type Position,
  type Value,
} from '@pokin/core';
import { toHtml } from '../serialize.js';
import { h, type ElementNode } from '../tree.js';
import { headedTable, page, pageLocale, type PageOptions, type Words } from './page.js';

/** Options of {@link renderPerjanjianKinerja}. */
export interface PerjanjianKinerjaOptions extends PageOptions {
  /**
   * The year of the agreement.
   * @default the first year of the document's period, else the current year
   */
  readonly year?: number;
  /**
   * Only the positions whose title, unit or official's name contains this text (case ignored).
   * @default every position that owns a result
   */
  readonly position?: string;
}

const W = {
  lead: {
    id: 'Sasaran, indikator kinerja dan target yang menjadi tanggung jawab {position} pada tahun {year}:',
    en: 'Objectives, performance indicators and targets {position} is accountable for in {year}:',
  },
  ...PK_LABELS,
  none: { id: 'Tidak ada', en: 'None' },
  noPositions: {
    id: 'Belum ada kinerja yang memiliki penanggung jawab (owner): Perjanjian Kinerja belum dapat disusun.',
    en: 'No result names an owner yet: no Performance Agreement can be drawn up.',
  },
  type: { id: 'Jenis jabatan', en: 'Position type' },
} satisfies Record<string, Words>;

const say = (w: Words, locale: Locale, data: Record<string, string | number> = {}): string =>
  w[locale].replace(/\{(\w+)\}/g, (_, k: string) => String(data[k] ?? ''));

/** A target as printed: a decimal comma in Indonesian, a point in English; a dash when none. */
const show = (v: Value | undefined, locale: Locale): string => valueText(v, locale, '–');

/** One party's signature: role, position, space, name, NIP. */
function party(role: string, p: Position | undefined, placeDate: string | undefined): ElementNode {
  const position = p?.title ?? '';
  return h(
    'div',
    { class: 'party' },
    h('p', { class: 'place-date' }, placeDate ?? '\u00a0'),
    h('p', { class: 'role' }, role),
    h('p', { class: 'position' }, position === '' ? '\u00a0' : position),
    h('div', { class: 'space', 'aria-hidden': 'true' }),
    h('p', { class: 'name' }, p?.name ?? '(........................................)'),
    // An official named without a NIP (a Bupati) signs without one; an unknown party gets a line to fill in.
    p?.nip !== undefined
      ? h('p', { class: 'nip' }, `NIP. ${p.nip}`)
      : p?.name === undefined
        ? h('p', { class: 'nip' }, 'NIP. ........................................')
        : null,
  );
}

function annex(cascade: Cascade, pk: PerjanjianKinerja, locale: Locale): ElementNode {
  const agency = pk.position.agency ?? cascade.agency?.name;
  const year = pk.year;
  const rows: ElementNode[] = [];
  let no = 0;
  for (const row of pk.rows) {
    const cells: ElementNode[] = [];
    if (row.first) {
      no++;
      const span = row.span > 1 ? { rowspan: row.span } : {};
      cells.push(h('td', { class: 'no', ...span }, String(no)), h('td', { class: 'sasaran', ...span }, row.result.statement));
    }
    cells.push(
      h('td', { class: row.indicator === undefined ? 'empty' : 'indicator' }, row.indicator?.statement ?? say(W.none, locale)),
      h('td', { class: 'unit' }, row.indicator?.unit ?? ''),
      h('td', { class: 'target' }, row.indicator === undefined ? '' : show(row.target, locale)),
    );
    rows.push(h('tr', null, cells));
  }
  const sig = cascade.signatory;
  const placeDate =
    [sig?.place, sig?.date === undefined ? undefined : documentDate(sig.date, locale)]
      .filter((x) => x !== undefined && x !== '')
      .join(', ') || undefined;
  const type = pk.position.positionType;
  return h(
    'section',
    { class: 'annex' },
    h('h1', null, say(W.title, locale, { year })),
    h('p', { class: 'sub' }, pk.position.title),
    agency === undefined ? null : h('p', { class: 'sub' }, agency),
    type === undefined ? null : h('p', { class: 'sub type' }, `${say(W.type, locale)}: ${POSITION_TYPE_LABELS[type][locale]}`),
    h('p', { class: 'lead' }, say(W.lead, locale, { position: pk.position.title, year })),
    headedTable(
      h(
        'tr',
        null,
        [W.no, W.sasaran, W.ik, W.unit].map((w) => h('th', { scope: 'col' }, say(w, locale))),
        h('th', { scope: 'col' }, say(W.target, locale, { year })),
      ),
      rows,
    ),
    // A Kepala Daerah signs alone: no Pihak Kedua, no role words (PermenPAN-RB 53/2014).
    pk.headOfRegion === true
      ? h('div', { class: 'signatures' }, h('div', { class: 'party' }), party('\u00a0', pk.position, placeDate))
      : h(
          'div',
          { class: 'signatures' },
          party(say(W.second, locale), pk.superior, undefined),
          party(say(W.first, locale), pk.position, placeDate),
        ),
  );
}

/** The year an agreement is for when the options name none. */
export function defaultYear(cascade: Cascade): number {
  return cascade.period?.start ?? new Date().getFullYear();
}

/** The Perjanjian Kinerja of the options' year, filtered by the options' position text. */
export function selectAgreements(
  cascade: Cascade,
  options: { readonly year?: number; readonly position?: string } = {},
): PerjanjianKinerja[] {
  const year = options.year ?? defaultYear(cascade);
  if (!Number.isInteger(year) || year < 1900 || year > 2200)
    throw new UsageError(`@pokin/html renderPerjanjianKinerja: year must be a whole year, got ${String(year)}`);
  const needle = options.position?.trim().toLowerCase();
  const all = perjanjianKinerja(cascade, year);
  if (needle === undefined || needle === '') return all;
  return all.filter((pk) => [pk.position.title, pk.position.unit, pk.position.name].some((s) => s?.toLowerCase().includes(needle)));
}

/**
 * Renders the Perjanjian Kinerja annexes of a year: one per position that owns a result (or the
 * positions the `position` option names), each on its own printed page, with both parties'
 * signature blocks (place and date from the document's `signatory`). A whole HTML document.
 * Pure; all text escaped.
 *
 * @throws `UsageError` for an option it cannot use.
 */
export function renderPerjanjianKinerja(cascade: Cascade, options: PerjanjianKinerjaOptions = {}): string {
  const locale = pageLocale('renderPerjanjianKinerja', options);
  const list = selectAgreements(cascade, options);
  const year = options.year ?? defaultYear(cascade);
  const title = `${say(W.title, locale, { year })} \u2013 ${cascade.agency?.name ?? cascade.title}`;
  const body = list.length === 0 ? [h('p', null, say(W.noPositions, locale))] : list.map((pk) => annex(cascade, pk, locale));
  return toHtml(page({ title, locale, paper: options.paper, orientation: 'portrait' }, body));
}
