import { describe, expect, it } from 'vitest';
import { REVIEW_RULES, review } from '@pokin/core';
import type { Diagnostic } from '@pokin/core';
import { HTML_LABELS, renderHtml } from '@pokin/html';
import { bkpsdm, cascadeOf, readGrid } from './support.js';

const only = (name: 'context' | 'csf' | 'worksheet' | 'review') =>
  ({ sections: { context: name === 'context', csf: name === 'csf', worksheet: name === 'worksheet', review: name === 'review' } }) as const;

describe('Langkah 1: context', () => {
  const c = bkpsdm();

  it('is a table with a row header per part the document has', () => {
    const html = renderHtml(c, only('context'));
    expect(html).toContain(`<caption>${HTML_LABELS.contextCaption.id}</caption>`);
    expect(html).toContain(`<tr><th scope="row">${HTML_LABELS.mandate.id}</th><td>Tugas melaksanakan urusan`);
    expect(html).toContain(
      `<tr><th scope="row">${HTML_LABELS.strategicIssues.id}</th><td><ul><li>Rendahnya kualitas dan kapasitas ASN</li><li>Rendahnya kinerja Aparatur Sipil Negara</li></ul></td></tr>`,
    );
    expect(html).toContain(`<th scope="row">${HTML_LABELS.expectations.id}</th>`);
    expect(html).toContain(
      `<tr><th scope="row">${HTML_LABELS.outcome.id}</th><td>Peningkatan Kualitas Tata Kelola Manajemen ASN</td></tr>`,
    );
  });

  it('leaves out missing parts, and the whole table when there is no context', () => {
    const html = renderHtml(cascadeOf([{ id: 'G', level: 'goal', statement: 's' }], { context: { mandate: 'M' } }), only('context'));
    expect(html).toContain('<th scope="row">Mandat</th>');
    expect(html).not.toContain('Isu strategis');
    expect(renderHtml(cascadeOf([{ id: 'G', level: 'goal', statement: 's' }]), only('context'))).not.toContain('<table');
    expect(renderHtml(cascadeOf([{ id: 'G', level: 'goal', statement: 's' }], { context: {} }), only('context'))).not.toContain('<table');
  });
});

describe('Langkah 2: CSF', () => {
  it('shows outcome (one cell over all rows), problem, desired condition and the linked result', () => {
    const html = renderHtml(bkpsdm(), { sections: { context: false, review: false } });
    expect(html).toContain(`<caption>${HTML_LABELS.csfCaption.id}</caption>`);
    expect(html).toContain('<td class="outcome" rowspan="2">Peningkatan Kualitas Tata Kelola Manajemen ASN</td>');
    expect(html).toContain(
      '<td>Rendahnya kinerja Aparatur Sipil Negara</td><td>Meningkatnya Kinerja Aparatur Sipil Negara</td><td class="linked"><a href="#pokin-r-UO2">UO2</a> Meningkatnya Kinerja Aparatur Sipil Negara</td>',
    );
    const grid = readGrid(html, 'csf');
    expect(grid.widths).toEqual([4, 4]);
  });

  it('links to the worksheet only when the worksheet is there, and drops the outcome column without an outcome', () => {
    const c = cascadeOf([{ id: 'G', level: 'goal', statement: 'Goal' }], {
      csf: [
        { problem: 'P', desiredCondition: 'D', result: 'G' },
        { problem: 'Q', desiredCondition: 'E' },
      ],
    });
    const html = renderHtml(c, only('csf'));
    expect(html).toContain('<td class="linked"><span class="id">G</span> Goal</td>');
    expect(html).not.toContain('href="#');
    expect(html).not.toContain('class="outcome"');
    expect(readGrid(html, 'csf').widths).toEqual([3, 3]);
    expect(html).toContain('<td>Q</td><td>E</td><td class="linked"></td>');
  });
});

