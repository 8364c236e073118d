/**
 * `renderCrosscuttingHtml`: the *Lampiran Crosscutting* of a workspace: an agency x agency matrix
 * of the crosscutting requests with their statuses, then every request in a table.
 *
 * @module
 */
import type { ContributionStatus, CrosscuttingMatrix, Locale } from '@pokin/core';
import { toHtml } from '../serialize.js';
import { h, type ElementNode } from '../tree.js';
import { page, pageLocale, type PageOptions, type Words } from './page.js';

/** Options of {@link renderCrosscuttingHtml}. */
export interface CrosscuttingHtmlOptions extends PageOptions {
  /**
   * Title of the document.
   * @default "Lampiran Crosscutting" ("Crosscutting annex")
   */
  readonly title?: string;
}

const W = {
  title: { id: 'Lampiran Crosscutting', en: 'Crosscutting annex' },
  matrix: {
    id: 'Matriks crosscutting antar perangkat daerah (baris: pendukung, kolom: yang didukung)',
    en: 'Crosscutting between agencies (rows: supporting, columns: supported)',
  },
  list: { id: 'Rincian crosscutting', en: 'Crosscutting in detail' },
  no: { id: 'No', en: 'No' },
  from: { id: 'Perangkat Daerah Pendukung', en: 'Supporting agency' },
  result: { id: 'Kinerja Pendukung', en: 'Supporting result' },
  to: { id: 'Perangkat Daerah yang Didukung', en: 'Agency supported' },
  target: { id: 'Kinerja yang Didukung', en: 'Result supported' },
  status: { id: 'Status', en: 'Status' },
  reason: { id: 'Alasan', en: 'Reason' },
  none: { id: 'Tidak ada crosscutting antar perangkat daerah.', en: 'No crosscutting between agencies.' },
  missing: { id: '(tidak ditemukan)', en: '(not found)' },
  legend: {
    id: 'Setiap sel menyebut jumlah permintaan crosscutting menurut status: ✓ disetujui, ? diusulkan, ✗ ditolak, – tanpa status.',
    en: 'Each cell counts the crosscutting requests by status: ✓ accepted, ? proposed, ✗ rejected, – no status.',
  },
} satisfies Record<string, Words>;

const STATUS: Readonly<Record<ContributionStatus | 'none', Words & { mark: string }>> = {
  disetujui: { id: 'Disetujui', en: 'Accepted', mark: '✓' },
  diusulkan: { id: 'Diusulkan', en: 'Proposed', mark: '?' },
  ditolak: { id: 'Ditolak', en: 'Rejected', mark: '✗' },
  none: { id: 'Tanpa status', en: 'No status', mark: '–' },
};
const ORDER = ['disetujui', 'diusulkan', 'ditolak', 'none'] as const;

/** Renders the crosscutting matrix of a workspace (from `crosscuttingMatrix(ws)`) as a whole HTML document, A4 landscape. */
export function renderCrosscuttingHtml(matrix: CrosscuttingMatrix, options: CrosscuttingHtmlOptions = {}): string {
  const locale: Locale = pageLocale('renderCrosscuttingHtml', options);
  const name = new Map(matrix.agencies.map((a) => [a.id, a.name]));
  const count = new Map<string, Record<(typeof ORDER)[number], number>>();
  for (const e of matrix.entries) {
    // A request to a result the workspace does not hold links to nothing: listed below, not counted.
    if (e.target === undefined) continue;
    const key = `${e.from}\u0000${e.to}`;
    const c = count.get(key) ?? { disetujui: 0, diusulkan: 0, ditolak: 0, none: 0 };
    c[e.status ?? 'none']++;
    count.set(key, c);
  }
  const cell = (from: string, to: string): ElementNode => {
    if (from === to) return h('td', { class: 'count empty' }, '');
    const c = count.get(`${from}\u0000${to}`);
    if (c === undefined) return h('td', { class: 'count' }, '');
    const worst = c.ditolak > 0 ? 'ditolak' : c.diusulkan > 0 ? 'diusulkan' : c.none > 0 ? 'none' : 'disetujui';
    const parts = ORDER.filter((s) => c[s] > 0).map((s) => `${STATUS[s].mark} ${c[s]}`);
    return h('td', { class: `count status-${worst}` }, parts.join('  '));
  };
  const grid = h(
    'table',
    { class: 'crosscutting-matrix' },
    h('caption', null, W.matrix[locale]),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('td', null, ''),
        matrix.agencies.map((a) => h('th', { scope: 'col' }, a.name)),
      ),
    ),
    h(
      'tbody',
      null,
      matrix.agencies.map((row) =>
        h(
          'tr',
          null,
          h('th', { scope: 'row' }, row.name),
          matrix.agencies.map((col) => cell(row.id, col.id)),
        ),
      ),
    ),
  );
  const list =
    matrix.entries.length === 0
      ? h('p', null, W.none[locale])
      : h(
          'table',
          { class: 'crosscutting-list' },
          h('caption', null, W.list[locale]),
          h(
            'thead',
            null,
            h(
              'tr',
              null,
              [W.no, W.from, W.result, W.to, W.target, W.status, W.reason].map((w) => h('th', { scope: 'col' }, w[locale])),
            ),
          ),
          h(
            'tbody',
            null,
            matrix.entries.map((e, i) =>
              h(
                'tr',
                null,
                h('td', { class: 'no' }, String(i + 1)),
                h('td', null, name.get(e.from) ?? e.from),
                h('td', null, `${e.result.id} ${e.result.statement}`),
                h('td', null, name.get(e.to) ?? e.to),
                h('td', null, e.target === undefined ? `${e.ref} ${W.missing[locale]}` : `${e.target.id} ${e.target.statement}`),
                h('td', { class: `status-${e.status ?? 'none'}` }, STATUS[e.status ?? 'none'][locale]),
                h('td', null, e.reason ?? ''),
              ),
            ),
          ),
        );
  const title = options.title ?? W.title[locale];
  return toHtml(
    page(
      { title, locale, paper: options.paper, orientation: 'landscape' },
      h('h1', null, title),
      grid,
      h('p', { class: 'legend' }, W.legend[locale]),
      list,
    ),
  );
}
