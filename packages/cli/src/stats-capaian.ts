/**
 * The capaian part of `pokin stats`: the achievement per tier and for the document, for one year
 * (`--year`, default the latest year with realisations), when the document holds realisations.
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

/** The latest year some indicator has realisations for; undefined when none has. */
export function latestRealisationYear(cascade: Cascade): string | undefined {
  let latest: string | undefined;
  for (const r of cascade.results())
    for (const ind of r.indicators)
      for (const year in ind.realisations ?? {}) if (latest === undefined || Number(year) > Number(latest)) latest = year;
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
