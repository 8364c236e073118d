/**
 * Real clients read what pokin writes: openpyxl (Python) and LibreOffice (headless, to CSV) find
 * the same cells, merged ranges, frozen panes and autofilter as pokin's own reader.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCascade, type Cascade } from '@pokin/core';
import { renderXlsx } from '@pokin/xlsx';
import { bkpsdmDocument, bkpsdmFilled } from './helpers.js';
import { PYTHON, dumpCells, skipWithoutOpenpyxl, skipWithoutSoffice, soffice, tempDir } from './support.js';

/** Text a client must keep: markup, quotes, formula leads, spaces at the ends, line breaks, scripts, emoji. */
function tricky(): Cascade {
  const doc = bkpsdmDocument() as any;
  doc.results.push({
    id: 'X1',
    level: 'output',
    parent: doc.results.find((r: any) => r.level === 'immediate-outcome').id,
    statement: '=HYPERLINK("http://evil.example","klik") <script>&amp;</script>',
    indicators: [
      {
        statement: '  Jumlah dokumen "rencana"\ndua baris  ',
        unit: '@orang',
        polarity: 'down',
        baseline: { year: 2023, value: '5' },
        targets: { '2025': -1.25, '2026': '9,27-9,09' },
      },
      { statement: '+Индекс 😀 _x0041_ ＝1', unit: '-' },
    ],
    owner: { unit: 'Bidang Mutasi', position: "Kepala Bidang 'Mutasi'" },
    notes: "'=catatan",
  });
  return parseCascade(doc);
}

const documents = () => [bkpsdmFilled(), tricky()];

const OPENPYXL_DUMP = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    cells = []
    for row in ws.iter_rows():
        for c in row:
            if c.value is not None:
                cells.append([c.row - 1, c.column - 1, c.value])
    out[ws.title] = {"cells": cells, "merges": sorted(str(m) for m in ws.merged_cells.ranges),
                     "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "state": ws.sheet_state,
                     "print_titles": ws.print_title_rows, "landscape": ws.page_setup.orientation}
json.dump(out, sys.stdout)
`;

describe.skipIf(skipWithoutOpenpyxl())('openpyxl reads every cell as written', () => {
  it('values, merged ranges, frozen panes, autofilter, hidden sheet and print setup', () => {
    const dir = tempDir();
    for (const [k, c] of documents().entries()) {
      const bytes = renderXlsx(c);
      const file = join(dir, `t${k}.xlsx`);
      writeFileSync(file, bytes);
      const py = JSON.parse(execFileSync(PYTHON, ['-c', OPENPYXL_DUMP, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
      const ours = dumpCells(bytes);
      expect(Object.keys(py)).toEqual(Object.keys(ours));
      for (const name of Object.keys(ours)) {
        expect(py[name].cells, `sheet ${name}`).toEqual(ours[name]!.cells);
        expect(py[name].merges, `sheet ${name}`).toEqual(ours[name]!.merges);
      }
      const results = py['Tabel Kinerja'];
      expect(results.freeze).toBe('B2');
      expect(results.filter).toMatch(/^A1:[A-Z]+\d+$/);
      expect(py['pokin'].state).toBe('hidden');
      expect(py['Matriks Cascading'].print_titles).toBe('$3:$4');
      expect(py['Matriks Cascading'].landscape).toBe('landscape');
      expect(py['Langkah 4'].freeze).toBe('A4');
    }
  }, 120_000);
});

describe.skipIf(skipWithoutSoffice())('LibreOffice reads every cell as written', () => {
  it('exports every sheet to CSV with the same cells', () => {
    const dir = tempDir();
    const workbooks = documents().map((c) => renderXlsx(c));
    workbooks.forEach((bytes, k) => writeFileSync(join(dir, `t${k}.xlsx`), bytes));
    // One LibreOffice start for every workbook. Filter options: comma, quote, UTF-8, ..., token
    // 12 = -1: every sheet to its own file.
    soffice(dir, [
      '--convert-to',
      'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
      '--outdir',
      dir,
      ...workbooks.map((_, k) => join(dir, `t${k}.xlsx`)),
    ]);
    for (const [k, bytes] of workbooks.entries()) {
      const ours = dumpCells(bytes);
      for (const [name, sheet] of Object.entries(ours)) {
        const file = readdirSync(dir).find((f) => f === `t${k}-${name}.csv`);
        expect(file, `CSV of sheet ${name}`).toBeDefined();
        const rows = Papa.parse<string[]>(readFileSync(join(dir, file!), 'utf8'), { header: false }).data;
        const lo: [number, number, string][] = [];
        rows.forEach((row, r) => row.forEach((v, col) => v !== '' && lo.push([r, col, v])));
        const expected = sheet.cells.map(
          ([r, col, v]) => [r, col, typeof v === 'number' ? String(v) : String(v).replace(/\r\n?/g, '\n')] as [number, number, string],
        );
        expect(
          lo.map(([r, col, v]) => [r, col, v.replace(/\r\n?/g, '\n')]),
          `sheet ${name}`,
        ).toEqual(expected);
      }
    }
  }, 300_000);
});
