/**
 * The rows of the position workbooks from core's position model: the Perjanjian Kinerja annexes
 * of a year (`perjanjianKinerja`) and the peta cascading (`positionPlans`), a row per indicator
 * (or per result without one), the position's and the result's cells spanning their rows.
 *
 * @module
 */
import {
  PETA_LABELS,
  PK_LABELS,
  POSITION_TYPE_LABELS,
  perjanjianKinerja,
  positionLines,
  positionPlans,
  type Cascade,
  type Locale,
  type Position,
  type PositionPlan,
} from '@pokin/core';
import type { HeadCell, SpanCell } from './table.js';

type Words = { readonly id: string; readonly en: string };

/** Header and sheet words of the position workbooks. */
export const W = {
  pkTitle: PK_LABELS.title,
  pkSheet: { id: 'Perjanjian Kinerja {year}', en: 'Performance Agreement {year}' },
  petaTitle: PETA_LABELS.title,
  petaSheet: { id: 'Peta Cascading', en: 'Cascading Map' },
  no: { id: 'No', en: 'No' },
  position: { id: 'Jabatan', en: 'Position' },
  agency: { id: 'Perangkat Daerah / Unit', en: 'Agency / unit' },
  type: { id: 'Jenis Jabatan', en: 'Position type' },
  official: { id: 'Nama Pejabat', en: 'Official' },
  nip: { id: 'NIP', en: 'NIP' },
  superior: { id: 'Pihak Kedua (Atasan)', en: 'Second party (superior)' },
  sasaran: { id: 'Sasaran', en: 'Objective' },
  result: { id: 'Kinerja', en: 'Result' },
  level: { id: 'Level', en: 'Level' },
  ik: { id: 'Indikator Kinerja', en: 'Performance indicator' },
  unit: { id: 'Satuan', en: 'Unit' },
  target: { id: 'Target', en: 'Target' },
  targetYear: { id: 'Target {year}', en: 'Target {year}' },
} satisfies Record<string, Words>;

/** A word with `{year}` filled in. */
export const say = (w: Words, locale: Locale, year?: number): string => w[locale].replace('{year}', String(year ?? ''));

const where = (p: Position): string | undefined => [p.agency, p.unit].filter((s) => s !== undefined && s !== '').join(' / ') || undefined;

/** The Perjanjian Kinerja table of `year`: header and rows. */
export function pkTable(
  cascade: Cascade,
  year: number,
  locale: Locale,
  needle: string | undefined,
): { head: HeadCell[]; rows: SpanCell[][] } {
  const head = [W.no, W.position, W.agency, W.official, W.nip, W.superior, W.sasaran, W.ik, W.unit].map((w, c) => ({ c, v: w[locale] }));
  head.push({ c: 9, v: say(W.targetYear, locale, year) });
  const rows: SpanCell[][] = [];
  const list = perjanjianKinerja(cascade, year).filter(
    (pk) => needle === undefined || [pk.position.title, pk.position.unit, pk.position.name].some((s) => s?.toLowerCase().includes(needle)),
  );
  list.forEach((pk, n) => {
    pk.rows.forEach((row, k) => {
      const cells: SpanCell[] = [];
      if (k === 0) {
        const span = pk.rows.length;
        const p = pk.position;
        for (const [c, v] of [String(n + 1), p.title, where(p), p.name, p.nip, pk.superior?.title].entries())
          cells.push({ c, v, rows: span, bold: c === 1 });
      }
      if (row.first) cells.push({ c: 6, v: row.result.statement, rows: row.span });
      cells.push({ c: 7, v: row.indicator?.statement }, { c: 8, v: row.indicator?.unit }, { c: 9, v: row.target });
      rows.push(cells);
    });
  });
  return { head, rows };
}

/** The peta cascading table: header (targets grouped over their years) and rows. */
export function petaTable(
  cascade: Cascade,
  years: readonly number[],
  locale: Locale,
): { head: HeadCell[]; subhead: HeadCell[]; rows: SpanCell[][] } {
  const fixed = [W.no, W.position, W.agency, W.type, W.official, W.nip, W.result, W.level, W.ik, W.unit];
  const head: HeadCell[] = fixed.map((w, c) => ({ c, v: w[locale] }));
  if (years.length > 0) head.push({ c: fixed.length, v: W.target[locale], span: years.length });
  const subhead = years.map((y, i) => ({ c: fixed.length + i, v: String(y) }));
  const rows: SpanCell[][] = [];
  positionPlans(cascade).forEach((plan, n) => rows.push(...planRows(cascade, plan, n + 1, years, locale)));
  return { head, subhead, rows };
}

function planRows(cascade: Cascade, plan: PositionPlan, no: number, years: readonly number[], locale: Locale): SpanCell[][] {
  const lines = positionLines(plan);
  const p = plan.position;
  return lines.map(({ item, ind }, k) => {
    const cells: SpanCell[] = [];
    if (k === 0) {
      const type = p.positionType === undefined ? undefined : POSITION_TYPE_LABELS[p.positionType][locale];
      for (const [c, v] of [String(no), p.title, where(p), type, p.name, p.nip].entries())
        cells.push({ c, v, rows: lines.length, bold: c === 1 });
    }
    if (k === 0 || lines[k - 1]!.item !== item) {
      const span = lines.filter((l) => l.item === item).length;
      const level = cascade.level(item.result.level)?.label[locale] ?? item.result.level;
      cells.push({ c: 6, v: item.result.statement, rows: span }, { c: 7, v: level, rows: span });
    }
    cells.push({ c: 8, v: ind?.statement }, { c: 9, v: ind?.unit });
    years.forEach((y, i) => cells.push({ c: 10 + i, v: ind?.targets?.[String(y)] }));
    return cells;
  });
}
