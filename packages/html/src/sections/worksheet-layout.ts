/**
 * The Langkah 4 worksheet grid, from `@pokin/core` (shared with the other renderers that print
 * it), with HTML's cap on `rowspan`.
 *
 * @module
 */
import { layoutWorksheet as coreLayoutWorksheet } from '@pokin/core';
import type { Cascade, UnusedLevels, WorksheetCell, WorksheetLayout, WorksheetResultCell } from '@pokin/core';

/** A result's cell. */
export type ResultCell = WorksheetResultCell;
export type { WorksheetCell, WorksheetLayout };

/** The largest `rowspan` HTML allows; browsers clamp larger values to it. */
export const MAX_ROWSPAN = 65_534;

/** The worksheet grid with no cell spanning more than {@link MAX_ROWSPAN} rows; tests lower the cap to see cells split on small tables. */
export function layoutWorksheet(cascade: Cascade, hide: UnusedLevels, maxRowspan = MAX_ROWSPAN): WorksheetLayout {
  return coreLayoutWorksheet(cascade, hide, maxRowspan);
}
