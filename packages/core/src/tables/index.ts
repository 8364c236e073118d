/**
 * Pure row models that the table renderers (HTML, CSV, .xlsx, PDF) share: the `results` table's
 * columns and its reader, the cascading matrix, the Langkah 4 worksheet layout and the tier colours.
 *
 * @module
 */
export { TIER_COLORS } from './colors.js';
export type { TierColor } from './colors.js';
export {
  INDICATOR_TAIL_COLUMNS,
  LEADING_RESULTS_COLUMNS,
  RESULTS_COLUMNS,
  TARGET_TEMPLATE,
  TRAILING_RESULTS_COLUMNS,
  columnKeyOfField,
  columnOfField,
  columnOfHeader,
  normalizeHeader,
  resultsHeader,
  slotValue,
} from './columns.js';
export type { ResultsColumn, ResultsColumnKind, ResultsSlot } from './columns.js';
export { indicatorTailOf, resultsTableShapeOf, targetYearsOf, trailingColumnsOf } from './shape.js';
export type { ResultsTableShape } from './shape.js';
export { formatTableCell, readFlag, readList, readScale } from './cells.js';
export { cascadingMatrix, matrixCell, matrixColumnGroups } from './matrix.js';
export { valueText } from './value-text.js';
export type { CascadingMatrix, MatrixColumn, MatrixColumnKey, MatrixOptions, MatrixRow } from './matrix.js';
export { ContinuedRows } from './continued.js';
export { ResultsTableReader } from './read.js';
export type { CellCodec, ReadTable, ResultsTableOptions } from './read-types.js';
export { ResultsTableError, tableMessages } from './read-issues.js';
export type { TableColumnRef, TableIssue, TableIssueCode, TableNote } from './read-issues.js';
export { levelWords, polarityOfWord, polarityWord } from './words.js';
export type { LevelWord } from './words.js';
export { hasLooseEnds, isSpaceOrInvisible, trimCell } from './text.js';
export { layoutWorksheet } from './worksheet.js';
export type {
  UnusedLevels,
  WorksheetCell,
  WorksheetGapCell,
  WorksheetLayout,
  WorksheetResultCell,
  WorksheetTierGroup,
} from './worksheet.js';
