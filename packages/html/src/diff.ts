/**
 * `renderDiffHtml`: a diff between two versions of a tree ({@link CascadeDiff} from `diffCascades`)
 * as one HTML page or fragment: a summary of the changes by kind, then every change as a row
 * (result, level, statement, indicator, year, field or crosscutting link, before and after).
 *
 * @module
 */
import { DIFF_KINDS, DIFF_LABELS, UsageError, diffLevelNames, diffValueText, localize } from '@pokin/core';
import type { CascadeDiff, DiffChange, DiffLevelNames, LevelScheme, Locale } from '@pokin/core';
import { toHtml } from './serialize.js';
import { htmlStylesheet } from './styles.js';
import { documentShell } from './shell.js';
import { h, hText, type ElementNode } from './tree.js';

/** Options of {@link renderDiffHtml}. */
export interface DiffHtmlOptions {
  /**
   * Language of the labels.
   * @default 'id'
   */
  readonly locale?: Locale;
  /**
   * A fragment (a `<div>`) instead of a whole document.
   * @default false
   */
  readonly fragment?: boolean;
  /**
   * The level scheme (the new version's), to show level labels instead of keys.
   * @default the level keys as they are
   */
  readonly levels?: LevelScheme;
  /**
   * The old version's level scheme, for the level a removed result had and a changed level's
   * before, when the two versions' schemes differ.
   * @default `levels`
   */
  readonly oldLevels?: LevelScheme;
  /**
   * Class of the wrapper, scoping the styles.
   * @default 'pokin'
   */
  readonly className?: string;
  /**
   * What to call the old and the new version in the heading (the files' paths, say, when both
   * versions have the same title).
   * @default each version's title, with its id when it has one
   */
  readonly names?: readonly [string, string];
}

const L = Object.freeze({
  title: { id: 'Perubahan pohon kinerja', en: 'Changes to the performance tree' },
  summary: { id: 'Ringkasan perubahan', en: 'Summary of changes' },
  changes: { id: 'Rincian perubahan', en: 'Changes in detail' },
  kind: { id: 'Perubahan', en: 'Change' },
  count: { id: 'Jumlah', en: 'Count' },
  no: { id: 'No', en: 'No' },
  oldId: { id: 'Id lama', en: 'Old id' },
  newId: { id: 'Id baru', en: 'New id' },
  level: { id: 'Level', en: 'Level' },
  statement: { id: 'Kinerja', en: 'Result' },
  indicator: { id: 'Indikator kinerja (IK)', en: 'Indicator' },
  detail: { id: 'Tahun / bagian / kontribusi lintas', en: 'Year / field / crosscutting link' },
  from: { id: 'Sebelum', en: 'Before' },
  to: { id: 'Sesudah', en: 'After' },
  matchedBy: { id: 'Dicocokkan', en: 'Matched' },
  none: { id: 'Tidak ada perubahan.', en: 'No changes.' },
  results: { id: 'kinerja', en: 'results' },
  untitled: { id: 'tanpa judul', en: 'untitled' },
});

const EXTRA_CSS = (s: string) =>
  [
    `${s} table.diff-summary { width: auto; margin-bottom: 1.5em; }`,
    `${s} td.count { text-align: right; }`,
    `${s} td.before { color: #8a1c1c; }`,
    `${s} td.after { color: #1c5e20; }`,
    `${s} tr.kind-added td.kind, ${s} tr.kind-indicator-added td.kind, ${s} tr.kind-link-added td.kind { background: #e6f4e6; }`,
    `${s} tr.kind-removed td.kind, ${s} tr.kind-indicator-removed td.kind, ${s} tr.kind-link-removed td.kind { background: #fbe9e9; }`,
  ].join('\n');

/**
 * Renders a diff as HTML (a whole document by default). Pure and deterministic; all text is
 * escaped.
 *
 * @throws `UsageError` when `diff` is not a diff or an option cannot be used.
 */
