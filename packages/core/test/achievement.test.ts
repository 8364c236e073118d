import { describe, expect, it } from 'vitest';
import { achievement, achievementBand, formatPercent, measure, monevRows, parseCascade, UsageError } from '@pokin/core';

/** Worked examples, each with its source. The percentages are the sources' own figures. */
describe('capaian formulas (measure)', () => {
  it('higher is better, r / t: PermenPAN-RB 6/2022 lampiran, contoh SKP (hal. 243): target 85, realisasi 85 -> 100 %; target 95, realisasi 93 -> 98 %', () => {
    expect(measure(85, 85, { polarity: 'up' })).toEqual({ percent: 100, formula: 'ratio' });
    expect(Math.round(measure(93, 95, { polarity: 'up' }).percent!)).toBe(98);
    // No polarity: higher is better.
    expect(Math.round(measure(93, 95, {}).percent!)).toBe(98);
  });

  it('lower is better, (2t - r) / t by default: "rencana - (realisasi - rencana) / rencana" (LKjIP Kab. Maluku Tengah 2021, III.2); PermenPAN-RB 6/2022 writes 1 + (1 - r/t)', () => {
    // Hand-worked with the LKjIP formula: target 10 %, realisation 12 % -> (10 - (12 - 10)) / 10 = 80 %.
    expect(measure(12, 10, { polarity: 'down' })).toEqual({ percent: 80, formula: 'difference' });
    expect(measure(8, 10, { polarity: 'down' }).percent).toBeCloseTo(120, 10);
    expect(measure('12,5', 10, { polarity: 'down' }).percent).toBeCloseTo(75, 10);
  });

  it('lower is better, t / r as the alternative (hand-computed: target 10, realisation 12.5 -> 80 %; a realisation of 0 is not comparable)', () => {
    expect(measure(12.5, 10, { polarity: 'down' }, 'inverse')).toEqual({ percent: 80, formula: 'inverse' });
    expect(measure(0, 10, { polarity: 'down' }, 'inverse')).toEqual({ gap: 'not-comparable' });
  });

  it('target bands: PermenPAN-RB 6/2022 lampiran (hal. 100): 80-90 % and realisation 70 % -> 87,5 %; 7-8 months (lower better) and 6,5 -> 107 %, 9 -> 87,5 %', () => {
    expect(measure(70, '80-90', { polarity: 'up' })).toEqual({ percent: 87.5, formula: 'band' });
    expect(Math.round(measure('6,5', '7 - 8', { polarity: 'down' }).percent!)).toBe(107);
    expect(measure(9, '7-8', { polarity: 'down' }).percent).toBeCloseTo(87.5, 10);
    expect(measure(85, '80-90', { polarity: 'up' })).toEqual({ percent: 100, formula: 'band' });
    // Within a band is best (polarity range): above it counts as too high.
    expect(measure(95, '80-90', { polarity: 'range' }).percent).toBeCloseTo(((2 * 90 - 95) / 90) * 100, 10);
  });

  it('text on a scale: WDP against a WTP target on { WTP 4, WDP 3, TMP 2, TW 1 } -> 3 / 4 = 75 % (hand-computed; scale from docs/file-format.md)', () => {
    const scale = { WTP: 4, WDP: 3, TMP: 2, TW: 1 };
    expect(measure('WDP', 'WTP', { scale })).toEqual({ percent: 75, formula: 'scale' });
    expect(measure('wtp', 'WTP', { scale }).percent).toBe(100);
    expect(measure('Baik', 'WTP', { scale })).toEqual({ gap: 'not-comparable' });
    // Without a scale, SAKIP predikat rank D 1 ... AA 7: BB (5) against A (6).
    expect(measure('BB', 'A', {}).percent).toBeCloseTo((5 / 6) * 100, 10);
  });

  it('gives no capaian for free text', () => {
    expect(measure('tersedia', 'tersedia', {})).toEqual({ gap: 'not-comparable' });
  });

  it('measures a target of 0 as met (100) or not (0): "Jumlah temuan BPK", target 0', () => {
    expect(measure(0, 0, { polarity: 'down' })).toEqual({ percent: 100, formula: 'difference' });
    expect(measure(2, 0, { polarity: 'down' })).toEqual({ percent: 0, formula: 'difference' });
    expect(measure(0, 0, { polarity: 'down' }, 'inverse')).toEqual({ percent: 100, formula: 'inverse' });
    expect(measure(3, 0, { polarity: 'up' })).toEqual({ percent: 100, formula: 'ratio' });
    expect(measure(-1, 0, { polarity: 'up' })).toEqual({ percent: 0, formula: 'ratio' });
    expect(measure(1, 0, { polarity: 'range' })).toEqual({ percent: 0, formula: 'band' });
  });

  it('is never below 0: a lower-is-better realisation three times its target is 0, not -100', () => {
    expect(measure(15, 5, { polarity: 'down' })).toEqual({ percent: 0, formula: 'difference' });
    expect(measure(7, 5, { polarity: 'down' })).toEqual({ percent: 60, formula: 'difference' });
  });
});

