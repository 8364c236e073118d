/**
 * Real clients read the capaian workbook as written: openpyxl finds the same cells and merged
 * ranges as pokin's reader, text that reads as a formula stays text, capaian has two decimals;
 * LibreOffice shows the same cells in each sheet.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { renderLkjipXlsx } from '@pokin/xlsx';
import { capaianDocument } from '../../../test/support/capaian-document.js';
import { PYTHON, dumpCells, skipWithoutOpenpyxl, skipWithoutSoffice, soffice, tempDir } from './support.js';

const bytes = renderLkjipXlsx(parseCascade(capaianDocument()), { year: 2025 });

const DUMP = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    cells = [[c.row - 1, c.column - 1, c.value] for row in ws.iter_rows() for c in row if c.value is not None]
    kinds = {f"{c.row - 1}:{c.column - 1}": [c.data_type, c.number_format, c.quotePrefix] for row in ws.iter_rows() for c in row if c.value is not None}
    out[ws.title] = {"cells": cells, "kinds": kinds, "merges": sorted(str(m) for m in ws.merged_cells.ranges),
                     "freeze": ws.freeze_panes, "print_titles": ws.print_title_rows}
json.dump(out, sys.stdout)
`;

describe.skipIf(skipWithoutOpenpyxl())('openpyxl reads the capaian workbook', () => {
  it('the same cells and merges; a formula-like text is quoted text; capaian as 0.00', () => {
    const file = join(tempDir(), 'lkjip.xlsx');
    writeFileSync(file, bytes);
    const py = JSON.parse(execFileSync(PYTHON, ['-c', DUMP, file], { encoding: 'utf8' }));
    const ours = dumpCells(bytes);
    expect(Object.keys(py)).toEqual(['Capaian Kinerja', 'Monev Triwulan']);
    for (const name of Object.keys(ours)) {
      expect(py[name].cells, name).toEqual(ours[name]!.cells);
      expect(py[name].merges, name).toEqual(ours[name]!.merges);
      expect(py[name].freeze, name).toBe('A5');
      expect(py[name].print_titles, name).toBe('$4:$4');
    }
    const kinds = py['Capaian Kinerja'].kinds;
    // G1.1's follow-up "=Pemutakhiran data": a string with the quote prefix, not a formula.
    expect(kinds['4:14']).toEqual(['s', 'General', true]);
    expect(kinds['4:6']).toEqual(['n', '0.00', false]);
  }, 120_000);
});

describe.skipIf(skipWithoutSoffice())('LibreOffice reads the capaian workbook', () => {
  it('shows the same cells in each sheet', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'lkjip.xlsx'), bytes);
    // Comma, quote, UTF-8, ..., token 12 = -1: every sheet to its own file.
    soffice(dir, [
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      dir,
      join(dir, 'lkjip.xlsx'),
    ]);
    for (const [name, sheet] of Object.entries(dumpCells(bytes))) {
      const rows = Papa.parse<string[]>(readFileSync(join(dir, `lkjip-${name}.csv`), 'utf8'), { header: false }).data;
      const lo: [number, number, string][] = [];
      rows.forEach((row, r) => row.forEach((v, c) => v !== '' && lo.push([r, c, v])));
      expect(lo, name).toEqual(sheet.cells.map(([r, c, v]) => [r, c, String(v)]));
    }
  }, 300_000);
});
