/**
 * Text blocks and boxes: measuring and wrapping the texts of a result, and placing them in its box.
 *
 * @module
 */
import type { Tier } from '../levels.js';
import type { ResultRecord } from '../result.js';
import { indicatorPrefix } from './labels.js';
import type { FontWeight } from './measure.js';
import type { LayoutBox, LayoutLine, LayoutText, TextRole } from './model.js';
import type { LayoutSettings } from './options.js';
import { normalizeText, wrapRanges, wrapRangesIfNormalized } from './text.js';

/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.3;
/** Share of the available width that wrapping fills: room for hinting and font differences. */
export const WRAP_SAFETY = 0.95;
/** Ascent and descent of Arimo/Arial in em (hhea), used to centre a line in its line box. */
const ASCENT = 0.905;
const DESCENT = 0.212;

/** A text block before it is positioned: wrapped lines in one font. */
export interface Block {
  readonly role: TextRole;
  readonly fontSize: number;
  readonly fontWeight: FontWeight;
  readonly anchor: 'start' | 'middle';
  /** The normalized text. */
  readonly text: string;
  /** Its lines, as `[start, end)` ranges of `text`, flat (see `wrapRanges`). */
  readonly lines: readonly number[];
  /** Space above the block. */
  readonly gapBefore: number;
  /** Draw a rule in the middle of the gap above. */
  readonly ruleBefore: boolean;
}

/** A result with its measured content. */
export interface Draft {
  readonly record: ResultRecord;
  readonly tier: Tier;
  readonly blocks: readonly Block[];
  /** Height of the box the content needs, padding included. */
  readonly contentHeight: number;
  /** Fill instead of the tier's (from `boxNote`). */
  readonly fill?: string;
}

/** Height of a block's lines. */
export const blockHeight = (b: Block): number => lineCount(b) * b.fontSize * LINE_HEIGHT;

/** Number of lines of a block. */
export const lineCount = (b: Block): number => b.lines.length / 2;

/** Line `i` of a block. */
export const lineText = (b: Block, i: number): string => b.text.slice(b.lines[2 * i], b.lines[2 * i + 1]);

/** Baseline of a line whose line box starts at `top`: centres the font's ascent+descent in the line. */
export const baseline = (top: number, fontSize: number): number =>
  top + (fontSize * (LINE_HEIGHT - ASCENT - DESCENT)) / 2 + fontSize * ASCENT;

/** Baseline of line `i` of a block whose first line box starts at `top`. */
export const lineBaseline = (block: Block, top: number, i: number): number =>
  baseline(top + i * (block.fontSize * LINE_HEIGHT), block.fontSize);

/** Positions a block's lines: `x` is the anchor, `top` the top of the first line box. */
export function textBlock(block: Block, x: number, top: number, fill: string): LayoutText {
  const lines: LayoutLine[] = new Array<LayoutLine>(lineCount(block));
  for (let i = 0; i < lines.length; i++) lines[i] = { text: lineText(block, i), x, y: lineBaseline(block, top, i) };
  return { role: block.role, fontSize: block.fontSize, fontWeight: block.fontWeight, fill, anchor: block.anchor, lines };
}

/** A block of normalized text wrapped to `width`. */
export function wrapBlock(
  role: TextRole,
  text: string,
  width: number,
  fontSize: number,
  fontWeight: FontWeight,
  anchor: 'start' | 'middle',
  s: LayoutSettings,
  gapBefore = 0,
  ruleBefore = false,
): Block {
  const max = width * WRAP_SAFETY;
  let normalized = text;
  let lines = wrapRangesIfNormalized(text, max, fontSize, fontWeight, s.measurer);
  if (lines === undefined) {
    normalized = normalizeText(text);
    lines = wrapRanges(normalized, max, fontSize, fontWeight, s.measurer);
  }
  return { role, fontSize, fontWeight, anchor, text: normalized, lines, gapBefore, ruleBefore };
}

