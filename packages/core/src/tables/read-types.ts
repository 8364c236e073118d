/**
 * The shapes the `results` table reader (`ResultsTableReader`) works with: how a file
 * format's cells read, the document-level parts a table does not carry, and what a read gives back.
 *
 * @module
 */
import type { Cascade } from '../cascade.js';
import type { CascadeDocument } from '../schema.js';
import type { TableColumnRef, TableNote } from './read-issues.js';

/** How the cells of one file format read. */
export interface CellCodec<C> {
  /** True for an empty cell (absent field). */
  isEmpty(cell: C | undefined): boolean;
  /** The cell as text; `trimmed` when stray spaces were dropped (a note, not an error). */
  text(cell: C): { readonly value: string; readonly trimmed: boolean };
  /** The cell as a value: a number or a string (a non-finite number is reported as too large). */
  value(cell: C): number | string;
  /** The cell as the file shows it, for messages and for comparing the rows of one result. */
  show(cell: C): string;
}

/** The document-level parts a `results` table does not carry. */
export interface ResultsTableOptions {
  /**
   * Title of the cascade.
   * @default 'Pohon Kinerja'
   */
  readonly title?: string;
  /** The agency the tree belongs to. @default none */
  readonly agency?: CascadeDocument['agency'];
  /** The planning period. @default none */
  readonly period?: CascadeDocument['period'];
  /**
   * Level scheme: a preset name or an inline list of levels, as in a document's `levels` field.
   * @default the preset whose keys or labels cover every level in the table (`permenpan-89` first,
   * then `renstra`); `permenpan-89` when none does
   */
  readonly levels?: CascadeDocument['levels'];
  /** Langkah 1 context. @default none */
  readonly context?: CascadeDocument['context'];
  /** Langkah 2 critical success factors. @default none */
  readonly csf?: CascadeDocument['csf'];
}

/** A cascade read from a table, where its parts are, and what the reader had to guess. */
export interface ReadTable {
  readonly cascade: Cascade;
  /** The row and column of a document path (`['results', 3, 'indicators', 1, 'unit']`); `{}` outside the results. */
  locate(segments: readonly (string | number)[]): { row?: number; column?: TableColumnRef };
  /** What the reader guessed or cleaned up. */
  readonly notes: readonly TableNote[];
}
