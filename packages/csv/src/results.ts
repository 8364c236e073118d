/**
 * The `results` shape: one row per indicator (one row with empty indicator cells for a result
 * without indicators), the columns of {@link CSV_COLUMNS}.
 *
 * @module
 */
import type { Cascade, Indicator, ResultRecord } from '@pokin/core';
import { encodeText, encodeValue } from './cell.js';
import { LEADING_COLUMNS, TRAILING_COLUMNS } from './columns.js';
import type { Settings } from './options.js';
import type { CsvWriter } from './writer.js';

const text = (s: string | undefined): string => (s === undefined ? '' : encodeText(s));

/** Every target year in the cascade, ascending. */
export function targetYears(cascade: Cascade): string[] {
  const years = new Set<string>();
  for (const r of cascade.results()) {
    for (const ind of r.indicators) {
      if (ind.targets !== undefined) for (const y of Object.keys(ind.targets)) years.add(y);
    }
  }
  return [...years].sort();
}

/** Writes the header and the rows of the `results` shape. */
export function writeResults(cascade: Cascade, settings: Settings, out: CsvWriter): void {
  const years = targetYears(cascade);
  out.row([...LEADING_COLUMNS, ...years.map((y) => `target_${y}`), ...TRAILING_COLUMNS]);
  const { decimal } = settings;
  const width = LEADING_COLUMNS.length + years.length + TRAILING_COLUMNS.length;
  const row: string[] = new Array<string>(width).fill('');
  const emptyIndicator = (): void => {
    for (let k = 5; k < 11 + years.length; k++) row[k] = '';
  };
  const yearCount = years.length;
  for (const r of cascade.results()) {
    fillResult(r, row, 11 + yearCount);
    if (r.indicators.length === 0) {
      emptyIndicator();
      out.row(row);
      continue;
    }
    for (const ind of r.indicators) {
      fillIndicator(ind, row, years, decimal);
      out.row(row);
    }
  }
}

function fillResult(r: ResultRecord, row: string[], trailing: number): void {
  row[0] = encodeText(r.id);
  row[1] = r.parent === null ? '' : encodeText(r.parent);
  row[2] = r.contributesTo.length === 0 ? '' : encodeText(r.contributesTo.join(';'));
  row[3] = encodeText(r.level);
  row[4] = encodeText(r.statement);
  const o = r.owner;
  row[trailing] = text(o?.unit);
  row[trailing + 1] = text(o?.position);
  row[trailing + 2] = text(o?.agency);
  const b = r.budget;
  row[trailing + 3] = text(b?.program);
  row[trailing + 4] = text(b?.activity);
  row[trailing + 5] = text(b?.subActivity);
  row[trailing + 6] = text(r.notes);
}

function fillIndicator(ind: Readonly<Indicator>, row: string[], years: readonly string[], decimal: Settings['decimal']): void {
  row[5] = text(ind.id);
  row[6] = encodeText(ind.statement);
  row[7] = text(ind.unit);
  row[8] = ind.polarity ?? '';
  const b = ind.baseline;
  row[9] = b === undefined ? '' : String(b.year);
  row[10] = b === undefined ? '' : encodeValue(b.value, decimal);
  const t = ind.targets;
  for (let k = 0; k < years.length; k++) {
    const v = t?.[years[k]!];
    row[11 + k] = v === undefined ? '' : encodeValue(v, decimal);
  }
}