describe('capaian bands', () => {
  it('follow the five-band rating scale (>= 91, 76-90, 66-75, 51-65, <= 50; LKjIP Inspektorat Kab. Sampang 2019, tabel 3.1)', () => {
    expect(achievementBand(91).key).toBe('very-high');
    expect(achievementBand(90.99).key).toBe('high');
    expect(achievementBand(66).key).toBe('medium');
    expect(achievementBand(51).key).toBe('low');
    expect(achievementBand(12).key).toBe('very-low');
    expect(formatPercent(95.236)).toBe('95,24 %');
    expect(formatPercent(95.236, 'en')).toBe('95.24 %');
  });
});

const ind = (statement: string, extra: object) => ({ statement, ...extra });
/** A 3-level subtree below UO1, with hand-computed capaian. */
const doc = {
  pokin: 1,
  title: 'Roll-up',
  period: { start: 2025, end: 2029 },
  results: [
    { id: 'G1', level: 'goal', statement: 'G', indicators: [ind('a', { targets: { 2026: 100, 2029: 120 }, realisations: { 2026: 90 } })] },
    {
      id: 'UO1',
      level: 'ultimate-outcome',
      parent: 'G1',
      statement: 'U1',
      indicators: [
        ind('b', { targets: { 2026: 100 }, realisations: { 2026: 80 } }), // 80
        ind('c', { polarity: 'down', targets: { 2026: 10 }, realisations: { 2026: 8 } }), // 120
      ],
    },
    {
      id: 'IO1',
      level: 'intermediate-outcome',
      parent: 'UO1',
      statement: 'I1',
      indicators: [ind('d', { targets: { 2026: 50 }, realisations: { 2026: 50 } })],
    },
    {
      id: 'IM1',
      level: 'immediate-outcome',
      parent: 'IO1',
      statement: 'M1',
      indicators: [ind('e', { targets: { 2026: 200 }, realisations: { 2026: 150 } }), ind('f', { targets: { 2026: 5 } })],
    },
    { id: 'IO2', level: 'intermediate-outcome', parent: 'UO1', statement: 'I2', indicators: [ind('g', { realisations: { 2026: 3 } })] },
    {
      id: 'UO2',
      level: 'ultimate-outcome',
      parent: 'G1',
      statement: 'U2',
      indicators: [ind('h', { targets: { 2026: 4 }, realisations: { 2026: 5 } })],
    },
  ],
};

describe('achievement roll-up (hand-computed)', () => {
  const c = parseCascade(doc);

  it('per indicator and per result', () => {
    const a = achievement(c, { year: 2026 });
    expect(a.result('UO1')!.percent).toBeCloseTo(100, 10); // (80 + 120) / 2
    expect(a.result('IM1')!.percent).toBe(75); // 150 / 200; f has no realisation
    expect(a.result('IM1')!.indicators[1]!.gap).toBe('no-realisation');
    expect(a.result('IO2')!.indicators[0]!.gap).toBe('no-target');
    expect(a.result('IO2')!.percent).toBeUndefined();
    expect(a.result('G1')!.indicators[0]).toMatchObject({ endYear: '2029', endTarget: 120, endPercent: 75 }); // 90 / 120
  });

  it('plain mean: every result counts once', () => {
    const a = achievement(c, { year: 2026 });
    // Subtree of UO1: UO1 100, IO1 100, IM1 75 (IO2 unmeasured) -> 275 / 3.
    expect(a.result('UO1')!.subtreePercent).toBeCloseTo(275 / 3, 10);
    expect(a.result('IO1')!.subtreePercent).toBeCloseTo(87.5, 10); // (100 + 75) / 2
    // Document: 90, 100, 100, 75, 125 -> 490 / 5 = 98.
    expect(a.document.percent).toBeCloseTo(98, 10);
    expect(a.document).toMatchObject({ results: 6, measuredResults: 5, indicators: 8, measuredIndicators: 6 });
    expect(a.tiers.map((t) => [t.tier, t.percent])).toEqual([
      ['strategis', 90],
      ['urusan', 112.5],
      ['taktis', 87.5],
    ]);
  });

  it('weighted mean: every indicator counts once', () => {
    const a = achievement(c, { year: 2026, mean: 'weighted' });
    // Subtree of UO1: 80, 120, 100, 75 -> 375 / 4.
    expect(a.result('UO1')!.subtreePercent).toBeCloseTo(93.75, 10);
    // Document: 90 + 80 + 120 + 100 + 75 + 125 = 590 over 6.
    expect(a.document.percent).toBeCloseTo(590 / 6, 10);
    expect(a.result('UO1')!.percent).toBeCloseTo(100, 10);
  });

  it('the inverse method changes lower-is-better indicators only', () => {
    const a = achievement(c, { year: 2026, method: 'inverse' });
    expect(a.result('UO1')!.indicators[1]!.percent).toBeCloseTo(125, 10); // 10 / 8
    expect(a.result('UO1')!.indicators[0]!.percent).toBe(80);
  });

  it('refuses a bad year or period', () => {
    expect(() => achievement(c, { year: 26 })).toThrow(UsageError);
    expect(() => achievement(c, { year: 2026, period: 'q5' as 'q1' })).toThrow(UsageError);
  });
});

