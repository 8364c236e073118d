/**
 * {@link renderLkjipHtml}: the capaian tables of a year as one HTML document (or fragment): the
 * LKjIP table (chapter III of the Laporan Kinerja) and the quarterly monitoring table
 * (*monev triwulan*). Built from core's `achievement` and its row models.
 *
 * @module
 */
import {
  LKJIP_LABELS,
  UsageError,
  achievement,
  achievementBand,
  achievementBands,
  formatPercent,
  formatValue,
  lkjipRows,
  monevRows,
  periodLabel,
  type AchievementOptions,
  type AchievementReport,
  type Cascade,
  type Locale,
} from '@pokin/core';
import { htmlStylesheet } from './styles.js';
import { escapeAttribute, escapeText } from './text.js';

/** Options of {@link renderLkjipHtml}. */
export interface LkjipHtmlOptions extends AchievementOptions {
  /** Language of the headers. @default 'id' */
  readonly locale?: Locale;
  /** The two tables only, without `<html>`, `<head>` and styles. @default false */
  readonly fragment?: boolean;
}

const L = {
  title: { id: 'Capaian Kinerja', en: 'Performance Achievement' },
  lkjip: { id: 'Tabel capaian kinerja (LKjIP Bab III)', en: 'Achievement table (LKjIP chapter III)' },
  monev: { id: 'Monitoring dan evaluasi triwulan', en: 'Quarterly monitoring' },
  ...LKJIP_LABELS,
  prev: LKJIP_LABELS.real,
} as const;

/** What the overall capaian rests on: "2 dari 41 IK terukur". */
const measuredOf = (report: AchievementReport, locale: Locale): string =>
  LKJIP_LABELS.measured[locale]
    .replace('{measured}', String(report.document.measuredIndicators))
    .replace('{total}', String(report.document.indicators));

const cell = (tag: 'td' | 'th', text: string, attrs = ''): string => `<${tag}${attrs}>${escapeText(text)}</${tag}>`;

/** Renders the LKjIP and monitoring tables of `options.year` (as of `options.period`). Pure; all text escaped. */
export function renderLkjipHtml(cascade: Cascade, options: LkjipHtmlOptions): string {
  const locale: Locale = options.locale ?? 'id';
  if (locale !== 'id' && locale !== 'en') throw new UsageError(`@pokin/html renderLkjipHtml: unknown locale "${String(locale)}"`);
  const report = achievement(cascade, options);
  const bands = achievementBands();
  const w = (k: keyof typeof L) => L[k][locale];
  const pct = (p: number | undefined) => (p === undefined ? '' : formatPercent(p, locale));
  const prevYear = String(Number(report.year) - 1);
  // The first five headers of both tables: the result, its indicator and the year's target.
  const lead = [w('no'), w('sasaran'), w('ik'), w('unit'), `${w('target')} ${report.year}`];
  const rows = lkjipRows(report);
  let n = 0;
  let out = `<section class="pokin-section lkjip"><table class="lkjip"><caption>${escapeText(`${w('lkjip')} ${report.year}`)}</caption><thead><tr>`;
  out += [
    ...lead,
    `${w('real')} ${report.year}`,
    `${w('capaian')} ${report.year}`,
    w('band'),
    `${w('prev')} ${prevYear}`,
    w('end'),
    w('endCapaian'),
    w('factors'),
  ]
    .map((h) => cell('th', h, ' scope="col"'))
    .join('');
  out += '</tr></thead><tbody>';
  for (const row of rows) {
    const a = row.indicator;
    out += '<tr>';
    if (row.rowspan > 0) {
      n++;
      const span = row.rowspan > 1 ? ` rowspan="${row.rowspan}"` : '';
      out += cell('td', String(n), span) + cell('th', row.sasaran, `${span} scope="row" id="${escapeAttribute(`lkjip-${row.resultId}`)}"`);
    }
    const band = a.percent === undefined ? undefined : achievementBand(a.percent, bands);
    const factors = [row.supporting, row.inhibiting, row.followUp].filter((x): x is string => x !== undefined).join('\n');
    out += cell('td', a.indicator.statement);
    out += cell('td', a.indicator.unit ?? '');
    out += cell('td', formatValue(a.target, locale), ' class="value"');
    out += cell('td', formatValue(a.realisation, locale), ' class="value"');
    out += cell('td', a.percent === undefined ? w('none') : pct(a.percent), ' class="value"');
    out += band === undefined ? cell('td', '') : cell('td', band.label[locale], ` class="band" style="background: ${band.fill}"`);
    out += cell('td', formatValue(a.previous, locale), ' class="value"');
    out += cell('td', a.endTarget === undefined ? '' : `${formatValue(a.endTarget, locale)} (${a.endYear})`, ' class="value"');
    out += cell('td', pct(a.endPercent), ' class="value"');
    out += cell('td', factors);
    out += '</tr>';
  }
  out += `</tbody><tfoot><tr>${cell('th', `${w('document')} ${report.year}`, ' colspan="6" scope="row"')}${cell('td', pct(report.document.percent), ' class="value"')}${cell('td', measuredOf(report, locale), ' colspan="5"')}</tr></tfoot></table></section>`;
  out += `<section class="pokin-section monev"><table class="monev"><caption>${escapeText(`${w('monev')} ${report.year}${report.period === undefined ? '' : ` (${w('asOf')} ${periodLabel(report.period, locale)})`}`)}</caption><thead><tr>`;
  out += [...lead, ...[1, 2, 3, 4].map((q) => `${w('quarter')} ${q}`), `${w('real')} ${report.year}`, w('capaian')]
    .map((h) => cell('th', h, ' scope="col"'))
    .join('');
  out += '</tr></thead><tbody>';
  n = 0;
  for (const row of monevRows(report)) {
    const a = row.indicator;
    out += '<tr>';
    if (row.rowspan > 0) {
      n++;
      const span = row.rowspan > 1 ? ` rowspan="${row.rowspan}"` : '';
      out += cell('td', String(n), span) + cell('th', row.sasaran, `${span} scope="row"`);
    }
    out +=
      cell('td', a.indicator.statement) + cell('td', a.indicator.unit ?? '') + cell('td', formatValue(a.target, locale), ' class="value"');
    for (const q of row.quarters) out += cell('td', formatValue(q, locale), ' class="value"');
    out +=
      cell('td', formatValue(a.realisation, locale), ' class="value"') +
      cell('td', a.percent === undefined ? w('none') : pct(a.percent), ' class="value"');
    out += '</tr>';
  }
  out += '</tbody></table></section>';
  const body = `<div class="pokin">${out}</div>`;
  if (options.fragment === true) return body;
  const title = `${w('title')} ${report.year}: ${cascade.title}`;
  const css = `${htmlStylesheet({ page: true })}\n.pokin td.value { text-align: right; white-space: nowrap; }\n.pokin td.band { white-space: nowrap; }\n.pokin tfoot th { text-align: right; }`;
  return `<!DOCTYPE html>\n<html lang="${locale}">\n<head>\n<meta charset="utf-8">\n<title>${escapeText(title)}</title>\n<style>${css}</style>\n</head>\n<body>\n<div class="pokin"><h1>${escapeText(title)}</h1></div>\n${body}\n</body>\n</html>\n`;
}
