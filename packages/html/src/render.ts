/**
 * `renderHtml`: resolve options, build the element tree (document or fragment), serialize.
 *
 * @module
 */
import type { Cascade, Renderer } from '@pokin/core';
import { assertCascade } from '@pokin/core';
import { t } from './labels.js';
import { resolveSettings } from './options.js';
import type { HtmlOptions, HtmlSettings } from './options.js';
import { SECTION_BUILDERS } from './sections/index.js';
import { htmlStylesheet } from './styles.js';
import { toHtml } from './serialize.js';
import { cleanText } from './text.js';
import { documentShell } from './shell.js';
import { h } from './tree.js';
import type { ElementNode, HtmlNode } from './tree.js';

function sections(cascade: Cascade, settings: HtmlSettings): ElementNode[] {
  const out: ElementNode[] = [];
  for (const name of settings.sections) {
    const el = SECTION_BUILDERS[name](cascade, settings);
    if (el !== undefined) out.push(el);
  }
  return out;
}

/** The line under the title: agency (and code) and period. */
function metaLine(cascade: Cascade, settings: HtmlSettings): ElementNode | undefined {
  const parts: string[] = [];
  const { agency, period } = cascade;
  if (agency !== undefined) parts.push(agency.code ? `${agency.name} (${t('agencyCode', settings.locale)} ${agency.code})` : agency.name);
  if (period !== undefined) parts.push(`${t('period', settings.locale)} ${period.start}\u2013${period.end}`);
  return parts.length === 0 ? undefined : h('p', { class: 'meta' }, parts.join(' \u00b7 '));
}

/** The title, or a generic one when the document's title has no visible character (`<title>` and `<h1>` must not be empty). */
function titleOf(cascade: Cascade, settings: HtmlSettings): string {
  return /^\s*$/.test(cleanText(cascade.title)) ? t('untitled', settings.locale) : cascade.title;
}

/** Builds the element tree of the whole output. */
export function buildHtmlTree(cascade: Cascade, settings: HtmlSettings): HtmlNode {
  const body = sections(cascade, settings);
  if (settings.fragment) {
    const style = settings.styles
      ? h('style', null, htmlStylesheet({ className: settings.className, paper: settings.paper, page: false }))
      : null;
    return h('div', { class: settings.className, lang: settings.locale }, style, body);
  }
  const title = titleOf(cascade, settings);
  const css = settings.styles ? htmlStylesheet({ className: settings.className, paper: settings.paper }) : null;
  const header = h('header', null, h('h1', null, title), metaLine(cascade, settings));
  return documentShell(settings.locale, title, css, h('body', { class: settings.className }, header, h('main', null, body)));
}

/**
 * Renders a cascade as HTML: the Langkah 1 context, the Langkah 2 CSF, the Langkah 4 worksheet
 * and the review, as tables, in a whole document (default) or a fragment. Pure and
 * deterministic: the same cascade and options give the same string. All text is escaped.
 *
 * @throws `UsageError` for an option it cannot use.
 */
export function renderHtml(cascade: Cascade, options?: HtmlOptions): string {
  assertCascade(cascade, '@pokin/html renderHtml');
  return toHtml(buildHtmlTree(cascade, resolveSettings(options)));
}

/** The HTML renderer as a plug-in: `name` `html`, media type `text/html`, extension `html`. */
export const htmlRenderer: Renderer<HtmlOptions> = Object.freeze({
  name: 'html',
  mediaType: 'text/html',
  extension: 'html',
  render: renderHtml,
});
