/**
 * Rows that continue the result above: a second indicator written on its own row with the result's
 * cells left blank, as planners leave them in Excel (where the .xlsx reader takes merged cells).
 *
 * @module
 */
import { columnOfHeader } from '@pokin/core';

/** The columns that say which result a row is: all blank on a row that continues the one above. */
const RESULT_KEYS = new Set(['result_id', 'parent_id', 'contributes_to', 'level', 'statement']);

const blank = (c: string | undefined): boolean => c === undefined || c.trim() === '';

/**
 * Fills the rows that continue the result above. Built from the header names; {@link fill} takes
 * each data row in order and returns it with the result's cells of the row above when its result
 * columns are all blank and an indicator column is filled, and the row above has a result.
 */
export class ContinuedRows {
  readonly #keys: number[] = [];
  readonly #result: number[] = [];
  readonly #indicator: number[] = [];
  #above: readonly string[] | undefined;
  /** How many rows were filled. */
  count = 0;
  /** The first row filled (1-based). */
  first: number | undefined;

  constructor(header: readonly string[]) {
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

  /** The row as read, or filled from the row above; `row` is its 1-based number. */
  fill(cells: string[], row: number): string[] {
    const above = this.#above;
    const continues =
      above !== undefined &&
      this.#keys.length > 0 &&
      this.#keys.every((i) => blank(cells[i])) &&
      this.#indicator.some((i) => !blank(cells[i])) &&
      this.#keys.some((i) => !blank(above[i]));
    if (continues) {
      const filled = cells.slice();
      for (const i of this.#result) if (blank(filled[i])) filled[i] = above[i] ?? '';
      this.count++;
      this.first ??= row;
      cells = filled;
    }
    this.#above = cells;
    return cells;
  }

  /** Forgets the row above (after a row that was not read). */
  reset(): void {
    this.#above = undefined;
  }
}
