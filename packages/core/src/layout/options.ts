/**
 * The options of the tree layout (shared by the SVG, PDF and viewer renderers) and their
 * resolution into settings.
 *
 * @module
 */
import type { ResultRecord } from '../result.js';
import { optionChecks } from '../option-checks.js';
import type { Tier } from '../levels.js';
import type { Locale } from '../renderer.js';
import { DEFAULT_FONT_FAMILY, arimoMeasurer, type TextMeasurer } from './measure.js';

/** The colours of one tier's boxes. Any SVG paint value (`#1f5fa8`, `rgb(...)`, a name). */
export interface TierColors {
  /** Box background. */
  readonly fill: string;
  /** Box border and the level label. */
  readonly stroke: string;
}

/** Colours of the diagram; every field optional in {@link LayoutOptions.colors}. */
export interface LayoutColors {
  /** Boxes of Kinerja Strategis. @default `{ fill: '#fde8e7', stroke: '#b3261e' }` (red) */
  readonly strategis: TierColors;
  /** Boxes of Kinerja Urusan. @default `{ fill: '#fff3d6', stroke: '#9a6700' }` (amber) */
  readonly urusan: TierColors;
  /** Boxes of Kinerja Taktis. @default `{ fill: '#e3eefc', stroke: '#1f5fa8' }` (blue) */
  readonly taktis: TierColors;
  /** Boxes of Kinerja Operasional. @default `{ fill: '#e4f3e5', stroke: '#2e7d32' }` (green) */
  readonly operasional: TierColors;
  /** Text. @default '#1b1b1b' */
  readonly text: string;
  /** Parent-to-child connectors. @default '#5f6368' */
  readonly connector: string;
  /** Dashed crosscutting (`contributesTo`) connectors. @default '#7b3fa0' */
  readonly crosscutting: string;
  /** Page background; `'none'` for transparent. @default '#ffffff' */
  readonly background: string;
}

/** Spacing of the diagram in pixels; every field optional in {@link LayoutOptions.gaps}. */
export interface LayoutGaps {
  /** Horizontal gap between sibling boxes. @default 20 */
  readonly sibling: number;
  /** Horizontal gap between boxes of different parents. @default 36 */
  readonly subtree: number;
  /** Vertical gap between rows (where the connectors run). @default 44 */
  readonly level: number;
  /** Vertical gap between stacked leaf boxes. @default 12 */
  readonly stack: number;
  /** Indent of a stacked column, where its connector runs down. @default 22 */
  readonly stackIndent: number;
}

/** Options of {@link layoutCascade} (and of the renderers that draw its model, such as `renderSvg`). Every field is optional. */
export interface LayoutOptions {
  /** Language of the labels (tier legend, IK prefix, description). @default 'id' */
  readonly locale?: Locale;
  /** Draw the indicators (IK) under each statement. @default true */
  readonly showIndicators?: boolean;
  /** Draw the level label (e.g. "Immediate Outcome") at the top of each box. @default true */
  readonly showLevel?: boolean;
  /**
   * Stack the leaf results of one parent in a column under it instead of side by side, so a
   * parent with 20 outputs makes a tall column rather than a page 20 boxes wide. Applies when a
   * parent has two or more leaf children.
   * @default true
   */
  readonly stackLeaves?: boolean;
  /**
   * Most boxes in one stacked column of leaves: a longer stack wraps into columns side by side,
   * as evenly filled as they can be (a page of limited height, such as a printed poster).
   * @default Infinity (one column)
   */
  readonly maxStackRows?: number;
  /** Width of every result box in pixels (minimum 80). @default 220 */
  readonly boxWidth?: number;
  /** Inner padding of a box in pixels. @default 10 */
  readonly boxPadding?: number;
  /**
   * CSS font family list written on the `<svg>`. The default measurer measures Arimo, so name a
   * font with the same metrics first (Arimo, Arial, Liberation Sans), or pass a `measurer` that
   * measures your font.
   * @default "Arimo, Arial, 'Liberation Sans', Helvetica, sans-serif"
   */
  readonly fontFamily?: string;
  /** Font size of the statements in pixels (minimum 6); the other texts scale with it. @default 13 */
  readonly fontSize?: number;
  /** Colours per tier and of connectors, text and background (merged with the defaults). */
  readonly colors?: {
    readonly [K in keyof LayoutColors]?: LayoutColors[K] extends TierColors ? Partial<TierColors> : LayoutColors[K];
  };
  /** Margin around the drawing in pixels. @default 24 */
  readonly margin?: number;
  /** Spacing between boxes and rows (merged with the defaults). */
  readonly gaps?: Partial<LayoutGaps>;
  /** Measures text for wrapping. @default arimoMeasurer */
  readonly measurer?: TextMeasurer;
  /**
   * Heading drawn at the top and used in `<title>`; `false` draws no heading (`<title>` then still
   * holds the cascade's title).
   * @default the cascade's `title`
   */
  readonly title?: string | false;
  /** Draw the tier legend (and the crosscutting line, when there are crosscutting links). @default true */
  readonly showLegend?: boolean;
  /**
   * Prefix of the `id` attributes (`<prefix>-title`, `<prefix>-box-<result id>`, ...), so several
   * diagrams can be inlined in one HTML page. Characters outside `[A-Za-z0-9_-]` are dropped.
   * @default 'pokin'
   */
  readonly idPrefix?: string;
  /**
   * Results whose subtrees are folded: each is drawn, its descendants in the primary tree are not
   * (nor the connectors to them). An interactive viewer passes the results the reader collapsed;
   * a folded result with children keeps its place as a parent (it never joins a stacked column
   * of leaves). Ids that are not in the cascade are ignored.
   * @default none (the whole tree is drawn)
   */
  readonly collapsed?: Iterable<string>;
  /**
   * A line drawn at the bottom of a result's box, and the box's fill instead of its tier's (e.g.
   * the capaian, `Capaian 95,24 %`, coloured by its band). Return `undefined` for none.
   * @default none
   */
  readonly boxNote?: (result: ResultRecord) => BoxNote | undefined;
}

