/**
 * The input formats, the limits and options of reading them, and what reading one gives. Light on
 * purpose: the command line's options are built from it before any input is read.
 *
 * @module
 */
import { extname } from 'node:path';
import type { Cascade } from '@pokin/core';
import { InputError, InputErrors, type Place } from '../errors.js';
import { t } from '../messages/index.js';

/** The input formats the CLI reads. */
export type InputFormat = 'json' | 'yaml' | 'csv' | 'xlsx';

/** The input formats, for option checking and help. */
export const INPUT_FORMATS: readonly InputFormat[] = ['json', 'yaml', 'csv', 'xlsx'];

/** Default of `--max-bytes` for JSON and CSV: 50 MB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Default of `--max-bytes` for YAML: 10 MB. Parsing YAML takes about 70 times the file's size in
 * memory (a 17 MB file needs 1.2 GB), so a 50 MB YAML file would run out of memory.
 */
export const DEFAULT_MAX_YAML_BYTES = 10 * 1024 * 1024;

/** How many problems of one input are printed; the rest are counted in one more line. */
export const MAX_PROBLEMS = 20;

/**
 * Default of `--max-bytes` for JSON and CSV in `pokin diff`: 100 MB. A diff compares whole trees,
 * and a national sweep of 100,000 results is an 80 MB JSON file; see docs/decisions.md.
 */
export const DEFAULT_DIFF_MAX_BYTES = 100 * 1024 * 1024;

/** Default of `--max-results`. */
export const DEFAULT_MAX_RESULTS = 200_000;

/** Limits and format for reading inputs. */
export interface LoadOptions {
  /** Largest input in bytes; undefined: `defaultMaxBytes`, or {@link DEFAULT_MAX_YAML_BYTES} for YAML. */
  readonly maxBytes?: number;
  /** The command's limit for JSON and CSV when `maxBytes` is not given. @default {@link DEFAULT_MAX_BYTES} */
  readonly defaultMaxBytes?: number;
  /** Most results in one document. */
  readonly maxResults: number;
  /** Format to read every input as, instead of going by the file extension. */
  readonly inputFormat?: InputFormat;
  /**
   * `--levels`: the level scheme of CSV inputs, a preset name or a JSON/YAML file holding a
   * document with `levels` (or the list alone). Documents carry their own scheme and ignore it.
   */
  readonly levels?: string;
  /**
   * `--encoding`: the text encoding of CSV inputs; `windows-1252` for a CSV saved by Excel as
   * "CSV (Comma delimited)" on a Windows PC. JSON and YAML are always UTF-8.
   * @default 'utf-8'
   */
  readonly encoding?: 'utf-8' | 'windows-1252';
  /** Language of the messages and notes of `.xlsx` inputs. @default 'id' */
  readonly locale?: 'id' | 'en';
  /**
   * Read the input only if it is a regular file (set for the files found in a folder): a pipe, a
   * device or a socket is refused without waiting on it.
   */
  readonly regularOnly?: boolean;
}

/** One input, read and parsed. */
export interface LoadedInput {
  /** The file as the user named it (`-` for stdin). */
  readonly file: string;
  /** The format it was read as. */
  readonly format: InputFormat;
  /** The cascade. */
  readonly cascade: Cascade;
  /** Where a document path is: line and column in a JSON or YAML input, row and column in a CSV one. */
  readonly locate?: (segments: readonly (string | number)[], preferKey?: boolean) => Place;
  /** What the reader guessed or cleaned up (an `.xlsx` input), one line each, to show the user. */
  readonly notes?: readonly string[];
}

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.csv': 'csv',
  '.xlsx': 'xlsx',
};

/** The format a file name implies, or undefined. */
export function formatOfPath(path: string): InputFormat | undefined {
  return EXTENSIONS[extname(path).toLowerCase()];
}

/**
 * The error to throw for the first `shown` problems of an input, of `total`: one error, or all of
 * them with a last line counting the ones left out.
 */
export function problems(file: string, shown: InputError[], total: number): InputError | InputErrors {
  const more = total - shown.length;
  const errors =
    more > 0
      ? [
          ...shown,
          new InputError(
            file,
            t(`... dan ${more} masalah lain`, `... and ${more} more problem${more === 1 ? '' : 's'}`),
            {},
            'parse-error',
          ),
        ]
      : shown;
  return errors.length === 1 ? errors[0]! : new InputErrors(errors);
}
