import { describe, expect, it } from 'vitest';
import { htmlRenderer, htmlStylesheet, renderHtml } from '@pokin/html';
import { bkpsdm, cascadeOf } from './support.js';

describe('whole document', () => {
  const c = bkpsdm();
  const html = renderHtml(c);

  it('has doctype, lang, charset, viewport, title and the stylesheet in <head>', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="id">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<title>Pohon Kinerja BKPSDM</title>');
    expect(html).toContain(`<style>${htmlStylesheet()}</style>`);
    expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('</head>'));
    expect(html.endsWith('</html>\n')).toBe(true);
  });

  it('has a heading with the title, agency and period', () => {
    expect(html).toContain(
      '<body class="pokin">\n<header><h1>Pohon Kinerja BKPSDM</h1>\n<p class="meta">Badan Kepegawaian dan Pengembangan Sumber Daya Manusia \u00b7 Periode 2025\u20132029</p></header>',
    );
    const withCode = cascadeOf([{ id: 'G', level: 'goal', statement: 's' }], { agency: { name: 'Dinas X', code: '1.02' } });
    expect(renderHtml(withCode)).toContain('<p class="meta">Dinas X (Kode 1.02)</p>');
    expect(renderHtml(cascadeOf([{ id: 'G', level: 'goal', statement: 's' }]))).toContain('<header><h1>T</h1>\n</header>');
  });

  it('falls back to a generic title when the title has no visible character', () => {
    const blank = cascadeOf([{ id: 'G', level: 'goal', statement: 's' }], { title: ' \u0000 ' });
    expect(renderHtml(blank)).toContain('<title>Pohon kinerja</title>');
    expect(renderHtml(blank, { locale: 'en' })).toContain('<h1>Performance tree</h1>');
  });

  it('prints landscape on A4 by default, A3 on request, with header rows repeated and rows kept whole', () => {
    expect(html).toContain(
      '@page { size: A4 landscape; margin: 10mm 10mm 12mm; @bottom-center { content: counter(page) " / " counter(pages);',
    );
    expect(renderHtml(c, { paper: 'A3' })).toContain('@page { size: A3 landscape;');
    expect(html).toMatch(/@media print \{[\s\S]*\.pokin thead \{ display: table-header-group; \}[\s\S]*break-inside: avoid;[\s\S]*\n\}/);
  });

  it('leaves the stylesheet out with styles: false, and scopes it under className', () => {
    expect(renderHtml(c, { styles: false })).not.toContain('<style>');
    const scoped = renderHtml(c, { className: 'x-tree' });
    expect(scoped).toContain('<body class="x-tree">');
    expect(scoped).toContain('.x-tree table {');
    expect(scoped).not.toContain('.pokin ');
  });

  it('prefixes element ids with idPrefix', () => {
    const html2 = renderHtml(c, { idPrefix: 'a_' });
    expect(html2).toContain('id="a_r-G1"');
    expect(html2).toContain('href="#a_r-UO2"');
    expect(html2).not.toContain('pokin-r-');
  });

  it('is deterministic', () => {
    expect(renderHtml(bkpsdm())).toBe(html);
    expect(renderHtml(c, { locale: 'en' })).toBe(renderHtml(c, { locale: 'en' }));
  });
});

describe('fragment', () => {
  const c = bkpsdm();
  const html = renderHtml(c, { fragment: true });

  it('is one <div> with lang and the wrapper class, no doctype, head or title heading', () => {
    expect(html.startsWith('<div class="pokin" lang="id"><style>')).toBe(true);
    expect(html.endsWith('</div>\n')).toBe(true);
    expect(html).not.toMatch(/<!DOCTYPE|<html|<head|<body|<title|<h1/);
  });

  it('scopes its styles and leaves @page to the host page', () => {
    expect(html).toContain(htmlStylesheet({ page: false }));
    expect(html).not.toContain('@page');
    expect(
      renderHtml(c, { fragment: true, styles: false }).startsWith('<div class="pokin" lang="id"><div class="pokin-section pokin-context">'),
    ).toBe(true);
    expect(renderHtml(c, { fragment: true, locale: 'en', className: 'k' }).startsWith('<div class="k" lang="en"><style>.k {')).toBe(true);
  });
});

describe('htmlStylesheet', () => {
  it('scopes every rule, knows A4 and A3, and rejects what it cannot use', () => {
    const css = htmlStylesheet({ className: 'z', paper: 'A3' });
    for (const line of css.split('\n')) {
      if (/^[^@ }]/.test(line)) expect(line.startsWith('.z')).toBe(true);
    }
    expect(css).toContain('size: A3 landscape');
    expect(() => htmlStylesheet({ className: 'a b' })).toThrow(/className/);
    expect(() => htmlStylesheet({ paper: 'A5' as 'A4' })).toThrow(/paper/);
  });
});

describe('htmlRenderer', () => {
  it('is the Renderer plug-in for html', () => {
    expect(htmlRenderer.name).toBe('html');
    expect(htmlRenderer.mediaType).toBe('text/html');
    expect(htmlRenderer.extension).toBe('html');
    const c = bkpsdm();
    expect(htmlRenderer.render(c, { locale: 'en' })).toBe(renderHtml(c, { locale: 'en' }));
    expect(htmlRenderer.render(c)).toBe(renderHtml(c));
  });
});
