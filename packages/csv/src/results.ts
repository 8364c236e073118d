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
  resultsHeader,
  resultsTableShapeOf,
  slotValue,
  type Cascade,
  type Indicator,
  type ResultsColumn,
  type ResultsSlot,
} from '@pokin/core';
import { encodeText, encodeValue } from './cell.js';
import type { Settings } from './options.js';
import type { CsvWriter } from './writer.js';

/** One encoded cell of a slot (not yet quoted), `''` for an absent field. */
function slotCell(slot: ResultsSlot, owner: unknown, decimal: Settings['decimal']): string {
  const v = slotValue(slot, owner);
  if (v === undefined || v === null) return '';
  const column = slot.column;
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

/** Slots of the columns without year, made once: a slot object per cell would be garbage per row. */
const slotsOf = (columns: readonly ResultsColumn[]): ResultsSlot[] => columns.map((column) => ({ column }));
const RESULT_LEAD = slotsOf(LEADING_RESULTS_COLUMNS.filter((c) => c.scope === 'result'));
const PARENT_AT = RESULT_LEAD.findIndex((s) => s.column.key === 'parent_id');
const INDICATOR_COLUMNS = slotsOf(LEADING_RESULTS_COLUMNS.filter((c) => c.scope === 'indicator'));

/** Writes the header and the rows of the `results` shape. */
export function writeResults(cascade: Cascade, settings: Settings, out: CsvWriter): void {
  const shape = resultsTableShapeOf(cascade.results());
  const years = shape.years;
  const trailing = slotsOf(shape.trailing);
  const tail = shape.tail;
  out.row([
    ...LEADING_RESULTS_COLUMNS.map((c) => c.key),
    ...years.map((y) => TARGET_TEMPLATE.key.replace('<year>', y)),
    ...trailing.map((s) => s.column.key),
    ...tail.map((s) => resultsHeader(s.column, 'key', s.year, s.period)),
  ]);
  // One record's fields, in column order: the result's leading cells, the indicator's cells and
  // targets, the result's trailing cells, the indicator's tail. The result's cells stay in place
  // for each of its indicator rows (no per-result prefix string copied into every row).
  const decimal = settings.decimal;
  const lead = RESULT_LEAD.length;
  const trailAt = lead + INDICATOR_COLUMNS.length + years.length;
  const tailAt = trailAt + trailing.length;
  const fields: string[] = new Array<string>(tailAt + tail.length).fill('');
  for (const r of cascade.results()) {
    for (let i = 0; i < lead; i++) fields[i] = out.field(slotCell(RESULT_LEAD[i]!, r, decimal));
    // A parent in another document (or one a workspace does not hold) is written as it was written.
    if (r.parent === null && r.externalParent !== undefined && PARENT_AT >= 0) fields[PARENT_AT] = out.field(encodeText(r.externalParent));
    const bare = r.owner === undefined && r.budget === undefined && r.notes === undefined;
    for (let i = 0; i < trailing.length; i++) fields[trailAt + i] = bare ? '' : out.field(slotCell(trailing[i]!, r, decimal));
    if (r.indicators.length === 0) {
      fields.fill('', lead, trailAt).fill('', tailAt);
      out.fields(fields);
      continue;
    }
    for (const ind of r.indicators) {
      indicatorFields(ind, fields, lead, years, decimal, out);
      for (let i = 0; i < tail.length; i++) fields[tailAt + i] = out.field(slotCell(tail[i]!, ind, decimal));
      out.fields(fields);
    }
  }
}

/** Fills `fields[at ..]` with the indicator's serialized fields and targets. */
function indicatorFields(
  ind: Readonly<Indicator>,
  fields: string[],
  at: number,
  years: readonly string[],
  decimal: Settings['decimal'],
  out: CsvWriter,
): void {
  let k = at;
  for (const c of INDICATOR_COLUMNS) fields[k++] = out.field(slotCell(c, ind, decimal));
  const t = ind.targets;
  for (const y of years) {
    const v = t === undefined ? undefined : t[y];
    fields[k++] = v === undefined ? '' : out.field(encodeValue(v, decimal));
  }
}
