// The default measurer and the committed Arimo metrics.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARIMO_METRICS, arimoMeasurer, createCanvasMeasurer, createFontMetricsMeasurer } from '@pokin/core/layout';
// @ts-expect-error: a plain .mjs script without types
import { buildMetricsSource } from '../../scripts/gen-metrics.mjs';

describe('Arimo metrics', () => {
  it('match the font files (regenerate with node packages/core/scripts/gen-metrics.mjs)', () => {
    const committed = readFileSync(new URL('../../src/layout/metrics/arimo.ts', import.meta.url), 'utf8');
    expect(committed).toBe(buildMetricsSource());
  });
  it('have one advance per covered code point and weight', () => {
    const n = ARIMO_METRICS.ranges.reduce((s, [a, b]) => s + b - a + 1, 0);
    expect(ARIMO_METRICS.advances.normal).toHaveLength(n);
    expect(ARIMO_METRICS.advances.bold).toHaveLength(n);
    expect(ARIMO_METRICS.unitsPerEm).toBe(2048);
  });
});

describe('arimoMeasurer', () => {
  it('uses the advance widths of Arimo (= Arial, Liberation Sans)', () => {
    // Arial: space 569, "A" 1366, "i" 455 units of 2048; bold "A" 1479.
    expect(arimoMeasurer.measure(' ', 2048)).toBe(569);
    expect(arimoMeasurer.measure('A', 2048)).toBe(1366);
    expect(arimoMeasurer.measure('Ai', 2048)).toBe(1366 + 455);
    expect(arimoMeasurer.measure('A', 2048, 'bold')).toBe(1479);
    expect(arimoMeasurer.measure('A', 20)).toBeCloseTo((20 * 1366) / 2048, 10);
  });
  it('measures bold wider than regular', () => {
    const t = 'Meningkatnya Kualitas Tata Kelola Manajemen ASN';
    expect(arimoMeasurer.measure(t, 13, 'bold')).toBeGreaterThan(arimoMeasurer.measure(t, 13));
  });
  it('covers Latin Extended, Greek and Cyrillic (OCR look-alikes)', () => {
    for (const ch of ['Ś', 'ő', 'ǎ', 'ẞ', 'Ω', 'Д', '–', '€']) expect(arimoMeasurer.measure(ch, 100)).toBeLessThan(100);
  });
  it('measures characters it does not know (emoji, CJK, Arabic) at 1.3 em, astral ones once', () => {
    expect(arimoMeasurer.measure('\u{1F431}', 10)).toBeCloseTo(13, 10);
    expect(arimoMeasurer.measure('数据', 10)).toBeCloseTo(26, 10);
    expect(arimoMeasurer.measure('م', 10)).toBeCloseTo(13, 10);
  });
  it('takes its fallback width from the options', () => {
    const m = createFontMetricsMeasurer(ARIMO_METRICS, { fallbackEm: 2 });
    expect(m.measure('\u{1F431}', 10)).toBe(20);
  });
});

describe('createCanvasMeasurer', () => {
  it('sets the CSS font and returns the canvas width', () => {
    const fonts: string[] = [];
    const ctx = { font: '', measureText: (t: string) => (fonts.push(ctx.font), { width: t.length * 7 }) };
    const m = createCanvasMeasurer(ctx, 'Inter, sans-serif');
    expect(m.measure('abc', 12, 'bold')).toBe(21);
    expect(fonts).toEqual(['bold 12px Inter, sans-serif']);
  });
});
