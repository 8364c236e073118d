/**
 * `renderPetaCascadingPdf`: the *peta cascading* per position (Langkah 5) as a vector PDF (A4
 * landscape, Arimo embedded, tagged): for each position, in the order the tree first names it,
 * the results it carries with their level, indicators, unit and targets per year. The same
 * content as the HTML page (`renderPetaCascading` of `@pokin/html`), from core's position model
 * (`positionPlans`); a long table goes on over pages with its header repeated.
 *
 * @module
 */
import {
  PETA_LABELS,
  POSITION_TYPE_LABELS,
  UsageError,
  positionLines,
  positionPlans,
  type Cascade,
  type Locale,
  type PositionPlan,
} from '@pokin/core';
import { Canvas } from '../draw/canvas.js';
import { INK } from '../draw/page.js';
import { arimoFonts } from '../fonts.js';
import { resolvePdfOptions, type Paper } from '../options.js';
import { t } from '../labels.js';
import { drawTable, type Cell, type Para } from '../tables/table.js';
import { positionLocale, show, type Words } from './words.js';

/** Options of {@link renderPetaCascadingPdf}. */
export interface PetaCascadingPdfOptions {
  /**
   * The target years shown.
   * @default the years of the document's period (at most 10), else every target year found
   */
  readonly years?: readonly number[];
  /**
   * Paper size (landscape).
   * @default 'A4'
   */
  readonly paper?: Paper;
  /**
   * Language of the labels.
   * @default 'id'
   */
  readonly locale?: Locale;
}

const W = {
  ...PETA_LABELS,
  title: { id: 'PETA CASCADING KINERJA PER JABATAN', en: 'CASCADING MAP BY POSITION' },
} satisfies Record<string, Words>;

/** Type size of the table, in points (the smallest text of the document). */
const SIZE = 7.5;
const para = (text: string, bold = false, heading = false): Para => ({ text, size: SIZE, bold, heading });

/** The years shown: the options', else the period's, else every target year. */
function yearsOf(cascade: Cascade, given: readonly number[] | undefined): number[] {
  if (given !== undefined) {
    for (const y of given)
      if (!Number.isInteger(y) || y < 1900 || y > 2200)
        throw new UsageError(`@pokin/pdf renderPetaCascadingPdf: years must be whole years, got ${String(y)}`);
    return [...given];
  }
  const p = cascade.period;
  if (p !== undefined) return Array.from({ length: Math.min(p.end - p.start + 1, 10) }, (_, i) => p.start + i);
  const found = new Set<number>();
  for (const r of cascade.results()) for (const i of r.indicators) for (const y of Object.keys(i.targets ?? {})) found.add(Number(y));
  return [...found].sort((a, b) => a - b).slice(0, 10);
}

/** The rows of one position: a row per indicator (or one per result without any). */
function positionRows(cascade: Cascade, plan: PositionPlan, no: number, years: readonly number[], locale: Locale): Cell[][] {
  const lines = positionLines(plan);
  const p = plan.position;
  const who: Para[] = [para(p.title, true, true)];
  for (const s of [p.agency, p.name, p.nip === undefined ? undefined : `NIP. ${p.nip}`]) if (s !== undefined) who.push(para(s));
  return lines.map(({ item, ind }, k) => {
    const cells: Cell[] = [];
    if (k === 0) {
      const rowspan = lines.length;
      cells.push(
        { column: 0, rowspan, paras: [para(String(no), false, true)] },
        { column: 1, rowspan, paras: who },
        { column: 2, rowspan, paras: [para(p.positionType === undefined ? '' : POSITION_TYPE_LABELS[p.positionType][locale])] },
      );
    }
    if (k === 0 || lines[k - 1]!.item !== item) {
      const rowspan = lines.filter((l) => l.item === item).length;
      const level = cascade.level(item.result.level)?.label[locale] ?? item.result.level;
      cells.push({ column: 3, rowspan, paras: [para(item.result.statement, false, true)] }, { column: 4, rowspan, paras: [para(level)] });
    }
    cells.push({ column: 5, paras: [para(ind?.statement ?? '')] }, { column: 6, paras: [para(ind?.unit ?? '')] });
    years.forEach((y, i) => cells.push({ column: 7 + i, paras: [para(ind === undefined ? '' : show(ind.targets?.[String(y)], locale))] }));
    return cells;
  });
}

/** Column widths: the targets narrow, the rest shared out by what their text needs. */
function columnsOf(width: number, years: number): number[] {
  const target = years === 0 ? 0 : Math.min(40, (width * 0.3) / years);
  const fixed = [22, -0.21, -0.11, -0.27, -0.11, -0.3, 46];
  const rest = width - 22 - 46 - target * years;
  return [...fixed.map((w) => (w < 0 ? -w * rest : w)), ...Array.from({ length: years }, () => target)];
}

/**
 * Renders the peta cascading per position: a table with, per position, each result it carries,
 * its level, indicators, unit and targets per year, A4 (or A3) landscape. Pure: the same input
 * gives the same bytes; all text reaches the PDF as glyphs of the embedded font.
 *
 * @throws `UsageError` for an option it cannot use.
 */
export function renderPetaCascadingPdf(cascade: Cascade, options: PetaCascadingPdfOptions = {}): Uint8Array {
  const locale = positionLocale('renderPetaCascadingPdf', options.locale);
  const years = yearsOf(cascade, options.years);
  const settings = resolvePdfOptions({ paper: options.paper ?? 'A4', orientation: 'landscape', locale });
  const subtitle = cascade.agency?.name ?? cascade.title;
  const canvas = new Canvas(settings, arimoFonts(), { title: W.title[locale], subject: subtitle, author: cascade.agency?.name });
  const margin = 36;
  canvas.addPage();
  let y = margin + 12;
  canvas.tagged('H1', undefined, () => canvas.text(W.title[locale], canvas.width / 2, y, { size: 12, bold: true, color: INK }, 'middle'));
  y += 16;
  canvas.tagged('P', undefined, () => canvas.text(subtitle, canvas.width / 2, y, { size: 10, bold: true, color: INK }, 'middle'));
  const plans = positionPlans(cascade);
  if (plans.length === 0) {
    canvas.tagged('P', undefined, () => canvas.text(W.noOwner[locale], margin, y + 28, { size: 10, color: INK }));
    return canvas.finish();
  }
  const rows: Cell[][] = [];
  plans.forEach((plan, i) => rows.push(...positionRows(cascade, plan, i + 1, years, locale)));
  const many = years.length > 0 ? 2 : 1;
  const head = (w: Words, column: number): Cell => ({ column, rowspan: many, paras: [para(w[locale], true)] });
  const header: Cell[][] = [[W.no, W.position, W.type, W.result, W.level, W.ik, W.unit].map(head)];
  if (years.length > 0) {
    header[0]!.push({ column: 7, colspan: years.length, paras: [para(W.target[locale], true)] });
    header.push(years.map((yr, i) => ({ column: 7 + i, paras: [para(String(yr), true)] })));
  }
  const flow = { left: margin, top: y + 14, bottom: canvas.height - margin, newPage: (): number => (canvas.addPage(), margin) };
  drawTable(
    canvas,
    { columns: columnsOf(canvas.width - 2 * margin, years.length), header, rows, continued: t('continuedMark', locale) },
    flow,
  );
  return canvas.finish();
}
