/**
 * The generator's options, resolved once with their defaults, and the id prefixes of a level scheme.
 *
 * @module
 */
import { LEVEL_PRESETS, TIERS, isLevelPresetName, type LevelPresetName, type LevelScheme, type Tier } from '../levels.js';
import type { Period } from '../schema.js';

/** Options of `generateDocument` and `generateCascade`. */
export interface GenerateOptions {
  /** Number of results to generate (at least 1). The document holds exactly this many. */
  readonly results: number;
  /**
   * Most children a result has through `parent`.
   * @default 5
   */
  readonly maxChildren?: number;
  /**
   * Indicators (IK) per result.
   * @default 2
   */
  readonly indicatorsPerResult?: number;
  /**
   * Fraction (0 to 1) of the non-root results that also contribute (`contributesTo`) to a result
   * in another branch, at their parent's level. Links always point upwards, so no cycle arises.
   * @default 0.02
   */
  readonly crosscutting?: number;
  /**
   * Seed of the pseudo-random generator: the same options give the same document.
   * @default 1
   */
  readonly seed?: number;
  /**
   * Level scheme: a preset name or a list of levels, top first. Leaves are always at the last
   * level; optional levels are used now and then (see `optionalLevels`).
   * @default 'permenpan-89'
   */
  readonly levels?: LevelPresetName | LevelScheme;
  /**
   * Probability that a result's children go through an optional level just below it (such as
   * `outcome` in `permenpan-89`) instead of skipping it.
   * @default 0.1
   */
  readonly optionalLevels?: number;
  /**
   * Most results under one root (one agency tree). More results make more roots.
   * @default 1000
   */
  readonly maxResultsPerRoot?: number;
  /**
   * Planning period: targets are set for every year of it, baselines the year before.
   * @default { start: 2025, end: 2029 }
   */
  readonly period?: Period;
  /**
   * Title of the document.
   * @default 'Pohon Kinerja Sintetis (N hasil, seed S)'
   */
  readonly title?: string;
  /**
   * Whether to add the optional keys of the second round: a document `id` and `signatory`,
   * crosscutting statuses, `previous`, owners with a position type, name and NIP, quarterly
   * realisations of the first year with notes, the IKU flag and the indicator manual. Off by
   * default, so the default documents are the version-1 documents older readers take.
   * @default false
   */
  readonly extended?: boolean;
}

/** The options resolved once, with their defaults. */
export interface Settings {
  /** Number of results. */
  readonly n: number;
  /** Most primary children per result. */
  readonly m: number;
  /** Indicators per result. */
  readonly indicators: number;
  /** Probability of a crosscutting link per non-root result. */
  readonly crosscutting: number;
  /** Probability of going through an optional level. */
  readonly optional: number;
  /** Most results per root. */
  readonly perRoot: number;
  /** Planning period. */
  readonly period: Period;
  /** Resolved level scheme. */
  readonly scheme: LevelScheme;
}

/** Index of a tier, 0 (strategis) to 3 (operasional). */
export const tierIndex = (t: Tier): number => TIERS.indexOf(t);

/** Id prefixes of the permenpan-89 levels; other schemes use the initials of the key. */
const PREFIXES: Readonly<Record<string, string>> = Object.freeze({
  goal: 'G',
  'ultimate-outcome': 'UO',
  'intermediate-outcome': 'IO',
  'immediate-outcome': 'IM',
  outcome: 'OC',
  output: 'OP',
});

/** One id prefix per level, distinct within the scheme. */
export function prefixes(scheme: LevelScheme): string[] {
  const out: string[] = [];
  const used = new Set<string>();
  scheme.forEach((l, i) => {
    let p =
      PREFIXES[l.key] ??
      l.key
        .split(/[-_.]/)
        .map((w) => w.charAt(0).toUpperCase())
        .join('');
    if (p === '' || used.has(p)) p = `${p}L${i}`;
    used.add(p);
    out.push(p);
  });
  return out;
}

/** Checks the options and applies the defaults; throws a `RangeError` on impossible values. */
export function resolveSettings(options: GenerateOptions): Settings {
  const n = Math.floor(options.results);
  if (!(n >= 1)) throw new RangeError(`@pokin/core generateDocument: results must be at least 1, got ${String(options.results)}`);
  const m = Math.floor(options.maxChildren ?? 5);
  if (!(m >= 1)) throw new RangeError(`@pokin/core generateDocument: maxChildren must be at least 1, got ${String(options.maxChildren)}`);
  const spec = options.levels ?? 'permenpan-89';
  let scheme: LevelScheme;
  if (typeof spec === 'string') {
    if (!isLevelPresetName(spec)) throw new RangeError(`@pokin/core generateDocument: unknown level scheme "${String(spec)}"`);
    scheme = LEVEL_PRESETS[spec];
  } else scheme = spec;
  if (scheme.length === 0) throw new RangeError('@pokin/core generateDocument: the level scheme is empty');
  const period = options.period ?? { start: 2025, end: 2029 };
  return {
    n,
    m,
    indicators: Math.max(0, Math.floor(options.indicatorsPerResult ?? 2)),
    crosscutting: Math.min(1, Math.max(0, options.crosscutting ?? 0.02)),
    optional: Math.min(1, Math.max(0, options.optionalLevels ?? 0.1)),
    perRoot: Math.max(1, Math.floor(options.maxResultsPerRoot ?? 1000)),
    period,
    scheme,
  };
}
