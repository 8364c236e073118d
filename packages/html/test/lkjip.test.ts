/** The LKjIP and monitoring tables escape every text and show the capaian (the W3C validator checks them in `validation.test.ts`). */
import { describe, expect, it } from 'vitest';
import { lkjipDocuments } from './vnu-documents.js';

describe('renderLkjipHtml', () => {
  it('escapes text and prints capaian, previous year and end target', () => {
    const html = lkjipDocuments()[2]![1];
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    // G1.1: 258,5 against 260 -> 99,42 %; previous year 251,5; end target 2029: 300.
    expect(html).toContain('99,42 %');
    expect(html).toContain('251,5');
    expect(html).toContain('300 (2029)');
  });

  it('names the period a monitoring table runs to as people say it, not by its key', () => {
    const html = lkjipDocuments()[1]![1];
    expect(html).toContain('(to Quarter 2)');
    expect(html).not.toContain('q2)');
  });

  it('says how many indicators the overall capaian rests on', () => {
    expect(lkjipDocuments()[0]![1]).toMatch(
      /Capaian keseluruhan 2025<\/th><td class="value">[\d,]+ %<\/td><td colspan="5">41 dari 41 IK terukur</,
    );
    expect(lkjipDocuments()[1]![1]).toContain('41 of 41 indicators measured');
  });
});
