/**
 * Formulas a planner writes into pokin's export, with real clients: openpyxl puts a target, a
 * capaian (in a percent format) and a statement as formulas into the results sheet, and
 * LibreOffice calculates and saves the workbook as Excel would. pokin reads the values LibreOffice
 * saved and says so once; the file openpyxl wrote, which nothing has calculated, is refused cell by
 * cell, telling the planner to open and save it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { XlsxReadError, formatXlsxIssue, parseXlsx, renderXlsx } from '@pokin/xlsx';
import { bkpsdmFilled } from './helpers.js';
import { PYTHON, skipWithoutOpenpyxl, skipWithoutSoffice, soffice, tempDir } from './support.js';

const EDIT = String.raw`
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Tabel Kinerja']
col = {c.value: c.column_letter for c in ws[1] if c.value is not None}
rows = {}
for r in range(2, ws.max_row + 1):
    rows.setdefault(ws[f'A{r}'].value, r)  # a result's first indicator
g1, s1 = rows['G1'], rows['UO1']
# The target of 2026 from 2025's (250 + 12), the statement joined from two texts.
ws[f"{col['Target 2026']}{g1}"] = f"={col['Target 2025']}{g1}+12"
ws[f"{col['Kinerja']}{g1}"] = '="Meningkatnya Kualitas Tata Kelola "&"Manajemen ASN"'
# A capaian column: realised 166 of 200, shown in percent.
real = openpyxl.utils.get_column_letter(ws.max_column + 1)
ws[f'{real}1'] = 'Realisasi 2025'
ws[f'{real}{s1}'] = '=166/200'
ws[f'{real}{s1}'].number_format = '0.00%'
wb.save(sys.argv[2])
`;

describe.skipIf(skipWithoutOpenpyxl())('formulas a planner put into the export', () => {
  it('read by the values LibreOffice saved; refused, cell by cell, where nothing has calculated them', () => {
    const dir = tempDir();
    const exported = join(dir, 'ekspor.xlsx');
    const edited = join(dir, 'rumus.xlsx');
    writeFileSync(exported, renderXlsx(bkpsdmFilled()));
    execFileSync(PYTHON, ['-c', EDIT, exported, edited]);

    // openpyxl writes each formula with an empty saved value.
    let error: unknown;
    try {
      parseXlsx(readFileSync(edited));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(XlsxReadError);
    const issues = (error as XlsxReadError).issues;
    expect(issues.map((i) => [i.code, i.sheet, i.column])).toEqual([
      ['formula', 'Tabel Kinerja', 'Kinerja'],
      ['formula', 'Tabel Kinerja', 'Target 2026'],
      ['formula', 'Tabel Kinerja', 'Realisasi 2025'],
    ]);
    expect(formatXlsxIssue(issues[2]!)).toMatch(
      /^lembar "Tabel Kinerja", sel [A-Z]+\d+ \(kolom "Realisasi 2025"\): sel berisi rumus \(=166\/200\) tanpa nilai tersimpan: .*Buka berkas di Excel atau LibreOffice lalu simpan/,
    );

    if (skipWithoutSoffice()) return;
    const again = join(dir, 'lo');
    soffice(dir, ['--convert-to', 'xlsx', '--outdir', again, edited]);
    const read = parseXlsx(readFileSync(join(again, 'rumus.xlsx')));
    const doc = bkpsdmFilled().toDocument() as any;
    doc.results[0].indicators[0].targets['2026'] = 262;
    doc.results[1].indicators[0].realisations = { '2025': 83 };
    expect(read.cascade.toDocument()).toEqual(parseCascade(doc).toDocument());
    expect(read.notes.map((n) => n.text.id)).toEqual([
      expect.stringMatching(
        /^3 sel berisi rumus dibaca dari nilai yang terakhir dihitung dan disimpan Excel atau LibreOffice \(pertama: sel E2\)/,
      ),
    ]);
  }, 180_000);
});
