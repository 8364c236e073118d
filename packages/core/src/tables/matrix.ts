/**
 * The cascading matrix (*matriks cascading*, as a Renstra or Perjanjian Kinerja annex prints it):
 * one row per indicator, the result in the column of its tier, then IK, satuan, kondisi awal,
 * target per year, penanggung jawab (unit and position) and the program, kegiatan and sub
 * kegiatan codes. A pure row model: the HTML, CSV, .xlsx and PDF renderers print the same rows.
 *
 * @module
 */
import type { Cascade } from '../cascade.js';
import { TIERS, TIER_LABELS, type Level, type Tier } from '../levels.js';
import type { Locale } from '../renderer.js';
import type { ResultRecord } from '../result.js';
import type { LocalizedText } from '../review/index.js';
import type { Indicator, Value } from '../schema.js';
import { targetYearsOf } from './shape.js';
import { valueText } from './value-text.js';

/** One row of the matrix: one indicator of a result (or the result alone when it has none). */
export interface MatrixRow {
  readonly result: ResultRecord;
  readonly level: Level;
  readonly tier: Tier;
  /** Outline number in the tree of primary parents: `1`, `1.2`, `1.2.3`. */
  readonly number: string;
  /** Depth in that tree, 0 for a root. */
  readonly depth: number;
  /** The row's indicator; `undefined` for a result without indicators. */
  readonly indicator: Readonly<Indicator> | undefined;
  /** True on the first row of its result. */
  readonly first: boolean;
  /** The rows of its result (its indicators, at least 1): what a result cell spans. */
  readonly span: number;
}

/** What a column of the matrix holds. */
export type MatrixColumnKey =
  | 'number'
  | `tier:${Tier}`
  | 'indicator'
  | 'unit'
  | 'baseline'
  | `target:${string}`
  | 'owner-unit'
  | 'owner-position'
  | 'program'
  | 'activity'
  | 'sub-activity';

/** One column of the matrix. */
export interface MatrixColumn {
  readonly key: MatrixColumnKey;
  /** The header over a run of columns (`Target`, `Penanggung Jawab`); `undefined` for a column that stands alone. */
  readonly group: LocalizedText | undefined;
  /** The column's own header. */
  readonly label: LocalizedText;
  /** The header on one line, group included, for a table with one header row (CSV): `Target 2026`, `Unit Kerja Penanggung Jawab`. */
  readonly title: LocalizedText;
  /** Whether the cell belongs to the result (spans its rows) or to the row's indicator. */
  readonly scope: 'result' | 'indicator';
  /** Whether the cell holds a value (a number stays a number) or text. */
  readonly kind: 'text' | 'value';
}

/** The matrix. */
export interface CascadingMatrix {
  /** The columns, left to right. */
  readonly columns: readonly MatrixColumn[];
  /** The tiers that get a column, top first. */
  readonly tiers: readonly Tier[];
  /** The target years, ascending. */
  readonly years: readonly string[];
  /** The year of every baseline when they share one, else `undefined`. */
  readonly baselineYear: number | undefined;
  /** The rows, in tree order (each result under its primary parent). */
  readonly rows: readonly MatrixRow[];
}

/** Options of {@link cascadingMatrix}. */
export interface MatrixOptions {
  /**
   * The target years that get a column.
   * @default the years of the document's `period` when it has one, else every target year in it
   */
  readonly years?: readonly string[];
}

const t = (id: string, en: string): LocalizedText => Object.freeze({ id, en });
const OWNER = t('Penanggung Jawab', 'Responsible');
const BUDGET = t('Program / Kegiatan / Sub Kegiatan', 'Program / Activity / Sub-activity');
const TARGET = t('Target', 'Target');

/** Builds the matrix of a cascade. Iterative, linear in results and indicators. */
export function cascadingMatrix(cascade: Cascade, options: MatrixOptions = {}): CascadingMatrix {
  const years = options.years?.slice() ?? periodYears(cascade) ?? targetYearsOf(cascade.results());
  const rows: MatrixRow[] = [];
  const usedTiers = new Set<Tier>();
  const baselineYears = new Set<number>();
  const stack: { r: ResultRecord; number: string; depth: number }[] = [];
  const roots = cascade.roots();
  for (let k = roots.length - 1; k >= 0; k--) stack.push({ r: roots[k]!, number: String(k + 1), depth: 0 });
  while (stack.length > 0) {
    const { r, number, depth } = stack.pop()!;
    const level = cascade.level(r.level)!;
    usedTiers.add(level.tier);
    const span = Math.max(1, r.indicators.length);
    for (let k = 0; k < span; k++) {
      const indicator = r.indicators[k];
      if (indicator?.baseline !== undefined) baselineYears.add(indicator.baseline.year);
      rows.push({ result: r, level, tier: level.tier, number, depth, indicator, first: k === 0, span });
    }
    const kids = cascade.primaryChildren(r.id);
    for (let k = kids.length - 1; k >= 0; k--) stack.push({ r: kids[k]!, number: `${number}.${k + 1}`, depth: depth + 1 });
  }
  const tiers = TIERS.filter((tier) => usedTiers.has(tier));
  const baselineYear = baselineYears.size === 1 ? [...baselineYears][0] : undefined;
  return { columns: matrixColumns(tiers, years, baselineYear), tiers, years, baselineYear, rows };
}

