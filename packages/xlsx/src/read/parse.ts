/**
 * `parseXlsx`: a workbook back into a {@link Cascade}. pokin's own results sheet when the workbook
 * has one (every field), else the first sheet in the Kertas Kerja layout (statements, indicators
 * and the tree). Limits on unzipped bytes, entries and cells; every problem at its sheet and cell.
 *
 * @module
 */
import { formatIssue, safeParseCascade, UsageError, type Cascade, type CascadeDocument, type ResultsTableOptions } from '@pokin/core';
import { META_SHEET } from '../options.js';
import { formulaNote } from './cells.js';
import { XlsxReadError, fail, t, type XlsxIssue } from './errors.js';
import { findKertasHeader, readKertasKerja, type HeldSheet } from './kertas-kerja.js';
import { readSharedStrings, readSheets, readStyles, type SheetInfo, type StyleInfo } from './parts.js';
import { ResultsSheet, isResultsHeader, missingResultsColumns, tableCell } from './results.js';
import { readSheet, type CellValue, type MergedRange, type RowHandler, type SpecialCell } from './sheet.js';
import type { ReadNote } from './types.js';
import { ZipReader } from './zip.js';

/** Options of {@link parseXlsx}. */
export interface ParseXlsxOptions extends ResultsTableOptions {
  /** The sheet to read, by name. @default the results sheet, else the first sheet in the Kertas Kerja layout */
  readonly sheet?: string;
  /** Most bytes all parts may take once unzipped. @default 268435456 (256 MB) */
  readonly maxUnzippedBytes?: number;
  /** Most filled cells in a sheet. @default 5000000 */
  readonly maxCells?: number;
  /** Most entries in the zip. @default 10000 */
  readonly maxEntries?: number;
}

/** A cascade read from a workbook. */
export interface ReadXlsx {
  readonly cascade: Cascade;
  /** The sheet it was read from. */
  readonly sheet: string;
  /** Which layout the sheet had. */
  readonly layout: 'results' | 'kertas-kerja';
  /** What the reader guessed or cleaned up, to show the user. */
  readonly notes: readonly ReadNote[];
  /** The sheet and cell of a document path (`['results', 3, 'indicators', 0, 'unit']`). */
  locate(segments: readonly (string | number)[]): { sheet?: string; cell?: string };
}

class Stop extends Error {
  override name = 'XlsxStop';
}

interface Context {
  readonly zip: ZipReader;
  readonly strings: readonly string[];
  readonly styles: StyleInfo;
  readonly maxCells: number;
}

/** The first `n` filled rows of a sheet. */
function peek(ctx: Context, info: SheetInfo, n: number): (CellValue | undefined)[][] {
  const rows: (CellValue | undefined)[][] = [];
  try {
    readSheet(ctx.zip, info.path, info.name, ctx.strings, ctx.styles, ctx.maxCells, (_row, values) => {
      rows.push(values);
      if (rows.length >= n) throw new Stop();
    });
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  return rows;
}

function hold(ctx: Context, info: SheetInfo): HeldSheet {
  const rows = new Map<number, (CellValue | undefined)[]>();
  const specials = new Map<number, readonly SpecialCell[]>();
  const computed = new Map<number, readonly number[]>();
  const onRow: RowHandler = (row, values, s, c) => {
    rows.set(row, values);
    if (s !== undefined) specials.set(row, s);
    if (c !== undefined) computed.set(row, c);
  };
  const merges: MergedRange[] = readSheet(ctx.zip, info.path, info.name, ctx.strings, ctx.styles, ctx.maxCells, onRow);
  return { name: info.name, rows, specials, computed, merges };
}

/** The document-level parts from the hidden `pokin` sheet, when the workbook has one. */
function readMeta(ctx: Context, sheets: readonly SheetInfo[]): Partial<CascadeDocument> {
  const info = sheets.find((s) => s.name === META_SHEET);
  if (info === undefined) return {};
  const held = hold(ctx, info);
  if (held.rows.get(0)?.[0] !== 'pokin') return {};
  let json = '';
  for (let r = 1; held.rows.has(r); r++) {
    const v = held.rows.get(r)![0];
    json += typeof v === 'string' ? v : '';
  }
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
    return value;
  } catch {
    return fail(
      'corrupt',
      t(
        'lembar tersembunyi "pokin" rusak (JSON tidak sah): hapus lembar itu, atau ekspor ulang dari pokin',
        'the hidden sheet "pokin" is damaged (invalid JSON): delete it, or export again from pokin',
      ),
      { sheet: META_SHEET, cell: 'A2' },
    );
  }
}

