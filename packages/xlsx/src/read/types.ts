/**
 * Public types of reading a workbook.
 *
 * @module
 */
import type { LocalizedText } from '@pokin/core';

/** Something `parseXlsx` did that the user should know about: a guess, a trimmed cell, a generated id. */
export interface ReadNote {
  /** The sheet it concerns. */
  readonly sheet?: string;
  /** The cell (`C12`) it concerns, when one. */
  readonly cell?: string;
  readonly text: LocalizedText;
}
