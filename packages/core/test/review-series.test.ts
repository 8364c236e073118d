import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TargetSeries } from '../src/review/series';
import type { Indicator } from '../src/schema';

/** The series of a kondisi awal (or none) and targets from 2019 on. */
function seriesOf(baseline: number | undefined, targets: number[]): TargetSeries {
  const years = targets.map((_, i) => String(2019 + i));
  const record = {
    statement: 'x',
    ...(baseline === undefined ? {} : { baseline: { year: 2018, value: baseline } }),
    targets: Object.fromEntries(years.map((y, i) => [y, targets[i]!])),
  } as Indicator;
  return new TargetSeries().read(record, years, targets);
}
const scores = (s: TargetSeries): number[] => Array.from(s.score.subarray(0, s.length));

describe('zeros that stand for cells not filled in', () => {
  it('leaves out a kondisi awal and first targets of 0 before a level (0, 0, 0, 70,5, 71, 72)', () => {
    const s = seriesOf(0, [0, 0, 70.5, 71, 72]);
    expect(scores(s)).toEqual([70.5, 71, 72]);
    expect(s.unfilled).toEqual([-1, 0, 1]);
    expect(s.year(0)).toBe('2021');
  });

  it('leaves out first targets of 0 after a real kondisi awal (100, 0, 0, 100, 100, 100)', () => {
    const s = seriesOf(100, [0, 0, 100, 100, 100]);
    expect(scores(s)).toEqual([100, 100, 100, 100]);
    expect(s.unfilled).toEqual([0, 1]);
    expect(s.isBaseline(0)).toBe(true);
  });

  it('keeps a plan rising from nothing (0, 5, 10, 15), zeros only, and one value after zeros', () => {
    expect(seriesOf(0, [5, 10, 15]).unfilled).toEqual([]);
    expect(seriesOf(0, [0, 0]).unfilled).toEqual([]);
    expect(seriesOf(0, [0, 70]).unfilled).toEqual([]);
    expect(seriesOf(undefined, [0, 19.7, 32.3]).unfilled).toEqual([]);
  });

  it('never leaves out a value that is not 0, and keeps the rest in order', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }),
        fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 7 }),
        (b, ts) => {
          const s = seriesOf(b, ts);
          const all = b === undefined ? ts : [b, ...ts];
          expect(s.length + s.unfilled.length).toBe(all.length);
          const kept = scores(s);
          // What is left out is zeros only, and what is kept is the rest in its order.
          expect(all.filter((v) => v !== 0)).toEqual(kept.filter((v) => v !== 0));
        },
      ),
    );
  });
});
