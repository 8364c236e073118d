/**
 * The SVG diagram and the HTML worksheet of one tree are often put on one page (docs/embedding.md):
 * with their default options, no element id may appear in both, or the page is invalid HTML and
 * the worksheet's links jump into the diagram.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCascade } from '@pokin/core';
import { renderHtml } from '@pokin/html';
import { renderSvg } from '@pokin/svg';

const ids = (markup: string): string[] => [...markup.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);

describe('the SVG and the HTML of one tree on one page', () => {
  it('share no element id with their default options', () => {
    const cascade = parseCascade(parse(readFileSync(new URL('../examples/bkpsdm/pokin.yaml', import.meta.url), 'utf8')));
    const svg = ids(renderSvg(cascade));
    const html = ids(renderHtml(cascade, { fragment: true, sections: { review: true } }));
    expect(svg.length).toBeGreaterThan(cascade.size);
    expect(html.length).toBeGreaterThanOrEqual(cascade.size);
    expect(svg.filter((id) => html.includes(id))).toEqual([]);
    expect(new Set([...svg, ...html]).size).toBe(svg.length + html.length);
  });
});
