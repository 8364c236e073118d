/**
 * The capaian part of `pokin stats`: the achievement per tier and for the document, for one year
 * (`--year`, default the latest year of the period with a realisation and its target), when the document holds realisations.
 *
 * @module
 */
import { achievement, TIERS, type Cascade, type Tier } from '@pokin/core';

/** The capaian of a year, per tier and for the document (percent, `null` when nothing was measured). */
export interface CapaianStats {
  readonly year: string;
  readonly tiers: Readonly<Record<Tier, number | null>>;
  readonly document: number | null;
  /** Indicators with a capaian, and all indicators. */
  readonly measuredIndicators: number;
  readonly indicators: number;
}

/** The latest year of the period some indicator has a realisation and its target for; undefined when none has. */
export function latestRealisationYear(cascade: Cascade): string | undefined {
  // A year that can be measured: a realisation with its target, within the plan's period (a stray
  // realisation of 2031 in a 2025-2029 plan would otherwise show a year with nothing measured).
  const span = cascade.period;
  let latest: string | undefined;
  for (const r of cascade.results())
    for (const ind of r.indicators)
      for (const year in ind.realisations ?? {}) {
        const y = Number(year);
        if (span !== undefined && (y < span.start || y > span.end)) continue;
        if (ind.targets?.[year] === undefined) continue;
        if (latest === undefined || y > Number(latest)) latest = year;
      }
  return latest;
}

const round = (p: number | undefined): number | null => (p === undefined ? null : Math.round(p * 100) / 100);

/** The capaian of `year` (default: the latest with realisations); null when the document has no realisations and no year was asked. */
export function capaianStats(cascade: Cascade, year?: string): CapaianStats | null {
  const y = year ?? latestRealisationYear(cascade);
  if (y === undefined) return null;
  const report = achievement(cascade, { year: y });
  const tiers = Object.fromEntries(TIERS.map((t) => [t, null])) as Record<Tier, number | null>;
  for (const t of report.tiers) tiers[t.tier] = round(t.percent);
  return {
    year: report.year,
    tiers,
    document: round(report.document.percent),
    measuredIndicators: report.document.measuredIndicators,
    indicators: report.document.indicators,
  };
}
