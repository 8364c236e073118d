/**
 * The forgiving import (issue 17 §3): what a person naturally types reads, and what the reader
 * had to clean up comes back as notes, not errors.
 */
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { CsvParseError, parseCsv, parseCsvLocated, renderCsv } from '@pokin/csv';

describe('parseCsv reads what a planner types', () => {
  it('Indonesian headers, level labels, naik/turun, stray spaces, a tab delimiter, optional columns left out', () => {
    const text = [
      'Kode\tInduk\tMendukung\tLevel\tKinerja\tKode IK\tIndikator\tSatuan\tArah\tTahun Kondisi Awal\tKondisi Awal\tTarget 2026\tPenanggung Jawab',
      'G1\t\t\tGoal / Ultimate Outcome\tMeningkatnya Kinerja ASN  \t\tIndeks Profesionalitas ASN\tIndeks\tnaik\t2024\t70,5\t74\tSekretariat',
      'UO1\tG1\t\tUltimate Outcome\tMeningkatnya Kualitas ASN\t\tPersentase pelanggaran disiplin\t%\tTurun\t\t\t3\t',
      'IM1\tUO1\t\tintermediate outcome\tTerkelolanya Mutasi\t\t\t\t\t\t\t\t',
    ].join('\n');
    const read = parseCsvLocated(text);
    const c = read.cascade;
    expect(c.results().map((r) => [r.id, r.level, r.statement])).toEqual([
      ['G1', 'goal', 'Meningkatnya Kinerja ASN'],
      ['UO1', 'ultimate-outcome', 'Meningkatnya Kualitas ASN'],
      ['IM1', 'intermediate-outcome', 'Terkelolanya Mutasi'],
    ]);
    expect(c.result('G1')!.indicators[0]).toEqual({
      statement: 'Indeks Profesionalitas ASN',
      unit: 'Indeks',
      polarity: 'up',
      baseline: { year: 2024, value: '70,5' },
      targets: { '2026': 74 },
    });
    expect(c.result('UO1')!.indicators[0]!.polarity).toBe('down');
    expect(c.result('G1')!.owner).toEqual({ unit: 'Sekretariat' });
    expect(read.notes.map((n) => n.text.id)).toEqual([
      '1 sel berisi spasi di awal atau akhir; spasinya dibuang (pertama: baris 2, kolom "Kinerja")',
      'level "Goal / Ultimate Outcome" dibaca sebagai "goal" (1 baris)',
      'level "Ultimate Outcome" dibaca sebagai "ultimate-outcome" (1 baris)',
      'level "intermediate outcome" dibaca sebagai "intermediate-outcome" (1 baris)',
    ]);
  });

  it('tier labels and Renstra labels in either language; a ; file with English headers', () => {
    const text = [
      'Result ID;Parent ID;Contributes To;Level;Statement;Indicator ID;Indicator;Unit;Polarity;Baseline Year;Baseline',
      '1;;;Tujuan;Meningkatnya tata kelola;;;;;;',
      '2;1;;Objective;Meningkatnya kinerja;;;;;;',
    ].join('\r\n');
    const c = parseCsv(text);
    expect(c.levels.map((l) => l.key)[0]).toBe('tujuan');
    expect(c.results().map((r) => r.level)).toEqual(['tujuan', 'sasaran']);
    const strategis = parseCsv(
      'kode,induk,mendukung,level,kinerja,kode_ik,indikator,satuan,arah,tahun_dasar,kondisi_awal\nG1,,,Kinerja Strategis,Tujuan,,,,,,\n',
    );
    expect(strategis.result('G1')!.level).toBe('goal');
  });

  it('a mismatch between two rows of one result shows where they differ', () => {
    const long = 'Meningkatnya Kualitas Perencanaan dan Pengadaan Aparatur Sipil Negara di Lingkungan Pemerintah Daerah';
    const text = `result_id,parent_id,contributes_to,level,statement,indicator_id,indicator,unit,polarity,baseline_year,baseline_value\nG1,,,goal,${long},,IK satu,,,,\nG1,,,goal,${long.replace('Pengadaan', 'Penggadaan')},,IK dua,,,,\n`;
    try {
      parseCsv(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvParseError);
      const message = (e as CsvParseError).issues[0]!.message;
      expect(message).toContain('has statement "...aan dan Peng[]adaan Aparat..." on row 2 but "...aan dan Peng[g]adaan Aparat..." here');
    }
  });
});

