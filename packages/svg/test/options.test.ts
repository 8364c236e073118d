// Options: defaults, merging, and their effect on the drawing.
import { describe, expect, it } from 'vitest';
import { UsageError } from '@pokin/core';
import {
  DEFAULT_COLORS,
  DEFAULT_FONT_FAMILY,
  arimoMeasurer,
  layoutCascade,
  renderSvg,
  resolveSvgOptions,
  svgRenderer,
  type SvgOptions,
  type TextMeasurer,
} from '@pokin/svg';
import { bkpsdm } from './fixtures.js';

describe('renderSvg', () => {
  it('refuses a document that was not passed through parseCascade, naming itself', () => {
    expect(() => renderSvg(bkpsdm().toDocument() as never)).toThrow(
      /^@pokin\/svg renderSvg: expected a Cascade \(from parseCascade\), got a plain object/,
    );
  });
});

describe('resolveSvgOptions', () => {
  it('applies the documented defaults', () => {
    const s = resolveSvgOptions();
    expect(s).toMatchObject({
      locale: 'id',
      showIndicators: true,
      showLevel: true,
      stackLeaves: true,
      boxWidth: 220,
      boxPadding: 10,
      fontFamily: "Arimo, Arial, 'Liberation Sans', Helvetica, sans-serif",
      fontSize: 13,
      margin: 24,
      gaps: { sibling: 20, subtree: 36, level: 44, stack: 12, stackIndent: 22 },
      showLegend: true,
      idPrefix: 'pokin',
    });
    expect(s.title).toBeUndefined();
    expect(s.measurer).toBe(arimoMeasurer);
    expect(s.colors).toEqual(DEFAULT_COLORS);
    expect(s.fontFamily).toBe(DEFAULT_FONT_FAMILY);
  });
  it('merges colours and gaps with the defaults and raises a size below its minimum to it', () => {
    const s = resolveSvgOptions({
      colors: { taktis: { fill: '#000' }, connector: 'red' },
      gaps: { level: 100, stackIndent: 0 },
      boxWidth: 10,
      fontSize: 2,
    });
    expect(s.colors.taktis).toEqual({ fill: '#000', stroke: DEFAULT_COLORS.taktis.stroke });
    expect(s.colors.connector).toBe('red');
    expect(s.gaps).toEqual({ sibling: 20, subtree: 36, level: 100, stack: 12, stackIndent: 6 });
    expect(s.boxWidth).toBe(80);
    expect(s.fontSize).toBe(6);
  });
  it('throws a UsageError naming the option on a wrong value, as renderHtml and renderCsv do', () => {
    const bad: [SvgOptions, RegExp][] = [
      [{ locale: 'fr' as never }, /^@pokin\/svg renderSvg: locale must be "id" or "en", got "fr"$/],
      [{ boxWidth: Number.NaN }, /boxWidth must be a finite number of at least 0, got NaN/],
      [{ fontSize: -1 }, /fontSize must be a finite number of at least 0, got -1/],
      [{ margin: Number.POSITIVE_INFINITY }, /margin must be/],
      [{ gaps: { level: '44' as never } }, /gaps\.level must be/],
      [{ showIndicators: 'no' as never }, /showIndicators must be a boolean, got "no"/],
      [{ colors: { text: 1 as never } }, /colors\.text must be a string/],
      [{ colors: { urusan: { fill: null as never } } }, /colors\.urusan\.fill must be a string/],
      [{ title: 3 as never }, /title must be a string/],
      [{ measurer: {} as never }, /measurer must be a TextMeasurer/],
    ];
    for (const [options, message] of bad) {
      expect(() => resolveSvgOptions(options), JSON.stringify(options)).toThrow(UsageError);
      expect(() => renderSvg(bkpsdm(), options), JSON.stringify(options)).toThrow(message);
    }
    expect(resolveSvgOptions({ title: false, locale: 'en', boxWidth: 0 }).boxWidth).toBe(80);
  });
  it('keeps only safe characters in the id prefix', () => {
    expect(resolveSvgOptions({ idPrefix: 'a"b c<d' }).idPrefix).toBe('abcd');
    expect(resolveSvgOptions({ idPrefix: '9x' }).idPrefix).toBe('p9x');
  });
});

describe('svgRenderer', () => {
  it('is a Renderer plug-in', () => {
    expect(svgRenderer.name).toBe('svg');
    expect(svgRenderer.mediaType).toBe('image/svg+xml');
    expect(svgRenderer.extension).toBe('svg');
    const c = bkpsdm();
    expect(svgRenderer.render(c, { locale: 'en' })).toBe(renderSvg(c, { locale: 'en' }));
  });
});

describe('options in the drawing', () => {
  const c = bkpsdm();
  it('labels the legend in Bahasa Indonesia by default and in English on request', () => {
    const id = renderSvg(c);
    expect(id).toContain('>Kinerja Strategis<');
    expect(id).toContain('>Kinerja Operasional<');
    expect(id).toMatch(/>IK: /);
    const en = renderSvg(c, { locale: 'en' });
    expect(en).toContain('>Strategic Performance<');
    expect(en).toMatch(/>KPI: /);
  });
  it('names Arimo first in font-family, once, on the root', () => {
    const svg = renderSvg(c);
    expect(svg).toContain(`font-family="Arimo, Arial, 'Liberation Sans', Helvetica, sans-serif"`);
    expect(svg.match(/font-family=/g)).toHaveLength(1);
  });
  it('has role="img" with <title> and <desc> as its accessible name and description', () => {
    const svg = renderSvg(c);
    expect(svg).toMatch(/<svg [^>]*role="img" aria-labelledby="pokin-title pokin-desc"/);
    expect(svg).toContain('<title id="pokin-title">Pohon Kinerja BKPSDM</title>');
    expect(svg).toMatch(/<desc id="pokin-desc">Pohon kinerja .*31 kinerja/);
  });
  it('hides indicators, level labels, the legend and the heading on request', () => {
    const svg = renderSvg(c, { showIndicators: false, showLevel: false, showLegend: false, title: false });
    expect(svg).not.toContain('class="indicator"');
    expect(svg).not.toContain('class="level"');
    expect(svg).not.toContain('class="legend"');
    expect(svg).not.toContain('class="heading"');
    expect(svg).toContain('<title id="pokin-title">Pohon Kinerja BKPSDM</title>');
    expect(layoutCascade(c, { showIndicators: false }).height).toBeLessThan(layoutCascade(c).height);
  });
  it('uses a custom title, colours, box width, font and id prefix', () => {
    const svg = renderSvg(c, {
      title: 'Judul Lain',
      colors: { strategis: { fill: '#123456' } },
      boxWidth: 300,
      fontFamily: 'Inter',
      idPrefix: 'x',
    });
    expect(svg).toContain('<title id="x-title">Judul Lain</title>');
    expect(svg).toContain('fill="#123456"');
    expect(svg).toContain('width="300"');
    expect(svg).toContain('font-family="Inter"');
    expect(svg).toContain('id="x-box-G1"');
  });
  it('wraps with the measurer it is given', () => {
    const wide: TextMeasurer = { measure: (t, size) => t.length * size };
    const a = layoutCascade(c).boxes[0]!;
    const b = layoutCascade(c, { measurer: wide }).boxes[0]!;
    const lines = (box: typeof a) => box.texts.find((t) => t.role === 'statement')!.lines.length;
    expect(lines(b)).toBeGreaterThan(lines(a));
  });
});
