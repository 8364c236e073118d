/**
 * A planner merges a result's cells (Kode, Level, Kinerja) down over the rows of its indicators:
 * the results table reads each merged cell as holding its value on every row it covers.
 */
import { describe, expect, it } from 'vitest';
import { parseXlsx } from '@pokin/xlsx';
import { GOAL_ROW, RESULTS_HEADER, makeXlsx, sheetXml } from './support.js';

describe('a results table with merged cells', () => {
  it('reads a result merged over its indicator rows as one result with both indicators', () => {
    const second = ['', '', '', '', '', '', 'IK dua', '%', 'up', 2024, 3, 4];
    const merges = '<mergeCells count="3"><mergeCell ref="A2:A3"/><mergeCell ref="D2:D3"/><mergeCell ref="E2:E3"/></mergeCells>';
    const read = parseXlsx(makeXlsx(sheetXml([RESULTS_HEADER, GOAL_ROW, second], merges)));
    const results = read.cascade.results();
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ id: 'G1', level: 'goal', statement: 'Tujuan' });
    expect(results[0]!.indicators.map((i) => i.statement)).toEqual(['IK satu', 'IK dua']);
    expect(read.notes.map((n) => n.text.id)).toContain('3 sel yang digabung ke bawah dibaca sebagai isian yang sama di setiap barisnya');
  });

  // The result's cells left blank without a merge read as the CSV reader reads them (this pinned an error before the CSV learnt it).
  it('without the merges a row with the result cells blank continues the result above, with a note', () => {
    const second = ['', '', '', '', '', '', 'IK dua', '%', 'up', 2024, 3, 4];
    const read = parseXlsx(makeXlsx(sheetXml([RESULTS_HEADER, GOAL_ROW, second])));
    const results = read.cascade.results();
    expect(results).toHaveLength(1);
    expect(results[0]!.indicators.map((i) => i.statement)).toEqual(['IK satu', 'IK dua']);
    expect(read.notes).toContainEqual({
      sheet: 'Sheet1',
      text: {
        id: '1 baris tanpa kode, level dan kinerja dibaca sebagai IK berikutnya dari kinerja di atasnya (pertama: baris 3)',
        en: '1 row with no result id, level or statement read as further indicators of the result above (first: row 3)',
      },
    });
  });

  it('a row that names its level or statement but not its id is still an error at its cell', () => {
    const second = ['', '', '', 'output', 'Keluaran', '', 'IK dua', '%', 'up', 2024, 3, 4];
    expect(() => parseXlsx(makeXlsx(sheetXml([RESULTS_HEADER, GOAL_ROW, second])))).toThrow(/A3/);
  });
});