describe('neutralisation after every transformation of a cell', () => {
  const lead = ["\ufeff=cmd|' /C calc'!A0", '\u200b=1+1', ' =1+1', '\u202e@SUM(A1)', '=1+1 '];
  for (const profile of ['rfc4180', 'excel', 'excel-id'] as const) {
    it(`a BOM, a zero-width or bidi character or a space before a formula lead is marked, in every shape (${profile})`, () => {
      const c = parseCascade({
        pokin: 1,
        title: 't',
        levels: [
          { key: 'a', label: { id: lead[0]!, en: lead[0]! }, tier: 'strategis' },
          { key: 'b', label: { id: 'B', en: 'B' }, tier: 'urusan' },
        ],
        results: [
          { id: 'A', level: 'a', statement: lead[1]!, indicators: lead.map((s) => ({ statement: s, unit: s })) },
          { id: 'B', level: 'b', parent: 'A', statement: lead[2]!, notes: lead[3]! },
        ],
      });
      for (const shape of ['results', 'worksheet', 'matrix'] as const) {
        const csv = renderCsv(c, { profile, shape });
        const body = csv.replace(/^\ufeff/, '');
        // No field starts with an invisible character or a space: the mark comes first.
        for (const field of body.split(/[,;\r\n]+/)) expect(field).not.toMatch(/^"?[\s\u200b\u202e]*[=+\-@]/u);
      }
      expect(parseCsv(renderCsv(c, { profile }), { title: 't', levels: c.toDocument().levels }).equals(c)).toBe(true);
    });
  }
});

describe('a value cell with a plus sign', () => {
  it('reads "+85" as the number 85, as a spreadsheet does, and keeps formula text "=80+2" as text for the review', () => {
    const text = [
      'result_id,parent_id,contributes_to,level,statement,indicator_id,indicator,unit,polarity,baseline_year,baseline_value,target_2025,target_2026',
      'G1,,,goal,Meningkatnya kinerja,,Indeks kinerja,Indeks,,2024,+78,+85,=80+2',
    ].join('\n');
    const ind = parseCsv(text).result('G1')!.indicators[0]!;
    expect(ind.baseline).toEqual({ year: 2024, value: 78 });
    expect(ind.targets).toEqual({ '2025': 85, '2026': '=80+2' });
  });
});

describe('rows that continue the result above, as under merged cells in Excel', () => {
  const header =
    'result_id;parent_id;contributes_to;level;statement;indicator_id;indicator;unit;polarity;baseline_year;baseline_value;owner_unit';
  it('reads a row with the result columns blank as another indicator of the result above, with a note', () => {
    const text = [
      header,
      'G1;;;goal;Meningkatnya kinerja;;Indeks kinerja;Indeks;up;2024;70;Sekretariat',
      ';;;;;;Persentase layanan tepat waktu;%;up;2024;80;',
      ';;;;;;Jumlah pengaduan;Pengaduan;down;;;',
      'UO1;G1;;ultimate-outcome;Meningkatnya layanan;;Indeks layanan;Indeks;up;;;',
    ].join('\n');
    const read = parseCsvLocated(text);
    expect(read.cascade.results().map((r) => r.id)).toEqual(['G1', 'UO1']);
    expect(read.cascade.result('G1')!.indicators.map((i) => i.statement)).toEqual([
      'Indeks kinerja',
      'Persentase layanan tepat waktu',
      'Jumlah pengaduan',
    ]);
    expect(read.cascade.result('G1')!.owner).toEqual({ unit: 'Sekretariat' });
    expect(read.locate(['results', 0, 'indicators', 2, 'unit'])).toEqual({ row: 4, column: { name: 'unit', index: 8 } });
    expect(read.notes.map((n) => n.text.id)).toContain(
      '2 baris tanpa kode, level dan kinerja dibaca sebagai IK berikutnya dari kinerja di atasnya (pertama: baris 3)',
    );
  });

  it('still refuses such a row at the top, where no result is above it', () => {
    const text = [header, ';;;;;;Indeks kinerja;Indeks;up;2024;70;', 'G1;;;goal;Meningkatnya kinerja;;;;;;;'].join('\n');
    expect(() => parseCsv(text)).toThrow(CsvParseError);
  });
});

describe('optional columns may be left out of the header', () => {
  it('reads a header without contributes_to, indicator_id, polarity and the baseline', () => {
    const text = [
      'result_id,parent_id,level,statement,indicator,unit,target_2025',
      'G1,,goal,Meningkatnya kinerja,Indeks kinerja,Indeks,80',
    ].join('\n');
    expect(parseCsv(text).result('G1')!.indicators[0]).toEqual({ statement: 'Indeks kinerja', unit: 'Indeks', targets: { '2025': 80 } });
  });

  it('still requires the columns of the tree and of every indicator', () => {
    const text = ['result_id,level,statement,indicator', 'G1,goal,Meningkatnya kinerja,Indeks kinerja'].join('\n');
    let error: unknown;
    try {
      parseCsv(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvParseError);
    expect((error as CsvParseError).issues.map((i) => i.column?.name)).toEqual(['parent_id', 'unit']);
  });
});

describe('periodFromTargets', () => {
  const text = [
    'result_id,parent_id,level,statement,indicator,unit,target_2025,target_2027',
    'G1,,goal,Meningkatnya kinerja,Indeks,Indeks,80,',
  ].join('\n');
  it('takes the period the target columns span, and only when asked', () => {
    expect(parseCsv(text, { periodFromTargets: true }).period).toEqual({ start: 2025, end: 2027 });
    expect(parseCsv(text).period).toBeUndefined();
    expect(parseCsv(text, { periodFromTargets: true, period: { start: 2024, end: 2028 } }).period).toEqual({ start: 2024, end: 2028 });
  });
});

describe('a column without a header', () => {
  it('is no column when Excel saved a trailing ";" after the header and every row', () => {
    const text = 'kode;induk;level;kinerja;indikator;satuan;\r\nG1;;goal;Tujuan;IK satu;%;\r\n';
    expect(
      parseCsv(text)
        .results()
        .map((r) => r.statement),
    ).toEqual(['Tujuan']);
  });

  it('with a value under it is one problem naming the column and the value', () => {
    let error: unknown;
    try {
      parseCsv('kode;induk;level;kinerja;indikator;satuan;\r\nG1;;goal;Tujuan;IK satu;%;lupa\r\n');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvParseError);
    const issues = (error as CsvParseError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]!.text?.id).toBe(
      'kolom ke-7 tidak bertajuk tetapi berisi "lupa": beri tajuk kolom itu (misalnya "Catatan"), atau kosongkan selnya',
    );
  });
});
