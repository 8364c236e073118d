/**
 * Drawing one page of the tree from its plan: the tier legend, the breadcrumb band of a
 * continued branch, the boxes and connectors of the page's layout (scaled to the page), the
 * "lanjutan di halaman N" placeholders, and crosscutting links to other pages as references.
 *
 * @module
 */
import type { Cascade, ContributionStatus, Locale, ResultRecord, Tier } from '@pokin/core';
import { continuedFrom, continuesOn, crosscuttingRef, pageOf, t, tierLabel } from '../labels.js';
import { measureText, wrapLines, type LayoutBox } from '../layout-source.js';
import { TIER_COLORS } from '../options.js';
import { PLACEHOLDER, type PlannedPage, type TreePage } from '../plan.js';
import type { Canvas } from './canvas.js';
import { INK, MARGIN, MUTED, fitLine, type Frame } from './page.js';

/** Height of the breadcrumb band of a continuation page. */
export const CRUMB_BAND = 30;
/** Height of the band of crosscutting references at the foot of a page (when the tree has crosscutting links). */
export const XREF_BAND = 22;
/** Size of the text in the bands. */
const BAND_SIZE = 7.5;
const CONNECTOR = '#5f6368';
const CROSSCUTTING = '#7b3fa0';
const TIERS: readonly Tier[] = ['strategis', 'urusan', 'taktis', 'operasional'];

/** What a tree page needs besides its plan. */
export interface TreePageContext {
  readonly cascade: Cascade;
  readonly locale: Locale;
  readonly minFontSize: number;
  /** Page on which each result is drawn in full. */
  readonly pageOf: ReadonlyMap<string, number>;
  /** Whether the tree has crosscutting links (a band is reserved for references). */
  readonly crosscutting: boolean;
  /** Whether a page's layout draws a crosscutting link still proposed (`LayoutConnector.proposed`): the legend explains its dots. */
  readonly proposed: boolean;
  /** Whether the tree has an accepted (or one-sided) crosscutting link: the legend explains its dashes. */
  readonly accepted: boolean;
}

/** The status of a result's crosscutting link to `to`, as its `contributesTo` entry writes it. */
function linkStatus(r: ResultRecord, to: string): ContributionStatus | undefined {
  return r.contributions.find((c) => c.to === to)?.status;
}

/**
 * The crosscutting links a tree draws: `drawn` when it has any (a rejected one, `ditolak`, is no
 * link: it reserves no band and shows no legend entry), `accepted` when one of them is neither
 * rejected nor still proposed (the one the dashed legend entry explains, as the SVG's legend does).
 */
export function crosscuttingLinks(cascade: Cascade): { readonly drawn: boolean; readonly accepted: boolean } {
  let drawn = false;
  for (const r of cascade.results()) {
    for (const to of r.contributesTo) {
      const status = linkStatus(r, to);
      if (status === 'ditolak') continue;
      if (status !== 'diusulkan') return { drawn: true, accepted: true };
      drawn = true;
    }
  }
  return { drawn, accepted: false };
}

/** The dash of a crosscutting link: dashed when accepted, dotted when still proposed (as the SVG draws them). */
const DASH = [4, 2.5] as const;
const DOTS = [0.9, 2.1] as const;

/**
 * Draws the tier legend whose swatches' tops are at `top`, with the dashed line of crosscutting
 * links and the dotted one of proposed links when the tree has them: on one line, or, when that
 * is wider than `maxWidth`, with the entries that do not fit on a second line below.
 */
export function drawLegend(
  canvas: Canvas,
  left: number,
  top: number,
  links: { readonly crosscutting: boolean; readonly proposed: boolean },
  locale: Locale,
  maxWidth = Infinity,
): void {
  // A tier's label starts 20 points after its swatch, a link's 22 after its line.
  const entries: { label: string; indent: number; swatch: (x: number, y: number) => void }[] = TIERS.map((tier) => ({
    label: tierLabel(tier, locale),
    indent: 20,
    swatch: (x, y) => canvas.rect(x, y, 16, 9, TIER_COLORS[tier].fill, TIER_COLORS[tier].stroke, 0.75, 1.5),
  }));
  for (const [on, key, dash] of [
    [links.crosscutting, 'crosscuttingLegend', DASH],
    [links.proposed, 'proposedLegend', DOTS],
  ] as const) {
    if (!on) continue;
    entries.push({
      label: t(key, locale),
      indent: 22,
      swatch: (x, y) =>
        canvas.polyline(
          [
            [x, y + 4.5],
            [x + 18, y + 4.5],
          ],
          CROSSCUTTING,
          1,
          dash,
        ),
    });
  }
  let x = left;
  let y = top;
  for (const { label, indent, swatch } of entries) {
    const width = indent + measureText(label, BAND_SIZE);
    if (x > left && x + width > left + maxWidth) {
      x = left;
      y += 11;
    }
    swatch(x, y);
    canvas.text(label, x + indent, y + 7.5, { size: BAND_SIZE, color: INK });
    x += width + 14;
  }
}