describe('achievement through the year', () => {
  const quarters = (yearValue?: string, real: object = { q1: 80, q2: 95, q3: 110 }) =>
    parseCascade({
      pokin: 1,
      title: 'T',
      results: [
        {
          id: 'O1',
          level: 'output',
          statement: 'Terlaksananya pelatihan',
          indicators: [
            {
              statement: 'Jumlah ASN dilatih',
              unit: 'orang',
              targets: { 2026: 400 },
              realisations: { 2025: 352, 2026: real },
              ...(yearValue ? { yearValue } : {}),
            },
          ],
        },
      ],
    });

  it('sum: quarters add up (80 + 95 + 110 = 285 of 400 -> 71,25 %); as of q2: 175 -> 43,75 %', () => {
    const c = quarters('sum');
    const a = achievement(c, { year: 2026 }).results[0]!.indicators[0]!;
    expect(a).toMatchObject({ realisation: 285, percent: 71.25, previous: 352 });
    expect(a.periods.map((p) => p.period)).toEqual(['q1', 'q2', 'q3']);
    expect(achievement(c, { year: 2026, period: 'q2' }).results[0]!.indicators[0]).toMatchObject({ realisation: 175, percent: 43.75 });
  });

  it('last (the default) takes the latest period; average the mean', () => {
    expect(achievement(quarters(), { year: 2026 }).results[0]!.indicators[0]!.realisation).toBe(110);
    expect(achievement(quarters('average'), { year: 2026 }).results[0]!.indicators[0]!.realisation).toBeCloseTo(95, 10);
  });

  it('months as of a quarter: q1 takes m01-m03', () => {
    const c = quarters('sum', { m01: 10, m02: 20, m03: 30, m04: 40 });
    expect(achievement(c, { year: 2026, period: 'q1' }).results[0]!.indicators[0]!.realisation).toBe(60);
    expect(achievement(c, { year: 2026, period: 'm02' }).results[0]!.indicators[0]!.realisation).toBe(30);
    expect(achievement(c, { year: 2026 }).results[0]!.indicators[0]!.realisation).toBe(100);
  });

  it('an empty year has no realisation yet', () => {
    expect(achievement(quarters('sum', {}), { year: 2026 }).results[0]!.indicators[0]!.gap).toBe('no-realisation');
  });
});

describe('the monitoring rows (monev triwulan)', () => {
  const doc = (yearValue: 'sum' | 'average' | undefined) =>
    parseCascade({
      pokin: 1,
      title: 'T',
      period: { start: 2025, end: 2029 },
      results: [
        {
          id: 'G1',
          level: 'goal',
          statement: 'Meningkatnya layanan',
          indicators: [
            {
              statement: 'Jumlah layanan',
              unit: 'layanan',
              ...(yearValue === undefined ? {} : { yearValue }),
              targets: { '2025': 100 },
              realisations: { '2025': { m01: 10, m02: 20, m03: 30, m12: 40 } },
            },
          ],
        },
      ],
    });

  it("fold months into quarters as the indicator's year value does: the last, the sum or the mean", () => {
    const quarters = (y: 'sum' | 'average' | undefined) => monevRows(achievement(doc(y), { year: 2025 }))[0]!.quarters;
    expect(quarters(undefined)).toEqual([30, undefined, undefined, 40]);
    expect(quarters('sum')).toEqual([60, undefined, undefined, 40]);
    expect(quarters('average')).toEqual([20, undefined, undefined, 40]);
  });
});
