/**
 * The Kertas Kerja layout as agencies type it (Langkah 4): a header row naming the levels (a tier
 * row above it is allowed), one column per level, each result in a cell merged down over its
 * descendants (or written once with the cells below it left empty), its indicators under "IK:" in
 * the same cell or in the column to its right.
 *
 * What the reader had to guess (generated ids, levels read from labels, a statement met twice
 * read as a crosscutting link) comes back as notes.
 *
 * @module
 */
import { LEVEL_PRESETS, levelWords, normalizeHeader, type LevelScheme, type ResultDocument } from '@pokin/core';
import { cellRef } from '../xml.js';
import { XLSX_CODEC, formulaNote, specialIssue } from './cells.js';
import { t, type XlsxIssue } from './errors.js';
import type { CellValue, MergedRange, SpecialCell } from './sheet.js';
import type { ReadNote } from './types.js';

/** A sheet held in memory (the Kertas Kerja is read whole; it is small). */
export interface HeldSheet {
  readonly name: string;
  readonly rows: Map<number, (CellValue | undefined)[]>;
  readonly specials: Map<number, readonly SpecialCell[]>;
  /** The columns of each row whose value is a formula's saved value. */
  readonly computed: Map<number, readonly number[]>;
  readonly merges: readonly MergedRange[];
}

/** The columns of a Kertas Kerja: level columns, with their IK column when there is one. */
export interface KertasHeader {
  readonly row: number;
  readonly scheme: string | LevelScheme;
  readonly levels: readonly { column: number; key: string; ik?: number }[];
}

const HEADER_ROWS = 15;
// "IK:", "IKU:", "IK 1:", "- IK:", "Indikator Kinerja (IK):", "Indikator Kinerja Utama:".
const IK_LINE = /^\s*(?:[-\u2022*]\s*)?(?:iku?(?:\s*\d{1,2})?|indikator(?: kinerja)?(?: utama)?(?:\s*\(iku?\))?)\s*:/i;
const BULLET = /^(?:[-\u2022*\u00b7\u25aa\u25e6]|\d{1,3}[.)]|[a-z][.)])\s+/i;

/** Finds the header row of a Kertas Kerja among the first rows, or `undefined`. */
export function findKertasHeader(sheet: HeldSheet, levels?: string | LevelScheme): KertasHeader | undefined {
  const schemes: (string | LevelScheme)[] = levels !== undefined ? [levels] : Object.keys(LEVEL_PRESETS);
  let best: KertasHeader | undefined;
  for (const scheme of schemes) {
    const list = typeof scheme === 'string' ? LEVEL_PRESETS[scheme as keyof typeof LEVEL_PRESETS] : scheme;
    if (list === undefined) continue;
    const lookup = levelWords(list);
    for (const [row, values] of sheet.rows) {
      if (row >= HEADER_ROWS) continue;
      const found: { column: number; key: string; ik?: number }[] = [];
      const keys = new Set<string>();
      values.forEach((v, column) => {
        if (typeof v !== 'string') return;
        const word = lookup(v);
        if (word !== undefined && !keys.has(word.key)) {
          keys.add(word.key);
          found.push({ column, key: word.key });
        } else if (/^(?:ik|indikator)/.test(normalizeHeader(v)) && found.length > 0) found[found.length - 1]!.ik = column;
      });
      // A level header merged over two columns: the second holds the IK.
      for (const f of found) {
        const m = sheet.merges.find((g) => g.r1 === row && g.c1 === f.column && g.c2 > g.c1);
        if (m !== undefined && f.ik === undefined) f.ik = f.column + 1;
      }
      if (
        found.length >= 2 &&
        (best === undefined || found.length > best.levels.length || (found.length === best.levels.length && row > best.row))
      ) {
        best = { row, scheme, levels: found };
      }
    }
  }
  return best;
}

/** Statement and indicator lines of a cell's text. */
export function splitCell(text: string): { statement: string; indicators: string[] } {
  const lines = text.split(/\r?\n/);
  const at = lines.findIndex((l) => IK_LINE.test(l));
  const head = at === -1 ? lines : lines.slice(0, at);
  const statement = head
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ');
  if (at === -1) return { statement, indicators: [] };
  const rest = lines.slice(at).map((l) => l.replace(IK_LINE, ''));
  return { statement, indicators: indicatorLines(rest) };
}

/** Indicator lines, bullets and numbering dropped. */
export function indicatorLines(lines: readonly string[]): string[] {
  return lines.map((l) => l.trim().replace(BULLET, '').trim()).filter((l) => l !== '');
}

