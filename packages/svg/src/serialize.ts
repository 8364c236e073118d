/**
 * The serializer: a placed cascade ({@link Placement}) to an SVG document string. The only place
 * that writes markup; every text and attribute value is escaped on the way into the
 * {@link SvgWriter}.
 *
 * It writes about a megabyte per thousand results, so it is written for speed: straight from the
 * placed boxes (each line is positioned as it is written, with the same arithmetic as the
 * `SvgLayout` model, so no object is made per line), into one buffer (see `writer.ts` for why),
 * with the markup that repeats from box to box (a tier's group opening and paint, a role's
 * `<text>` opening) encoded once per document.
 *
 * @module
 */
import type { Tier } from '@pokin/core';
import { eachConnector, type PlacedBox, type Placement } from './layout.js';
import { eachRule, eachText, lineBaseline, type Block, type BoxVisitor } from './layout/blocks.js';
import type { ConnectorVisitor, Path } from './layout/connectors.js';
import type { LayoutText } from './model.js';
import type { SvgSettings } from './options.js';
import { SvgWriter, fragment, type Fragment } from './writer.js';
import { attributes, escapeAttribute, escapeText, num } from './xml.js';

// Markup between the values, encoded once.
const TSPAN_X = fragment('<tspan x="');
const Y = fragment('" y="');
const TAG_END = fragment('">');
const TSPAN_END = fragment('</tspan>');
const TEXT_END = fragment('</text>');
const DATA_ID = fragment('" data-id="');
const HEIGHT = fragment('" height="');
const LINE_X1 = fragment('<line x1="');
const Y1 = fragment('" y1="');
const X2 = fragment('" x2="');
const Y2 = fragment('" y2="');
const G_END = fragment('</g>');
const PATH_D = fragment('<path d="');
const DATA_FROM = fragment('" data-from="');
const DATA_TO = fragment('" data-to="');
const EMPTY_END = fragment('"/>');
const M = fragment('M');
const L = fragment('L');
const SPACE = fragment(' ');

/** The font of a text block. */
type TextStyle = Pick<LayoutText, 'fontSize' | 'fontWeight' | 'anchor'>;

/** `<text ...>`: class, font and fill. */
const textOpening = (t: TextStyle, className: string, fill: string): string =>
  `<text class="${escapeAttribute(className)}" font-size="${num(t.fontSize)}"${t.fontWeight === 'bold' ? ' font-weight="bold"' : ''}${t.anchor === 'middle' ? ' text-anchor="middle"' : ''} fill="${escapeAttribute(fill)}">`;

/** The markup every box of a tier repeats, encoded once per document. */
interface TierFragments {
  /** `<g class="result tier-…" id="<prefix>-box-` (for a box in a stack: with `stacked`). */
  readonly group: Fragment;
  readonly stackedGroup: Fragment;
  /** The end of the `<rect>` after its height: corner, fill and stroke. */
  readonly paint: Fragment;
  /** The end of a rule's `<line>` after its last coordinate. */
  readonly rule: Fragment;
  /** `<text …>` openings by role (their fill depends on the tier for the level label). */
  readonly texts: Map<string, Fragment>;
}

/** Writes the parts of one document: boxes, text blocks and connectors, into one {@link SvgWriter}. */
class DocumentWriter implements BoxVisitor, ConnectorVisitor {
  readonly out = new SvgWriter(1);
  #prefix = '';
  #settings!: SvgSettings;
  readonly #tiers = new Map<Tier, TierFragments>();
  /** `" data-level="…"><rect class="box" x="` by level. */
  readonly #levels = new Map<string, Fragment>();
  /** `<text …>` openings of the heading and legend, by class and fill. */
  readonly #texts = new Map<string, string>();
  /** The style each role's cached opening was made for: a block of another style is not cached. */
  readonly #styles = new Map<string, TextStyle>();
  #width: Fragment = fragment('');
  #tier: TierFragments | undefined;
  /** Markup written before the next connector: the opening of its group. */
  groupOpening: string | undefined;

  /** Starts a document. */
  begin(capacity: number, prefix: string, settings: SvgSettings): this {
    this.out.reset(capacity);
    this.#prefix = prefix;
    this.#settings = settings;
    this.#width = fragment(`" width="${num(settings.boxWidth)}`);
    return this;
  }

  /** The document; nothing of it is kept for the next one but the (bounded) buffer. */
  end(): string {
    const svg = this.out.toString();
    this.out.shrink(MAX_KEPT_BUFFER);
    this.#tiers.clear();
    this.#levels.clear();
    this.#texts.clear();
    this.#styles.clear();
    this.#tier = undefined;
    this.groupOpening = undefined;
    return svg;
  }

