/**
 * `renderLkjipPdf`: the capaian table of a year as the Laporan Kinerja (LKjIP) chapter III prints
 * it, as a vector PDF (A4 landscape, Arimo embedded): sasaran, IK, satuan, target, realisasi,
 * capaian (its cell filled with its band, the value printed), the previous year's realisation, the
 * Renstra end target and the capaian against it, and the factors. From core's row model
 * (`lkjipRows`), the same rows as the HTML table.
 *
 * @module
 */
import {
  LKJIP_LABELS,
  UsageError,
  achievement,
  achievementBand,
  formatPercent,
  formatValue,
  lkjipRows,
  periodLabel,
  type AchievementOptions,
  type AchievementReport,
  type Cascade,
  type Locale,
  type LkjipRow,
} from '@pokin/core';
import { Canvas } from '../draw/canvas.js';
import { INK } from '../draw/page.js';
import { arimoFonts } from '../fonts.js';
import { resolvePdfOptions } from '../options.js';
import { t } from '../labels.js';
import { drawTable, type Cell } from './table.js';

/** Options of {@link renderLkjipPdf}: the year (and period) of the capaian, and the language. */
export interface LkjipPdfOptions extends AchievementOptions {
  /** Language of the labels and numbers. @default 'id' */
  readonly locale?: Locale;
}

const W = {
  title: { id: 'CAPAIAN KINERJA TAHUN {year}', en: 'PERFORMANCE ACHIEVEMENT {year}' },
  ...LKJIP_LABELS,
  asOf: { id: 's.d. {period}', en: 'to {period}' },
  none: { id: 'Tidak ada indikator kinerja.', en: 'No performance indicator.' },
} as const;

/** What the overall capaian rests on: "2 dari 41 IK terukur". */
const measuredOf = (report: AchievementReport, locale: Locale): string =>
  LKJIP_LABELS.measured[locale]
    .replace('{measured}', String(report.document.measuredIndicators))
    .replace('{total}', String(report.document.indicators));

const SIZE = 7.5;
const say = (w: { id: string; en: string }, locale: Locale, vars: Readonly<Record<string, string>> = {}): string =>
  w[locale].replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
const para = (text: string, bold = false) => ({ text, size: SIZE, bold });

function rowCells(row: LkjipRow, no: number, locale: Locale): Cell[] {
  const a = row.indicator;
  const cells: Cell[] = [];
  if (row.rowspan > 0) {
    cells.push({ column: 0, rowspan: row.rowspan, paras: [para(String(no))] });
    cells.push({ column: 1, rowspan: row.rowspan, paras: [{ ...para(row.sasaran, true), heading: true }] });
  }
  const pct = (p: number | undefined) => (p === undefined ? '–' : formatPercent(p, locale));
  const factors = [row.supporting, row.inhibiting, row.followUp].filter((s): s is string => s !== undefined && s !== '');
  cells.push(
    { column: 2, paras: [para(a.indicator.statement)] },
    { column: 3, paras: [para(a.indicator.unit ?? '')] },
    { column: 4, paras: [para(formatValue(a.target, locale))] },
    { column: 5, paras: [para(formatValue(a.realisation, locale))] },
    {
      column: 6,
      paras: [para(pct(a.percent), true)],
      ...(a.percent === undefined ? {} : { fill: achievementBand(a.percent).fill }),
    },
    { column: 7, paras: [para(formatValue(a.previous, locale))] },
    {
      column: 8,
      paras: [
        para(a.endTarget === undefined ? '' : `${formatValue(a.endTarget, locale)}${a.endYear === undefined ? '' : ` (${a.endYear})`}`),
      ],
    },
    { column: 9, paras: [para(a.endPercent === undefined ? '' : pct(a.endPercent))] },
    { column: 10, paras: factors.map((f) => para(f)) },
  );
  return cells;
}

/**
 * Renders the LKjIP capaian table of `options.year` (as of `options.period`), a long table going on
 * over pages with its header repeated, and the document's capaian under it. Pure: the same input
 * gives the same bytes.
 *
 * @throws `UsageError` for an option it cannot use.
 */
export function renderLkjipPdf(cascade: Cascade, options: LkjipPdfOptions): Uint8Array {
  const locale: Locale = options.locale ?? 'id';
  if (locale !== 'id' && locale !== 'en') throw new UsageError(`@pokin/pdf renderLkjipPdf: locale must be "id" or "en"`);
  const report = achievement(cascade, options);
  const year = report.year;
  const vars = { year, prev: String(Number(year) - 1), period: report.period === undefined ? '' : periodLabel(report.period, locale) };
  const settings = resolvePdfOptions({ paper: 'A4', orientation: 'landscape', locale });
  const title = say(W.title, locale, vars);
  const canvas = new Canvas(settings, arimoFonts(), { title, subject: 'LKjIP', author: cascade.agency?.name });
  const margin = 36;
  const width = canvas.width - 2 * margin;
  canvas.addPage();
  let y = margin + 12;
  canvas.text(title, canvas.width / 2, y, { size: 12, bold: true, color: INK }, 'middle');
  for (const line of [cascade.agency?.name, cascade.title, report.period === undefined ? undefined : say(W.asOf, locale, vars)]) {
    if (line === undefined || line === '') continue;
    y += 15;
    canvas.text(line, canvas.width / 2, y, { size: 10, bold: true, color: INK }, 'middle');
  }
  const rows: Cell[][] = [];
  let no = 0;
  for (const row of lkjipRows(report)) rows.push(rowCells(row, row.rowspan > 0 ? ++no : no, locale));
  // No, sasaran, IK, satuan, target, realisasi, capaian, previous, end target, end capaian, factors.
  // The capaian column holds "Achievement 2025" without breaking the word.
  const share = [0.03, 0.15, 0.17, 0.06, 0.06, 0.07, 0.08, 0.07, 0.08, 0.08, 0.15];
  const columns = share.map((s) => s * width);
  // The year's columns name it after the word, as the HTML table does; `prev` is the realisation of the year before.
  const header = (key: keyof typeof W | 'prev'): string => {
    if (key === 'prev') return `${W.real[locale]} ${vars.prev}`;
    return key === 'target' || key === 'real' || key === 'capaian' ? `${W[key][locale]} ${year}` : W[key][locale];
  };
  const head = (key: keyof typeof W | 'prev', column: number): Cell => ({ column, paras: [para(header(key), true)] });
  // The table stops a line above the margin, so that the document's capaian under it never stands alone on a page.
  const totalLine = 16;
  const flow = {
    left: margin,
    top: y + 18,
    // drawTable leaves 10 pt under the table before the line.
    bottom: canvas.height - margin - 10 - totalLine,
    newPage: (): number => (canvas.addPage(), margin),
  };
  drawTable(
    canvas,
    {
      columns,
      header: [
        (['no', 'sasaran', 'ik', 'unit', 'target', 'real', 'capaian', 'prev', 'end', 'endCapaian', 'factors'] as const).map((k, i) =>
          head(k, i),
        ),
      ],
      rows,
      continued: t('continuedMark', locale),
      empty: W.none[locale],
    },
    flow,
  );
  const overall = `${W.document[locale]} ${year}: ${report.document.percent === undefined ? '–' : formatPercent(report.document.percent, locale)} (${measuredOf(report, locale)})`;
  let top = flow.top + totalLine;
  if (top > canvas.height - margin) top = flow.newPage() + 12;
  canvas.text(overall, margin, top, { size: 9.5, bold: true, color: INK });
  return canvas.finish();
}