/** The breadcrumb line of a continuation page: ancestors, shortened until it fits two lines. */
function crumbLines(page: TreePage, width: number, locale: Locale, stubPage: number): string[] {
  const tail = `${continuedFrom(stubPage, locale)}${page.part ? `, ${t('part', locale)} ${page.part.index}/${page.part.count}` : ''}`;
  const chain = page.stubs.length === 1 ? [...page.breadcrumb, page.stubs[0]!] : page.breadcrumb;
  if (chain.length === 0) return wrapLines(tail, width, BAND_SIZE).slice(0, 2);
  for (const max of [Infinity, 60, 30, 0]) {
    const parts = chain.map((r, i) =>
      max === 0 && i < chain.length - 1
        ? r.id
        : `${r.id} ${max === Infinity || r.statement.length <= max ? r.statement : `${r.statement.slice(0, max).trimEnd()}…`}`,
    );
    const text = `${t('partOf', locale)} ${parts.join(' › ')} (${tail})`;
    const lines = wrapLines(text, width, BAND_SIZE);
    if (lines.length <= 2 || max === 0) return lines.slice(0, 2);
  }
  return [];
}

const isPlaceholder = (b: LayoutBox): boolean => b.id.startsWith(PLACEHOLDER);

/** Where a box went on its page, in points from the page's top left. */
export interface PageBox {
  readonly id: string;
  /** `full`: the result's own box; `stub`: the compact copy atop a continuation page; `continuation`: a "lanjutan" mark. */
  readonly kind: 'full' | 'stub' | 'continuation';
  /** Left edge. */
  readonly x: number;
  /** Top edge. */
  readonly y: number;
  /** Width. */
  readonly width: number;
  /** Height. */
  readonly height: number;
}

/** What was drawn on a tree page: its boxes and the smallest text in them, in points. */
export interface TreePageGeometry {
  /** Every box drawn: full boxes, stubs and "lanjutan" marks (whose id is the result they continue). */
  readonly boxes: readonly PageBox[];
  /** The smallest text size in the boxes, in points. */
  readonly smallestText: number;
  /** Where the tree may be drawn (below the breadcrumb band, above the references). */
  readonly area: Frame;
}

