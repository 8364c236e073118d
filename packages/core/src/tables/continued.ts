/**
 * Rows that continue the result above: a second indicator written on its own row with the result's
 * cells left blank, as planners lay it out in Excel. The CSV and .xlsx readers fill such a row with
 * the result's cells of the row above before the results table reads it.
 *
 * @module
 */
import { columnOfHeader } from './columns.js';

/** The columns that say which result a row is: all blank on a row that continues the one above. */
const RESULT_KEYS: ReadonlySet<string> = new Set(['result_id', 'parent_id', 'contributes_to', 'level', 'statement']);

/**
 * Fills the rows that continue the result above, over cells of any kind (`C`: the text of a CSV
 * field, the value of a worksheet cell). Built from the header names; {@link ContinuedRows.fill}
 * takes each data row in order and returns it with the result's cells of the row above when its
 * result columns are all blank and an indicator column is filled, and the row above has a result.
 */
export class ContinuedRows<C> {
  readonly #keys: number[] = [];
  readonly #result: number[] = [];
  readonly #indicator: number[] = [];
  readonly #blank: (cell: C | undefined) => boolean;
  #above: readonly (C | undefined)[] | undefined;
  /** How many rows were filled. */
  count = 0;
  /** The first row filled (1-based). */
  first: number | undefined;

  /** `header`: the header row's names; `blank`: whether a cell holds nothing. */
  constructor(header: readonly string[], blank: (cell: C | undefined) => boolean) {
    this.#blank = blank;
    header.forEach((name, i) => {
      const column = columnOfHeader(name)?.column;
      if (column === undefined) return;
      if (column.scope === 'indicator') this.#indicator.push(i);
      else {
        this.#result.push(i);
        if (RESULT_KEYS.has(column.key)) this.#keys.push(i);
      }
    });
  }

  /** The row as read, or a copy filled from the row above; `row` is its 1-based number. */
  fill<R extends readonly (C | undefined)[]>(cells: R, row: number): R {
    const above = this.#above;
    const blank = this.#blank;
    const continues =
      above !== undefined &&
      this.#keys.length > 0 &&
      this.#keys.every((i) => blank(cells[i])) &&
      this.#indicator.some((i) => !blank(cells[i])) &&
      this.#keys.some((i) => !blank(above[i]));
    if (continues) {
      const filled = cells.slice();
      for (const i of this.#result) if (blank(filled[i])) filled[i] = above[i];
      this.count++;
      this.first ??= row;
      cells = filled as unknown as R;
    }
    this.#above = cells;
    return cells;
  }

  /** Forgets the row above (after a row that was not read). */
  reset(): void {
    this.#above = undefined;
  }
}