/** An id prefix per level: initials (`ultimate-outcome` -> `UO`), made distinct within the scheme. */
function prefixes(list: LevelScheme): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const l of list) {
    const words = l.key.split(/[-_.]/).filter((w) => w !== '');
    let p = words.map((w) => w[0]!.toUpperCase()).join('');
    if (used.has(p))
      p = (
        words[0]!.slice(0, 2) +
        words
          .slice(1)
          .map((w) => w[0])
          .join('')
      ).toUpperCase();
    let k = 2;
    while (used.has(p)) p = `${p}${k++}`;
    used.add(p);
    out.set(l.key, p);
  }
  return out;
}

/** What {@link readKertasKerja} makes: results, where they came from, notes and problems. */
export interface KertasRead {
  readonly results: ResultDocument[];
  /** The cell of each result, for mapping problems back. */
  readonly cells: string[];
  readonly notes: ReadNote[];
  readonly issues: XlsxIssue[];
}

/** Reads the results of a Kertas Kerja sheet below its header. */
export function readKertasKerja(sheet: HeldSheet, header: KertasHeader): KertasRead {
  const list = typeof header.scheme === 'string' ? LEVEL_PRESETS[header.scheme as keyof typeof LEVEL_PRESETS] : header.scheme;
  const ids = prefixes(list);
  const counters = new Map<string, number>();
  const issues: XlsxIssue[] = [];
  const notes: ReadNote[] = [];
  const results: (ResultDocument & { indicators?: { statement: string }[] })[] = [];
  const cells: string[] = [];
  const name = sheet.name;
  const merges = mergeIndex(sheet, header, issues);
  const open: ({ index: number; end: number; text: string } | undefined)[] = header.levels.map(() => undefined);
  const byStatement = new Map<string, number>();
  const rowsInOrder = [...sheet.rows.keys()].filter((r) => r > header.row).sort((a, b) => a - b);
  let repeated = 0;
  let crosscutting = 0;
  const text = (v: CellValue | undefined): string | undefined =>
    v === undefined || typeof v === 'number' || typeof v === 'boolean' ? undefined : XLSX_CODEC.text(v).value;

  for (const row of rowsInOrder) {
    const values = sheet.rows.get(row)!;
    const specials = sheet.specials.get(row);
    header.levels.forEach((lv, k) => {
      const o = open[k];
      if (o !== undefined && o.end < row) open[k] = undefined;
      const special = specials?.find((s) => s.column === lv.column || s.column === lv.ik);
      if (special !== undefined) {
        const head = sheet.rows.get(header.row)?.[special.column];
        issues.push(specialIssue(name, row, special, head === undefined ? undefined : XLSX_CODEC.show(head).trim()));
        return;
      }
      const raw = text(values[lv.column]);
      if (raw === undefined || raw === '') return;
      const merge = merges.get(`${row}:${lv.column}`);
      const current = open[k];
      if (merge === undefined && current !== undefined && current.text === raw) {
        repeated++;
        return; // the ancestor written again on the next row
      }
      const { statement, indicators } = splitCell(raw);
      const ikCell = lv.ik === undefined ? undefined : text(values[lv.ik]);
      const more = ikCell === undefined ? [] : indicatorLines(ikCell.split(/\r?\n/).map((l) => l.replace(IK_LINE, '')));
      for (let j = k; j < open.length; j++) open[j] = undefined;
      let parent: number | undefined;
      for (let j = k - 1; j >= 0; j--) {
        if (open[j] !== undefined) {
          parent = open[j]!.index;
          break;
        }
      }
      const key = `${lv.key}\u0000${statement}`;
      const seen = byStatement.get(key);
      if (seen !== undefined && parent !== undefined && results[seen]!.parent !== results[parent]!.id) {
        // The same result under a second parent: a crosscutting link.
        const r = results[seen]!;
        r.contributesTo = [...(r.contributesTo ?? []), results[parent]!.id];
        crosscutting++;
        open[k] = { index: seen, end: merge?.r2 ?? Number.POSITIVE_INFINITY, text: raw };
        return;
      }
      const n = (counters.get(lv.key) ?? 0) + 1;
      counters.set(lv.key, n);
      const result: ResultDocument & { indicators?: { statement: string }[] } = { id: `${ids.get(lv.key)}${n}`, level: lv.key, statement };
      if (parent !== undefined) result.parent = results[parent]!.id;
      const all = [...indicators, ...more];
      if (all.length > 0) result.indicators = all.map((s) => ({ statement: s }));
      byStatement.set(key, results.length);
      open[k] = { index: results.length, end: merge?.r2 ?? Number.POSITIVE_INFINITY, text: raw };
      results.push(result);
      cells.push(cellRef(row, lv.column));
    });
  }
  notes.push({
    text: t(
      `kode hasil dibuat otomatis per level (${[...ids.values()].slice(0, 4).join(', ')}, ...)`,
      `result ids were generated per level (${[...ids.values()].slice(0, 4).join(', ')}, ...)`,
    ),
    sheet: name,
  });
  notes.push(...unreadColumns(sheet, header));
  const read = new Set(header.levels.flatMap((lv) => (lv.ik === undefined ? [lv.column] : [lv.column, lv.ik])));
  notes.push(...formulaNote(name, sheet.computed, (row, column) => row > header.row && read.has(column)));
  if (repeated > 0)
    notes.push({
      sheet: name,
      text: t(
        `${repeated} sel mengulang kinerja di atasnya dan dibaca sebagai kinerja yang sama`,
        `${repeated} cells repeat the result above them and were read as the same result`,
      ),
    });
  if (crosscutting > 0)
    notes.push({
      sheet: name,
      text: t(
        `${crosscutting} kinerja muncul di bawah dua induk dan dibaca sebagai kinerja lintas (contributesTo)`,
        `${crosscutting} results appear under two parents and were read as crosscutting links (contributesTo)`,
      ),
    });
  return { results, cells, notes, issues };
}