function periodYears(cascade: Cascade): string[] | undefined {
  const p = cascade.period;
  if (p === undefined || p.end - p.start > 20) return undefined;
  const out: string[] = [];
  for (let y = p.start; y <= p.end; y++) out.push(String(y));
  return out;
}

function matrixColumns(tiers: readonly Tier[], years: readonly string[], baselineYear: number | undefined): MatrixColumn[] {
  const c = (
    key: MatrixColumnKey,
    label: LocalizedText,
    scope: 'result' | 'indicator',
    kind: 'text' | 'value' = 'text',
    group?: LocalizedText,
  ): MatrixColumn => {
    const title =
      group === OWNER
        ? t(`${label.id} ${group.id}`, `${group.en} ${label.en}`)
        : group !== undefined && group !== BUDGET
          ? t(`${group.id} ${label.id}`, `${group.en} ${label.en}`)
          : label;
    return Object.freeze({ key, group, label, title, scope, kind });
  };
  const baseline =
    baselineYear === undefined ? t('Kondisi Awal', 'Baseline') : t(`Kondisi Awal ${baselineYear}`, `Baseline ${baselineYear}`);
  return [
    c('number', t('No', 'No'), 'result'),
    ...tiers.map((tier) => c(`tier:${tier}`, TIER_LABELS[tier], 'result')),
    c('indicator', t('Indikator Kinerja', 'Performance Indicator'), 'indicator'),
    c('unit', t('Satuan', 'Unit'), 'indicator'),
    c('baseline', baseline, 'indicator', 'value'),
    ...years.map((y) => c(`target:${y}`, t(y, y), 'indicator', 'value', TARGET)),
    c('owner-unit', t('Unit Kerja', 'Unit'), 'result', 'text', OWNER),
    c('owner-position', t('Jabatan', 'Position'), 'result', 'text', OWNER),
    c('program', t('Program', 'Program'), 'result', 'text', BUDGET),
    c('activity', t('Kegiatan', 'Activity'), 'result', 'text', BUDGET),
    c('sub-activity', t('Sub Kegiatan', 'Sub-activity'), 'result', 'text', BUDGET),
  ];
}

/**
 * The content of a matrix cell: text, a value (number or text), or `undefined` for an empty cell.
 * A tier column holds the statement only in the row's own tier. A baseline of another year than
 * the column's carries its year, its number printed by {@link valueText} in `locale`:
 * `1.250 (2023)` (`1,250 (2023)` in English).
 *
 * @param locale - the language of a baseline's text with its year. @default 'id'
 */
export function matrixCell(matrix: CascadingMatrix, row: MatrixRow, column: MatrixColumn, locale: Locale = 'id'): Value | undefined {
  const key = column.key;
  const r = row.result;
  const ind = row.indicator;
  switch (key) {
    case 'number':
      return row.number;
    case 'indicator':
      return ind?.statement;
    case 'unit':
      return ind?.unit;
    case 'baseline': {
      const b = ind?.baseline;
      if (b === undefined) return undefined;
      return matrix.baselineYear === undefined ? `${valueText(b.value, locale)} (${b.year})` : b.value;
    }
    case 'owner-unit':
      return r.owner?.unit;
    case 'owner-position':
      return r.owner?.position;
    case 'program':
      return r.budget?.program;
    case 'activity':
      return r.budget?.activity;
    case 'sub-activity':
      return r.budget?.subActivity;
    default:
      if (key.startsWith('tier:')) return key === `tier:${row.tier}` ? r.statement : undefined;
      return ind?.targets?.[key.slice('target:'.length)];
  }
}

/** Groups adjacent columns under their group header: `[header or undefined, span]` left to right. */
export function matrixColumnGroups(
  columns: readonly MatrixColumn[],
): { readonly group: LocalizedText | undefined; readonly span: number; readonly first: number }[] {
  const out: { group: LocalizedText | undefined; span: number; first: number }[] = [];
  columns.forEach((col, i) => {
    const last = out[out.length - 1];
    if (last !== undefined && col.group !== undefined && last.group === col.group) last.span++;
    else out.push({ group: col.group, span: 1, first: i });
  });
  return out;
}
