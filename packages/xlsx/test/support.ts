import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSharedStrings, readSheets, readStyles } from '../src/read/parts.js';
import { QuotedText, readSheet, type MergedRange } from '../src/read/sheet.js';
import { ZipReader } from '../src/read/zip.js';
import { LEADING_RESULTS_COLUMNS, parseCascade, type Cascade, type Indicator } from '@pokin/core';
import { requireTools } from '../../../test/support/env.js';

/** The Python with openpyxl (Debian's; the `python3` on PATH may lack it). */
export const PYTHON = '/usr/bin/python3';

/** True when openpyxl imports. */
export const hasOpenpyxl = (): boolean =>
  existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import openpyxl'], { stdio: 'ignore' }).status === 0;
/** True when LibreOffice runs headless. */
export const hasSoffice = (): boolean => spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
export const skipWithoutOpenpyxl = (): boolean => !hasOpenpyxl() && !requireTools();
export const skipWithoutSoffice = (): boolean => !hasSoffice() && !requireTools();

/** A fresh temporary folder. */
export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'pokin-xlsx-'));

/** Runs LibreOffice headless with its own profile (parallel runs do not share one). */
export function soffice(dir: string, args: readonly string[]): void {
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', ...args], {
    cwd: dir,
    stdio: 'pipe',
    timeout: 180_000,
  });
}

/** Every sheet's cells as our reader sees them: `[row, column, value]`, plus merged ranges; `quoteMark` marks text with the quote prefix (`'=a`). */
export function dumpCells(
  bytes: Uint8Array,
  quoteMark = '',
): Record<string, { cells: [number, number, string | number | boolean][]; merges: string[] }> {
  const zip = new ZipReader(bytes, { maxUnzippedBytes: 1e9, maxEntries: 1000 });
  const { workbook, sheets } = readSheets(zip);
  const strings = readSharedStrings(zip, workbook);
  const styles = readStyles(zip, workbook);
  const out: Record<string, { cells: [number, number, string | number | boolean][]; merges: string[] }> = {};
  for (const s of sheets) {
    const cells: [number, number, string | number | boolean][] = [];
    const merges: MergedRange[] = readSheet(zip, s.path, s.name, strings, styles, 1e9, (row, values) => {
      values.forEach((v, c) => {
        if (v !== undefined) cells.push([row, c, v instanceof QuotedText ? quoteMark + v.text : v]);
      });
    });
    out[s.name] = { cells, merges: merges.map((m) => m.ref).sort() };
  }
  return out;
}

import { strToU8, zipSync } from 'fflate';

/** A cell of a hand-made sheet: inline text, a number, or raw cell XML. */
export type RawCell = string | number | { xml: string };

/** The XML of a sheet from rows of cells (inline strings), with optional extra XML after the data (merges). */
export function sheetXml(rows: readonly (readonly RawCell[])[], after = '', rowXml = ''): string {
  const col = (i: number) => String.fromCharCode(65 + i);
  const body = rows
    .map((cells, r) => {
      const xml = cells
        .map((c, i) => {
          const ref = `${col(i)}${r + 1}`;
          if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
          if (typeof c === 'string')
            return c === ''
              ? ''
              : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${c.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`;
          return c.xml.replace('REF', ref);
        })
        .join('');
      return `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}${rowXml}</sheetData>${after}</worksheet>`;
}

/** A minimal .xlsx package around one sheet's XML (and optional styles). */
export function makeXlsx(sheet: string, styles?: string, name = 'Sheet1'): Uint8Array {
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${rel}"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
    ...(styles === undefined ? {} : { 'xl/styles.xml': strToU8(styles) }),
  });
}

/** The results header, and a valid row under it. */
export const RESULTS_HEADER = [...LEADING_RESULTS_COLUMNS.map((c) => c.key), 'target_2026'];
export const GOAL_ROW: RawCell[] = ['G1', '', '', 'goal', 'Tujuan', '', 'IK satu', '%', 'up', 2024, 1, 2];

/** A one-goal tree of food security for 2025-2026 with the given indicators (the matrix sheet's number tests). */
export function foodTree(...indicators: Indicator[]): Cascade {
  return parseCascade({
    pokin: 1,
    title: 'Pangan',
    period: { start: 2025, end: 2026 },
    results: [{ id: 'G1', level: 'goal', statement: 'Meningkatnya ketahanan pangan', indicators }],
  });
}