/** What {@link LayoutOptions.boxNote} adds to a box. */
export interface BoxNote {
  /** The line printed at the bottom of the box. */
  readonly text: string;
  /** Fill of the box instead of its tier's fill. */
  readonly fill?: string;
}

/** {@link LayoutOptions} with every default applied; what the layout and serializer read. */
export interface LayoutSettings {
  /** The package and function named in error messages, e.g. `@pokin/svg renderSvg`. */
  readonly caller: string;
  readonly locale: Locale;
  readonly showIndicators: boolean;
  readonly showLevel: boolean;
  readonly stackLeaves: boolean;
  readonly maxStackRows: number;
  readonly boxWidth: number;
  readonly boxPadding: number;
  readonly fontFamily: string;
  readonly fontSize: number;
  readonly colors: LayoutColors;
  readonly margin: number;
  readonly gaps: LayoutGaps;
  readonly measurer: TextMeasurer;
  readonly title: string | false | undefined;
  readonly showLegend: boolean;
  readonly idPrefix: string;
  readonly boxNote: ((result: ResultRecord) => BoxNote | undefined) | undefined;
  /** Results whose subtrees are folded (see {@link LayoutOptions.collapsed}). */
  readonly collapsed: ReadonlySet<string>;
}

/** The default colours. */
export const DEFAULT_COLORS: LayoutColors = Object.freeze({
  strategis: Object.freeze({ fill: '#fde8e7', stroke: '#b3261e' }),
  urusan: Object.freeze({ fill: '#fff3d6', stroke: '#9a6700' }),
  taktis: Object.freeze({ fill: '#e3eefc', stroke: '#1f5fa8' }),
  operasional: Object.freeze({ fill: '#e4f3e5', stroke: '#2e7d32' }),
  text: '#1b1b1b',
  connector: '#5f6368',
  crosscutting: '#7b3fa0',
  background: '#ffffff',
});

/** The default gaps. */
export const DEFAULT_GAPS: LayoutGaps = Object.freeze({ sibling: 20, subtree: 36, level: 44, stack: 12, stackIndent: 22 });

/** Throws a `UsageError` naming the caller. */
type Fail = (message: string) => never;

/**
 * A size option: undefined gives the default; a number below the option's minimum is raised to it
 * (a box narrower than 80 pixels cannot hold a word); anything else that is not a finite number of
 * at least 0 is a mistake and throws.
 */
function size(fail: Fail, name: string, v: number | undefined, fallback: number, min: number): number {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) fail(`${name} must be a finite number of at least 0, got ${String(v)}`);
  return Math.max(min, v);
}

function text(fail: Fail, name: string, value: string | undefined): void {
  if (value !== undefined && typeof value !== 'string') fail(`${name} must be a string, got ${JSON.stringify(value)}`);
}