  #tierFragments(tier: Tier): TierFragments {
    let t = this.#tiers.get(tier);
    if (t === undefined) {
      const { fill, stroke } = this.#settings.colors[tier];
      const group = `<g class="result tier-${escapeAttribute(tier)}`;
      t = {
        group: fragment(`${group}" id="${this.#prefix}-box-`),
        stackedGroup: fragment(`${group} stacked" id="${this.#prefix}-box-`),
        paint: fragment(`" rx="6" fill="${escapeAttribute(fill)}" stroke="${escapeAttribute(stroke)}" stroke-width="1.5"/>`),
        rule: fragment(`" stroke="${escapeAttribute(stroke)}" stroke-width="0.75" stroke-opacity="0.6"/>`),
        texts: new Map(),
      };
      this.#tiers.set(tier, t);
    }
    return t;
  }

  /** True when `t` has the style of the first block of its role (so its opening can be cached). */
  #usual(t: TextStyle, role: string): boolean {
    const style = this.#styles.get(role);
    if (style === undefined) {
      this.#styles.set(role, t);
      return true;
    }
    return style.fontSize === t.fontSize && style.fontWeight === t.fontWeight && style.anchor === t.anchor;
  }

  /** A text block of the heading or legend, positioned in the model. */
  headingText(t: LayoutText, className: string): void {
    const out = this.out;
    const key = `${className} ${t.fontSize} ${t.fontWeight} ${t.anchor} ${t.fill}`;
    let opening = this.#texts.get(key);
    if (opening === undefined) this.#texts.set(key, (opening = textOpening(t, className, t.fill)));
    out.raw(opening);
    for (const line of t.lines) {
      out.fragment(TSPAN_X);
      out.num(line.x);
      out.fragment(Y);
      out.num(line.y);
      out.fragment(TAG_END);
      out.text(line.text);
      out.fragment(TSPAN_END);
    }
    out.fragment(TEXT_END);
  }

  /** A text block of a box: its lines positioned as `textBlock` positions them in the model. */
  text(b: Block, x: number, top: number, fill: string): void {
    const out = this.out;
    const texts = this.#tier!.texts;
    // The fill of a role is the same in every box of a tier.
    const usual = this.#usual(b, b.role);
    let opening = usual ? texts.get(b.role) : undefined;
    if (opening === undefined) {
      opening = fragment(textOpening(b, b.role, fill));
      if (usual) texts.set(b.role, opening);
    }
    out.fragment(opening);
    const { text, lines } = b;
    // `<tspan x="…" y="` is the same for every line of the block: written once, then copied.
    let start = 0;
    let length = 0;
    for (let i = 0; i < lines.length; i += 2) {
      if (i === 0) {
        start = out.length;
        out.fragment(TSPAN_X);
        out.num(x);
        out.fragment(Y);
        length = out.length - start;
      } else out.repeat(start, length);
      out.num(lineBaseline(b, top, i / 2));
      out.fragment(TAG_END);
      out.text(text, lines[i], lines[i + 1]);
      out.fragment(TSPAN_END);
    }
    out.fragment(TEXT_END);
  }

  /** A rule across a box. */
  rule(x1: number, x2: number, y: number): void {
    const out = this.out;
    out.fragment(LINE_X1);
    out.num(x1);
    out.fragment(Y1);
    out.num(y);
    out.fragment(X2);
    out.num(x2);
    out.fragment(Y2);
    out.num(y);
    out.fragment(this.#tier!.rule);
  }

  box(b: PlacedBox): void {
    const out = this.out;
    const d = b.draft;
    const level = d.record.level;
    const tier = (this.#tier = this.#tierFragments(d.tier));
    out.fragment(b.stacked ? tier.stackedGroup : tier.group);
    out.attribute(b.id);
    out.fragment(DATA_ID);
    out.attribute(b.id);
    let levelFragment = this.#levels.get(level);
    if (levelFragment === undefined) this.#levels.set(level, (levelFragment = fragment(`" data-level="${escapeAttribute(level)}"><rect class="box" x="`)));
    out.fragment(levelFragment);
    out.num(b.x);
    out.fragment(Y);
    out.num(b.y);
    if (b.width === this.#settings.boxWidth) out.fragment(this.#width);
    else out.raw(`" width="${num(b.width)}`);
    out.fragment(HEIGHT);
    out.num(b.height);
    out.fragment(tier.paint);
    eachRule(d, b.x, b.y, this.#settings, this);
    eachText(d, b.x, b.y, this.#settings, this);
    out.fragment(G_END);
  }

  /** A connector's `<path>` (after the opening of its group, for the first one). */
  connector(from: string, to: string, path: Path): void {
    const out = this.out;
    if (this.groupOpening !== undefined) {
      out.raw(this.groupOpening);
      this.groupOpening = undefined;
    }
    out.fragment(PATH_D);
    for (let i = 0; i < path.length; i++) {
      out.fragment(i === 0 ? M : L);
      out.num(path.x(i));
      out.fragment(SPACE);
      out.num(path.y(i));
    }
    out.fragment(DATA_FROM);
    out.attribute(from);
    out.fragment(DATA_TO);
    out.attribute(to);
    out.fragment(EMPTY_END);
  }
}

/** Characters per result, roughly: the first guess of the buffer size. */
const CHARS_PER_BOX = 1400;

/** The largest buffer kept between documents (bigger ones are dropped when their document is done). */
const MAX_KEPT_BUFFER = 16 << 20;

/**
 * The writer is kept from one document to the next (a nested render, which cannot happen today,
 * would get a writer of its own). Why: a fresh megabyte-sized buffer per document costs page
 * faults and zeroing; and V8's optimised code for the serializer holds weak references to the
 * writer objects it was optimised with, so when a render's writer dies, the next full garbage
 * collection throws that code away and the following render runs unoptimised: about 40 ms
 * instead of 6 for 1,000 results.
 */
let idle: DocumentWriter | undefined;

/** Writes the SVG document of a placed cascade. */
export function serializeSvg(layout: Placement): string {
  const p = escapeAttribute(layout.idPrefix);
  const w = num(layout.width);
  const h = num(layout.height);
  const doc = (idle ?? new DocumentWriter()).begin(4096 + CHARS_PER_BOX * layout.boxes.length, p, layout.settings);
  idle = undefined;
  const out = doc.out;
  out.raw('<?xml version="1.0" encoding="UTF-8"?>\n');
  out.raw(`<svg${attributes({
      xmlns: 'http://www.w3.org/2000/svg',
      width: w,
      height: h,
      viewBox: `0 0 ${w} ${h}`,
      role: 'img',
      'aria-labelledby': `${layout.idPrefix}-title ${layout.idPrefix}-desc`,
      'font-family': layout.fontFamily,
    })}>\n`);
  out.raw(`<title id="${p}-title">${escapeText(layout.title)}</title>\n`);
  out.raw(`<desc id="${p}-desc">${escapeText(layout.description)}</desc>\n`);
  out.raw(`<defs><marker${attributes({ id: `${layout.idPrefix}-arrow`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' })}><path${attributes({ d: 'M0 0L10 5L0 10z', fill: layout.colors.crosscutting })}/></marker></defs>\n`);
  if (layout.colors.background !== 'none') out.raw(`<rect${attributes({ class: 'background', width: '100%', height: '100%', fill: layout.colors.background })}/>\n`);
  if (layout.heading.length > 0) {
    out.raw('<g class="heading">');
    for (const t of layout.heading) doc.headingText(t, t.role);
    out.raw('</g>\n');
  }
  if (layout.legend.length > 0) {
    out.raw('<g class="legend">');
    for (const item of layout.legend) {
      out.raw(`<g${attributes({ class: item.kind === 'tier' ? `legend-item tier-${item.tier}` : 'legend-item crosscutting' })}>`);
      if (item.kind === 'tier') {
        out.raw(`<rect${attributes({ x: item.x, y: item.y, width: item.width, height: item.height, rx: 3, fill: item.fill, stroke: item.stroke, 'stroke-width': 1.5 })}/>`);
      } else {
        const my = item.y + item.height / 2;
        out.raw(`<path${attributes({ d: `M${num(item.x)} ${num(my)}L${num(item.x + item.width)} ${num(my)}`, fill: 'none', stroke: item.stroke, 'stroke-width': 1.5, 'stroke-dasharray': '6 4', 'marker-end': `url(#${layout.idPrefix}-arrow)` })}/>`);
      }
      doc.headingText(item.label, 'legend-label');
      out.raw('</g>');
    }
    out.raw('</g>\n');
  }
  // Each group of connectors is opened at its first connector (none: no group).
  const connectors = (kind: 'primary' | 'crosscutting', opening: string): void => {
    doc.groupOpening = opening;
    eachConnector(layout, kind, doc);
    if (doc.groupOpening === undefined) out.raw('</g>\n');
    doc.groupOpening = undefined;
  };
  connectors('primary', `<g${attributes({ class: 'connectors', fill: 'none', stroke: layout.colors.connector, 'stroke-width': 1.5, 'stroke-linejoin': 'round' })}>`);
  out.raw('<g class="results">');
  for (const b of layout.boxes) doc.box(b);
  out.raw('</g>\n');
  connectors('crosscutting', `<g${attributes({ class: 'crosscutting', fill: 'none', stroke: layout.colors.crosscutting, 'stroke-width': 1.5, 'stroke-dasharray': '6 4', 'marker-end': `url(#${layout.idPrefix}-arrow)` })}>`);
  out.raw('</svg>\n');
  const svg = doc.end();
  idle = doc;
  return svg;
}
