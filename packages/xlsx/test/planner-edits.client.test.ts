/**
 * A planner's edits made with a real client (openpyxl writes the cells as Excel would, then
 * LibreOffice saves the workbook again): a second indicator on a row with the result cells left
 * blank, quarters headed "Realisasi 2025 TW1", and the year columns headed on two rows under a
 * merged "Target". pokin reads the tree the planner meant.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseXlsx } from '@pokin/xlsx';
import { PYTHON, skipWithoutOpenpyxl, skipWithoutSoffice, soffice, tempDir } from './support.js';

const WRITE = String.raw`
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Tabel Kinerja'
top = ['Kode', 'Induk', 'Level', 'Kinerja', 'Indikator Kinerja', 'Satuan', 'Target', None, 'Realisasi 2025 TW1', 'Realisasi 2025 TW2']
sub = [None, None, None, None, None, None, 2025, 2026, None, None]
ws.append(top)
ws.append(sub)
for c in range(1, 7):
    ws.merge_cells(start_row=1, start_column=c, end_row=2, end_column=c)
for c in (9, 10):
    ws.merge_cells(start_row=1, start_column=c, end_row=2, end_column=c)
ws.merge_cells('G1:H1')
ws.append(['G1', None, 'goal', 'Meningkatnya ketahanan pangan', 'Skor PPH', 'Skor', 85, 86, 80, 84.5])
ws.append([None, None, None, None, 'Produksi padi', 'Ton', 155000, 158000, 21000, 68000])
wb.save(sys.argv[1])
`;

describe.skipIf(skipWithoutOpenpyxl())('a workbook a planner edited with openpyxl', () => {
  it('reads the second indicator, the quarters and the two-row header', () => {
    const dir = tempDir();
    const path = join(dir, 'isian.xlsx');
    execFileSync(PYTHON, ['-c', WRITE, path]);
    const check = (bytes: Uint8Array) => {
      const read = parseXlsx(bytes);
      const [g1] = read.cascade.results();
      expect(g1!.indicators.map((i) => i.statement)).toEqual(['Skor PPH', 'Produksi padi']);
      expect(g1!.indicators[1]).toMatchObject({
        targets: { '2025': 155000, '2026': 158000 },
        realisations: { '2025': { q1: 21000, q2: 68000 } },
      });
    };
    check(readFileSync(path));
    if (skipWithoutSoffice()) return;
    // LibreOffice saves it again, as a planner's colleague on LibreOffice would.
    const again = join(dir, 'lo');
    soffice(dir, ['--convert-to', 'xlsx', '--outdir', again, path]);
    check(readFileSync(join(again, 'isian.xlsx')));
  });
});