/**
 * Reads an .xlsx workbook into a {@link Cascade}. Throws an {@link XlsxReadError} (every problem
 * with its sheet and cell, in Bahasa Indonesia and English) for a file that is not an .xlsx, an
 * encrypted or legacy workbook, a zip bomb or a sheet over the limits, formulas with no saved value,
 * dates or error values in the cells it reads, overlapping merged ranges, and every problem of the
 * document. A formula is never run: a formula cell reads as the value Excel or LibreOffice last
 * calculated and saved in the file, and a note says how many cells were so read.
 * Throws a `UsageError` when `bytes` is not a `Uint8Array`.
 */
export function parseXlsx(bytes: Uint8Array, options: ParseXlsxOptions = {}): ReadXlsx {
  if (!(bytes instanceof Uint8Array)) throw new UsageError('@pokin/xlsx parseXlsx: bytes must be a Uint8Array');
  const zip = new ZipReader(bytes, {
    maxUnzippedBytes: options.maxUnzippedBytes ?? 256 * 1024 * 1024,
    maxEntries: options.maxEntries ?? 10_000,
  });
  const { workbook, sheets } = readSheets(zip);
  const ctx: Context = {
    zip,
    strings: readSharedStrings(zip, workbook),
    styles: readStyles(zip, workbook),
    maxCells: options.maxCells ?? 5_000_000,
  };
  const meta = readMeta(ctx, sheets);
  const parts: ResultsTableOptions = {
    title: options.title ?? meta.title,
    agency: options.agency ?? meta.agency,
    period: options.period ?? meta.period,
    levels: options.levels ?? meta.levels,
    context: options.context ?? meta.context,
    csf: options.csf ?? meta.csf,
  };
  let candidates = sheets.filter((s) => s.name !== META_SHEET && !s.hidden);
  if (options.sheet !== undefined) {
    candidates = sheets.filter((s) => s.name === options.sheet);
    if (candidates.length === 0) {
      fail(
        'no-sheet',
        t(
          `tidak ada lembar bernama "${options.sheet}"; lembar yang ada: ${sheets.map((s) => s.name).join(', ')}`,
          `no sheet is named "${options.sheet}"; the sheets are ${sheets.map((s) => s.name).join(', ')}`,
        ),
      );
    }
  }
  for (const info of candidates) {
    const [first] = peek(ctx, info, 1);
    if (first === undefined || !isResultsHeader(first)) continue;
    const reader = new ResultsSheet(info.name);
    const merges = readSheet(zip, info.path, info.name, ctx.strings, ctx.styles, ctx.maxCells, reader.onRow);
    const filled = reader.fillMerged(merges);
    const continued = reader.fillContinued();
    const read = reader.finish(parts);
    const notes: ReadNote[] = read.notes.map((n) => ({
      sheet: info.name,
      ...(n.row === undefined ? {} : { cell: tableCell(n.row, n.column?.index) }),
      text: n.text,
    }));
    if (filled > 0)
      notes.push({
        sheet: info.name,
        text: t(
          `${filled} sel yang digabung ke bawah dibaca sebagai isian yang sama di setiap barisnya`,
          `${filled} cells merged downwards were read as holding the same value on each of their rows`,
        ),
      });
    if (reader.twoRowHeader !== undefined)
      notes.push({
        sheet: info.name,
        text: t(
          `tajuk dibaca dari dua baris: ${reader.twoRowHeader.count} kolom dinamai dengan tajuk di atasnya dan tahun atau triwulan di bawahnya (mis. "Target 2026")`,
          `the header was read from two rows: ${reader.twoRowHeader.count} columns named by the header above and the year or quarter below (e.g. "Target 2026")`,
        ),
      });
    notes.push(...formulaNote(info.name, reader.computed));
    if (continued.first !== undefined)
      notes.push({
        sheet: info.name,
        text: t(
          `${continued.count} baris tanpa kode, level dan kinerja dibaca sebagai IK berikutnya dari kinerja di atasnya (pertama: baris ${continued.first})`,
          `${continued.count} row${continued.count === 1 ? '' : 's'} with no result id, level or statement read as further indicators of the result above (first: row ${continued.first})`,
        ),
      });
    return {
      cascade: read.cascade,
      sheet: info.name,
      layout: 'results',
      notes,
      locate: (segments) => {
        const at = read.locate(segments);
        return at.row === undefined ? { sheet: info.name } : { sheet: info.name, cell: tableCell(at.row, at.column?.index) };
      },
    };
  }
  for (const info of candidates) {
    if (peek(ctx, info, 15).length === 0) continue;
    const held = hold(ctx, info);
    const header = findKertasHeader(held, parts.levels);
    if (header === undefined) continue;
    return kertas(held, header, parts);
  }
  // A results sheet with a header renamed: name what is missing rather than the layouts pokin reads.
  for (const info of candidates) {
    const [first] = peek(ctx, info, 1);
    const missing = first === undefined ? undefined : missingResultsColumns(first);
    if (missing !== undefined)
      fail(
        'no-sheet',
        t(
          `lembar ini berbentuk tabel kinerja, tetapi tajuknya tidak memuat kolom ${missing.id.join(', ')}: kembalikan nama tajuk kolom itu (baris 1)`,
          `the sheet is laid out as a results table, but its header has no column ${missing.en.join(', ')}: give that column its name back (row 1)`,
        ),
        { sheet: info.name },
      );
  }
  return fail(
    'no-sheet',
    t(
      'tidak ada lembar yang bisa dibaca: buku kerja memerlukan lembar tabel kinerja (tajuk: kode, induk, level, kinerja, indikator, ...) atau Kertas Kerja Langkah 4 (satu kolom per level)',
      'no sheet pokin can read: the workbook needs a results sheet (header: result_id, parent_id, level, statement, indicator, ...) or a Langkah 4 Kertas Kerja (one column per level)',
    ),
  );
}