/**
 * Applies the defaults to user options, once, at the entry of the renderer.
 *
 * @param options - the user's options.
 * @param caller - the package and function its error messages name (a renderer passes its own).
 * @throws `UsageError` (from `@pokin/core`) on a value of the wrong type, an unknown locale, or a
 * size that is not a finite number of at least 0. A size below its minimum is raised to it.
 */
export function resolveLayoutOptions(options: LayoutOptions = {}, caller = '@pokin/core layoutCascade'): LayoutSettings {
  const { fail, flag } = optionChecks(caller);
  const c = options.colors ?? {};
  // The colours are object literals, not copies of the frozen defaults: V8 keeps a literal's
  // shape, while the shape of a copy dies with the settings at a full garbage collection and
  // throws away the optimised layout code that read it.
  const tier = (t: Tier): TierColors => {
    const given = c[t] ?? {};
    text(fail, `colors.${t}.fill`, given.fill);
    text(fail, `colors.${t}.stroke`, given.stroke);
    const { fill, stroke } = { ...DEFAULT_COLORS[t], ...given };
    return { fill, stroke };
  };
  const other = (k: 'text' | 'connector' | 'crosscutting' | 'background'): string => {
    const v = c[k];
    text(fail, `colors.${k}`, v);
    return v ?? DEFAULT_COLORS[k];
  };
  const colors: LayoutColors = {
    strategis: tier('strategis'),
    urusan: tier('urusan'),
    taktis: tier('taktis'),
    operasional: tier('operasional'),
    text: other('text'),
    connector: other('connector'),
    crosscutting: other('crosscutting'),
    background: other('background'),
  };
  const g = options.gaps ?? {};
  const gaps: LayoutGaps = {
    sibling: size(fail, 'gaps.sibling', g.sibling, DEFAULT_GAPS.sibling, 0),
    subtree: size(fail, 'gaps.subtree', g.subtree, DEFAULT_GAPS.subtree, 0),
    level: size(fail, 'gaps.level', g.level, DEFAULT_GAPS.level, 8),
    stack: size(fail, 'gaps.stack', g.stack, DEFAULT_GAPS.stack, 0),
    stackIndent: size(fail, 'gaps.stackIndent', g.stackIndent, DEFAULT_GAPS.stackIndent, 6),
  };
  const locale = options.locale ?? 'id';
  if (locale !== 'id' && locale !== 'en') fail(`locale must be "id" or "en", got ${JSON.stringify(locale)}`);
  text(fail, 'fontFamily', options.fontFamily);
  text(fail, 'idPrefix', options.idPrefix);
  if (options.title !== undefined && options.title !== false) text(fail, 'title', options.title);
  if (options.measurer !== undefined && typeof options.measurer?.measure !== 'function')
    fail('measurer must be a TextMeasurer (an object with a measure function)');
  const collapsed = options.collapsed;
  if (collapsed !== undefined && (collapsed === null || typeof (collapsed as Partial<Iterable<string>>)[Symbol.iterator] !== 'function'))
    fail('collapsed must be an iterable of result ids (an array or a Set)');
  const idPrefix = (options.idPrefix ?? 'pokin').replace(/[^A-Za-z0-9_-]/g, '');
  return {
    caller,
    locale,
    showIndicators: flag('showIndicators', options.showIndicators, true),
    showLevel: flag('showLevel', options.showLevel, true),
    stackLeaves: flag('stackLeaves', options.stackLeaves, true),
    maxStackRows: options.maxStackRows === Infinity ? Infinity : Math.floor(size(fail, 'maxStackRows', options.maxStackRows, Infinity, 1)),
    boxWidth: size(fail, 'boxWidth', options.boxWidth, 220, 80),
    boxPadding: size(fail, 'boxPadding', options.boxPadding, 10, 2),
    fontFamily: options.fontFamily ?? DEFAULT_FONT_FAMILY,
    fontSize: size(fail, 'fontSize', options.fontSize, 13, 6),
    colors,
    margin: size(fail, 'margin', options.margin, 24, 0),
    gaps,
    measurer: options.measurer ?? arimoMeasurer,
    title: options.title,
    showLegend: flag('showLegend', options.showLegend, true),
    idPrefix: /^[A-Za-z_]/.test(idPrefix) ? idPrefix : `p${idPrefix}`,
    boxNote: typeof options.boxNote === 'function' ? options.boxNote : undefined,
    collapsed: new Set(collapsed ?? []),
  };
}
