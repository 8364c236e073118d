/**
 * The layout model: everything the serializer draws, positioned, with text already wrapped.
 * Coordinates are SVG user units (CSS pixels), origin top left.
 *
 * @module
 */
import type { Tier } from '../levels.js';
import type { FontWeight } from './measure.js';

/** What a block of text is. */
export type TextRole = 'title' | 'subtitle' | 'legend' | 'level' | 'statement' | 'indicator' | 'note';

/** One line of text: `x` is the anchor point (start or middle), `y` the baseline. */
export interface LayoutLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/** A block of lines set in one font, drawn as one `<text>` with a `<tspan>` per line. */
export interface LayoutText {
  readonly role: TextRole;
  readonly fontSize: number;
  readonly fontWeight: FontWeight;
  readonly fill: string;
  readonly anchor: 'start' | 'middle';
  readonly lines: readonly LayoutLine[];
}

/** A filled and stroked rectangle: a result's box, or a legend swatch. */
export interface LayoutRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fill: string;
  readonly stroke: string;
}

/** The box of one result. */
export interface LayoutBox extends LayoutRect {
  /** Result id. */
  readonly id: string;
  /** Level key. */
  readonly level: string;
  readonly tier: Tier;
  /** True when the box sits in a stacked column of leaves. */
  readonly stacked: boolean;
  /** Level label, statement, indicators, top to bottom. */
  readonly texts: readonly LayoutText[];
  /** Horizontal rules between the statement and the indicators. */
  readonly rules: readonly { readonly x1: number; readonly x2: number; readonly y: number }[];
}

/** A connector: primary (parent to child) or crosscutting (`contributesTo`, dashed). */
export interface LayoutConnector {
  readonly kind: 'primary' | 'crosscutting';
  /** Parent id. */
  readonly from: string;
  /** Child id. */
  readonly to: string;
  /** Polyline points, orthogonal segments. */
  readonly points: readonly (readonly [number, number])[];
  /**
   * A crosscutting link still proposed (`status: diusulkan`), not accepted by the other side:
   * drawn dotted. A rejected one (`ditolak`) is no connector at all.
   */
  readonly proposed?: true;
}

/** A legend entry: a swatch (box of a tier, or a dashed line) and its label. */
export interface LayoutLegendItem extends LayoutRect {
  readonly kind: 'tier' | 'crosscutting';
  readonly tier?: Tier;
  /** The crosscutting entry of the proposed links (dotted line). */
  readonly proposed?: true;
  readonly label: LayoutText;
}

/** The whole diagram, as {@link layoutCascade} computes it. */
export interface TreeLayout {
  readonly width: number;
  readonly height: number;
  /** For `<title>`. */
  readonly title: string;
  /** For `<desc>`. */
  readonly description: string;
  readonly fontFamily: string;
  readonly idPrefix: string;
  readonly colors: { readonly text: string; readonly connector: string; readonly crosscutting: string; readonly background: string };
  /** Heading texts (title, subtitle). */
  readonly heading: readonly LayoutText[];
  readonly legend: readonly LayoutLegendItem[];
  /** Boxes in document order. */
  readonly boxes: readonly LayoutBox[];
  /** Primary connectors first, then crosscutting ones. */
  readonly connectors: readonly LayoutConnector[];
}
