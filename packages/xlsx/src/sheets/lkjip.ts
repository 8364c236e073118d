/**
 * The capaian sheets of {@link renderLkjipXlsx}: the LKjIP table (chapter III of the Laporan
 * Kinerja: sasaran, IK, target, realisasi, capaian and its band, the previous year's realisation,
 * the Renstra end target and the capaian against it, the factors), with the capaian per tier and
 * for the document under it, and the quarterly monitoring table (*monev triwulan*). Numbers stay
 * numbers (capaian in percent, two decimals); text is text, never a formula.
 *
 * @module
 */
import {
  LKJIP_LABELS,
  TIER_LABELS,
  achievementBand,
  achievementBands,
  lkjipRows,
  monevRows,
  periodLabel,
  type AchievementReport,
  type LkjipRow,
  type Locale,
  type MonevRow,
  type Value,
} from '@pokin/core';
import { SheetBuilder, type Cell, type PrintSetup, type SharedStrings } from '../sheet.js';
import type { CellStyle, StyleSheet } from '../styles.js';
import { heightOf, lineCount, needsQuote } from '../text.js';

/** The words of the capaian sheets. */
const LKJIP_WORDS = {
  lkjipSheet: { id: 'Capaian Kinerja', en: 'Achievement' },
  monevSheet: { id: 'Monev Triwulan', en: 'Quarterly Monitoring' },
  lkjip: { id: 'Tabel Capaian Kinerja (LKjIP Bab III)', en: 'Achievement Table (LKjIP Chapter III)' },
  monev: { id: 'Monitoring dan Evaluasi Triwulan', en: 'Quarterly Monitoring' },
  ...LKJIP_LABELS,
  endYear: { id: 'Tahun Akhir', en: 'End Year' },
  supporting: { id: 'Faktor Pendukung', en: 'Supporting Factors' },
  inhibiting: { id: 'Faktor Penghambat', en: 'Inhibiting Factors' },
  followUp: { id: 'Upaya / Tindak Lanjut', en: 'Follow-up' },
  tier: { id: 'Capaian', en: 'Achievement,' },
} as const;

