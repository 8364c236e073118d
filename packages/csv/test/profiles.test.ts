import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { PROFILES, parseCsv, renderCsv } from '@pokin/csv';
import { bkpsdm, records, sampleDocument } from './helpers.js';

describe('profiles', () => {
  it('rfc4180 (the default): "," and CRLF, no byte order mark', () => {
    const csv = renderCsv(bkpsdm());
    expect(csv).toBe(renderCsv(bkpsdm(), { profile: 'rfc4180' }));
    expect(csv.startsWith('result_id,parent_id,')).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.split('\r\n')[0]!.includes('\n')).toBe(false);
    expect(PROFILES.rfc4180).toEqual({ delimiter: ',', newline: '\r\n', bom: false, decimal: '.' });
  });

  it('excel: as rfc4180 with a UTF-8 byte order mark', () => {
    const csv = renderCsv(bkpsdm(), { profile: 'excel' });
    expect(csv).toBe(`\ufeff${renderCsv(bkpsdm())}`);
  });

  it('excel-id: byte order mark, ";" and decimal commas for Indonesian Excel', () => {
    const c = parseCascade(sampleDocument());
    const csv = renderCsv(c, { profile: 'excel-id' });
    expect(csv.startsWith('\ufeffresult_id;parent_id;contributes_to;level;')).toBe(true);
    const rows = records(csv, ';');
    expect(rows[0]).toMatchObject({ baseline_value: '70,5', target_2025: '72' });
    // a string that an Indonesian spreadsheet would read as a number is marked as text
    expect(rows[1]).toMatchObject({ target_2025: '9,27-9,09', target_2027: '-5' });
    expect(csv).toContain(';"Jumlah dokumen; ""perencanaan""\ndan laporan";');
    const decimalString = parseCascade({
      pokin: 1,
      title: 't',
      results: [
        {
          id: 'A',
          level: 'goal',
          statement: 's',
          indicators: [{ statement: 'i', baseline: { year: 2024, value: '2,5' }, targets: { '2025': '2.5', '2026': 2.5 } }],
        },
      ],
    });
    expect(records(renderCsv(decimalString, { profile: 'excel-id' }), ';')[0]).toMatchObject({
      baseline_value: "'2,5",
      target_2025: "'2.5",
      target_2026: '2,5',
    });
    expect(records(renderCsv(decimalString), ',')[0]).toMatchObject({ baseline_value: '2,5', target_2025: "'2.5", target_2026: '2.5' });
  });

  describe('parseCsv reads every profile back', () => {
    const c = parseCascade(sampleDocument());
    const title = { title: 'Contoh' };
    for (const profile of ['rfc4180', 'excel', 'excel-id'] as const) {
      it(`${profile}, as written and with LF line endings`, () => {
        const csv = renderCsv(c, { profile });
        expect(parseCsv(csv, title).equals(c)).toBe(true);
        // Record separators only: the one cell with a line break holds a lone LF.
        expect(parseCsv(csv.replace(/\r\n/g, '\n'), title).equals(c)).toBe(true);
        expect(parseCsv(csv.replace(/\r\n$/, ''), title).equals(c)).toBe(true);
      });
    }

    it('detects ";" from the header line, and reads both decimal forms in a ";" file', () => {
      const csv =
        'result_id;parent_id;contributes_to;level;statement;indicator_id;indicator;unit;polarity;baseline_year;baseline_value;target_2025;target_2026\n' +
        'G1;;;goal;Tujuan, satu;;IK;%;up;2024;2,5;2.5;9,27-9,09\n';
      const ind = parseCsv(csv).result('G1')!.indicators[0]!;
      expect(ind.baseline).toEqual({ year: 2024, value: 2.5 });
      expect(ind.targets).toEqual({ '2025': 2.5, '2026': '9,27-9,09' });
      expect(parseCsv(csv, { decimal: '.' }).result('G1')!.indicators[0]!.baseline!.value).toBe('2,5');
      expect(parseCsv(csv.replace(/;/g, '\t').replace(/\t/g, ';'), { delimiter: ';' }).size).toBe(1);
    });

    it('in a ";" file, a dot between groups of three digits is the thousands separator, as Indonesian Excel writes it', () => {
      const csv =
        'result_id;parent_id;contributes_to;level;statement;indicator_id;indicator;unit;polarity;baseline_year;baseline_value;target_2025;target_2026;target_2027;target_2028;target_2029\n' +
        "G1;;;goal;Tujuan;;IK;orang;up;2024;1.000;1.234.567,5;-12.500;1.5;'1.000;0.125\n";
      const ind = parseCsv(csv).result('G1')!.indicators[0]!;
      expect(ind.baseline).toEqual({ year: 2024, value: 1000 });
      // A first group of 0 is no thousands group: 0.125 is a decimal.
      expect(ind.targets).toEqual({ '2025': 1234567.5, '2026': -12500, '2027': 1.5, '2028': '1.000', '2029': 0.125 });
      // With a decimal point, 1.000 is one.
      expect(
        parseCsv(csv.replace('1.234.567,5', '1').replace(/;/g, ','), { decimal: '.' }).result('G1')!.indicators[0]!.baseline!.value,
      ).toBe(1);
      // A text that looks like a grouped number is written marked, so it reads back as text.
      const text = parseCascade({
        pokin: 1,
        title: 't',
        results: [
          {
            id: 'G1',
            level: 'goal',
            statement: 's',
            indicators: [{ statement: 'i', baseline: { year: 2024, value: '1.000' }, targets: { '2025': 1000 } }],
          },
        ],
      });
      expect(parseCsv(renderCsv(text, { profile: 'excel-id' }), { title: 't' }).equals(text)).toBe(true);
    });

    it('fills the document parts from options, with defaults', () => {
      const csv = renderCsv(c);
      expect(parseCsv(csv).title).toBe('Pohon Kinerja');
      const full = parseCsv(csv, {
        title: 'T',
        agency: { name: 'BKPSDM' },
        period: { start: 2025, end: 2029 },
        context: { mandate: 'm' },
        csf: [{ problem: 'p', desiredCondition: 'd', result: 'G1' }],
      });
      expect(full.agency).toEqual({ name: 'BKPSDM' });
      expect(full.period).toEqual({ start: 2025, end: 2029 });
      expect(full.csf).toHaveLength(1);
    });

    it("uses the preset whose keys cover the file's levels, or the levels given", () => {
      const renstra = parseCascade({
        pokin: 1,
        title: 't',
        levels: 'renstra',
        results: [
          { id: 'T', level: 'tujuan', statement: 's' },
          { id: 'S', level: 'sasaran', statement: 's2', parent: 'T' },
        ],
      });
      const back = parseCsv(renderCsv(renstra), { title: 't' });
      expect(back.levels.map((l) => l.key)).toEqual(['tujuan', 'sasaran', 'program', 'kegiatan', 'sub-kegiatan']);
      expect(back.equals(renstra)).toBe(true);
      expect(parseCsv(renderCsv(c)).levels.map((l) => l.key)[0]).toBe('goal');
      const inline = [{ key: 'a', label: { id: 'A', en: 'A' }, tier: 'strategis' as const }];
      const mine = parseCascade({ pokin: 1, title: 't', levels: inline, results: [{ id: 'X', level: 'a', statement: 'x' }] });
      expect(parseCsv(renderCsv(mine), { title: 't', levels: inline }).equals(mine)).toBe(true);
    });

    it('skips blank lines and rows of empty fields, as spreadsheets leave them', () => {
      const csv = renderCsv(c).replace('\r\n', '\r\n\r\n') + ',,,,,,,,,,,,,,,,,,,,\r\n';
      expect(parseCsv(csv, title).equals(c)).toBe(true);
    });

    it('reads columns in any order, and without the optional columns', () => {
      const csv =
        'level,statement,result_id,parent_id,contributes_to,indicator_id,indicator,unit,polarity,baseline_year,baseline_value\r\ngoal,Tujuan,G1,,,,,,,,\r\n';
      const r = parseCsv(csv).result('G1')!;
      expect(r).toMatchObject({ id: 'G1', level: 'goal', statement: 'Tujuan', indicators: [] });
      expect(r.owner).toBeUndefined();
    });
  });
});

describe('reading cells', () => {
  it('takes the line ending and the delimiter from outside quotes (regression: a CR inside a quoted header cell)', async () => {
    const { readCells } = await import('../src/read.js');
    expect(readCells('a,"IK @\r"\r\nb,"x\ry"\r\n').rows.slice(0, 2)).toEqual([
      ['a', 'IK @\r'],
      ['b', 'x\ry'],
    ]);
    expect(readCells('"a;b",c\nd,e\n').delimiter).toBe(',');
    expect(readCells('a;"b,c"\r\nd;e\r\n').delimiter).toBe(';');
  });
});
