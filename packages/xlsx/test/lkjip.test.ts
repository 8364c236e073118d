/** `renderLkjipXlsx`: the LKjIP and monitoring sheets as pokin's own reader sees them. */
import { describe, expect, it } from 'vitest';
import { parseCascade, UsageError } from '@pokin/core';
import { renderLkjipXlsx } from '@pokin/xlsx';
import { capaianDocument } from '../../../test/support/capaian-document.js';
import { dumpCells } from './support.js';

const cascade = parseCascade(capaianDocument());
/** A sheet's cells by `row:column` (0-based), quoted text marked with `'`. */
function cells(bytes: Uint8Array, sheet: string): Map<string, string | number | boolean> {
  const dump = dumpCells(bytes, "'")[sheet];
  if (dump === undefined) throw new Error(`no sheet ${sheet}`);
  return new Map(dump.cells.map(([r, c, v]) => [`${r}:${c}`, v]));
}

describe('renderLkjipXlsx', () => {
  it('writes the LKjIP table: numbers as numbers, capaian with its band, the previous year, the end target and the factors', () => {
    const x = cells(renderLkjipXlsx(cascade, { year: 2025 }), 'Capaian Kinerja');
    expect(x.get('0:0')).toBe('Tabel Capaian Kinerja (LKjIP Bab III) 2025');
    expect(x.get('3:6')).toBe('Capaian (%) 2025');
    // G1.1: 251.5 against 250 -> 100.6 %.
    expect([x.get('4:0'), x.get('4:1'), x.get('4:2'), x.get('4:4'), x.get('4:5'), x.get('4:6'), x.get('4:7')]).toEqual([
      1,
      'Meningkatnya Kualitas Tata Kelola Manajemen ASN',
      'Indeks Sistem Merit',
      250,
      251.5,
      100.6,
      'Sangat tinggi',
    ]);
    expect([x.get('4:9'), x.get('4:10'), x.get('4:12'), x.get('4:13')]).toEqual([
      300,
      2029,
      'Dukungan pimpinan; anggaran cukup',
      'Data "SIASN" belum mutakhir',
    ]);
    // Text that reads as a formula keeps the quote prefix: never a formula.
    expect(x.get('4:14')).toBe("'=Pemutakhiran data");
    // Opini BPK has no target in 2025: not measured.
    expect(x.get('5:6')).toBe('belum terukur');
  });

  it('sums up per tier and for the document, and writes the monitoring sheet as of a period', () => {
    const bytes = renderLkjipXlsx(cascade, { year: 2026, period: 'q2', locale: 'en' });
    const x = cells(bytes, 'Achievement');
    expect(x.get('0:0')).toBe('Achievement Table (LKjIP Chapter III) 2026 to Quarter 2');
    const totals = [...x.entries()].filter(([, v]) => typeof v === 'string' && v.startsWith('Overall achievement'));
    expect(totals).toHaveLength(1);
    expect(totals[0]![1]).toMatch(/^Overall achievement 2026 \(\d+ of \d+ indicators measured\)$/);
    const m = cells(bytes, 'Quarterly Monitoring');
    expect([m.get('3:5'), m.get('3:8')]).toEqual(['Q 1', 'Q 4']);
    // G1.1 as of q2: q1 252, q2 255 (q4 is later): last value 255 against 260.
    expect([m.get('4:4'), m.get('4:5'), m.get('4:6'), m.get('4:7'), m.get('4:9'), m.get('4:10')]).toEqual([
      260,
      252,
      255,
      undefined,
      255,
      98.08,
    ]);
  });

  it('refuses an unknown locale', () => {
    expect(() => renderLkjipXlsx(cascade, { year: 2025, locale: 'fr' as 'id' })).toThrow(UsageError);
  });
});
