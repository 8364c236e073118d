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

/**
 * Writes the header and the rows of the `results` shape. The result's own cells are serialized
 * once per result, as a prefix (up to `statement`) and a suffix (from `owner_unit`), and shared by
 * its indicator rows.
 */
export function writeResults(cascade: Cascade, settings: Settings, out: CsvWriter): void {
  const years = targetYears(cascade);
  out.row([...LEADING_COLUMNS, ...years.map((y) => `target_${y}`), ...TRAILING_COLUMNS]);
  const d = out.delimiter;
  const width = 6 + years.length;
  // One record: [prefix, indicator fields..., suffix] joined by the delimiter.
  const fields: string[] = new Array<string>(width + 2).fill('');
  const noIndicator = d.repeat(width - 1);
  for (const r of cascade.results()) {
    const prefix = resultPrefix(r, out);
    const suffix = resultSuffix(r, out);
    if (r.indicators.length === 0) {
      out.raw(prefix + d + noIndicator + d + suffix);
      continue;
    }
    fields[0] = prefix;
    fields[width + 1] = suffix;
    for (const ind of r.indicators) {
      indicatorFields(ind, fields, years, settings.decimal, out);
      out.raw(fields.join(d));
    }
  }
}

function resultPrefix(r: ResultRecord, out: CsvWriter): string {
  return out.join([
    encodeText(r.id),
    r.parent === null ? '' : encodeText(r.parent),
    r.contributesTo.length === 0 ? '' : encodeText(r.contributesTo.join(';')),
    encodeText(r.level),
    encodeText(r.statement),
  ]);
}

function resultSuffix(r: ResultRecord, out: CsvWriter): string {
  const o = r.owner;
  const b = r.budget;
  if (o === undefined && b === undefined && r.notes === undefined) return out.delimiter.repeat(6);
  return out.join([text(o?.unit), text(o?.position), text(o?.agency), text(b?.program), text(b?.activity), text(b?.subActivity), text(r.notes)]);
}

/** Fills `fields[1 .. 6 + years]` with the indicator's serialized fields. */
function indicatorFields(ind: Readonly<Indicator>, fields: string[], years: readonly string[], decimal: Settings['decimal'], out: CsvWriter): void {
  fields[1] = ind.id === undefined ? '' : out.field(encodeText(ind.id));
  fields[2] = out.field(encodeText(ind.statement));
  fields[3] = ind.unit === undefined ? '' : out.field(encodeText(ind.unit));
  fields[4] = ind.polarity ?? '';
  const b = ind.baseline;
  fields[5] = b === undefined ? '' : String(b.year);
  fields[6] = b === undefined ? '' : out.field(encodeValue(b.value, decimal));
  const t = ind.targets;
  for (let k = 0; k < years.length; k++) {
    const v = t === undefined ? undefined : t[years[k]!];
    fields[7 + k] = v === undefined ? '' : out.field(encodeValue(v, decimal));
  }
}
