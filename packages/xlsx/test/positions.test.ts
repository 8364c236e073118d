/**
 * The Langkah 5 workbooks (Perjanjian Kinerja annex, peta cascading) from the example workspace,
 * read back with openpyxl: every position, IK and target where it belongs, position and result
 * cells merged over their rows, text that looks like a formula kept as text, A4 landscape print
 * setup with the header rows repeated.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCascade, perjanjianKinerja, positionPlans } from '@pokin/core';
import { renderPerjanjianKinerjaXlsx, renderPetaCascadingXlsx } from '@pokin/xlsx';
import { exampleWorkspace } from '../../../test/support/workspace.js';
import { PYTHON, skipWithoutOpenpyxl, tempDir } from './support.js';

const ws = exampleWorkspace();

const DUMP = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
rows = [[c.value for c in row] for row in ws.iter_rows()]
quoted = [c.coordinate for row in ws.iter_rows() for c in row if c.quotePrefix]
json.dump({"title": ws.title, "sheets": len(wb.worksheets), "rows": rows, "quoted": quoted,
           "merges": sorted(str(m) for m in ws.merged_cells.ranges), "freeze": ws.freeze_panes,
           "print_titles": ws.print_title_rows, "landscape": ws.page_setup.orientation}, sys.stdout)
`;

interface Dump {
  title: string;
  sheets: number;
  rows: (string | number | null)[][];
  quoted: string[];
  merges: string[];
  freeze: string;
  print_titles: string;
  landscape: string;
}

function read(bytes: Uint8Array): Dump {
  const file = join(tempDir(), 'pk.xlsx');
  writeFileSync(file, bytes);
  return JSON.parse(execFileSync(PYTHON, ['-c', DUMP, file], { encoding: 'utf8' })) as Dump;
}

describe.skipIf(skipWithoutOpenpyxl())('Langkah 5 workbooks read back with openpyxl', () => {
  it('the Perjanjian Kinerja annex: a row per indicator with its position, superior and target', () => {
    const bytes = renderPerjanjianKinerjaXlsx(ws.cascade, { year: 2026 });
    expect(Buffer.from(bytes).equals(Buffer.from(renderPerjanjianKinerjaXlsx(ws.cascade, { year: 2026 })))).toBe(true);
    const d = read(bytes);
    expect(d.title).toBe('Perjanjian Kinerja 2026');
    expect(d.rows[0]![0]).toBe('Lampiran Perjanjian Kinerja Tahun 2026');
    expect(d.rows[2]).toEqual([
      'No',
      'Jabatan',
      'Perangkat Daerah / Unit',
      'Nama Pejabat',
      'NIP',
      'Pihak Kedua (Atasan)',
      'Sasaran',
      'Indikator Kinerja',
      'Satuan',
      'Target 2026',
    ]);
    const body = d.rows.slice(3);
    const list = perjanjianKinerja(ws.cascade, 2026);
    expect(body.length).toBe(list.reduce((n, pk) => n + pk.rows.length, 0));
    let r = 0;
    for (const pk of list) {
      // The position's first row names it; its cells are merged over all of its rows.
      expect(body[r]![1]).toBe(pk.position.title);
      expect(body[r]![5] ?? undefined).toBe(pk.superior?.title);
      if (pk.rows.length > 1) expect(d.merges).toContain(`B${r + 4}:B${r + 3 + pk.rows.length}`);
      for (const row of pk.rows) {
        expect(body[r]![7] ?? undefined).toBe(row.indicator?.statement);
        expect(body[r]![9] ?? undefined).toBe(row.target);
        r++;
      }
    }
    expect(d.freeze).toBe('A4');
    expect(d.print_titles).toBe('$3:$3');
    expect(d.landscape).toBe('landscape');
  });

  it('the peta cascading: positions, results, IK and the targets of every year as numbers', () => {
    const d = read(renderPetaCascadingXlsx(ws.cascade, { locale: 'en' }));
    expect(d.title).toBe('Cascading Map');
    expect(d.rows[2]!.slice(0, 11)).toEqual([
      'No',
      'Position',
      'Agency / unit',
      'Position type',
      'Official',
      'NIP',
      'Result',
      'Level',
      'Performance indicator',
      'Unit',
      'Target',
    ]);
    expect(d.rows[3]!.slice(10)).toEqual([2025, 2026, 2027, 2028, 2029].map(String));
    const body = d.rows.slice(4);
    let r = 0;
    for (const plan of positionPlans(ws.cascade)) {
      expect(body[r]![1]).toBe(plan.position.title);
      for (const item of plan.items) {
        for (const ind of item.indicators.length === 0 ? [undefined] : item.indicators) {
          expect(body[r]![8] ?? undefined).toBe(ind?.statement);
          expect(body[r]![11] ?? undefined).toBe(ind?.targets?.['2026']);
          r++;
        }
      }
    }
    expect(r).toBe(body.length);
    expect(d.print_titles).toBe('$3:$4');
  });

  it('keeps text that looks like a formula as text', () => {
    const doc = {
      pokin: 1,
      title: 'Uji',
      levels: 'permenpan-89',
      results: [
        {
          id: 'A',
          level: 'goal',
          statement: '=HYPERLINK("http://evil.example","klik")',
          owner: { position: '+Kepala', unit: '@unit' },
          indicators: [{ statement: '-1+1', unit: '%', targets: { '2026': '=1+1' } }],
        },
      ],
    };
    const d = read(renderPerjanjianKinerjaXlsx(parseCascade(doc), { year: 2026 }));
    const row = d.rows[3]!;
    expect(row[6]).toBe('=HYPERLINK("http://evil.example","klik")');
    expect(row[9]).toBe('=1+1');
    for (const cell of ['B4', 'C4', 'G4', 'H4', 'J4']) expect(d.quoted).toContain(cell);
  });
});
