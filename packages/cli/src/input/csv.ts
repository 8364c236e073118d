/**
 * A CSV input (the "results" shape) to a `Cascade`, its problems located by row and column.
 *
 * @module
 */
import type { LocatedCsv } from '@pokin/csv';
import { InputError, type Place } from '../errors.js';
import { input, same, t } from '../messages/index.js';
import type { ResolvedIO } from '../io.js';
import { MAX_PROBLEMS, problems, type LoadedInput, type LoadOptions } from './formats.js';
import { levelsOption } from './levels.js';

/** Reads a CSV input (the "results" shape) with `@pokin/csv`, loaded only when a CSV comes. */
export async function loadCsv(
  text: string,
  file: string,
  options: LoadOptions,
  io: ResolvedIO,
): Promise<Pick<LoadedInput, 'cascade' | 'locate'>> {
  if (text.trim() === '') throw new InputError(file, input.empty(), { line: 1, column: 1 }, 'empty');
  // Count lines cheaply before parsing: every result takes at least one row.
  let rows = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) rows++;
  if (rows > options.maxResults * 64) {
    throw new InputError(file, input.tooManyRows(rows, options.maxResults), { field: '--max-results' }, 'limit');
  }
  const { parseCsvLocated, CsvParseError } = await import('@pokin/csv');
  const levels = options.levels === undefined ? undefined : await levelsOption(options.levels, io);
  let read: LocatedCsv;
  try {
    // A CSV holds no period: its target columns give it (pk and report default to its first year).
    read = parseCsvLocated(text, levels === undefined ? { periodFromTargets: true } : { levels, periodFromTargets: true });
  } catch (e) {
    if (!(e instanceof CsvParseError)) throw e;
    // A CSV holds no level scheme: an unknown level is often a tree with its own scheme.
    const hint = options.levels === undefined ? input.csvLevelsHint() : same('');
    const errors = e.issues.map((i) => {
      // The issue's words in both languages when @pokin/csv gives them, else its English.
      const text = i.text ?? same(i.message);
      return new InputError(
        file,
        i.code === 'unknown-level' ? t(`${text.id}${hint.id}`, `${text.en}${hint.en}`) : text,
        {
          row: i.row,
          column: i.column?.index,
          columnName: i.column?.name,
        },
        'parse-error',
      );
    });
    if (errors.length === 0) errors.push(new InputError(file, e.message, {}, 'parse-error'));
    throw problems(file, errors.slice(0, MAX_PROBLEMS), errors.length);
  }
  const { cascade } = read;
  if (cascade.size > options.maxResults) {
    throw new InputError(file, input.tooManyResults(cascade.size, options.maxResults), { field: '--max-results' }, 'limit');
  }
  const locate = (segments: readonly (string | number)[]): Place => {
    const at = read.locate(segments);
    return at.row === undefined ? {} : { row: at.row, column: at.column?.index, columnName: at.column?.name };
  };
  return { cascade, locate };
}