const innerWidth = (s: LayoutSettings): number => s.boxWidth - 2 * s.boxPadding;
const levelSize = (s: LayoutSettings): number => Math.round(s.fontSize * 0.77 * 10) / 10;
const indicatorSize = (s: LayoutSettings): number => Math.round(s.fontSize * 0.85 * 10) / 10;

/** The level label block at the top of a box (shared by all results of the level). */
export function levelBlock(label: string, s: LayoutSettings): Block {
  return wrapBlock('level', label, innerWidth(s), levelSize(s), 'bold', 'middle', s);
}

/** Measures and wraps the texts of one result: level label, statement, indicators. */
export function draftOf(record: ResultRecord, tier: Tier, s: LayoutSettings, level: Block | undefined): Draft {
  const width = innerWidth(s);
  const indicators = s.showIndicators ? record.indicators : [];
  // Made to size (an array pushed to from empty reserves room for 16); a box note is pushed.
  const blocks = new Array<Block>((level ? 1 : 0) + 1 + indicators.length);
  let n = 0;
  if (level) blocks[n++] = level;
  blocks[n++] = wrapBlock('statement', record.statement, width, s.fontSize, 'bold', 'middle', s, level ? 4 : 0);
  if (indicators.length > 0) {
    const prefix = indicatorPrefix(s.locale);
    const size = indicatorSize(s);
    for (let i = 0; i < indicators.length; i++) {
      const text = `${prefix} ${indicators[i]!.statement}`;
      blocks[n++] = wrapBlock('indicator', text, width, size, 'normal', 'start', s, i === 0 ? 12 : 3, i === 0);
    }
  }
  const note = s.boxNote?.(record);
  if (note !== undefined) blocks.push(wrapBlock('note', note.text, width, indicatorSize(s), 'bold', 'middle', s, 10, true));
  let h = 2 * s.boxPadding;
  for (const b of blocks) h += b.gapBefore + blockHeight(b);
  return note?.fill === undefined
    ? { record, tier, blocks, contentHeight: h }
    : { record, tier, blocks, contentHeight: h, fill: note.fill };
}

/** Whether a block is drawn: the statement always is, even when empty, so every result has exactly one. */
const drawn = (b: Block): boolean => b.lines.length > 0 || b.role === 'statement';

/**
 * The box of a draft at `(x, top)`, `height` tall: the rules (through the middle of the gap above
 * a block that asks for one) and the text blocks positioned top to bottom.
 */
export function placeBox(d: Draft, x: number, top: number, height: number, stacked: boolean, s: LayoutSettings): LayoutBox {
  const colors = s.colors[d.tier];
  // The arrays are made to size: an array pushed to from empty reserves room for 16.
  let ruleCount = 0;
  let textCount = 0;
  for (const b of d.blocks) {
    if (b.ruleBefore) ruleCount++;
    if (drawn(b)) textCount++;
  }
  const rules = new Array<{ x1: number; x2: number; y: number }>(ruleCount);
  const texts = new Array<LayoutText>(textCount);
  ruleCount = 0;
  textCount = 0;
  let cy = top + s.boxPadding;
  for (const b of d.blocks) {
    if (b.ruleBefore) rules[ruleCount++] = { x1: x + s.boxPadding, x2: x + s.boxWidth - s.boxPadding, y: cy + b.gapBefore / 2 };
    cy += b.gapBefore;
    if (drawn(b)) {
      const anchor = b.anchor === 'middle' ? x + s.boxWidth / 2 : x + s.boxPadding;
      texts[textCount++] = textBlock(b, anchor, cy, b.role === 'level' ? colors.stroke : s.colors.text);
    }
    cy += blockHeight(b);
  }
  const r = d.record;
  return {
    id: r.id,
    level: r.level,
    tier: d.tier,
    x,
    y: top,
    width: s.boxWidth,
    height,
    fill: d.fill ?? colors.fill,
    stroke: colors.stroke,
    stacked,
    texts,
    rules,
  };
}
