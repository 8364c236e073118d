// The capaian legend's title names the year, and the day or period measured as of, in both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCascade, UsageError } from '@pokin/core';
import { renderSvg, type SvgAchievementOptions } from '@pokin/svg';

const c = parseCascade(parse(readFileSync(new URL('../../../examples/bkpsdm-capaian/pokin.yaml', import.meta.url), 'utf8')));
const title = (locale: 'id' | 'en', achievement: SvgAchievementOptions): string =>
  /<g class="legend capaian-legend"><text[^>]*>([^<]*)<\/text>/.exec(renderSvg(c, { locale, achievement }))?.[1] ?? '';

describe('capaian legend title', () => {
  it('names the year', () => {
    expect(title('id', { year: 2025 })).toBe('Kategori capaian 2025');
    expect(title('en', { year: 2025 })).toBe('Achievement (capaian) bands 2025');
  });
  it('names the period, or the day when given', () => {
    expect(title('id', { year: 2025, period: 'q2' })).toBe('Kategori capaian 2025, s.d. Triwulan II');
    expect(title('en', { year: 2025, period: 'm09' })).toBe('Achievement (capaian) bands 2025, to September');
    expect(title('id', { year: 2025, period: 'm09', asOf: '2025-09-30' })).toBe('Kategori capaian 2025, per 30 September 2025');
    expect(title('en', { year: 2025, period: 'm03', asOf: '2025-04-05' })).toBe('Achievement (capaian) bands 2025, as of 5 April 2025');
  });
  it('refuses a day that is not one', () => {
    expect(() => title('id', { year: 2025, asOf: '30-09-2025' })).toThrow(UsageError);
    expect(() => title('id', { year: 2025, asOf: '2025-13-01' })).toThrow(UsageError);
  });
});

describe('capaian with a box note', () => {
  const first = c.results()[0]!;
  const box = (svg: string): string => new RegExp(`<g class="result[^"]*" id="[^"]*-box-${first.id}"[^>]*>.*?</g>`).exec(svg)?.[0] ?? '';
  const note = (r: { id: string }) => (r.id === first.id ? { text: 'Dinas Uji', fill: '#123456' } : undefined);
  it("keeps the caller's note beside the capaian, and fills the box by the capaian band", () => {
    const plain = box(renderSvg(c, { achievement: { year: 2025 } }));
    const noted = box(renderSvg(c, { achievement: { year: 2025 }, boxNote: note }));
    expect(noted).toContain('Dinas Uji; ');
    // The band's fill, not the note's.
    const fill = (s: string): string | undefined => /<rect class="box"[^>]* fill="([^"]+)"/.exec(s)?.[1];
    expect(fill(noted)).toBe(fill(plain));
    expect(fill(noted)).not.toBe('#123456');
  });
});
