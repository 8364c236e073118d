/**
 * The small parts of a workbook: which sheets it has (names, visibility, where they are), the
 * shared strings, and which cell styles are dates or carry the quote prefix.
 *
 * @module
 */
import { unescapeOoxml } from '../xml.js';
import { fail, t } from './errors.js';
import { attr, local, parsePart } from './xml.js';
import type { ZipReader } from './zip.js';

/** A sheet of the workbook. */
export interface SheetInfo {
  readonly name: string;
  readonly hidden: boolean;
  /** Path of its part in the zip. */
  readonly path: string;
}

/** What the cell styles mean for reading. */
export interface StyleInfo {
  /** Style indexes whose number format is a date or time. */
  readonly dates: ReadonlySet<number>;
  /** Style indexes with Excel's quote prefix (text kept as typed). */
  readonly quoted: ReadonlySet<number>;
  /** Style indexes whose number format shows a percentage (the cell holds 0.83 and shows 83%). */
  readonly percents: ReadonlySet<number>;
}

/** Resolves a relationship target against the folder of its source part. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  return parts.join('/');
}

function relationships(zip: ZipReader, path: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!zip.has(path)) return out;
  parsePart(zip, path, {
    open(tag) {
      if (local(tag.name) !== 'Relationship') return;
      const id = attr(tag, 'Id');
      const target = attr(tag, 'Target');
      if (id !== undefined && target !== undefined) out.set(id, target);
    },
  });
  return out;
}

/** The workbook part's path (from the package relationships) and its sheets, in tab order. */
export function readSheets(zip: ZipReader): { workbook: string; sheets: SheetInfo[] } {
  const root = relationships(zip, '_rels/.rels');
  let workbook = 'xl/workbook.xml';
  for (const target of root.values()) if (/workbook\.xml$/i.test(target)) workbook = resolveTarget('', target);
  if (!zip.has(workbook)) {
    fail(
      'corrupt',
      t(
        'berkas ini tidak berisi buku kerja Excel (xl/workbook.xml tidak ada): apakah ini .docx atau .pptx?',
        'the file holds no Excel workbook (xl/workbook.xml is missing): is it a .docx or .pptx?',
      ),
    );
  }
  const slash = workbook.lastIndexOf('/');
  const rels = relationships(zip, `${workbook.slice(0, slash + 1)}_rels/${workbook.slice(slash + 1)}.rels`);
  const sheets: SheetInfo[] = [];
  parsePart(zip, workbook, {
    open(tag) {
      if (local(tag.name) !== 'sheet') return;
      const name = attr(tag, 'name') ?? '';
      const rid = attr(tag, 'r:id') ?? Object.entries(tag.attributes).find(([k]) => local(k) === 'id' && k !== 'sheetId')?.[1];
      const target = typeof rid === 'string' ? rels.get(rid) : undefined;
      if (target === undefined) return;
      const state = attr(tag, 'state');
      sheets.push({
        name: unescapeOoxml(name),
        hidden: state === 'hidden' || state === 'veryHidden',
        path: resolveTarget(workbook, target),
      });
    },
  });
  return { workbook, sheets };
}

/** The shared strings, in order (rich text runs joined, phonetic runs left out). */
export function readSharedStrings(zip: ZipReader, workbook: string): string[] {
  const path = `${workbook.slice(0, workbook.lastIndexOf('/') + 1)}sharedStrings.xml`;
  const out: string[] = [];
  if (!zip.has(path)) return out;
  let current = '';
  let inT = false;
  let phonetic = 0;
  parsePart(zip, path, {
    open(tag) {
      const n = local(tag.name);
      if (n === 'si') current = '';
      else if (n === 't') inT = phonetic === 0;
      else if (n === 'rPh') phonetic++;
    },
    close(name) {
      const n = local(name);
      if (n === 't') inT = false;
      else if (n === 'rPh') phonetic--;
      else if (n === 'si') out.push(unescapeOoxml(current));
    },
    text(s) {
      if (inT) current += s;
    },
  });
  return out;
}

/** Built-in number formats that are dates or times. */
const DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** A format code without its quoted text, [colour] and [condition] sections and escaped characters. */
function bareCode(code: string): string {
  let bare = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      i = end === -1 ? code.length : end;
    } else if (c === '[') {
      const end = code.indexOf(']', i + 1);
      i = end === -1 ? code.length : end;
    } else if (c === '\\') i++;
    else bare += c;
  }
  return bare;
}

/** True for a custom format code that shows a date or a time (`d`, `m`, `y`, `h`, `s` outside quotes and brackets). */
function isDateCode(code: string): boolean {
  const bare = bareCode(code);
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

/** Built-in number formats that show a percentage (`0%`, `0.00%`). */
const PERCENT_FORMATS = new Set([9, 10]);

/** True for a custom format code that shows a percentage: `%` outside quotes and brackets scales the number by 100. */
const isPercentCode = (code: string): boolean => bareCode(code).includes('%');

/** Which cell styles are dates or percentages, and which carry the quote prefix. */
export function readStyles(zip: ZipReader, workbook: string): StyleInfo {
  const path = `${workbook.slice(0, workbook.lastIndexOf('/') + 1)}styles.xml`;
  const dates = new Set<number>();
  const quoted = new Set<number>();
  const percents = new Set<number>();
  if (!zip.has(path)) return { dates, quoted, percents };
  const custom = new Map<number, string>();
  let inXfs = false;
  let xf = 0;
  parsePart(zip, path, {
    open(tag) {
      const n = local(tag.name);
      if (n === 'numFmt') custom.set(Number(attr(tag, 'numFmtId')), attr(tag, 'formatCode') ?? '');
      else if (n === 'cellXfs') inXfs = true;
      else if (n === 'xf' && inXfs) {
        const id = Number(attr(tag, 'numFmtId') ?? 0);
        const code = custom.get(id);
        if (code !== undefined ? isDateCode(code) : DATE_FORMATS.has(id)) dates.add(xf);
        else if (code !== undefined ? isPercentCode(code) : PERCENT_FORMATS.has(id)) percents.add(xf);
        if (attr(tag, 'quotePrefix') === '1' || attr(tag, 'quotePrefix') === 'true') quoted.add(xf);
        xf++;
      }
    },
    close(name) {
      if (local(name) === 'cellXfs') inXfs = false;
    },
  });
  return { dates, quoted, percents };
}
