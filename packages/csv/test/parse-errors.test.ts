import { describe, expect, it } from 'vitest';
import { UsageError } from '@pokin/core';
import { CsvParseError, parseCsv, type CsvIssue } from '@pokin/csv';

const HEADER =
  'result_id,parent_id,contributes_to,level,statement,indicator_id,indicator,unit,polarity,baseline_year,baseline_value,target_2025,notes';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';
const G1 = 'G1,,,goal,Tujuan,,IK satu,%,up,2024,1,2,';

/** The error parseCsv throws for `text`. */
function failure(text: string, options?: Parameters<typeof parseCsv>[1]): CsvParseError {
  try {
    parseCsv(text, options);
  } catch (e) {
    expect(e).toBeInstanceOf(CsvParseError);
    return e as CsvParseError;
  }
  throw new Error('parseCsv did not throw');
}

const place = (i: CsvIssue) => ({ code: i.code, row: i.row, column: i.column });

describe('parseCsv errors name the row and the column', () => {
  it('ragged row: too few fields', () => {
    const e = failure(csv(G1, 'UO1,G1,,ultimate-outcome,Sasaran,,IK,%'));
    expect(place(e.issues[0]!)).toEqual({ code: 'ragged-row', row: 3, column: { name: 'polarity', index: 9 } });
    expect(e.row).toBe(3);
    expect(e.column).toEqual({ name: 'polarity', index: 9 });
    expect(e.message).toMatch(
      /^@pokin\/csv parseCsv: 1 problem in the CSV\n {2}row 3, column "polarity" \(9\): the row has 8 fields but the header has 13/,
    );
  });

  it('ragged row: too many fields, and every ragged row is listed', () => {
    const e = failure(csv(G1 + ',extra', G1, 'X,,,goal'));
    expect(e.issues.map(place)).toEqual([
      { code: 'ragged-row', row: 2, column: { name: '', index: 14 } },
      { code: 'ragged-row', row: 4, column: { name: 'statement', index: 5 } },
    ]);
  });

  it('missing required column', () => {
    const e = failure(
      'result_id,parent_id,contributes_to,statement,indicator_id,indicator,unit,polarity,baseline_year,baseline_value\r\nG1,,,s,,,,,,\r\n',
    );
    expect(place(e.issues[0]!)).toEqual({ code: 'missing-column', row: 1, column: { name: 'level' } });
    expect(e.message).toContain('row 1, column "level": the header has no "level" column');
  });

  it('a table whose only rows are ragged is told of those rows, not also that it has none', () => {
    const e = failure(csv('G1,,,goal,Tujuan,,IK satu,%,up,2024,1,2,,lebih'));
    expect(e.issues.map(place)).toEqual([{ code: 'ragged-row', row: 2, column: { name: '', index: 14 } }]);
  });

  it('unknown and duplicate columns', () => {
    const e = failure(`${HEADER},owner_unit,target_2025,ownr_position\r\n${G1},,,\r\n`);
    expect(e.issues.map(place)).toEqual([
      { code: 'duplicate-column', row: 1, column: { name: 'target_2025', index: 15 } },
      { code: 'unknown-column', row: 1, column: { name: 'ownr_position', index: 16 } },
    ]);
  });

  it('unterminated quote, at the row and field where the quote opens', () => {
    const e = failure(csv(G1, 'UO1,G1,,ultimate-outcome,"Sasaran yang tidak ditutup,,,,,,,,'));
    expect(place(e.issues[0]!)).toEqual({ code: 'unterminated-quote', row: 3, column: { name: 'statement', index: 5 } });
  });

  it('text after a closing quote', () => {
    const e = failure(csv(G1, 'UO1,G1,,ultimate-outcome,"Sasaran"x,,,,,,,,'));
    expect(place(e.issues[0]!)).toMatchObject({ code: 'invalid-quote', row: 3, column: { name: 'statement', index: 5 } });
  });

  it('unknown level, mapped back from the document to its cell', () => {
    const e = failure(csv(G1, 'UO1,G1,,ultimate-outcom,Sasaran,,IK,%,up,2024,1,2,'));
    expect(place(e.issues[0]!)).toEqual({ code: 'unknown-level', row: 3, column: { name: 'level', index: 4 } });
    expect(e.message).toContain('row 3, column "level" (4): level "ultimate-outcom" is not in the level scheme');
    // In Bahasa Indonesia too (what the CLI prints by default), not the English message twice.
    expect(e.issues[0]!.text?.id).toMatch(/^level "ultimate-outcom" tidak ada dalam skema level/);
  });

  it('bad number in baseline_year, baseline_value and a target', () => {
    const e = failure(csv('G1,,,goal,Tujuan,,IK satu,%,up,20x4,1e999,2,', 'G1,,,goal,Tujuan,,IK dua,%,up,2024,1,-1e400,'));
    expect(e.issues.map(place)).toEqual([
      { code: 'bad-number', row: 2, column: { name: 'baseline_year', index: 10 } },
      { code: 'bad-number', row: 2, column: { name: 'baseline_value', index: 11 } },
      { code: 'bad-number', row: 3, column: { name: 'target_2025', index: 12 } },
    ]);
  });

  it('a year out of range is reported at its cell', () => {
    const e = failure(csv('G1,,,goal,Tujuan,,IK satu,%,up,1024,1,2,'));
    expect(place(e.issues[0]!)).toMatchObject({ row: 2, column: { name: 'baseline_year', index: 10 } });
  });

  it('bad polarity', () => {
    const e = failure(csv('G1,,,goal,Tujuan,,IK satu,%,ke atas,2024,1,2,'));
    expect(place(e.issues[0]!)).toEqual({ code: 'bad-polarity', row: 2, column: { name: 'polarity', index: 9 } });
    expect(e.message).toContain('polarity "ke atas" is not one of up, down, range (naik, turun, rentang)');
    expect(e.issues[0]!.text?.id).toBe('arah "ke atas" bukan salah satu dari naik, turun, rentang (up, down, range)');
  });

  it('rows of one result that disagree on a result field', () => {
    const e = failure(csv(G1, 'G1,,,goal,Tujuan lain,,IK dua,%,up,2024,1,2,', 'G1,,,goal,Tujuan,,IK tiga,%,up,2024,1,2,beda'));
    expect(e.issues.map(place)).toEqual([
      { code: 'conflict', row: 3, column: { name: 'statement', index: 5 } },
      { code: 'conflict', row: 4, column: { name: 'notes', index: 13 } },
    ]);
    expect(e.issues[0]!.message).toContain('on row 2');
  });

  it('a missing parent, a missing statement and an indicator without its statement', () => {
    const e = failure(csv(G1, 'UO1,G9,,ultimate-outcome,,,IK,%,up,2024,1,2,', 'UO2,G1,,ultimate-outcome,Sasaran,,,%,up,,,,'));
    expect(e.issues.map(place)).toEqual([
      { code: 'required', row: 3, column: { name: 'statement', index: 5 } },
      { code: 'missing-parent', row: 3, column: { name: 'parent_id', index: 2 } },
      { code: 'required', row: 4, column: { name: 'indicator', index: 7 } },
    ]);
  });

  it('an empty required cell says which cell, and for a baseline that both cells go together', () => {
    const e = failure(
      csv(
        G1,
        'UO1,G1,,ultimate-outcome,Sasaran,,IK,%,up,2024,,,',
        'UO2,G1,,ultimate-outcome,Sasaran dua,,IK,%,up,,5,,',
        'UO3,G1,,ultimate-outcome,,,IK,%,up,,,,',
      ),
    );
    expect(e.issues.map((i) => [i.row, i.column?.name, i.message])).toEqual([
      [3, 'baseline_value', 'the cell is empty: a baseline needs both baseline_year and baseline_value (fill both, or leave both empty)'],
      [4, 'baseline_year', 'the cell is empty: a baseline needs both baseline_year and baseline_value (fill both, or leave both empty)'],
      [5, 'statement', 'the cell is empty, and "statement" is required'],
    ]);
  });

  it('a duplicate indicator id names the row of that indicator', () => {
    const e = failure(csv('G1,,,goal,Tujuan,I1,IK satu,%,up,2024,1,2,', 'G1,,,goal,Tujuan,I1,IK dua,%,up,2024,1,2,'));
    expect(place(e.issues[0]!)).toEqual({ code: 'duplicate-indicator-id', row: 3, column: { name: 'indicator_id', index: 6 } });
  });

  it('a cycle names the link that closes it', () => {
    const e = failure(csv('A,B,,goal,a,,,,,,,,', 'B,A,,goal,b,,,,,,,,'));
    expect(e.issues.some((i) => i.code === 'cycle' || i.code === 'level-order')).toBe(true);
    for (const i of e.issues) expect(i.column?.name).toBe('parent_id');
  });

  it('an empty file, or a header without rows', () => {
    expect(place(failure('').issues[0]!)).toEqual({ code: 'empty', row: undefined, column: undefined });
    expect(place(failure('\ufeff').issues[0]!)).toMatchObject({ code: 'empty' });
    expect(place(failure(`${HEADER}\r\n`).issues[0]!)).toEqual({ code: 'empty', row: 1, column: undefined });
  });

  it('a problem in the options has no row', () => {
    const e = failure(csv(G1), { title: '' });
    expect(e.issues[0]!.code).toBe('empty');
    expect(e.issues[0]!.row).toBeUndefined();
    expect(e.issues[0]!.message).toMatch(/^options\.title: /);
  });

  it('a delimiter, decimal or input it cannot use is a UsageError, not a misread file', () => {
    expect(() => parseCsv(csv(G1), { delimiter: '|' as never })).toThrow(UsageError);
    expect(() => parseCsv(csv(G1), { delimiter: '|' as never })).toThrow(
      '@pokin/csv parseCsv: delimiter must be ",", ";" or a tab, got "|"',
    );
    expect(() => parseCsv(csv(G1), { decimal: ';' as never })).toThrow(/decimal must be "\." or ","/);
    expect(() => parseCsv(undefined as never)).toThrow('@pokin/csv parseCsv: input must be a string, got undefined');
    expect(parseCsv(csv(G1), { delimiter: ',', decimal: '.' }).size).toBe(1);
  });

  it('counts rows as a spreadsheet does: a cell with a line break is still one row', () => {
    const e = failure(csv('G1,,,goal,"Tujuan\r\ndua baris",,IK,%,up,2024,1,2,', 'UO1,G1,,bad-level,Sasaran,,IK,%,up,2024,1,2,'));
    expect(place(e.issues[0]!)).toEqual({ code: 'unknown-level', row: 3, column: { name: 'level', index: 4 } });
  });
});
