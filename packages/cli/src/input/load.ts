/**
 * Reading one input (a file or stdin) into a {@link Cascade}, with the limits and the one-line
 * errors the CLI promises.
 *
 * @module
 */
import { constants, createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import {
  LEVEL_PRESETS,
  isLevelPresetName,
  formatIssue,
  safeParseCascade,
  type Cascade,
  type CascadeDocument,
  type CascadeIssue,
} from '@pokin/core';
import { CliUsageError, InputError, InputErrors, type Place } from '../errors.js';
import { readAll, type ResolvedIO } from '../io.js';
import type { LocatedCsv } from '@pokin/csv';
import { decodeText } from './decode.js';
import { parseJsonText, parseYamlText, type ParsedText } from './document.js';
import { loadXlsx } from './xlsx.js';
import { resolveLocale, safety, say, t, type Text } from '../messages/index.js';

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

/** Default of `--max-results`. */
export const DEFAULT_MAX_RESULTS = 200_000;

/** Limits and format for reading inputs. */
export interface LoadOptions {
  /** Largest input in bytes; undefined: {@link DEFAULT_MAX_BYTES}, or {@link DEFAULT_MAX_YAML_BYTES} for YAML. */
  readonly maxBytes?: number;
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

/** Guesses the format of stdin from its text. */
function sniff(text: string): InputFormat {
  const head = text.trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (/^"?result_id"?[,;]/.test(firstLine)) return 'csv';
  return 'yaml';
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KB`;
  return `${n} bytes`;
}

function tooLarge(file: string, maxBytes: number, size: number | undefined, yaml: boolean): InputError {
  const what = size === undefined ? 'over' : `${formatBytes(size)}, over`;
  const hint = yaml
    ? '; YAML needs about 70 times its size in memory to parse: convert it to JSON, or raise the limit with --max-bytes'
    : '; raise it with --max-bytes';
  return new InputError(
    file,
    `refused: the input is ${what} the limit of ${formatBytes(maxBytes)}${yaml ? ' for YAML' : ''}${hint}`,
    { field: '--max-bytes' },
    'limit',
  );
}

async function readBytes(file: string, io: ResolvedIO, maxBytes: number, yaml: boolean, regularOnly = false): Promise<Uint8Array> {
  if (file === '-') {
    const bytes = await readAll(io.stdin, maxBytes);
    if (bytes === undefined) throw tooLarge(file, maxBytes, undefined, yaml);
    return bytes;
  }
  const path = resolve(io.cwd, file);
  if (regularOnly) return readRegular(file, path, io, maxBytes, yaml);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(file, 'is a folder, not a file', {}, 'read-error');
    if (!info.isFile()) {
      // A pipe, a device or a process substitution has no size to check first: read it with the
      // limit counted as the bytes arrive (/dev/zero would otherwise fill the memory).
      const streamed = await readAll(createReadStream(path), maxBytes);
      if (streamed === undefined) throw tooLarge(file, maxBytes, undefined, yaml);
      return streamed;
    }
    if (info.size > maxBytes) throw tooLarge(file, maxBytes, info.size, yaml);
    const bytes = await readFile(path);
    if (bytes.byteLength > maxBytes) throw tooLarge(file, maxBytes, bytes.byteLength, yaml);
    return bytes;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(file, describeFsError(e), {}, 'read-error');
  }
}

/** Windows-1252 bytes as text (a UTF-8 BOM, if any, dropped); every byte decodes. */
function decodeWindows1252(bytes: Uint8Array): string {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  return new TextDecoder('windows-1252').decode(body);
}

/**
 * Reads a file only if it is a regular one. It is opened without blocking (a FIFO's open would wait
 * for a writer) and checked on the open handle, so what is read is what was checked.
 */
async function readRegular(file: string, path: string, io: ResolvedIO, maxBytes: number, yaml: boolean): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new InputError(file, describeFsError(e), {}, 'read-error');
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new InputError(file, say(safety.refusedNotRegular(), resolveLocale([], io.env)), {}, 'read-error');
    if (info.size > maxBytes) throw tooLarge(file, maxBytes, info.size, yaml);
    const bytes = await handle.readFile();
    if (bytes.byteLength > maxBytes) throw tooLarge(file, maxBytes, bytes.byteLength, yaml);
    return bytes;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(file, describeFsError(e), {}, 'read-error');
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** A short, stack-free description of a file system error. */
export function describeFsError(e: unknown): string {
  const code = (e as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a part of the path is a file, not a folder';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'read-only file system';
    default:
      return code ?? (e instanceof Error ? e.message : String(e));
  }
}

/**
 * Reads and parses one input. Throws {@link InputError} or {@link InputErrors}, also when the input
 * makes pokin itself fail (a stack overflow, say): that input is reported, the others still run.
 */
export async function loadInput(file: string, io: ResolvedIO, options: LoadOptions): Promise<LoadedInput> {
  try {
    return await loadOne(file, io, options);
  } catch (e) {
    if (e instanceof InputError || e instanceof InputErrors || e instanceof CliUsageError) throw e;
    const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    throw new InputError(file, say(safety.unexpected(what), resolveLocale([], io.env)), {}, 'internal-error');
  }
}

async function loadOne(file: string, io: ResolvedIO, options: LoadOptions): Promise<LoadedInput> {
  const known = options.inputFormat ?? (file === '-' ? undefined : formatOfPath(file));
  if (known === undefined && file !== '-') {
    throw new InputError(
      file,
      'unknown file type: name it .json, .yaml, .yml, .csv or .xlsx, or pass --input-format json|yaml|csv|xlsx',
      {},
      'read-error',
    );
  }
  const yamlLimit = options.maxBytes ?? DEFAULT_MAX_YAML_BYTES;
  const limit = options.maxBytes ?? (known === 'yaml' ? DEFAULT_MAX_YAML_BYTES : DEFAULT_MAX_BYTES);
  const bytes = await readBytes(file, io, limit, known === 'yaml', options.regularOnly);
  if (known === 'xlsx' || (known === undefined && bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    const levels = options.levels === undefined ? undefined : await levelsOption(options.levels, io);
    const locale = options.locale ?? (io.env.POKIN_LOCALE === 'en' ? 'en' : 'id');
    return { file, format: 'xlsx', ...(await loadXlsx(bytes, file, options, levels, locale)) };
  }
  const text = options.encoding === 'windows-1252' && known === 'csv' ? decodeWindows1252(bytes) : decodeText(bytes, file);
  const format = known ?? sniff(text);
  if (format === 'yaml' && bytes.byteLength > yamlLimit) throw tooLarge(file, yamlLimit, bytes.byteLength, true);
  if (format === 'csv') return { file, format, ...(await loadCsv(text, file, options, io)) };
  if (format === 'json' && known === undefined) return guessedJson(text, file, options, bytes.byteLength <= yamlLimit);
  const parsed = format === 'json' ? parseJsonText(text, file) : parseYamlText(text, file);
  return { file, format, cascade: toCascade(parsed, file, options), locate: parsed.locate };
}

/**
 * Stdin that starts with `{` or `[` is JSON, or YAML in flow style (`{pokin: 1, ...}`): when it is
 * not valid JSON but is valid YAML (and within the YAML limit), it is read as YAML; otherwise the
 * JSON error stands, with a hint.
 */
function guessedJson(text: string, file: string, options: LoadOptions, yamlAllowed: boolean): LoadedInput {
  let parsed: ParsedText;
  let format: InputFormat = 'json';
  try {
    parsed = parseJsonText(text, file);
  } catch (jsonError) {
    if (!(jsonError instanceof InputError) || !yamlAllowed) throw jsonError;
    try {
      parsed = parseYamlText(text, file);
      format = 'yaml';
    } catch {
      throw new InputError(
        jsonError.file,
        `${jsonError.message} (read as JSON: it starts with "${text.trimStart()[0]}"; pass --input-format yaml if it is YAML)`,
        jsonError.place,
        jsonError.kind,
      );
    }
  }
  return { file, format, cascade: toCascade(parsed, file, options), locate: parsed.locate };
}

function toCascade(parsed: ParsedText, file: string, options: LoadOptions): Cascade {
  const value = parsed.value;
  if (typeof value === 'object' && value !== null && Array.isArray((value as { results?: unknown }).results)) {
    const n = (value as { results: unknown[] }).results.length;
    if (n > options.maxResults) {
      throw new InputError(
        file,
        `refused: ${n} results, over the limit of ${options.maxResults}; raise it with --max-results`,
        { ...parsed.locate(['results']), field: '--max-results' },
        'limit',
      );
    }
  }
  const result = safeParseCascade(value);
  if (result.success) return result.data;
  // A cycle always runs against the level order too; the cycle says more, so it stands alone.
  const cyclic = new Set(result.error.issues.filter((i) => i.code === 'cycle').map((i) => i.path));
  const issues = result.error.issues.filter((i) => !(i.code === 'level-order' && cyclic.has(i.path)));
  const shown = issues.slice(0, MAX_PROBLEMS);
  const errors = shown.map(
    (issue) =>
      new InputError(
        file,
        issueMessage(issue),
        { ...parsed.locate(issue.segments, issue.code === 'unknown-key'), field: issue.path || undefined },
        issue.code,
      ),
  );
  // In the order of the text, so the lines read top to bottom.
  errors.sort((a, b) => (a.place.line ?? 0) - (b.place.line ?? 0) || (a.place.column ?? 0) - (b.place.column ?? 0));
  if (issues.length > MAX_PROBLEMS) {
    const more = issues.length - MAX_PROBLEMS;
    errors.push(
      new InputError(file, t(`... dan ${more} masalah lain`, `... and ${more} more problem${more === 1 ? '' : 's'}`), {}, 'parse-error'),
    );
  }
  throw errors.length === 1 ? errors[0]! : new InputErrors(errors);
}

/** Core's message in both languages, with a bare "required" saying what is. */
function issueMessage(issue: CascadeIssue): Text {
  const last = issue.segments[issue.segments.length - 1];
  if (issue.code === 'required' && typeof last === 'string') return t(`"${last}" wajib diisi`, `"${last}" is required`);
  return t(formatIssue(issue, 'id'), formatIssue(issue, 'en'));
}

/**
 * The scheme `--levels` names: a preset name as is, else the `levels` of the JSON or YAML file at
 * that path (a document, or the list alone). Read once per run.
 */
async function levelsOption(spec: string, io: ResolvedIO): Promise<CascadeDocument['levels']> {
  if (isLevelPresetName(spec)) return spec;
  let cached = levelsCache.get(io);
  if (cached?.spec !== spec) {
    cached = { spec, levels: readLevelsFile(spec, io) };
    levelsCache.set(io, cached);
  }
  return cached.levels;
}

/**
 * Reads the `--levels` file, if any, before the first input, so a bad one stops the command once
 * (a {@link CliUsageError}, exit 2) instead of failing every CSV input in turn.
 */
export async function prepareLoad(options: LoadOptions, io: ResolvedIO): Promise<void> {
  if (options.levels === undefined) return;
  try {
    await levelsOption(options.levels, io);
  } catch (e) {
    if (e instanceof InputError) throw new CliUsageError(`--levels: ${e.format().replace(/^pokin: /, '')}`);
    throw e;
  }
}

const levelsCache = new WeakMap<ResolvedIO, { spec: string; levels: Promise<CascadeDocument['levels']> }>();

async function readLevelsFile(spec: string, io: ResolvedIO): Promise<CascadeDocument['levels']> {
  const format = formatOfPath(spec);
  if (format !== 'json' && format !== 'yaml') {
    throw new InputError(
      spec,
      `not a preset (${Object.keys(LEVEL_PRESETS).join(', ')}) and not a .json, .yaml or .yml file`,
      {},
      'usage-error',
    );
  }
  const text = decodeText(await readBytes(spec, io, DEFAULT_MAX_YAML_BYTES, format === 'yaml'), spec);
  const parsed = format === 'json' ? parseJsonText(text, spec) : parseYamlText(text, spec);
  const value = parsed.value as { levels?: unknown } | unknown[] | null;
  const levels = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? value.levels : undefined;
  if (levels === undefined)
    throw new InputError(spec, 'holds no "levels": give a document with its levels, or the list of levels alone', {}, 'usage-error');
  // The scheme is checked as a document would check it, with one placeholder result.
  const check = safeParseCascade({ pokin: 1, title: '-', levels, results: [] });
  const problem = check.success ? undefined : check.error.issues.find((i) => i.segments[0] === 'levels');
  if (problem !== undefined) {
    const at = Array.isArray(value) ? problem.segments.slice(1) : problem.segments;
    throw new InputError(spec, problem.message, { ...parsed.locate(at), field: problem.path }, 'usage-error');
  }
  return levels as CascadeDocument['levels'];
}

async function loadCsv(text: string, file: string, options: LoadOptions, io: ResolvedIO): Promise<Pick<LoadedInput, 'cascade' | 'locate'>> {
  if (text.trim() === '') throw new InputError(file, 'the file is empty', { line: 1, column: 1 }, 'empty');
  // Count lines cheaply before parsing: every result takes at least one row.
  let rows = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) rows++;
  if (rows > options.maxResults * 64) {
    throw new InputError(
      file,
      `refused: ${rows} rows, far over the limit of ${options.maxResults} results; raise it with --max-results`,
      { field: '--max-results' },
      'limit',
    );
  }
  const { parseCsvLocated, CsvParseError } = await import('@pokin/csv');
  const levels = options.levels === undefined ? undefined : await levelsOption(options.levels, io);
  let read: LocatedCsv;
  try {
    read = parseCsvLocated(text, levels === undefined ? {} : { levels });
  } catch (e) {
    if (!(e instanceof CsvParseError)) throw e;
    // A CSV holds no level scheme: an unknown level is often a tree with its own scheme.
    const hint =
      options.levels === undefined
        ? '; a CSV of a tree with its own level scheme needs it: --levels FILE (a .yaml or .json holding its levels)'
        : '';
    const errors = e.issues.map(
      (i) =>
        new InputError(
          file,
          i.code === 'unknown-level' ? `${i.message}${hint}` : i.message,
          {
            row: i.row,
            column: i.column?.index,
            columnName: i.column === undefined ? undefined : i.column.name || '(beyond the last header)',
          },
          'parse-error',
        ),
    );
    if (errors.length === 0) errors.push(new InputError(file, e.message, {}, 'parse-error'));
    if (errors.length > MAX_PROBLEMS) {
      const more = errors.length - MAX_PROBLEMS;
      errors.length = MAX_PROBLEMS;
      errors.push(
        new InputError(file, t(`... dan ${more} masalah lain`, `... and ${more} more problem${more === 1 ? '' : 's'}`), {}, 'parse-error'),
      );
    }
    throw errors.length === 1 ? errors[0]! : new InputErrors(errors);
  }
  const { cascade } = read;
  if (cascade.size > options.maxResults) {
    throw new InputError(
      file,
      `refused: ${cascade.size} results, over the limit of ${options.maxResults}; raise it with --max-results`,
      { field: '--max-results' },
      'limit',
    );
  }
  const locate = (segments: readonly (string | number)[]): Place => {
    const at = read.locate(segments);
    return at.row === undefined ? {} : { row: at.row, column: at.column?.index, columnName: at.column?.name };
  };
  return { cascade, locate };
}
