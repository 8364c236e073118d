/**
 * The viewer's options and their resolution into settings, once, when a cascade is shown.
 *
 * @module
 */
import { UsageError, type AchievementReport, type Diagnostic, type Locale, type ResultRecord } from '@pokin/core';
import type { SvgOptions } from '@pokin/svg';

/**
 * Where the capaian (achievement, in percent of the target) of each result comes from: the report
 * of `achievement(cascade, { year })` from `@pokin/core` (each result's `percent`), a map or
 * record from result id to percent, or a function of the result. A result without a value shows
 * no capaian.
 */
export type CapaianSource =
  AchievementReport | ReadonlyMap<string, number> | Readonly<Record<string, number>> | ((result: ResultRecord) => number | undefined);

/** Options of the viewer (`mount()` and the `<pokin-tree>` element). Every field is optional. */
export interface ViewerOptions {
  /** Language of every word the viewer shows and of the review's messages. @default 'id' */
  readonly locale?: Locale;
  /**
   * How many levels show when a cascade is opened; deeper results are folded under a toggle.
   * `'auto'` shows everything for a tree of at most 150 results and 3 levels for a bigger one;
   * `Infinity` shows everything.
   * @default 'auto'
   */
  readonly collapseDepth?: number | 'auto';
  /**
   * The review findings shown as badges and in the detail panel: a list of diagnostics (from
   * `review()`, perhaps computed in a Worker or on a server for a big tree), `'review'` to run
   * `review(cascade, { locale })` right after the first paint, or `false` for none.
   * @default 'review'
   */
  readonly findings?: readonly Diagnostic[] | 'review' | false;
  /** Capaian per result, shown as a badge and in the detail panel. @default none */
  readonly capaian?: CapaianSource;
  /** Show the detail panel of the selected result. @default true */
  readonly panel?: boolean;
  /** Show the toolbar (search, zoom, fit, expand and collapse all, export). @default true */
  readonly toolbar?: boolean;
  /** Smallest zoom factor. @default 0.05 */
  readonly minZoom?: number;
  /** Largest zoom factor. @default 4 */
  readonly maxZoom?: number;
  /**
   * Options of the drawing, as for `renderSvg` of `@pokin/svg` (box width, font, colours, what
   * each box shows). `collapsed` and `idPrefix` are the viewer's own and ignored here.
   * @default `{}`
   */
  readonly layout?: Omit<SvgOptions, 'collapsed' | 'idPrefix' | 'locale'>;
}

/** {@link ViewerOptions} with every default applied. */
export interface ViewerSettings {
  readonly locale: Locale;
  readonly collapseDepth: number | 'auto';
  readonly findings: readonly Diagnostic[] | 'review' | false;
  readonly capaian: ((result: ResultRecord) => number | undefined) | undefined;
  readonly panel: boolean;
  readonly toolbar: boolean;
  readonly minZoom: number;
  readonly maxZoom: number;
  readonly layout: Omit<SvgOptions, 'collapsed' | 'idPrefix' | 'locale'>;
}

/** Trees bigger than this open folded to three levels under `collapseDepth: 'auto'`. */
export const AUTO_COLLAPSE_SIZE = 150;

function fail(message: string): never {
  throw new UsageError(`@pokin/viewer: ${message}`);
}

function capaianOf(source: CapaianSource | undefined): ViewerSettings['capaian'] {
  if (source === undefined) return undefined;
  if (typeof source === 'function') return source;
  if (source instanceof Map) {
    const map = source as ReadonlyMap<string, number>;
    return (r) => map.get(r.id);
  }
  if (typeof source === 'object' && source !== null && typeof (source as Partial<AchievementReport>).result === 'function') {
    const report = source as AchievementReport;
    return (r) => report.result(r.id)?.percent;
  }
  if (typeof source === 'object' && source !== null) {
    const record = source as Readonly<Record<string, number>>;
    return (r) => (Object.hasOwn(record, r.id) ? record[r.id] : undefined);
  }
  return fail('capaian must be a Map, a record of result id to percent, or a function');
}

/**
 * Applies the defaults to the viewer's options.
 *
 * @throws `UsageError` (from `@pokin/core`) on an unknown locale or a value of the wrong type.
 */
export function resolveViewerOptions(options: ViewerOptions = {}): ViewerSettings {
  const locale = options.locale ?? 'id';
  if (locale !== 'id' && locale !== 'en') fail(`locale must be "id" or "en", got ${JSON.stringify(locale)}`);
  const depth = options.collapseDepth ?? 'auto';
  if (depth !== 'auto' && (typeof depth !== 'number' || Number.isNaN(depth) || depth < 1))
    fail(`collapseDepth must be "auto" or a number of at least 1, got ${JSON.stringify(depth)}`);
  const findings = options.findings ?? 'review';
  if (findings !== 'review' && findings !== false && !Array.isArray(findings))
    fail('findings must be a list of diagnostics, "review" or false');
  const minZoom = options.minZoom ?? 0.05;
  const maxZoom = options.maxZoom ?? 4;
  if (!(minZoom > 0) || !(maxZoom >= minZoom)) fail(`minZoom and maxZoom must be positive, minZoom <= maxZoom`);
  return {
    locale,
    collapseDepth: depth,
    findings,
    capaian: capaianOf(options.capaian),
    panel: options.panel ?? true,
    toolbar: options.toolbar ?? true,
    minZoom,
    maxZoom,
    layout: options.layout ?? {},
  };
}
