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

  it('without the merges the empty cells are still named', () => {
    const second = ['', '', '', '', '', '', 'IK dua', '%', 'up', 2024, 3, 4];
    expect(() => parseXlsx(makeXlsx(sheetXml([RESULTS_HEADER, GOAL_ROW, second])))).toThrow(/A3/);
  });
});