export function renderDiffHtml(diff: CascadeDiff, options: DiffHtmlOptions = {}): string {
  if (diff === null || typeof diff !== 'object' || !Array.isArray(diff.changes))
    throw new UsageError('@pokin/html renderDiffHtml: expected a CascadeDiff (from diffCascades)');
  const locale = options.locale ?? 'id';
  if (locale !== 'id' && locale !== 'en')
    throw new UsageError(`@pokin/html renderDiffHtml: locale must be "id" or "en", got ${String(locale)}`);
  const className = options.className ?? 'pokin';
  const css = `${htmlStylesheet({ className, page: options.fragment !== true })}\n${EXTRA_CSS(`.${className}`)}`;
  const m = (label: { id: string; en: string }) => localize(label, locale);
  const levels = diffLevelNames(options.oldLevels ?? options.levels, options.levels, locale);
  const side = (s: CascadeDiff['old']) => `${s.title.trim() === '' ? m(L.untitled) : s.title}${s.id === null ? '' : ` (${s.id})`}`;
  const names = options.names;
  if (names !== undefined && !(Array.isArray(names) && names.length === 2 && names.every((n) => typeof n === 'string')))
    throw new UsageError("@pokin/html renderDiffHtml: names must be two strings, the old version's and the new one's");
  const heading = names === undefined ? `${side(diff.old)} \u2192 ${side(diff.new)}` : `${names[0]} \u2192 ${names[1]}`;
  const body = [
    h('h2', null, m(L.summary)),
    summaryTable(diff, m),
    h('h2', null, m(L.changes)),
    diff.changes.length === 0 ? h('p', null, m(L.none)) : changesTable(diff.changes, m, levels, locale),
  ];
  if (options.fragment === true) return toHtml(h('div', { class: className, lang: locale }, h('style', null, css), body));
  const meta = `${heading} \u00b7 ${diff.old.results} \u2192 ${diff.new.results} ${m(L.results)}`;
  const header = h('header', null, h('h1', null, m(L.title)), h('p', { class: 'meta' }, meta));
  return toHtml(documentShell(locale, `${m(L.title)}: ${heading}`, css, h('body', { class: className }, header, h('main', null, body))));
}

type Say = (label: { id: string; en: string }) => string;

function summaryTable(diff: CascadeDiff, m: Say): ElementNode {
  const rows = DIFF_KINDS.map((k) =>
    h('tr', null, hText('td', null, m(DIFF_LABELS.kind[k])), hText('td', { class: 'count' }, String(diff.summary.changes[k]))),
  );
  return h(
    'table',
    { class: 'diff-summary' },
    h('thead', null, h('tr', null, hText('th', { scope: 'col' }, m(L.kind)), hText('th', { scope: 'col' }, m(L.count)))),
    h('tbody', null, rows),
  );
}

const cell = (v: string | number | null) => (v === null ? '' : String(v));

function changesTable(changes: readonly DiffChange[], m: Say, levels: DiffLevelNames, locale: Locale): ElementNode {
  const head = [L.no, L.kind, L.oldId, L.newId, L.level, L.statement, L.indicator, L.detail, L.from, L.to, L.matchedBy];
  const rows = changes.map((c, i) =>
    h(
      'tr',
      { class: `kind-${c.kind}` },
      hText('td', { class: 'count' }, String(i + 1)),
      hText('td', { class: 'kind' }, m(DIFF_LABELS.kind[c.kind])),
      hText('td', null, cell(c.oldId)),
      hText('td', null, cell(c.newId)),
      hText('td', { class: `tier-${c.tier}` }, levels.level(c)),
      hText('td', null, c.statement),
      hText('td', null, cell(c.indicator)),
      hText('td', null, c.year ?? (c.field === null ? cell(c.link) : m(DIFF_LABELS.field[c.field]))),
      hText('td', { class: 'before' }, cell(diffValueText(c, levels.value(c, 'from'), locale))),
      hText('td', { class: 'after' }, cell(diffValueText(c, levels.value(c, 'to'), locale))),
      hText('td', null, c.matchedBy === null ? '' : m(DIFF_LABELS.matchedBy[c.matchedBy])),
    ),
  );
  return h(
    'table',
    { class: 'diff' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        head.map((l) => hText('th', { scope: 'col' }, m(l))),
      ),
    ),
    h('tbody', null, rows),
  );
}
