// Safe defaults: all text escaped, nothing the input holds becomes markup, output always well-formed.
import { describe, expect, it } from 'vitest';
import { parseCascade } from '@pokin/core';
import { renderSvg, sanitizeXmlText } from '@pokin/svg';
import { byClass, lineText, lines, parseXml } from './xml.js';

const doc = (statement: string, extra: Record<string, unknown> = {}) =>
  parseCascade({
    pokin: 1,
    title: statement,
    agency: { name: statement },
    results: [
      { id: 'G1', level: 'goal', statement, indicators: [{ statement }] },
      { id: 'O.1-x_y', level: 'ultimate-outcome', parent: 'G1', statement: 'Tersedianya data' },
    ],
    ...extra,
  });

describe('escaping', () => {
  it('encodes <script> and markup in every text', () => {
    const svg = renderSvg(doc('<script>alert("x")</script><g onload="x">'));
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<g onload');
    expect(svg).toContain('&lt;script&gt;');
    const root = parseXml(svg).documentElement!;
    expect(root.getElementsByTagName('script').length).toBe(0);
  });
  it('encodes & and ]]> so character data stays well-formed', () => {
    const svg = renderSvg(doc('A & B ]]> C &amp; D'));
    expect(svg).not.toContain(']]>');
    expect(svg).toContain('A &amp; B ]]&gt; C &amp;amp; D');
    parseXml(svg);
  });
  it('encodes quotes in attribute values (options are untrusted too)', () => {
    const svg = renderSvg(doc('x'), {
      fontFamily: `Arial" onload="alert(1)`,
      colors: { strategis: { fill: `red" onclick="x` } },
      idPrefix: `a" b`,
    });
    expect(svg).toContain('font-family="Arial&quot; onload=&quot;alert(1)"');
    expect(svg).toContain('fill="red&quot; onclick=&quot;x"');
    const root = parseXml(svg).documentElement!;
    expect(root.getAttribute('onload')).toBeNull();
    expect(root.getAttribute('font-family')).toBe('Arial" onload="alert(1)');
  });
  it('writes ids as escaped, safe attribute values', () => {
    const svg = renderSvg(doc('x'));
    expect(svg).toContain('id="pokin-box-O.1-x_y" data-id="O.1-x_y"');
  });
});

describe('characters XML cannot hold', () => {
  it('replaces control characters with U+FFFD and keeps the output well-formed', () => {
    const svg = renderSvg(doc('a\u0000b\u0007c\u001bd\u007fe\u0085f\uFFFFg'));
    expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFF]/);
    const statement = byClass(byClass(parseXml(svg).documentElement!, 'result')[0]!, 'statement')[0]!;
    expect(lineText(statement)).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg');
  });
  it('writes a document of ASCII only, every other character as a character reference', () => {
    const svg = renderSvg(doc('Periode 2025\u20132029 \u00b7 caf\u00e9 \u{1F431} \u0645\u0624\u0634\u0631 \uD800'));
    expect(svg).toMatch(/^[\x09\x0a\x0d\x20-\x7e]*$/);
    expect(svg).toContain('Periode 2025&#8211;2029 &#183; caf&#233;');
    expect(svg).toContain('&#128049; &#1605;&#1572;&#1588;&#1585; &#65533;');
    const statement = byClass(byClass(parseXml(svg).documentElement!, 'result')[0]!, 'statement')[0]!;
    expect(lines(statement).join(' ')).toBe('Periode 2025\u20132029 \u00b7 caf\u00e9 \u{1F431} \u0645\u0624\u0634\u0631 \uFFFD');
  });
  it('replaces unpaired surrogates and keeps pairs', () => {
    expect(sanitizeXmlText('\uD800x\uDC00\u{1F431}')).toBe('\uFFFDx\uFFFD\u{1F431}');
  });
  it('treats a line break in a statement as a space', () => {
    const root = parseXml(renderSvg(doc('Meningkatnya\nKinerja\r\nASN'))).documentElement!;
    const statement = byClass(byClass(root, 'result')[0]!, 'statement')[0]!;
    expect(lineText(statement)).toBe('Meningkatnya Kinerja ASN');
  });
});
