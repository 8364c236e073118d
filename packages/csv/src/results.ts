/**
 * The `results` shape: one row per indicator (one row with empty indicator cells for a result
 * without indicators), the columns of core's `RESULTS_COLUMNS` in their order. The result's own
 * cells are serialized once per result and shared by its indicator rows.
 *
 * @module
 */
import {
  LEADING_RESULTS_COLUMNS,
  TARGET_TEMPLATE,
  formatTableCell,
  indicatorTailOf,
  resultsHeader,
  slotValue,
  targetYearsOf,
  trailingColumnsOf,
  type Cascade,
  type Indicator,
  type ResultsColumn,
  type ResultsSlot,
} from '@pokin/core';
import { encodeText, encodeValue } from './cell.js';
import type { Settings } from './options.js';
import type { CsvWriter } from './writer.js';

/** Every target year in the cascade, ascending. */
export function targetYears(cascade: Cascade): string[] {
  return targetYearsOf(cascade.results());
}

/** One encoded cell of a column (not yet quoted), `''` for an absent field. */
function cellOf(column: ResultsColumn | ResultsSlot, owner: unknown, decimal: Settings['decimal']): string {
  const slot: ResultsSlot = 'column' in column ? column : { column };
  const v = slotValue(slot, owner);
  if (v === undefined || v === null) return '';
  column = slot.column;
  switch (column.kind) {
    case 'id-list':
      return (v as string[]).length === 0 ? '' : encodeText((v as string[]).join(';'));
    case 'polarity':
    case 'year':
      return typeof v === 'number' ? String(v) : (v as string);
    case 'value':
      return typeof v === 'object' ? '' : encodeValue(v as number | string, decimal);
    case 'flag':
    case 'scale':
    case 'list':
      return encodeText(String(formatTableCell(column.kind, v)));
    default:
      return encodeText(v as string);
  }
}

const RESULT_LEAD = LEADING_RESULTS_COLUMNS.filter((c) => c.scope === 'result');
const INDICATOR_COLUMNS = LEADING_RESULTS_COLUMNS.filter((c) => c.scope === 'indicator');

/** Writes the header and the rows of the `results` shape. */
export function writeResults(cascade: Cascade, settings: Settings, out: CsvWriter): void {
  const years = targetYears(cascade);
  const trailing = trailingColumnsOf(cascade.results());
  const tail = indicatorTailOf(cascade.results());
  out.row([
    ...LEADING_RESULTS_COLUMNS.map((c) => c.key),
    ...years.map((y) => TARGET_TEMPLATE.key.replace('<year>', y)),
    ...trailing.map((c) => c.key),
    ...tail.map((s) => resultsHeader(s.column, 'key', s.year, s.period)),
  ]);
  // The indicator's own columns after the result's (none in a plan-only table).
  const noTail = out.delimiter.repeat(tail.length);
  const tailOf = (ind: Readonly<Indicator>) =>
    tail.length === 0 ? '' : out.delimiter + out.join(tail.map((s) => cellOf(s, ind, settings.decimal)));
  const d = out.delimiter;
  const width = INDICATOR_COLUMNS.length + years.length;
  const fields: string[] = new Array<string>(width + 2).fill('');
  const noIndicator = d.repeat(width - 1);
  const emptySuffix = d.repeat(trailing.length - 1);
  for (const r of cascade.results()) {
    const prefix = out.join(RESULT_LEAD.map((c) => cellOf(c, r, settings.decimal)));
    const suffix =
      r.owner === undefined && r.budget === undefined && r.notes === undefined
        ? emptySuffix
        : out.join(trailing.map((c) => cellOf(c, r, settings.decimal)));
    if (r.indicators.length === 0) {
      out.raw(prefix + d + noIndicator + d + suffix + noTail);
      continue;
    }
    fields[0] = prefix;
    fields[width + 1] = suffix;
    for (const ind of r.indicators) {
      indicatorFields(ind, fields, years, settings.decimal, out);
      out.raw(fields.join(d) + tailOf(ind));
    }
  }
}

/** Fills `fields[1 .. width]` with the indicator's serialized fields. */
function indicatorFields(
  ind: Readonly<Indicator>,
  fields: string[],
  years: readonly string[],
  decimal: Settings['decimal'],
  out: CsvWriter,
): void {
  let k = 1;
  for (const c of INDICATOR_COLUMNS) fields[k++] = out.field(cellOf(c, ind, decimal));
  const t = ind.targets;
  for (const y of years) {
    const v = t === undefined ? undefined : t[y];
    fields[k++] = v === undefined ? '' : out.field(encodeValue(v, decimal));
  }
}
