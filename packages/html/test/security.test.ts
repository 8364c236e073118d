import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import type { Diagnostic } from '@pokin/core';
import { renderHtml } from '@pokin/html';
import { validDocumentArbitrary } from '../../../test/support/arbitraries.js';
import { cleanText, escapeAttribute, escapeText } from '../src/text.js';
import { HOSTILE, hostileCascade } from './support.js';

/** Characters that must never reach the output: HTML parse errors (controls, noncharacters, lone surrogates) and CR. */

const FORBIDDEN =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const hostileDiagnostics: Diagnostic[] = [
  {
    rule: `rule ${HOSTILE}`,
    severity: 'error',
    message: `message ${HOSTILE}`,
    resultId: `<img src=x onerror=alert(1)>`,
    indicatorId: `"><script>`,
  },
  { rule: 'r', severity: 'warning', message: 'm', resultId: 'G1', url: 'https://example.org/"><script>alert(1)</script>' },
];

describe('escaping', () => {
  it('escapes markup in text and attribute values', () => {
    expect(escapeText('<script>alert("x&y")</script> ]]>')).toBe('&lt;script&gt;alert("x&amp;y")&lt;/script&gt; ]]&gt;');
    expect(escapeAttribute('a"b<c>&d\'e')).toBe("a&quot;b&lt;c&gt;&amp;d'e");
    expect(escapeText('plain text')).toBe('plain text');
  });

  it('drops controls, replaces noncharacters and lone surrogates, normalises line breaks', () => {
    expect(cleanText('a\u0000b\u0001c\u001bd\u007fe\u0085f\u009fg')).toBe('abcdefg');
    expect(cleanText('a\r\nb\rc\nd\te\ff\u000bg')).toBe('a\nb\nc\nd\te fg');
    expect(cleanText('\uFDD0\uFFFE\uFFFF\uD800x\uDC00')).toBe('\uFFFD\uFFFD\uFFFD\uFFFDx\uFFFD');
    expect(cleanText('\u{1F431}\u{1FFFE}\u{10FFFF}')).toBe('\u{1F431}\uFFFD\uFFFD');
    expect(cleanText('\u2028\uFEFF\u0410')).toBe('\u2028\uFEFF\u0410');
  });
});

describe('renderHtml with hostile text', () => {
  for (const [name, options] of [
    ['document', {}],
    ['fragment', { fragment: true }],
    ['document, en', { locale: 'en' as const }],
  ] as const) {
    it(`never lets text become markup (${name})`, () => {
      const html = renderHtml(hostileCascade(), { ...options, diagnostics: hostileDiagnostics, showIds: true });
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img/i);
      expect(html).not.toMatch(/<!--/);
      expect(html).not.toContain(']]>');
      expect(html).not.toMatch(FORBIDDEN);
      expect(html).not.toContain('\r');
      expect(html).toContain('&lt;script&gt;alert("x&amp;y")&lt;/script&gt;');
      expect(html).toContain('&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;');
      // Only the renderer's own tags appear.
      const tags = new Set([...html.matchAll(/<\/?([a-zA-Z!][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()));
      const allowed = [
        '!doctype',
        'html',
        'head',
        'meta',
        'title',
        'style',
        'body',
        'header',
        'h1',
        'p',
        'main',
        'div',
        'table',
        'caption',
        'colgroup',
        'thead',
        'tbody',
        'tr',
        'th',
        'td',
        'ul',
        'li',
        'span',
        'a',
        'code',
      ];
      for (const tag of tags) expect(allowed, tag).toContain(tag);
    });
  }

  it('keeps an attribute value inside its quotes', () => {
    const html = renderHtml(hostileCascade(), {
      sections: { context: false, csf: false, worksheet: false },
      diagnostics: hostileDiagnostics,
    });
    expect(html).toContain('href="https://example.org/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    // A result id that does not exist is text, not a link.
    expect(html).toContain(
      '<td class="where"><span class="id">&lt;img src=x onerror=alert(1)&gt;</span> / <span class="id">"&gt;&lt;script&gt;</span></td>',
    );
  });

  it('writes the title and statements escaped, line breaks kept as LF', () => {
    const html = renderHtml(hostileCascade());
    expect(html).toContain(`<title>title ${escapeText(HOSTILE)}</title>`);
    expect(html).toContain(`<p class="statement">goal ${escapeText(HOSTILE)}</p>`);
    expect(escapeText(HOSTILE)).toContain('\nCRLF \nCR');
  });

  it('escapes every generated document (property)', () => {
    fc.assert(
      fc.property(validDocumentArbitrary({ maxResults: 12, text: 'unicode' }), (doc) => {
        const c = parseCascade(doc);
        const html = renderHtml(c, { showIds: true, hideUnusedLevels: 'none' });
        expect(html).not.toMatch(FORBIDDEN);
        expect(html).not.toMatch(/<script|<img|<!--|\]\]>/i);
        for (const r of c.results()) {
          expect(html).toContain(`<span class="id">${r.id}</span> ${escapeText(r.statement)}</p>`);
          for (const ind of r.indicators) expect(html).toContain(`<li>${escapeText(ind.statement)}</li>`);
        }
      }),
      { numRuns: 60 },
    );
  });
});