/**
 * Columns with a header and filled cells below it that are neither a level nor an IK column: they
 * are not read, and the user is told so by name (a level header pokin does not know would
 * otherwise lose a whole column of results without a word).
 */
function unreadColumns(sheet: HeldSheet, header: KertasHeader): ReadNote[] {
  const read = new Set<number>();
  for (const l of header.levels) {
    read.add(l.column);
    if (l.ik !== undefined) read.add(l.ik);
  }
  const titles = sheet.rows.get(header.row) ?? [];
  const filled = new Map<number, number>();
  for (const [row, values] of sheet.rows) {
    if (row <= header.row) continue;
    values.forEach((v, column) => {
      if (!read.has(column) && typeof titles[column] === 'string' && typeof v === 'string' && v.trim() !== '')
        filled.set(column, (filled.get(column) ?? 0) + 1);
    });
  }
  return [...filled].map(([column, count]) => {
    const title = (titles[column] as string).replace(/\s+/g, ' ').trim();
    return {
      sheet: sheet.name,
      cell: cellRef(header.row, column),
      text: t(
        `kolom "${title}" (${count} sel terisi) tidak dibaca: tajuknya bukan nama level (${header.levels.length} kolom level dikenali); bila kolom itu berisi kinerja, ganti tajuknya dengan nama levelnya, mis. OUTPUT`,
        `column "${title}" (${count} filled cell${count === 1 ? '' : 's'}) was not read: its header names no level (${header.levels.length} level columns were recognised); if it holds results, give it its level's name, e.g. OUTPUT`,
      ),
    };
  });
}

/** The merged ranges that start in a level or IK column, by `row:column`; overlapping ones are problems. */
function mergeIndex(sheet: HeldSheet, header: KertasHeader, issues: XlsxIssue[]): Map<string, MergedRange> {
  const columns = new Set<number>();
  for (const l of header.levels) {
    columns.add(l.column);
    if (l.ik !== undefined) columns.add(l.ik);
  }
  const byColumn = new Map<number, MergedRange[]>();
  const out = new Map<string, MergedRange>();
  for (const m of sheet.merges) {
    if (m.r2 <= header.row) continue;
    for (const c of columns) if (c >= m.c1 && c <= m.c2) (byColumn.get(c) ?? byColumn.set(c, []).get(c)!).push(m);
    out.set(`${m.r1}:${m.c1}`, m);
  }
  for (const list of byColumn.values()) {
    list.sort((a, b) => a.r1 - b.r1);
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1]!;
      const b = list[i]!;
      if (b.r1 <= a.r2) {
        issues.push({
          code: 'merge-overlap',
          sheet: sheet.name,
          cell: b.ref,
          text: t(
            `rentang gabungan ${b.ref} bertumpang tindih dengan ${a.ref}: pisahkan (Unmerge) lalu gabungkan ulang`,
            `merged range ${b.ref} overlaps ${a.ref}: unmerge them and merge again`,
          ),
        });
      }
    }
  }
  return out;
}