describe('review', () => {
  const c = bkpsdm();

  it("runs core's review in the requested locale by default", () => {
    for (const locale of ['id', 'en'] as const) {
      const html = renderHtml(c, { ...only('review'), locale });
      const found = review(c, { locale });
      expect(found.length).toBeGreaterThan(0);
      expect(readGrid(html, 'review').rows).toBe(found.length);
      for (const d of found) expect(html).toContain(`<code>${d.rule}</code>`);
      expect(html).toContain(`<caption>${HTML_LABELS.reviewCaption[locale]}</caption>`);
    }
  });

  it('passes reviewRules to the review', () => {
    const rules = Object.fromEntries(REVIEW_RULES.map((r) => [r.id, 'off' as const]));
    const html = renderHtml(c, { ...only('review'), reviewRules: rules });
    expect(html).toContain(`<td colspan="4" class="none">${HTML_LABELS.noFindings.id}</td>`);
  });

  it('shows given diagnostics: severity, rule, result (linked) and indicator, message', () => {
    const diagnostics: Diagnostic[] = [
      { rule: 'my-rule', severity: 'error', message: 'Salah', resultId: 'OP01', indicatorId: 'OP01.1' },
      { rule: 'other', severity: 'info', message: 'Catatan' },
    ];
    const html = renderHtml(c, { sections: { context: false, csf: false }, diagnostics });
    expect(html).toContain(
      '<tr class="severity-error"><td class="severity">Kesalahan</td><td class="rule"><code>my-rule</code></td><td class="where"><a href="#pokin-r-OP01">OP01</a> / <span class="id">OP01.1</span></td><td class="message">Salah</td></tr>',
    );
    expect(html).toContain(
      '<tr class="severity-info"><td class="severity">Catatan</td><td class="rule"><code>other</code></td><td class="where"></td><td class="message">Catatan</td></tr>',
    );
    expect(html).toContain(
      '<th scope="col">Tingkat</th><th scope="col">Aturan</th><th scope="col">Kinerja</th><th scope="col">Temuan</th>',
    );
  });

  it('links a rule to its documentation only for http(s) URLs', () => {
    const diagnostics: Diagnostic[] = [
      { rule: 'a', severity: 'warning', message: 'm', url: 'https://example.org/rules#a' },
      { rule: 'b', severity: 'warning', message: 'm', url: 'javascript:alert(1)' },
    ];
    const html = renderHtml(c, { ...only('review'), diagnostics });
    expect(html).toContain('<a href="https://example.org/rules#a"><code>a</code></a>');
    expect(html).not.toContain('javascript:');
  });

  it('says so when there are no findings', () => {
    expect(renderHtml(c, { ...only('review'), diagnostics: [], locale: 'en' })).toContain('<td colspan="4" class="none">No findings.</td>');
  });
});

describe('sections and locale', () => {
  const c = bkpsdm();

  it('renders the sections in order, each on or off', () => {
    const all = renderHtml(c, { sections: { review: true } });
    const order = ['pokin-context', 'pokin-csf', 'pokin-worksheet', 'pokin-review'].map((cls) => all.indexOf(`pokin-section ${cls}`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(renderHtml(c)).not.toContain('pokin-section pokin-review');
    const some = renderHtml(c, { sections: { csf: false } });
    expect(some).toContain('pokin-section pokin-context');
    expect(some).not.toContain('pokin-section pokin-csf');
    expect(some).toContain('pokin-section pokin-worksheet');
    expect(some).not.toContain('pokin-section pokin-review');
  });

  it('writes every label in English with locale "en", statements as written', () => {
    const html = renderHtml(c, { locale: 'en', sections: { review: true } });
    expect(html).toContain('<html lang="en">');
    for (const key of [
      'contextCaption',
      'mandate',
      'strategicIssues',
      'expectations',
      'csfCaption',
      'problem',
      'desiredCondition',
      'worksheetCaption',
      'reviewCaption',
    ] as const) {
      expect(html).toContain(HTML_LABELS[key].en);
    }
    expect(html).toContain('Strategic Performance');
    expect(html).toContain('Period 2025\u20132029');
    expect(html).toContain('Meningkatnya Kualitas Tata Kelola Manajemen ASN');
    expect(html).not.toContain('Langkah');
    expect(html).not.toContain('Kinerja Strategis');
  });
});
