/**
 * Row models of the capaian tables that the HTML and PDF renderers share: the LKjIP table
 * (chapter III of the Laporan Kinerja: sasaran, IK, target, realisasi, capaian, the previous
 * year's realisation, the Renstra end target and the capaian against it, the factors) and the
 * quarterly monitoring table (*monev triwulan*).
 *
 * @module
 */
import type { Value } from '../schema.js';
import type { AchievementReport, IndicatorAchievement, PeriodKey, PeriodValue } from './types.js';
import { yearValueOf } from './periods.js';
import { valueText } from '../tables/value-text.js';

/** One row of the LKjIP table: one indicator, with its result on the first row of the result. */
export interface LkjipRow {
  /** The result (sasaran) id and statement; `rowspan` on the result's first row, 0 on the others. */
  readonly resultId: string;
  readonly sasaran: string;
  readonly rowspan: number;
  readonly indicator: IndicatorAchievement;
  /** Faktor pendukung, penghambat and upaya of the year, when written. */
  readonly supporting?: string;
  readonly inhibiting?: string;
  readonly followUp?: string;
}

/** The LKjIP rows of a report: every result with indicators, in document order; `only` keeps the results it accepts (e.g. by level). */
export function lkjipRows(report: AchievementReport, only: (resultId: string, level: string) => boolean = () => true): LkjipRow[] {
  const out: LkjipRow[] = [];
  for (const r of report.results) {
    if (r.indicators.length === 0 || !only(r.result.id, r.result.level)) continue;
    r.indicators.forEach((a, i) => {
      const note = a.indicator.realisationNotes?.[report.year];
      out.push({
        resultId: r.result.id,
        sasaran: r.result.statement,
        rowspan: i === 0 ? r.indicators.length : 0,
        indicator: a,
        ...(note?.supportingFactors === undefined ? {} : { supporting: note.supportingFactors }),
        ...(note?.inhibitingFactors === undefined ? {} : { inhibiting: note.inhibitingFactors }),
        ...(note?.followUp === undefined ? {} : { followUp: note.followUp }),
      });
    });
  }
  return out;
}

/** One row of the monitoring table: an indicator's target and its quarters. */
export interface MonevRow {
  readonly resultId: string;
  readonly sasaran: string;
  readonly rowspan: number;
  readonly indicator: IndicatorAchievement;
  /**
   * Realisation per quarter. Months fold into their quarter by the indicator's `yearValue`: the
   * quarter's last month written (`last`), their sum (`sum`) or their mean (`average`), so that the
   * quarters make the year's realisation the way its months do.
   */
  readonly quarters: readonly (Value | undefined)[];
}

/** The monitoring rows of a report, in document order. */
export function monevRows(report: AchievementReport): MonevRow[] {
  return lkjipRows(report).map((row) => {
    const byQuarter: PeriodValue[][] = [[], [], [], []];
    for (const p of row.indicator.periods) byQuarter[quarterOf(p.period)]!.push(p);
    const how = row.indicator.indicator.yearValue;
    const quarters = byQuarter.map((periods) => yearValueOf(periods, how));
    return { resultId: row.resultId, sasaran: row.sasaran, rowspan: row.rowspan, indicator: row.indicator, quarters };
  });
}

const quarterOf = (p: PeriodKey): number => (p.startsWith('q') ? Number(p.slice(1)) - 1 : Math.floor((Number(p.slice(1)) - 1) / 3));

/** A value as a table shows it: numbers with the Indonesian decimal comma (`9,5`) or the English point. */
export function formatValue(v: Value | undefined, locale: 'id' | 'en' = 'id'): string {
  // valueText's digits, rounded to two decimals for a report's columns.
  return valueText(typeof v === 'number' ? Math.round(v * 100) / 100 : v, locale);
}
