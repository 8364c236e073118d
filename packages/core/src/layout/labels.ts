/**
 * Every label the diagram prints, in Bahasa Indonesia and English.
 *
 * @module
 */
import { TIER_LABELS, type Tier } from '../levels.js';
import { localize, type Locale } from '../renderer.js';

/** Prefix of an indicator line. */
export function indicatorPrefix(locale: Locale): string {
  return localize({ id: 'IK:', en: 'KPI:' }, locale);
}

/** Legend label of a tier (from core's `TIER_LABELS`). */
export function tierLabel(tier: Tier, locale: Locale): string {
  return localize(TIER_LABELS[tier], locale);
}

/** Legend label of the dashed crosscutting connector. */
export function crosscuttingLabel(locale: Locale): string {
  return localize({ id: 'Kontribusi lintas (crosscutting)', en: 'Crosscutting contribution' }, locale);
}

/** Legend label of the dotted connector of a crosscutting link still proposed. */
export function proposedLabel(locale: Locale): string {
  return localize(
    { id: 'Kontribusi lintas diusulkan (belum disetujui)', en: 'Crosscutting contribution proposed (not yet accepted)' },
    locale,
  );
}

/** The period as printed, e.g. `Periode 2025–2029`. */
export function periodLabel(start: number, end: number, locale: Locale): string {
  return localize({ id: `Periode ${start}–${end}`, en: `Period ${start}–${end}` }, locale);
}

/** `1 result`, `2 results`: English counts (Indonesian nouns do not change). */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The `<desc>` of the SVG: what the diagram shows, for screen readers. */
export function describe(
  title: string,
  counts: { results: number; indicators: number; levels: number; crosscutting: number },
  locale: Locale,
): string {
  const { results, indicators, levels, crosscutting } = counts;
  return localize(
    {
      id: `Pohon kinerja "${title}": ${results} kinerja pada ${levels} level, ${indicators} indikator kinerja, ${crosscutting} tautan crosscutting. Kotak disusun dari atas ke bawah, diwarnai menurut kelompok kinerja.`,
      en: `Performance tree "${title}": ${count(results, 'result')} on ${count(levels, 'level')}, ${count(indicators, 'performance indicator')}, ${count(crosscutting, 'crosscutting link')}. Boxes run top-down, coloured by tier.`,
    },
    locale,
  );
}
