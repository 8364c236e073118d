/**
 * The layout step: from a cascade to a positioned {@link SvgLayout}. Boxes are sized from their
 * measured, wrapped text (`layout/blocks`), positioned by a tidy-tree algorithm for nodes of
 * different sizes (`layout/tree`, `layout/tidy`), with the heading and legend above
 * (`layout/heading`) and the connectors routed between them (`layout/connectors`).
 *
 * @module
 */
import type { Cascade, ResultRecord } from '@pokin/core';
import { describe } from './labels.js';
import { draftOf, levelBlock, placeBox, type Block, type Draft } from './layout/blocks.js';
import { eachCrosscuttingConnector, eachPrimaryConnector, type BoxGeometry, type ConnectorVisitor, type Path } from './layout/connectors.js';
import { layoutHeading, layoutLegend } from './layout/heading.js';
import { layoutTree, type TreeNode } from './layout/tree.js';
import type { LayoutConnector, LayoutLegendItem, LayoutText, SvgLayout } from './model.js';
import { resolveSvgOptions, type SvgOptions, type SvgSettings } from './options.js';
import { normalizeText } from './text.js';

export { MAX_LAYOUT_DEPTH } from './layout/tree.js';

/** Narrowest heading/legend area. */
const MIN_CONTENT_WIDTH = 560;

/**
 * Lays out a cascade: wraps and measures every text, sizes the boxes, positions them as a
 * tidy tree (rows aligned by depth; the leaves of one parent stacked in a column when
 * `stackLeaves` is on), and routes the connectors. Pure: the same input gives the same model.
 *
 * @param cascade - the cascade to draw.
 * @param options - the same options as {@link renderSvg}.
 * @throws `UsageError` when the primary tree is deeper than {@link MAX_LAYOUT_DEPTH}.
 */
export function layoutCascade(cascade: Cascade, options: SvgOptions = {}): SvgLayout {
  return layoutWithSettings(cascade, resolveSvgOptions(options));
}

/** A result's box, positioned: its measured content and where the box goes. */
export interface PlacedBox {
  /** Result id. */
  readonly id: string;
  readonly draft: Draft;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** True when the box sits in a stacked column of leaves. */
  readonly stacked: boolean;
}

/**
 * The layout before the boxes' texts are positioned one line at a time: what the serializer
 * draws from (it positions the lines as it writes them) and what {@link layoutCascade} completes
 * into an {@link SvgLayout}.
 */
export interface Placement extends Omit<SvgLayout, 'boxes' | 'connectors'> {
  /** Boxes in document order. */
  readonly boxes: readonly PlacedBox[];
  /** What the connectors are routed from (see {@link eachConnector}). */
  readonly routing: {
    readonly nodes: readonly TreeNode[];
    readonly boxes: ReadonlyMap<string, BoxGeometry>;
    readonly dx: number;
    readonly records: readonly ResultRecord[];
  };
  readonly settings: SvgSettings;
}

/** Hands `v` each connector of a kind, in order (primary: parent by parent, breadth first). */
export function eachConnector(p: Placement, kind: LayoutConnector['kind'], v: ConnectorVisitor): void {
  const { nodes, boxes, dx, records } = p.routing;
  if (kind === 'primary') eachPrimaryConnector(nodes, boxes, dx, p.settings, v);
  else eachCrosscuttingConnector(records, boxes, p.settings, v);
}

/** Collects connectors as model objects. */
class ConnectorList implements ConnectorVisitor {
  readonly list: LayoutConnector[] = [];
  kind: LayoutConnector['kind'] = 'primary';

  connector(from: string, to: string, path: Path): void {
    this.list.push({ kind: this.kind, from, to, points: path.points() });
  }
}

/** {@link layoutCascade} with resolved settings. */
export function layoutWithSettings(cascade: Cascade, s: SvgSettings): SvgLayout {
  const p = placeCascade(cascade, s);
  return {
    width: p.width,
    height: p.height,
    title: p.title,
    description: p.description,
    fontFamily: p.fontFamily,
    idPrefix: p.idPrefix,
    colors: p.colors,
    heading: p.heading,
    legend: p.legend,
    boxes: p.boxes.map((b) => placeBox(b.draft, b.x, b.y, b.height, b.stacked, s)),
    connectors: connectorsOf(p),
  };
}

