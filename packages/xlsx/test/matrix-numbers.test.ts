/**
 * The matrix sheet's kondisi awal and targets group their thousands (`#,##0`, shown 155.000 by an
 * Indonesian Excel) with the decimals the number has; they stay numbers. The row numbers and the
 * year headers are not grouped, and a column is wide enough for its widest number.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { renderXlsx } from '@pokin/xlsx';
import { dumpCells, foodTree } from './support.js';

const cascade = foodTree(
  { statement: 'Produksi padi', unit: 'Ton', baseline: { year: 2024, value: 150000 }, targets: { '2025': 155000, '2026': 12500000.5 } },
  { statement: 'Skor PPH', unit: 'Skor', baseline: { year: 2024, value: 81.5 }, targets: { '2025': 83, '2026': '84-85' } },
);

/** The matrix sheet's cells: value as written, and the format code of its style (`General` for none). */
function matrixCells(bytes: Uint8Array): Map<string, { v: string; format: string; text: boolean }> {
  const files = unzipSync(bytes);
  const styles = strFromU8(files['xl/styles.xml']!);
  const custom = new Map([...styles.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"\/>/g)].map((m) => [m[1]!, m[2]!]));
  const builtin: Record<string, string> = { '0': 'General', '2': '0.00', '3': '#,##0', '4': '#,##0.00' };
  const xfs = [...styles.split('<cellXfs')[1]!.matchAll(/<xf numFmtId="(\d+)"/g)].map((m) => builtin[m[1]!] ?? custom.get(m[1]!)!);
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  const out = new Map<string, { v: string; format: string; text: boolean }>();
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?(?: t="(\w+)")?><v>([^<]*)<\/v><\/c>/g))
    out.set(m[1]!, { v: m[4]!, format: xfs[Number(m[2] ?? 0)]!, text: m[3] !== undefined });
  return out;
}

describe('numbers in the matrix sheet', () => {
  const bytes = renderXlsx(cascade, { sheets: ['matrix'] });
  const cells = matrixCells(bytes);

  it('group their thousands with the decimals they have, and stay numbers', () => {
    // Columns: No, the goal's tier, indicator, unit, kondisi awal (E), targets 2025 (F) and 2026 (G).
    expect(cells.get('E5')).toEqual({ v: '150000', format: '#,##0', text: false });
    expect(cells.get('F5')).toEqual({ v: '155000', format: '#,##0', text: false });
    expect(cells.get('G5')).toEqual({ v: '12500000.5', format: '#,##0.0', text: false });
    expect(cells.get('E6')).toEqual({ v: '81.5', format: '#,##0.0', text: false });
    expect(cells.get('F6')).toEqual({ v: '83', format: '#,##0', text: false });
    expect(cells.get('G6')).toMatchObject({ format: 'General', text: true });
    const dump = dumpCells(bytes)['Matriks Cascading']!.cells;
    expect(dump).toContainEqual([4, 5, 155000]);
  });

  it('leave the row number and the years alone', () => {
    // The years head their columns as text; the row number is text too.
    expect(cells.get('A5')).toMatchObject({ format: 'General', text: true });
    for (const ref of ['F4', 'G4']) expect(cells.get(ref)).toMatchObject({ format: 'General', text: true });
    const dump = dumpCells(bytes)['Matriks Cascading']!.cells;
    expect(dump.filter(([r]) => r === 3).map(([, , v]) => v)).toEqual(expect.arrayContaining(['2025', '2026']));
  });

  it('widen a column to its widest number', () => {
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
    const width = (n: number) => Number(new RegExp(`<col min="${n}" max="${n}" width="([\\d.]+)"`).exec(sheet)![1]);
    // "12.500.000,5" is 12 characters; 155.000 fits the usual 9.
    expect(width(7)).toBeGreaterThanOrEqual(14);
    expect(width(6)).toBe(9);
  });
});
