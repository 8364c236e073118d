// A strict XML reading of rendered SVGs for the tests: xmldom with an error handler that throws,
// plus the two well-formedness rules xmldom does not enforce (characters XML 1.0 forbids, and `]]>`
// in character data).
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

const ILLEGAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Parses an SVG strictly; throws on anything not well-formed. */
export function parseXml(svg: string): Document {
  if (ILLEGAL.test(svg)) throw new Error('character not allowed in XML 1.0');
  if (svg.includes(']]>')) throw new Error('"]]>" in character data');
  const parser = new DOMParser({
    // Warnings (such as "replacement character detected") are not well-formedness errors.
    onError: (level: string, message: string) => {
      if (level !== 'warning') throw new Error(`xmldom ${level}: ${message}`);
    },
  });
  return parser.parseFromString(svg, 'image/svg+xml');
}

/** Every element below (and including) `root`, in document order. */
export function elements(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const e = stack.pop()!;
    out.push(e);
    const kids: Element[] = [];
    for (let n = e.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) kids.push(n as Element);
    stack.push(...kids.reverse());
  }
  return out;
}

/** Elements with this class (exact token). */
export function byClass(root: Element, className: string): Element[] {
  return elements(root).filter((e) => (e.getAttribute('class') ?? '').split(' ').includes(className));
}

/** The text of an element's `<tspan>` lines, joined without separators. */
export function lineText(e: Element): string {
  return elements(e)
    .filter((x) => x.tagName === 'tspan')
    .map((x) => x.textContent ?? '')
    .join('');
}

/** The element names the renderer writes. */
export const ELEMENTS = new Set(['svg', 'title', 'desc', 'defs', 'marker', 'path', 'rect', 'g', 'text', 'tspan', 'line']);

/** The attribute names the renderer writes. */
export const ATTRIBUTES = new Set([
  'xmlns',
  'width',
  'height',
  'viewBox',
  'role',
  'aria-labelledby',
  'font-family',
  'id',
  'class',
  'data-id',
  'data-level',
  'data-from',
  'data-to',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'rx',
  'fill',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'marker-end',
  'd',
  'font-size',
  'font-weight',
  'text-anchor',
  'refX',
  'refY',
  'markerWidth',
  'markerHeight',
  'orient',
]);

/**
 * True when wrapped `lines` read back as `expected` exactly: every character in order, each line
 * break either at a single space (which the break replaces) or inside a word (nothing lost).
 */
export function readsBack(lines: readonly string[], expected: string): boolean {
  let pos = 0;
  for (const [i, line] of lines.entries()) {
    if (i > 0 && expected[pos] === ' ' && expected.startsWith(line, pos + 1)) pos += 1 + line.length;
    else if (expected.startsWith(line, pos)) pos += line.length;
    else return false;
  }
  return pos === expected.length;
}

/** The `<tspan>` lines of an element. */
export function lines(e: Element): string[] {
  return elements(e)
    .filter((x) => x.tagName === 'tspan')
    .map((x) => x.textContent ?? '');
}
