/**
 * The one door to the shared tree layout (boxes sized from wrapped text, tidy tree, connectors)
 * and to text measurement with Arimo's advance widths. Everything else in this package imports
 * layout and measuring from here, so the source can move without touching the rest.
 *
 * @module
 */
import { Cascade, type ResultRecord } from '@pokin/core';
import { arimoMeasurer, layoutCascade, normalizeText as normalize, wrapText } from '@pokin/core/layout';
import type { LayoutBox, TreeLayout as CoreTreeLayout } from '@pokin/core/layout';

export type { LayoutBox };

/**
 * A positioned tree: boxes and connectors, in layout units (points here), origin top left;
 * `left` and `top` are where the drawing starts, `width` and `height` its tight extent.
 */
export type TreeLayout = Pick<CoreTreeLayout, 'width' | 'height' | 'boxes' | 'connectors'> & {
  readonly left: number;
  readonly top: number;
};

/** What the tree layout is asked for; sizes in points. */
export interface TreeLayoutParams {
  readonly locale: 'id' | 'en';
  readonly fontSize: number;
  readonly boxWidth: number;
  readonly boxPadding: number;
  readonly showLevel: boolean;
  readonly showIndicators: boolean;
  /** Most boxes in one stacked column of leaves before it wraps into another column. */
  readonly maxStackRows: number;
  readonly gaps: {
    readonly sibling: number;
    readonly subtree: number;
    readonly level: number;
    readonly stack: number;
    readonly stackIndent: number;
  };
}

/**
 * Lays out a forest of records (each record's `parent` is on the list or `null`; its
 * `contributesTo` all on the list) with the level scheme of `template`.
 */
export function layoutRecords(template: Cascade, records: readonly ResultRecord[], p: TreeLayoutParams): TreeLayout {
  const forest = new Cascade({ meta: { title: template.title }, levels: template.levels, records });
  const layout = layoutCascade(forest, {
    locale: p.locale,
    fontSize: p.fontSize,
    boxWidth: p.boxWidth,
    boxPadding: p.boxPadding,
    showLevel: p.showLevel,
    showIndicators: p.showIndicators,
    maxStackRows: p.maxStackRows,
    gaps: p.gaps,
    margin: 0,
    title: false,
    showLegend: false,
  });
  // The layout keeps a minimum width for a heading; a page needs the drawing's own extent.
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of layout.boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  for (const c of layout.connectors) {
    for (const [x, y] of c.points) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  if (minX === Infinity) return { left: 0, top: 0, width: 0, height: 0, boxes: [], connectors: [] };
  return { left: minX, top: minY, width: maxX - minX, height: maxY - minY, boxes: layout.boxes, connectors: layout.connectors };
}

/** The smallest font size of any text in a layout's boxes (Infinity when there is none). */
export function smallestTextSize(layout: TreeLayout): number {
  let min = Infinity;
  for (const b of layout.boxes) for (const t of b.texts) if (t.lines.length > 0 && t.fontSize < min) min = t.fontSize;
  return min;
}

/** Width of one line of text in points, measured with Arimo's advance widths. */
export function measureText(text: string, size: number, bold = false): number {
  return arimoMeasurer.measure(text, size, bold ? 'bold' : 'normal');
}

/** Wraps text to `width` points (words broken only when one is wider than the line). */
export function wrapLines(text: string, width: number, size: number, bold = false): string[] {
  return wrapText(normalize(text), width, size, bold ? 'bold' : 'normal', arimoMeasurer);
}

/** Text with control characters replaced and runs of white space collapsed. */
export function normalizeText(text: string): string {
  return normalize(text);
}
