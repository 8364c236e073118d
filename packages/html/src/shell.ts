/**
 * The shell every whole HTML document of this package shares: the doctype, `<html lang>`, and a
 * head with the charset, viewport, generator, title and stylesheet. Pages differ in their body.
 *
 * @module
 */
import { h, root, type ElementNode, type HtmlNode } from './tree.js';

/**
 * A whole document: `<!DOCTYPE html>`, `<html lang>`, the head (its `<style>` left out when `css`
 * is null) and the given `<body>`.
 */
export function documentShell(lang: string, title: string, css: string | null, body: ElementNode): HtmlNode {
  return root(
    { type: 'doctype' },
    h(
      'html',
      { lang },
      h(
        'head',
        null,
        h('meta', { charset: 'utf-8' }),
        h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
        h('meta', { name: 'generator', content: '@pokin/html' }),
        h('title', null, title),
        css === null ? null : h('style', null, css),
      ),
      body,
    ),
  );
}
