/**
 * Reading one input (a file or stdin) into a `Cascade`, with the limits and the one-line
 * errors the CLI promises: the format from the name, the option or the first bytes, then one
 * reader per format (`tree.ts` for JSON and YAML, `csv.ts`, `xlsx.ts`).
 *
 * @module
 */
import { resolve } from 'node:path';
import type { DiffVersion, LevelScheme } from '@pokin/core';
import { CliUsageError, InputError, InputErrors } from '../errors.js';
import type { ResolvedIO } from '../io.js';
import { input, safety } from '../messages/index.js';
import { loadCsv } from './csv.js';
import { decodeText } from './decode.js';
import { loadJsonText, parseYamlText } from './document.js';
import { statFile } from '../fs-async.js';
import {
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_YAML_BYTES,
  formatOfPath,
  type InputFormat,
  type LoadedInput,
  type LoadOptions,
} from './formats.js';
import { levelsOption } from './levels.js';
import { decodeWindows1252, readBytes, tooLarge } from './read.js';
import { guessedJson, toCascade } from './tree.js';
import { loadXlsx } from './xlsx.js';

// What the commands use from input reading, from this one module.
export { prepareLoad } from './levels.js';
export type { LoadedInput } from './formats.js';

/** Guesses the format of stdin from its text. */
function sniff(text: string): InputFormat {
  const head = text.trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (/^"?result_id"?[,;]/.test(firstLine)) return 'csv';
  return 'yaml';
}

/**
 * Reads and parses one input. Throws {@link InputError} or {@link InputErrors}, also when the input
 * makes pokin itself fail (a stack overflow, say): that input is reported, the others still run.
 */
export async function loadInput(file: string, io: ResolvedIO, options: LoadOptions): Promise<LoadedInput> {
  return guarded(file, io, () => loadOne(file, io, options));
}

/** One version of a tree for `pokin diff`, and its level scheme. */
export interface DiffInput {
  readonly version: DiffVersion;
  readonly levels: LevelScheme;
}

/**
 * Reads one input for `pokin diff`, as {@link loadInput} does: a file named `.json` (or read with
 * `--input-format json`) goes through core's `readDiffVersion`, which reads what the diff needs
 * without building the document's objects, and through the full reading (the same as
 * `loadInput`'s, with its messages) when that gives up.
 */
export async function loadDiffInput(file: string, io: ResolvedIO, options: LoadOptions): Promise<DiffInput> {
  return guarded(file, io, async () => {
    if (inputFormatOf(file, options) === 'json') {
      const text = decodeText(await readInputBytes(file, io, options, 'json'), file);
      // Imported here: the rest of this file is on `pokin review`'s path, which loads
      // `@pokin/core/review` only.
      const { readDiffVersion } = await import('@pokin/core');
      const version = readDiffVersion(text, { maxResults: options.maxResults });
      if (version !== undefined) return { version, levels: version.levels };
      const cascade = toCascade(await loadJsonText(text, file), file, options);
      return { version: cascade, levels: cascade.levels };
    }
    const { cascade } = await loadOne(file, io, options);
    return { version: cascade, levels: cascade.levels };
  });
}

/** Runs `load`, turning what is not an input error (a stack overflow, say) into one for `file`. */
async function guarded<T>(file: string, io: ResolvedIO, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    if (e instanceof InputError || e instanceof InputErrors || e instanceof CliUsageError) throw e;
    const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    throw new InputError(file, safety.unexpected(what), {}, 'internal-error');
  }
}

/** The format an input's name or `--input-format` gives, `undefined` for stdin without the option. */
const inputFormatOf = (file: string, options: LoadOptions): InputFormat | undefined =>
  options.inputFormat ?? (file === '-' ? undefined : formatOfPath(file));

/** The bytes of an input within its limit (`--max-bytes`, or the default for its format). */
function readInputBytes(file: string, io: ResolvedIO, options: LoadOptions, known: InputFormat | undefined): Promise<Uint8Array> {
  const limit = options.maxBytes ?? (known === 'yaml' ? DEFAULT_MAX_YAML_BYTES : (options.defaultMaxBytes ?? DEFAULT_MAX_BYTES));
  return readBytes(file, io, limit, known === 'yaml', options.regularOnly);
}

async function loadOne(file: string, io: ResolvedIO, options: LoadOptions): Promise<LoadedInput> {
  const known = inputFormatOf(file, options);
  if (known === undefined && file !== '-') {
    // A workbook in another spreadsheet format is saved again as .xlsx, not renamed.
    const other = /\.(xls|xlsm|xlsb|ods|numbers)$/i.exec(file)?.[1];
    if (other !== undefined) throw new InputError(file, input.otherWorkbook(other.toLowerCase()), {}, 'read-error');
    // A folder given to a command that reads one file (report, render, pk of one tree).
    const isFolder = await statFile(resolve(io.cwd, file)).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (isFolder) throw new InputError(file, input.isFolderOneFile(), {}, 'read-error');
    throw new InputError(file, input.unknownFileType(['json', 'yaml', 'csv', 'xlsx']), {}, 'read-error');
  }
  const yamlLimit = options.maxBytes ?? DEFAULT_MAX_YAML_BYTES;
  const bytes = await readInputBytes(file, io, options, known);
  if (known === 'xlsx' || (known === undefined && bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    const levels = options.levels === undefined ? undefined : await levelsOption(options.levels, io);
    const locale = options.locale ?? (io.env.POKIN_LOCALE === 'en' ? 'en' : 'id');
    return { file, format: 'xlsx', ...(await loadXlsx(bytes, file, options, levels, locale)) };
  }
  const text = options.encoding === 'windows-1252' && known === 'csv' ? decodeWindows1252(bytes) : decodeText(bytes, file, known === 'csv');
  const format = known ?? sniff(text);
  if (format === 'yaml' && bytes.byteLength > yamlLimit) throw tooLarge(file, yamlLimit, bytes.byteLength, true);
  if (format === 'csv') return { file, format, ...(await loadCsv(text, file, options, io)) };
  if (format === 'json' && known === undefined) return guessedJson(text, file, options, bytes.byteLength <= yamlLimit);
  const parsed = format === 'json' ? await loadJsonText(text, file) : await parseYamlText(text, file);
  return { file, format, cascade: toCascade(parsed, file, options), locate: parsed.locate };
}
