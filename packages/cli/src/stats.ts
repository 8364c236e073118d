/**
 * The numbers `pokin stats` prints: a pure function of a cascade.
 *
 * @module
 */
import { TIERS, ownerCoverage, type Cascade, type OwnerCoverage, type Tier } from '@pokin/core';

/** Counts for one level of the scheme. */
export interface LevelStats {
  /** Level key. */
  readonly key: string;
  /** Label in Bahasa Indonesia. */
  readonly label: string;
  /** Tier the level belongs to. */
  readonly tier: Tier;
  /** Results at this level. */
  readonly results: number;
  /** Indicators of the results at this level. */
  readonly indicators: number;
}

/** What `pokin stats` reports for one cascade. */
export interface CascadeStats {
  /** Title of the tree. */
  readonly title: string;
  /** Agency name, or null. */
  readonly agency: string | null;
  /** Number of results. */
  readonly results: number;
  /** Number of indicators (IK). */
  readonly indicators: number;
  /** Results per level, in scheme order (every level of the scheme, zero counts included). */
  readonly levels: readonly LevelStats[];
  /** Results per tier. */
  readonly tiers: Readonly<Record<Tier, number>>;
  /** Ids of the results without an indicator, in document order. */
  readonly withoutIndicator: readonly string[];
  /** Number of results in the longest root-to-leaf chain of the primary tree (1 for a lone root). */
  readonly depth: number;
  /** Results without children. */
  readonly leaves: number;
  /** Results without a parent. */
  readonly roots: number;
  /** Crosscutting links (`contributesTo` entries). */
  readonly crosscuttingLinks: number;
  /** Results with and without an owner (on the result or one of its indicators), per tier (Langkah 5). */
  readonly owners: OwnerCoverage;
}

/** Computes the statistics of a cascade. Linear in its size. */
export function computeStats(cascade: Cascade): CascadeStats {
  const perLevel = new Map<string, { results: number; indicators: number }>();
  for (const l of cascade.levels) perLevel.set(l.key, { results: 0, indicators: 0 });
  const tiers = Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>;
  const withoutIndicator: string[] = [];
  let indicators = 0;
  let crosscuttingLinks = 0;
  let roots = 0;
  for (const r of cascade.results()) {
    const c = perLevel.get(r.level)!;
    c.results++;
    c.indicators += r.indicators.length;
    indicators += r.indicators.length;
    if (r.indicators.length === 0) withoutIndicator.push(r.id);
    // Every entry, to this document or to another (`pemda-2026#S4`): those are the links across agencies.
    crosscuttingLinks += r.contributions.length;
    if (r.parent === null) roots++;
  }
  const levels = cascade.levels.map((l) => {
    const c = perLevel.get(l.key)!;
    tiers[l.tier] += c.results;
    return { key: l.key, label: l.label.id, tier: l.tier, results: c.results, indicators: c.indicators };
  });
  let depth = 0;
  cascade.walk((_, info) => {
    if (info.depth + 1 > depth) depth = info.depth + 1;
  });
  return {
    title: cascade.title,
    agency: cascade.agency?.name ?? null,
    results: cascade.size,
    indicators,
    levels,
    tiers,
    withoutIndicator,
    depth,
    leaves: cascade.leaves().length,
    roots,
    crosscuttingLinks,
    owners: ownerCoverage(cascade),
  };
}