/** Writes cells with the workbook's styles: text quoted when it could read as a formula, numbers as numbers. */
class Writer {
  readonly sheet: SheetBuilder;
  readonly #styles: StyleSheet;
  constructor(name: string, strings: SharedStrings, styles: StyleSheet) {
    this.sheet = new SheetBuilder(name, strings);
    this.#styles = styles;
  }
  cell(c: number, value: Value | undefined, style: CellStyle): Cell {
    const v = value === '' ? undefined : value;
    const text = typeof v === 'string';
    return {
      c,
      v,
      s: text && needsQuote(v) ? this.#styles.quotedId(style) : this.#styles.id(text ? style : { ...style, horizontal: 'right' }),
    };
  }
  /** A capaian cell: the percent with two decimals, else the words for "not measured" (or an empty cell). */
  percent(c: number, p: number | undefined, style: CellStyle, none?: string): Cell {
    if (p === undefined) return { c, v: none, s: this.#styles.id({ ...style, color: '#5f6368', horizontal: 'right' }) };
    return { c, v: Math.round(p * 100) / 100, s: this.#styles.id({ ...style, decimals2: true, horizontal: 'right' }) };
  }
  /** Title, subtitle and the header row; returns the first body row. */
  head(title: string, sub: string, headers: readonly string[], widths: readonly number[], style: CellStyle): number {
    const last = headers.length - 1;
    this.sheet.row(0, [this.cell(0, title, { bold: true, size: 13 })], 20);
    this.sheet.merge(0, 0, 0, last);
    this.sheet.row(1, [this.cell(0, sub, {})]);
    this.sheet.merge(1, 0, 1, last);
    const lines = Math.max(...headers.map((h, i) => lineCount(h, widths[i]!)));
    this.sheet.row(
      3,
      headers.map((h, c) => this.cell(c, h, style)),
      heightOf(lines),
    );
    this.sheet.widths(widths);
    this.sheet.freeze(4, 0);
    return 4;
  }
}

const HEAD: CellStyle = { bold: true, fill: '#e8eaed', border: true, wrap: true, horizontal: 'center', vertical: 'center' };
const BODY: CellStyle = { border: true, wrap: true, vertical: 'top' };
const TOTAL: CellStyle = { bold: true, border: true, vertical: 'top' };

/** Lines the tallest text of a row takes in its column. */
const linesOf = (cells: readonly Cell[], widths: readonly number[]): number =>
  Math.max(1, ...cells.map((x) => (typeof x.v === 'string' ? lineCount(x.v, widths[x.c]!) : 1)));

/** Title and subtitle of a capaian sheet. */
function titles(report: AchievementReport, heading: string, cascadeTitle: string, agency: string | undefined, locale: Locale) {
  const w = LKJIP_WORDS;
  const asOf = report.period === undefined ? '' : ` ${w.asOf[locale]} ${periodLabel(report.period, locale)}`;
  return {
    title: `${heading} ${report.year}${asOf}`,
    sub: [agency, cascadeTitle].filter((s): s is string => s !== undefined && s !== '').join(' | '),
  };
}

/** What both capaian sheets of a workbook are made from. */
export interface CapaianBook {
  readonly report: AchievementReport;
  readonly meta: { readonly title: string; readonly agency?: string };
  readonly locale: Locale;
  readonly styles: StyleSheet;
  readonly strings: SharedStrings;
}

/** What both capaian sheets start with: their words, writer, year and first five headers. */
function sheetStart(name: 'lkjipSheet' | 'monevSheet', { report, locale, styles, strings }: CapaianBook) {
  const y = report.year;
  const say = (k: keyof typeof LKJIP_WORDS): string => LKJIP_WORDS[k][locale];
  const x = new Writer(say(name), strings, styles);
  const firstHeaders = [say('no'), say('sasaran'), say('ik'), say('unit'), `${say('target')} ${y}`];
  return { say, x, y, firstHeaders };
}

/** The first five cells of a row: number and sasaran (merged down its rows on its first), IK, unit, target. */
function firstCells(x: Writer, r: number, row: LkjipRow | MonevRow, no: number): Cell[] {
  const cells: Cell[] = [];
  if (row.rowspan > 0) {
    cells.push(x.cell(0, no, BODY), x.cell(1, row.sasaran, BODY));
    if (row.rowspan > 1) for (const c of [0, 1]) x.sheet.merge(r, c, r + row.rowspan - 1, c);
  } else cells.push(x.cell(0, undefined, BODY), x.cell(1, undefined, BODY));
  const a = row.indicator;
  cells.push(x.cell(2, a.indicator.statement, BODY), x.cell(3, a.indicator.unit, BODY), x.cell(4, a.target, BODY));
  return cells;
}

/** Both sheets print one page wide, the header row repeated, pages numbered. */
const printSetup = (locale: Locale): PrintSetup => ({
  titleRows: [4, 4],
  fitWidth: true,
  footer: locale === 'en' ? '&CPage &P of &N' : '&CHalaman &P dari &N',
});

/** The LKjIP sheet. */
export function lkjipSheet(book: CapaianBook): SheetBuilder {
  const { report, meta, locale } = book;
  const { say, x, y, firstHeaders } = sheetStart('lkjipSheet', book);
  // The capaian columns hold percent numbers: their headers say so.
  const headers = [
    ...firstHeaders,
    `${say('real')} ${y}`,
    `${say('capaian')} (%) ${y}`,
    say('band'),
    `${say('real')} ${Number(y) - 1}`,
    say('end'),
    say('endYear'),
    `${say('endCapaian')} (%)`,
    say('supporting'),
    say('inhibiting'),
    say('followUp'),
  ];
  const widths = [5, 34, 34, 11, 10, 10, 11, 13, 11, 11, 8, 13, 26, 26, 26];
  const t = titles(report, say('lkjip'), meta.title, meta.agency, locale);
  let r = x.head(t.title, t.sub, headers, widths, HEAD);
  const bands = achievementBands();
  let no = 0;
  for (const row of lkjipRows(report)) {
    const a = row.indicator;
    if (row.rowspan > 0) no++;
    const cells = firstCells(x, r, row, no);
    const band = a.percent === undefined ? undefined : achievementBand(a.percent, bands);
    cells.push(
      x.cell(5, a.realisation, BODY),
      x.percent(6, a.percent, BODY, say('none')),
      x.cell(7, band?.label[locale], band === undefined ? BODY : { ...BODY, fill: band.fill }),
      x.cell(8, a.previous, BODY),
      x.cell(9, a.endTarget, BODY),
      x.cell(10, a.endYear === undefined ? undefined : Number(a.endYear), BODY),
      x.percent(11, a.endPercent, BODY),
      x.cell(12, row.supporting, BODY),
      x.cell(13, row.inhibiting, BODY),
      x.cell(14, row.followUp, BODY),
    );
    // The sasaran's lines are shared out over its rows.
    const own = linesOf(cells.slice(2), widths);
    const sasaran = row.rowspan > 0 ? Math.ceil(lineCount(row.sasaran, widths[1]!) / row.rowspan) : 1;
    x.sheet.row(r++, cells, heightOf(Math.max(own, sasaran)));
  }
  // The capaian per tier and for the document.
  const totals: [string, number | undefined][] = [
    ...report.tiers.map((s): [string, number | undefined] => [`${say('tier')} ${TIER_LABELS[s.tier][locale]} ${y}`, s.percent]),
    [
      `${say('document')} ${y} (${say('measured').replace('{measured}', String(report.document.measuredIndicators)).replace('{total}', String(report.document.indicators))})`,
      report.document.percent,
    ],
  ];
  for (const [label, percent] of totals) {
    x.sheet.row(r, [
      x.cell(0, label, TOTAL),
      ...[1, 2, 3, 4, 5].map((c) => x.cell(c, undefined, TOTAL)),
      x.percent(6, percent, TOTAL, say('none')),
    ]);
    x.sheet.merge(r, 0, r, 5);
    r++;
  }
  x.sheet.print = printSetup(locale);
  return x.sheet;
}

/** The quarterly monitoring sheet. */
export function monevSheet(book: CapaianBook): SheetBuilder {
  const { report, meta, locale } = book;
  const { say, x, y, firstHeaders } = sheetStart('monevSheet', book);
  const headers = [...firstHeaders, ...[1, 2, 3, 4].map((q) => `${say('quarter')} ${q}`), `${say('real')} ${y}`, `${say('capaian')} (%)`];
  const widths = [5, 36, 36, 11, 10, 9, 9, 9, 9, 11, 11];
  const t = titles(report, say('monev'), meta.title, meta.agency, locale);
  let r = x.head(t.title, t.sub, headers, widths, HEAD);
  let no = 0;
  for (const row of monevRows(report)) {
    const a = row.indicator;
    if (row.rowspan > 0) no++;
    const cells = firstCells(x, r, row, no);
    row.quarters.forEach((q, i) => cells.push(x.cell(5 + i, q, BODY)));
    cells.push(x.cell(9, a.realisation, BODY), x.percent(10, a.percent, BODY, say('none')));
    const sasaran = row.rowspan > 0 ? Math.ceil(lineCount(row.sasaran, widths[1]!) / row.rowspan) : 1;
    x.sheet.row(r++, cells, heightOf(Math.max(linesOf(cells.slice(2), widths), sasaran)));
  }
  x.sheet.print = printSetup(locale);
  return x.sheet;
}
