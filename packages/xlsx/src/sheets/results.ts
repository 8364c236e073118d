/**
 * The `results` sheet: one row per indicator, the columns of core's `RESULTS_COLUMNS` with headers
 * in the requested language, numbers as numbers, a frozen header row, an autofilter and dropdowns
 * for level and polarity. What `parseXlsx` reads back.
 *
 * @module
 */
import {
  formatTableCell,
  slotValue,
  LEADING_RESULTS_COLUMNS,
  TARGET_TEMPLATE,
  polarityWord,
  resultsHeader,
  resultsTableShapeOf,
  type Cascade,
  type Indicator,
  type ResultRecord,
  type ResultsSlot,
} from '@pokin/core';
import type { Settings } from '../options.js';
import { SheetBuilder, type Cell, type SharedStrings } from '../sheet.js';
import type { StyleSheet } from '../styles.js';
import { needsQuote } from '../text.js';

type Slot = ResultsSlot;

const WIDTH: Readonly<Record<string, number>> = {
  statement: 48,
  indicator: 48,
  notes: 30,
  owner_unit: 24,
  owner_position: 24,
  owner_agency: 24,
  contributes_to: 14,
  level: 20,
};

/** The value a column holds for a result and one of its indicators. */
function valueOf(slot: Slot, r: ResultRecord, ind: Readonly<Indicator> | undefined, settings: Settings): string | number | undefined {
  const c = slot.column;
  if (c.scope === 'indicator' && ind === undefined) return undefined;
  const v = slotValue(slot, c.scope === 'result' ? r : ind);
  if (v === undefined || v === null) return undefined;
  if (c.kind === 'flag' || c.kind === 'scale' || c.kind === 'list') return formatTableCell(c.kind, v, settings.locale);
  if (c.kind === 'value' && typeof v === 'object') return undefined;
  if (c.kind === 'id-list') return (v as string[]).length === 0 ? undefined : (v as string[]).join(';');
  if (c.kind === 'polarity') return polarityWord(v as Indicator['polarity'] & string, settings.locale);
  return v as string | number;
}

/** Writes the results sheet. */
export function resultsSheet(cascade: Cascade, name: string, settings: Settings, styles: StyleSheet, strings: SharedStrings): SheetBuilder {
  const sheet = new SheetBuilder(name, strings);
  const shape = resultsTableShapeOf(cascade.results());
  const slots: Slot[] = [
    ...LEADING_RESULTS_COLUMNS.map((column) => ({ column })),
    ...shape.years.map((year) => ({ column: TARGET_TEMPLATE, year })),
    ...shape.trailing.map((column) => ({ column })),
    ...shape.tail,
  ];
  const header = styles.id({ bold: true, fill: '#e8eaed', border: true, wrap: true, vertical: 'center' });
  const headerQuoted = styles.quotedId({ bold: true, fill: '#e8eaed', border: true, wrap: true, vertical: 'center' });
  sheet.row(
    0,
    slots.map((s, c) => {
      const text = resultsHeader(s.column, settings.locale, s.year, s.period);
      return { c, v: text, s: needsQuote(text) ? headerQuoted : header };
    }),
  );
  const plain = 0;
  const quoted = styles.quotedId({});
  let row = 1;
  const cells: Cell[] = [];
  for (const r of cascade.results()) {
    const n = Math.max(1, r.indicators.length);
    for (let k = 0; k < n; k++) {
      const ind = r.indicators[k];
      cells.length = 0;
      for (let c = 0; c < slots.length; c++) {
        const v = valueOf(slots[c]!, r, ind, settings);
        if (v === undefined) continue;
        cells.push({ c, v, s: typeof v === 'string' && needsQuote(v) ? quoted : plain });
      }
      sheet.row(row++, cells);
    }
  }
  sheet.widths(
    slots.map((s) =>
      s.year !== undefined ? 11 : (WIDTH[s.column.key] ?? Math.max(12, resultsHeader(s.column, settings.locale).length + 2)),
    ),
  );
  sheet.freeze(1, 1);
  sheet.autofilter(0, slots.length - 1);
  const last = Math.max(row, 2);
  const levelCol = slots.findIndex((s) => s.column.key === 'level');
  const polarityCol = slots.findIndex((s) => s.column.key === 'polarity');
  const colRange = (c: number) => `${SheetBuilder.column(c)}2:${SheetBuilder.column(c)}${Math.max(last, 1000)}`;
  sheet.dropdown({ range: colRange(levelCol), values: cascade.levels.map((l) => l.key) });
  sheet.dropdown({ range: colRange(polarityCol), values: (['up', 'down', 'range'] as const).map((p) => polarityWord(p, settings.locale)) });
  return sheet;
}

/** The hidden sheet with the document-level parts as JSON, in cells of at most 30,000 characters. */
export function metaSheet(cascade: Cascade, name: string, strings: SharedStrings): SheetBuilder {
  const sheet = new SheetBuilder(name, strings);
  const { results: _results, pokin: _version, ...meta } = cascade.toDocument() as unknown as Record<string, unknown>;
  const json = JSON.stringify(meta);
  sheet.row(0, [
    { c: 0, v: 'pokin', s: 0 },
    { c: 1, v: 1, s: 0 },
  ]);
  for (let i = 0, r = 1; i < json.length || r === 1; i += 30_000, r++) sheet.row(r, [{ c: 0, v: json.slice(i, i + 30_000), s: 0 }]);
  return sheet;
}
