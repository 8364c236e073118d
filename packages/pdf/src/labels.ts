/**
 * Every word the PDF adds to the document's own text, in Bahasa Indonesia (`id`) and English
 * (`en`), in one catalogue. Tests assert against this catalogue rather than copied strings.
 *
 * @module
 */
import { REVIEW_TABLE_LABELS, TIER_LABELS, localize, type Locale, type Tier } from '@pokin/core';

const label = (id: string, en: string) => Object.freeze({ id, en });

/** The catalogue of fixed words. */
export const LABELS = Object.freeze({
  untitled: label('Pohon kinerja', 'Performance tree'),
  coverKind: label('Pohon Kinerja dan Cascading Kinerja', 'Performance Tree and Cascading'),
  agency: label('Instansi', 'Agency'),
  agencyCode: label('Kode', 'Code'),
  period: label('Periode', 'Period'),
  date: label('Tanggal', 'Date'),
  legend: label('Kelompok kinerja', 'Performance tiers'),
  crosscuttingLegend: label('Kontribusi lintas (crosscutting)', 'Crosscutting contribution'),
  proposedLegend: label('Kontribusi lintas diusulkan (belum disetujui)', 'Crosscutting contribution proposed (not yet accepted)'),
  contents: label('Isi', 'Contents'),
  treeSection: label('Langkah 3: Pohon kinerja', 'Step 3: The performance tree'),
  contextSection: label('Langkah 1: Menetapkan outcome', 'Step 1: Setting the outcome'),
  csfSection: label('Langkah 2: Menetapkan CSF (critical success factor)', 'Step 2: Setting the critical success factors (CSF)'),
  worksheetSection: label('Langkah 4: Kinerja dan indikator kinerja', 'Step 4: The results and their performance indicators'),
  matrixSection: label('Matriks cascading kinerja', 'Cascading performance matrix'),
  reviewSection: label('Reviu pohon kinerja', 'Performance tree review'),
  mandate: label('Mandat', 'Mandate'),
  strategicIssues: label('Isu strategis', 'Strategic issues'),
  expectations: label('Ekspektasi masyarakat', 'Public expectations'),
  outcome: label('Outcome', 'Outcome'),
  number: label('No.', 'No.'),
  problem: label('Masalah', 'Problem'),
  desiredCondition: label('Kondisi yang diinginkan', 'Desired condition'),
  ik: label('IK:', 'KPI:'),
  ...REVIEW_TABLE_LABELS,
  continuedMark: label('(lanjutan)', '(continued)'),
  partOf: label('Bagian dari:', 'Part of:'),
  crosscuttingRefs: label('Kontribusi lintas ke halaman lain:', 'Crosscutting links to other pages:'),
  nip: label('NIP', 'NIP'),
  part: label('bagian', 'part'),
});

/** A key of {@link LABELS}. */
export type LabelKey = keyof typeof LABELS;

/** The text of a fixed label in a locale. */
export function t(key: LabelKey, locale: Locale): string {
  return localize(LABELS[key], locale);
}

/** `Halaman 3 dari 12` / `Page 3 of 12`. */
export function pageOf(n: number, total: number, locale: Locale): string {
  return localize({ id: `Halaman ${n} dari ${total}`, en: `Page ${n} of ${total}` }, locale);
}

/** The mark under a box whose branch continues on another page. */
export function continuesOn(page: number, locale: Locale): string {
  return localize({ id: `lanjutan di halaman ${page}`, en: `continued on page ${page}` }, locale);
}

/** The mark on the stub of a continued branch. */
export function continuedFrom(page: number, locale: Locale): string {
  return localize({ id: `lanjutan dari halaman ${page}`, en: `continued from page ${page}` }, locale);
}

/** A crosscutting link whose other end is on another page; `proposed` when it is not accepted yet (`diusulkan`). */
export function crosscuttingRef(from: string, to: string, page: number, locale: Locale, proposed = false): string {
  const mark = proposed ? localize({ id: ' (diusulkan)', en: ' (proposed)' }, locale) : '';
  return localize(
    { id: `${from} juga mendukung ${to}${mark} (hlm. ${page})`, en: `${from} also supports ${to}${mark} (p. ${page})` },
    locale,
  );
}

/** The period as printed. */
export function periodText(start: number, end: number, locale: Locale): string {
  return `${t('period', locale)} ${start}–${end}`;
}

/** Legend label of a tier (core's `TIER_LABELS`). */
export function tierLabel(tier: Tier, locale: Locale): string {
  return localize(TIER_LABELS[tier], locale);
}

const MONTHS = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** A date as written in letters: `5 Desember 2026` / `5 December 2026` (UTC). */
export function longDate(date: Date, locale: Locale): string {
  return `${date.getUTCDate()} ${MONTHS[locale][date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