/** The connectors of a placement as model objects: primary first, then crosscutting. */
function connectorsOf(p: Placement): LayoutConnector[] {
  const out = new ConnectorList();
  for (const kind of ['primary', 'crosscutting'] as const) {
    out.kind = kind;
    eachConnector(p, kind, out);
  }
  return out.list;
}

/** Measures, wraps, sizes and positions everything but the lines of text in the boxes. */
export function placeCascade(cascade: Cascade, s: SvgSettings): Placement {
  const records = cascade.results();
  const levelOf = new Map(cascade.levels.map((l) => [l.key, l] as const));

  // Measure and wrap every result's texts (the level label once per level).
  const drafts = new Map<string, Draft>();
  const levelBlocks = new Map<string, Block>();
  for (const r of records) {
    const level = levelOf.get(r.level);
    let label: Block | undefined;
    if (s.showLevel) {
      label = levelBlocks.get(r.level);
      if (!label) {
        label = levelBlock(level ? (s.locale === 'en' ? level.label.en : level.label.id) : r.level, s);
        levelBlocks.set(r.level, label);
      }
    }
    drafts.set(r.id, draftOf(r, level?.tier ?? 'operasional', s, label));
  }

  const tree = layoutTree(records, drafts, s);
  const treeWidth = tree.maxX - tree.minX;
  const contentWidth = Math.max(treeWidth, MIN_CONTENT_WIDTH);
  const m = s.margin;
  const centre = m + contentWidth / 2;

  let y = m;
  let heading: LayoutText[] = [];
  let legend: LayoutLegendItem[] = [];
  ({ heading, y } = layoutHeading(cascade, s, centre, contentWidth, y));
  const crosscutting = records.reduce((n, r) => n + r.contributesTo.length, 0);
  if (s.showLegend) ({ legend, y } = layoutLegend(cascade, crosscutting > 0, s, centre, contentWidth, y));

  // Place the boxes: the tree centred under the heading.
  const treeTop = heading.length > 0 || legend.length > 0 ? y + 6 : m;
  const dx = m + (contentWidth - treeWidth) / 2 - tree.minX;
  const boxes = new Map<string, PlacedBox>();
  for (const n of tree.nodes) {
    const left = n.x - n.width / 2 + dx;
    const top = n.y + treeTop;
    if (n.kind === 'box') {
      const d = n.drafts[0]!;
      boxes.set(d.record.id, { id: d.record.id, draft: d, x: left, y: top, width: s.boxWidth, height: n.height, stacked: false });
    } else {
      let cy = top;
      let cx = left + s.gaps.stackIndent;
      n.drafts.forEach((d, i) => {
        // A long stack wraps into further columns to the right (maxStackRows).
        if (i > 0 && i % n.perColumn === 0) {
          cy = top;
          cx += s.gaps.stackIndent + s.boxWidth + s.gaps.sibling;
        }
        boxes.set(d.record.id, { id: d.record.id, draft: d, x: cx, y: cy, width: s.boxWidth, height: d.contentHeight, stacked: true });
        cy += d.contentHeight + s.gaps.stack;
      });
    }
  }

  const title = normalizeText(typeof s.title === 'string' ? s.title : cascade.title) || normalizeText(cascade.title);
  const counts = { results: records.length, indicators: records.reduce((n, r) => n + r.indicators.length, 0), levels: new Set(records.map((r) => r.level)).size, crosscutting };
  return {
    width: contentWidth + 2 * m,
    height: (tree.nodes.length > 0 ? treeTop + tree.maxY : y) + m,
    title,
    description: describe(title, counts, s.locale),
    fontFamily: s.fontFamily,
    idPrefix: s.idPrefix,
    colors: { text: s.colors.text, connector: s.colors.connector, crosscutting: s.colors.crosscutting, background: s.colors.background },
    heading,
    legend,
    boxes: records.map((r) => boxes.get(r.id)!),
    routing: { nodes: tree.nodes, boxes, dx, records },
    settings: s,
  };
}
