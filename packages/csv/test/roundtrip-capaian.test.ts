import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { parseCsv, renderCsv } from '@pokin/csv';
import { capaianDocument } from '../../../test/support/capaian-document.js';
import { cells } from './helpers.js';

describe('YAML -> CSV -> YAML keeps every realisation, note and scale value', () => {
  const c = parseCascade(capaianDocument());
  const options = { title: 'Capaian', period: { start: 2025, end: 2029 } };

  for (const profile of ['rfc4180', 'excel', 'excel-id'] as const) {
    it(`in the ${profile} profile`, () => {
      const back = parseCsv(renderCsv(c, { profile }), options);
      expect(back.toDocument()).toEqual(c.toDocument());
    });
  }

  it('writes the realisation, note, manual and indicator owner columns after the result columns', () => {
    const header = cells(renderCsv(c))[0]!;
    const tail = header.slice(header.indexOf('owner_nip') + 1);
    expect(tail).toEqual([
      'iku',
      'year_value',
      'scale',
      'definition',
      'formula',
      'data_source',
      'data_provider',
      'frequency',
      'indicator_owner_unit',
      'indicator_owner_position',
      'indicator_owner_position_type',
      'realisation_2025',
      'realisation_2026',
      'realisation_2026_q1',
      'realisation_2026_q2',
      'realisation_2026_q4',
      'realisation_2026_m01',
      'realisation_2026_m02',
      'realisation_2026_m03',
      'supporting_factors_2025',
      'inhibiting_factors_2025',
      'follow_up_2025',
      'evidence_2025',
      'follow_up_2026',
    ]);
    const row = cells(renderCsv(c))[2]!; // the Opini BPK row
    expect(row[header.indexOf('scale')]).toBe('WTP=4; WDP=3; TMP=2; TW=1');
    expect(row[header.indexOf('iku')]).toBe('false');
  });

  it('reads Indonesian headers, ya/tidak and a year value beside its periods as a conflict', () => {
    const csv = [
      'kode,induk,mendukung,level,kinerja,kode_ik,indikator,satuan,arah,tahun_dasar,kondisi_awal,Target 2026,IKU,Skala,Realisasi 2026,Realisasi 2026 Q1',
      'G1,,,goal,Tujuan,,IK,%,naik,,,80,ya,"A=2; B=1",,70',
    ].join('\n');
    const doc = parseCsv(csv).toDocument();
    expect(doc.results[0]!.indicators![0]).toMatchObject({ iku: true, scale: { A: 2, B: 1 }, realisations: { '2026': { q1: 70 } } });
    expect(() => parseCsv(csv.replace(',,70', ',75,70'))).toThrow(/realisasi tahunan sekaligus per periode|both a year's realisation/);
    expect(() => parseCsv(csv.replace(',ya,', ',mungkin,'))).toThrow(/IKU/);
  });
});
