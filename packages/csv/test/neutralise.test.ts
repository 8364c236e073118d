import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { CSV_COLUMNS, DANGEROUS_LEADS, parseCsv, renderCsv, type CsvProfile } from '@pokin/csv';
import { validDocumentArbitrary } from '../../../test/support/arbitraries.js';
import { cells, records, sampleDocument } from './helpers.js';

const DANGEROUS = /^[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;
/** What a number cell may look like: the grammar `String(n)` writes, with a point or a comma. */
const NUMBER = /^-?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

function doc(statement: string, value?: number | string) {
  return parseCascade({
    pokin: 1,
    title: 't',
    results: [
      {
        id: 'A',
        level: 'goal',
        statement,
        indicators: [{ statement, unit: statement, ...(value === undefined ? {} : { baseline: { year: 2024, value } }) }],
        notes: statement,
      },
    ],
  });
}

describe('formula neutralisation (OWASP CSV injection)', () => {
  it('covers = + - @ tab CR LF and the full-width forms', () => {
    expect(DANGEROUS_LEADS).toEqual(['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠']);
  });

  for (const lead of DANGEROUS_LEADS) {
    it(`prefixes a text cell starting with ${JSON.stringify(lead)} with ' and reads it back`, () => {
      const statement = `${lead}SUM(A1:A9)`;
      const c = doc(statement);
      const row = records(renderCsv(c))[0]!;
      for (const col of ['statement', 'indicator', 'unit', 'notes']) expect(row[col]).toBe(`'${statement}`);
      expect(parseCsv(renderCsv(c), { title: 't' }).equals(c)).toBe(true);
    });
  }

  it('keeps the number -5 as -5 and marks the text "-5"', () => {
    const n = records(renderCsv(doc('x', -5)))[0]!;
    expect(n.baseline_value).toBe('-5');
    const s = records(renderCsv(doc('-5', '-5')))[0]!;
    expect(s).toMatchObject({ statement: "'-5", baseline_value: "'-5" });
    const back = parseCsv(renderCsv(doc('-5', '-5')), { title: 't' }).result('A')!;
    expect(back.statement).toBe('-5');
    expect(back.indicators[0]!.baseline!.value).toBe('-5');
    expect(parseCsv(renderCsv(doc('x', -5)), { title: 't' }).result('A')!.indicators[0]!.baseline!.value).toBe(-5);
  });

  it('keeps a number and a string that looks like one apart: 5 vs "5", 1e-7 vs "1e-7"', () => {
    for (const [value, cell] of [
      [5, '5'],
      ['5', "'5"],
      [1e-7, '1e-7'],
      ['1e-7', "'1e-7"],
      ['9,27-9,09', '9,27-9,09'],
      ['', "'"],
      ["'5", "''5"],
    ] as const) {
      const c = doc('x', value);
      expect(records(renderCsv(c))[0]!.baseline_value).toBe(cell);
      expect(parseCsv(renderCsv(c), { title: 't' }).result('A')!.indicators[0]!.baseline!.value).toBe(value);
    }
  });

  it('round trips a genuine leading apostrophe, the empty string and text that merely looks numeric', () => {
    for (const [text, cell] of [
      ["'=x", "''=x"],
      ["'abc", "'abc"],
      ["'", "''"],
      ['1.2', '1.2'],
      ['-', "'-"],
      ['a=b', 'a=b'],
    ] as const) {
      const c = doc(text);
      expect(records(renderCsv(c))[0]!.statement).toBe(cell);
      expect(parseCsv(renderCsv(c), { title: 't' }).equals(c)).toBe(true);
    }
    const empty = parseCascade({
      pokin: 1,
      title: 't',
      results: [{ id: 'A', level: 'goal', statement: 's', notes: '', owner: { unit: '' } }],
    });
    expect(records(renderCsv(empty))[0]).toMatchObject({ notes: "'", owner_unit: "'", owner_position: '' });
    expect(parseCsv(renderCsv(empty), { title: 't' }).equals(empty)).toBe(true);
  });

  it('neutralises ids and level keys too (an id may start with "-")', () => {
    const c = parseCascade({
      pokin: 1,
      title: 't',
      levels: [{ key: '-lvl', label: { id: 'L', en: 'L' }, tier: 'strategis' }],
      results: [{ id: '-1', level: '-lvl', statement: 's', indicators: [{ id: '-1.1', statement: 'i' }] }],
    });
    expect(records(renderCsv(c))[0]).toMatchObject({ result_id: "'-1", level: "'-lvl", indicator_id: "'-1.1" });
    expect(parseCsv(renderCsv(c), { title: 't', levels: c.toDocument().levels }).equals(c)).toBe(true);
  });

  const byKind = new Map(CSV_COLUMNS.map((col) => [col.name, col.kind]));
  for (const profile of ['rfc4180', 'excel', 'excel-id'] as const satisfies readonly CsvProfile[]) {
    it(`never lets a cell reach a spreadsheet as a formula (property, ${profile})`, () => {
      const delimiter = profile === 'excel-id' ? ';' : ',';
      fc.assert(
        fc.property(validDocumentArbitrary({ maxResults: 10 }), fc.boolean(), (d, worksheet) => {
          const c = parseCascade(d);
          const rows = cells(renderCsv(c, { profile, shape: worksheet ? 'worksheet' : 'results' }), delimiter);
          const header = rows[0]!;
          for (const row of rows.slice(1)) {
            row.forEach((cell, i) => {
              const kind = worksheet ? 'text' : (byKind.get(header[i]!) ?? 'value');
              // A value cell may start with "-" only when it is a whole number, as in -5.
              if (kind === 'value' && NUMBER.test(cell)) return;
              expect(cell).not.toMatch(DANGEROUS);
            });
          }
        }),
        { numRuns: 100 },
      );
    });
  }

  it('pins the sample: a HYPERLINK formula comes out as text', () => {
    const csv = renderCsv(parseCascade(sampleDocument()));
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil.example"",""klik"")",`);
    expect(csv).not.toMatch(/(^|[,\n])"?=HYPERLINK/);
  });
});
