/**
 * A number typed as "83%" in Excel is stored as 0.83 in a percent format: it is read as the 83 the
 * planner sees, not as 0.83 (which no rule would question).
 */
import { describe, expect, it } from 'vitest';
import { parseXlsx } from '@pokin/xlsx';
import { GOAL_ROW, RESULTS_HEADER, makeXlsx, sheetXml, type RawCell } from './support.js';

/** Styles: 1 is Excel's built-in "0%", 2 a custom "0.0%", 3 a custom format with "%" only as quoted text. */
const STYLES =
  '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="0&quot; %&quot;"/></numFmts>' +
  '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>';

const styled = (style: number, value: number): RawCell => ({ xml: `<c r="REF" s="${style}"><v>${value}</v></c>` });

function values(baseline: RawCell, target: RawCell): unknown[] {
  const row = [...GOAL_ROW.slice(0, 10), baseline, target];
  const ind = parseXlsx(makeXlsx(sheetXml([RESULTS_HEADER, row]), STYLES)).cascade.result('G1')!.indicators[0]!;
  return [ind.baseline?.value, ind.targets?.['2026']];
}

describe('numbers in a percent format', () => {
  it('are read as the percentage shown, without float noise', () => {
    expect(values(styled(1, 0.8), styled(2, 0.895))).toEqual([80, 89.5]);
    expect(values(styled(2, 0.0333), styled(1, 1))).toEqual([3.33, 100]);
  });

  it('are left alone when "%" is only quoted text of the format, or the cell has no style', () => {
    expect(values(styled(3, 83), 0.83)).toEqual([83, 0.83]);
  });
});