/** Draws a tree page into `frame` (the content area). */
export function drawTreePage(canvas: Canvas, page: PlannedPage, frame: Frame, ctx: TreePageContext): TreePageGeometry {
  const { locale } = ctx;
  // The legend sits in the footer, left of the page number (room kept for "Halaman 999 dari 999").
  const pageNumber = measureText(pageOf(999, 999, locale), BAND_SIZE) + 12;
  drawLegend(
    canvas,
    frame.left,
    canvas.height - MARGIN - 7.5,
    { crosscutting: ctx.accepted, proposed: ctx.proposed },
    locale,
    frame.width - pageNumber,
  );
  let top = frame.top;
  if (page.stubs.length > 0) {
    const lines = crumbLines(page, frame.width - 12, locale, page.stubPage?.number ?? 0);
    canvas.rect(frame.left, top, frame.width, CRUMB_BAND - 6, '#f1f3f4', undefined);
    lines.forEach((line, i) => canvas.text(line, frame.left + 6, top + 9.5 + i * 10, { size: BAND_SIZE, color: INK }));
    top += CRUMB_BAND;
  }
  const bottom = frame.top + frame.height - (ctx.crosscutting ? XREF_BAND : 0);
  const s = page.scale;
  const { layout } = page;
  const ox = frame.left + (frame.width - layout.width * s) / 2;
  const oy = top + Math.max(0, (bottom - top - layout.height * s) / 2) * 0.25;
  const X = (x: number): number => ox + (x - layout.left) * s;
  const Y = (y: number): number => oy + (y - layout.top) * s;

  for (const c of layout.connectors) {
    const pts = c.points.map(([x, y]) => [X(x), Y(y)] as const);
    if (c.kind === 'primary') canvas.polyline(pts, CONNECTOR, 0.8);
    else canvas.polyline(pts, CROSSCUTTING, 0.9, c.proposed ? DOTS : DASH);
  }
  const stubIds = new Set(page.stubs.map((r) => r.id));
  const boxes: PageBox[] = [];
  let smallestText = Infinity;
  for (const b of layout.boxes) {
    if (isPlaceholder(b)) {
      const h = drawPlaceholder(canvas, X(b.x), Y(b.y), b.width * s, page.continuations.get(b.id)?.target.number ?? 0, ctx);
      boxes.push({
        id: page.continuations.get(b.id)?.of ?? b.id,
        kind: 'continuation',
        x: X(b.x),
        y: Y(b.y),
        width: b.width * s,
        height: h,
      });
      continue;
    }
    const stub = stubIds.has(b.id);
    boxes.push({ id: b.id, kind: stub ? 'stub' : 'full', x: X(b.x), y: Y(b.y), width: b.width * s, height: b.height * s });
    const colors = TIER_COLORS[b.tier];
    canvas.rect(
      X(b.x),
      Y(b.y),
      b.width * s,
      b.height * s,
      stub ? '#f8f9fa' : colors.fill,
      stub ? '#9aa0a6' : colors.stroke,
      stub ? 0.6 : 0.9,
      2.5 * s,
    );
    for (const r of b.rules) canvas.line(X(r.x1), Y(r.y), X(r.x2), Y(r.y), stub ? '#9aa0a6' : colors.stroke, 0.4);
    for (const text of b.texts) {
      const size = text.fontSize * s;
      const bold = text.fontWeight === 'bold';
      const color = stub ? MUTED : text.role === 'level' ? colors.stroke : INK;
      if (text.lines.length > 0) smallestText = Math.min(smallestText, size);
      for (const line of text.lines) {
        canvas.text(
          line.text,
          X(line.x),
          Y(line.y),
          { size, bold, color },
          text.anchor,
          text.anchor === 'middle' ? measureText(line.text, size, bold) : undefined,
        );
      }
    }
  }

  // Crosscutting links to results drawn on other pages.
  if (ctx.crosscutting) {
    const refs: string[] = [];
    const here = new Set(page.results.map((r) => r.id));
    // A rejected link is left out, a proposed one marked.
    const ref = (from: ResultRecord, to: string, page: string): void => {
      const status = linkStatus(from, to);
      if (status !== 'ditolak') refs.push(crosscuttingRef(from.id, to, ctx.pageOf.get(page) ?? 0, locale, status === 'diusulkan'));
    };
    for (const r of page.results) {
      for (const to of r.contributesTo) if (!here.has(to)) ref(r, to, to);
      for (const child of ctx.cascade.children(r.id)) if (child.parent !== r.id && !here.has(child.id)) ref(child, r.id, child.id);
    }
    if (refs.length > 0) {
      const lines = wrapLines(`${t('crosscuttingRefs', locale)} ${refs.join('; ')}`, frame.width, BAND_SIZE);
      const shown = lines.length > 2 ? [lines[0]!, fitLine(`${lines[1]!} …`, frame.width, BAND_SIZE)] : lines;
      shown.forEach((line, i) => canvas.text(line, frame.left, bottom + 9 + i * 10, { size: BAND_SIZE, color: CROSSCUTTING }));
    }
  }
  return { boxes, smallestText, area: { left: frame.left, top, width: frame.width, height: bottom - top } };
}

/** The mark under a box whose children continue on another page; returns its height. */
function drawPlaceholder(canvas: Canvas, x: number, y: number, width: number, target: number, ctx: TreePageContext): number {
  const size = Math.max(ctx.minFontSize, 7.5);
  const label = `${continuesOn(target, ctx.locale)} ›`;
  const w = Math.min(width, measureText(label, size, true) + 20);
  const h = size * 2;
  const left = x + (width - w) / 2;
  canvas.rect(left, y, w, h, '#ffffff', CONNECTOR, 0.8, h / 2);
  canvas.text(fitLine(label, w - 10, size, true), left + w / 2, y + h / 2 + size * 0.35, { size, bold: true, color: INK }, 'middle');
  return h;
}
