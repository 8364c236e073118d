import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';

const text = readFileSync(new URL('../../../examples/bkpsdm/pokin.yaml', import.meta.url), 'utf8');
const cascade = parseCascade(parse(text));

describe('examples/bkpsdm/pokin.yaml', () => {
  it('points editors at the JSON Schema on its first line', () => {
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../packages/core/schema.json');
  });

  it('parses to the 31 results of the seed worksheet', () => {
    expect(cascade.size).toBe(31);
    const counts = Object.fromEntries(cascade.levels.map((l) => [l.key, cascade.atLevel(l.key).length]));
    expect(counts).toEqual({
      goal: 1,
      'ultimate-outcome': 2,
      'intermediate-outcome': 4,
      'immediate-outcome': 4,
      outcome: 0,
      output: 20,
    });
  });

  it('has exactly the outputs as leaves', () => {
    const leaves = cascade.leaves().map((r) => r.id);
    expect(leaves).toHaveLength(20);
    expect(leaves).toEqual(cascade.atLevel('output').map((r) => r.id));
  });

  it('gives every result at least one indicator, each with a unit', () => {
    for (const r of cascade.results()) expect(r.indicators.length, r.id).toBeGreaterThanOrEqual(1);
    for (const { result, indicator } of cascade.indicators()) expect(indicator.unit, `${result.id} ${indicator.statement}`).toBeTruthy();
  });

  it('has the tree of DESIGN section 1', () => {
    const outline: string[] = [];
    cascade.walk((r, info) => {
      if (r.level !== 'output') outline.push(`${'  '.repeat(info.depth)}${r.id} ${r.statement} (${cascade.primaryChildren(r.id).length})`);
    });
    expect(outline).toEqual([
      'G1 Meningkatnya Kualitas Tata Kelola Manajemen ASN (2)',
      '  UO1 Meningkatnya Kualitas dan Kapasitas ASN (3)',
      '    IO1 Meningkatnya Kualitas Perencanaan dan Pengadaan ASN (1)',
      '      IM1 Terkelolanya Pengadaan, Pemberhentian dan Informasi Kepegawaian ASN (7)',
      '    IO2 Meningkatnya Kualitas Penataan dan Pengembangan Pola Karir (1)',
      '      IM2 Meningkatnya Pengembangan Kompetensi ASN (4)',
      '    IO3 Meningkatnya Kualitas Data dan Pelayanan Administrasi Kepegawaian (1)',
      '      IM3 Terkelolanya Mutasi dan Promosi ASN (3)',
      '  UO2 Meningkatnya Kinerja Aparatur Sipil Negara (1)',
      '    IO4 Meningkatnya Kinerja dan Pembinaan ASN (1)',
      '      IM4 Terkelolanya Penilaian dan Evaluasi Kinerja Aparatur (6)',
    ]);
  });

  it('carries Langkah 1 and Langkah 2', () => {
    expect(cascade.context?.outcome).toBe('Peningkatan Kualitas Tata Kelola Manajemen ASN');
    expect(cascade.context?.strategicIssues).toHaveLength(2);
    expect(cascade.context?.expectations).toHaveLength(2);
    expect(cascade.csf.map((c) => [c.result, cascade.result(c.result!)?.statement === c.desiredCondition])).toEqual([
      ['UO1', true],
      ['UO2', true],
    ]);
  });

  it('keeps no OCR damage: no look-alike letters, no known misreadings, no baselines or targets', () => {
    const all = JSON.stringify(cascade.toDocument());
    // Latin text only: no Cyrillic or Greek letters, no accented "Ś".
    expect(all).not.toMatch(/[\u0370-\u03ff\u0400-\u04ff\u015a]/);
    expect(all).not.toMatch(/kesesualan|\bsesual\b|kepegawalan|<i>/);
    for (const { indicator } of cascade.indicators()) {
      expect(indicator.baseline).toBeUndefined();
      expect(indicator.targets).toBeUndefined();
    }
  });

  it('survives its own round trip', () => {
    expect(parseCascade(cascade.toDocument()).equals(cascade)).toBe(true);
  });
});