function kertas(held: HeldSheet, header: NonNullable<ReturnType<typeof findKertasHeader>>, parts: ResultsTableOptions): ReadXlsx {
  const read = readKertasKerja(held, header);
  if (read.issues.length > 0) throw new XlsxReadError(read.issues);
  const doc: CascadeDocument = { pokin: 1, title: parts.title ?? 'Pohon Kinerja', results: read.results };
  if (typeof header.scheme !== 'string' || header.scheme !== 'permenpan-89') doc.levels = header.scheme as CascadeDocument['levels'];
  for (const k of ['agency', 'period', 'context', 'csf'] as const)
    if (parts[k] !== undefined) (doc as Record<string, unknown>)[k] = parts[k];
  if (read.results.length === 0)
    fail('empty', t('Kertas Kerja tidak berisi kinerja di bawah tajuknya', 'the Kertas Kerja holds no results below its header'), {
      sheet: held.name,
    });
  const parsed = safeParseCascade(doc);
  const place = (segments: readonly (string | number)[]) => {
    const i = segments[0] === 'results' && typeof segments[1] === 'number' ? segments[1] : undefined;
    return i === undefined || read.cells[i] === undefined ? { sheet: held.name } : { sheet: held.name, cell: read.cells[i] };
  };
  if (!parsed.success) {
    const issues: XlsxIssue[] = parsed.error.issues.map((i) => ({
      code: i.code,
      ...place(i.segments),
      text: { id: formatIssue(i, 'id'), en: formatIssue(i, 'en') },
    }));
    throw new XlsxReadError(issues);
  }
  return { cascade: parsed.data, sheet: held.name, layout: 'kertas-kerja', notes: read.notes, locate: place };
}
