import { describe, expect, it } from 'vitest';
import { INDICATOR_TAIL_COLUMNS, LEADING_RESULTS_COLUMNS, TRAILING_RESULTS_COLUMNS, parseCascade } from '@pokin/core';
import { CSV_COLUMNS, csvRenderer, renderCsv } from '@pokin/csv';
import { bkpsdm, cells, records, sampleDocument } from './helpers.js';

/** The DESIGN columns, from core's column table: the leading ones (up to baseline_value), and the result columns after the targets that every table has. */
const DESIGN_HEAD = LEADING_RESULTS_COLUMNS.map((c) => c.key);
const DESIGN_TAIL = TRAILING_RESULTS_COLUMNS.filter((c) => c.whenUsed !== true).map((c) => c.key);

describe('renderCsv, shape results', () => {
  it('refuses a document that was not passed through parseCascade, naming itself', () => {
    expect(() => renderCsv(sampleDocument() as never)).toThrow(
      /^@pokin\/csv renderCsv: expected a Cascade \(from parseCascade\), got a plain object/,
    );
  });

  it('is the default shape and writes exactly the DESIGN columns, target years ascending', () => {
    const csv = renderCsv(parseCascade(sampleDocument()));
    expect(csv).toBe(renderCsv(parseCascade(sampleDocument()), { shape: 'results', profile: 'rfc4180' }));
    expect(cells(csv)[0]).toEqual([...DESIGN_HEAD, 'target_2025', 'target_2026', 'target_2027', ...DESIGN_TAIL]);
  });

  it('describes the same columns in CSV_COLUMNS, owner_agency added at the end of the owner group', () => {
    // The fields of the format's second round follow, written only when a result or indicator has them.
    expect(CSV_COLUMNS.map((c) => c.name)).toEqual([
      ...DESIGN_HEAD,
      'target_<year>',
      ...DESIGN_TAIL,
      ...TRAILING_RESULTS_COLUMNS.filter((c) => c.whenUsed === true).map((c) => c.key),
      ...INDICATOR_TAIL_COLUMNS.map((c) => c.key),
    ]);
    expect(DESIGN_HEAD[0]).toBe('result_id');
    expect(DESIGN_TAIL).toContain('notes');
    expect(CSV_COLUMNS.filter((c) => c.required).map((c) => c.name)).toEqual([
      'result_id',
      'parent_id',
      'level',
      'statement',
      'indicator',
      'unit',
    ]);
    expect(CSV_COLUMNS.filter((c) => c.kind === 'value').map((c) => c.name)).toEqual([
      'baseline_value',
      'target_<year>',
      'realisation_<year>',
      'realisation_<year>_<period>',
    ]);
  });

  it('writes one row per indicator, and one row with empty indicator cells for a result without', () => {
    const rows = records(renderCsv(parseCascade(sampleDocument())));
    expect(rows.map((r) => r.result_id)).toEqual(['G1', 'UO1', 'UO2', 'IO1', 'IO1', 'IM1', 'OP1', 'OP1', 'OP2']);
    const uo2 = rows[2]!;
    for (const c of ['indicator_id', 'indicator', 'unit', 'polarity', 'baseline_year', 'baseline_value', 'target_2025'])
      expect(uo2[c]).toBe('');
    expect(uo2).toMatchObject({ parent_id: 'G1', level: 'ultimate-outcome', statement: 'Meningkatnya Kinerja Aparatur' });
  });

  it('repeats the result cells on each of its rows and joins contributes_to with ";"', () => {
    const rows = records(renderCsv(parseCascade(sampleDocument()))).filter((r) => r.result_id === 'IO1');
    expect(rows).toHaveLength(2);
    for (const r of rows) {
      expect(r).toMatchObject({
        parent_id: 'UO1',
        contributes_to: 'UO2',
        owner_unit: 'Bidang Mutasi',
        owner_position: 'Kepala Bidang',
        owner_agency: 'BKN',
        budget_program: '5.03.02',
        budget_activity: '5.03.02.2.01',
        budget_sub_activity: '5.03.02.2.01.0001',
      });
    }
    const two = parseCascade({
      pokin: 1,
      title: 't',
      results: [
        { id: 'A', level: 'goal', statement: 'a' },
        { id: 'B', level: 'goal', statement: 'b' },
        { id: 'C', level: 'ultimate-outcome', statement: 'c', parent: 'A', contributesTo: ['B', 'A2'] },
        { id: 'A2', level: 'goal', statement: 'a2' },
      ],
    });
    expect(records(renderCsv(two))[2]!.contributes_to).toBe('B;A2');
  });

  it('writes numbers bare and keeps strings that look like numbers apart', () => {
    const rows = records(renderCsv(parseCascade(sampleDocument())));
    expect(rows[0]).toMatchObject({ baseline_year: '2024', baseline_value: '70.5', target_2025: '72', target_2026: '74', target_2027: '' });
    expect(rows[1]).toMatchObject({ target_2025: '9,27-9,09', target_2027: '-5' });
    expect(rows[3]).toMatchObject({ indicator_id: '1.2', baseline_value: "'5" }); // the string "5"
    expect(rows[4]).toMatchObject({ baseline_value: '5', polarity: 'down' }); // the number 5
  });

  it('quotes a field only when it holds the delimiter, a quote or a line break', () => {
    const csv = renderCsv(parseCascade(sampleDocument()));
    expect(csv).toContain(',"Jumlah dokumen; ""perencanaan""\ndan laporan",Dokumen,');
    expect(csv).toContain('\r\nOP2,IM1,,output,Terlaksananya Uji Kompetensi,,,,,,,,,,,,,,,,\r\n');
  });

  it('renders the BKPSDM example: one row per indicator, all 31 results', () => {
    const c = bkpsdm();
    const rows = records(renderCsv(c));
    const indicators = c.results().reduce((n, r) => n + Math.max(1, r.indicators.length), 0);
    expect(rows).toHaveLength(indicators);
    expect(new Set(rows.map((r) => r.result_id)).size).toBe(31);
    expect(rows[0]).toMatchObject({ result_id: 'G1', level: 'goal', statement: 'Meningkatnya Kualitas Tata Kelola Manajemen ASN' });
  });

  it('is deterministic and ends every record, the last included, with CRLF', () => {
    const c = bkpsdm();
    const csv = renderCsv(c);
    expect(renderCsv(c)).toBe(csv);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(
      csv
        .replace(/"[^"]*"/g, '')
        .split('\n')
        .every((l) => l === '' || l.endsWith('\r')),
    ).toBe(true);
  });

  it('is a Renderer plug-in', () => {
    expect(csvRenderer).toMatchObject({ name: 'csv', mediaType: 'text/csv', extension: 'csv' });
    const c = bkpsdm();
    expect(csvRenderer.render(c)).toBe(renderCsv(c));
    expect(csvRenderer.render(c, { shape: 'worksheet' })).toBe(renderCsv(c, { shape: 'worksheet' }));
  });

  it('rejects an unknown shape, profile or locale with a clear message', () => {
    const c = bkpsdm();
    expect(() => renderCsv(c, { shape: 'tree' as never })).toThrow(/@pokin\/csv renderCsv: unknown shape "tree"/);
    expect(() => renderCsv(c, { profile: 'excel-de' as never })).toThrow(/unknown profile "excel-de"/);
    expect(() => renderCsv(c, { locale: 'fr' as never })).toThrow(/unknown locale "fr"/);
  });
});

describe('renderCsv, a parent in another document', () => {
  it('writes parent_id as written, not empty', () => {
    const doc = {
      pokin: 1,
      title: 'Dinas',
      results: [{ id: 'G1', level: 'goal', parent: 'pemda-2026#S6', statement: 'Meningkatnya Mutu Layanan' }],
    };
    expect(cells(renderCsv(parseCascade(doc)))[1]!.slice(0, 2)).toEqual(['G1', 'pemda-2026#S6']);
  });
});
