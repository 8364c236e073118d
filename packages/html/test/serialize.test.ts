import { describe, expect, it } from 'vitest';
import { UsageError } from '@pokin/core';
import { toHtml } from '../src/serialize.js';
import { h, lazy, root, text } from '../src/tree.js';
import type { HtmlNode } from '../src/tree.js';

describe('toHtml', () => {
  it('writes elements, attributes in insertion order, and text', () => {
    expect(
      toHtml(h('td', { class: 'a', rowspan: 3, colspan: undefined, hidden: false, 'data-x': true, title: null }, 'x ', h('b', null, 'y'))),
    ).toBe('<td class="a" rowspan="3" data-x>x <b>y</b></td>');
  });

  it('flattens children: strings, arrays, nothing', () => {
    expect(toHtml(h('p', null, ['a', null, ['b', undefined, false]], '', h('i', null)))).toBe('<p>ab<i></i></p>');
  });

  it('writes void elements without an end tag and refuses children for them', () => {
    expect(toHtml(h('meta', { charset: 'utf-8' }))).toBe('<meta charset="utf-8">\n');
    expect(() => toHtml(h('br', null, 'x'))).toThrow(/cannot have children/);
  });

  it('writes a doctype and roots', () => {
    expect(toHtml(root({ type: 'doctype' }, h('p', null, 'x')))).toBe('<!DOCTYPE html>\n<p>x</p>');
  });

  it('writes lazy nodes as they are produced', () => {
    let made = 0;
    function* rows(): IterableIterator<HtmlNode> {
      for (let i = 0; i < 3; i++) {
        made++;
        yield h('tr', null, h('td', null, String(i)));
      }
    }
    const node = h('tbody', null, lazy(rows()));
    expect(made).toBe(0);
    expect(toHtml(node)).toBe('<tbody>\n<tr><td>0</td></tr>\n<tr><td>1</td></tr>\n<tr><td>2</td></tr>\n</tbody>\n');
    expect(made).toBe(3);
  });

  it('keeps style text raw but never lets it close its element', () => {
    expect(toHtml(h('style', null, 'a > b { content: "&"; }'))).toBe('<style>a > b { content: "&"; }</style>\n');
    expect(() => toHtml(h('style', null, 'x</STYLE><script>'))).toThrow(UsageError);
  });

  it('throws on unknown node kinds and bad names', () => {
    expect(() => toHtml({ type: 'comment', value: 'x' } as unknown as HtmlNode)).toThrow(/unknown node type "comment"/);
    expect(() => toHtml(h('td onclick', null))).toThrow(/bad tag name/);
    expect(() => toHtml(h('td', { 'on click': 'x' }))).toThrow(/bad attribute name/);
    expect(() => toHtml(h('td', { '"x': 'x' }))).toThrow(/bad attribute name/);
  });

  it('joins large outputs correctly across chunks', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => h('li', null, String(i)));
    const html = toHtml(h('ul', null, items));
    expect(html.length).toBe('<ul></ul>'.length + items.reduce((n, _, i) => n + 9 + String(i).length, 0));
    expect(html.endsWith('<li>9999</li></ul>')).toBe(true);
    expect(toHtml(text('a&b'))).toBe('a&amp;b');
  });
});
