/**
 * Every label the renderer writes, in Bahasa Indonesia (`id`) and English (`en`), in one catalogue.
 * Tests assert against this catalogue rather than copied strings.
 *
 * @module
 */
import { REVIEW_TABLE_LABELS, localize } from '@pokin/core';
import type { Locale } from '@pokin/core';

/** A label in both languages. */
export interface Label {
  readonly id: string;
  readonly en: string;
}

const label = (id: string, en: string): Label => Object.freeze({ id, en });

/** The catalogue. */
export const LABELS = Object.freeze({
  untitled: label('Pohon kinerja', 'Performance tree'),
  period: label('Periode', 'Period'),
  agencyCode: label('Kode', 'Code'),

  contextCaption: label('Langkah 1: Menetapkan outcome', 'Step 1: Setting the outcome'),
  mandate: label('Mandat', 'Mandate'),
  strategicIssues: label('Isu strategis', 'Strategic issues'),
  expectations: label('Ekspektasi masyarakat', 'Public expectations'),
  outcome: label('Outcome', 'Outcome'),

  csfCaption: label('Langkah 2: Menetapkan CSF (critical success factor)', 'Step 2: Setting the critical success factors (CSF)'),
  problem: label('Masalah', 'Problem'),
  desiredCondition: label('Kondisi yang diinginkan', 'Desired condition'),
  linkedResult: label('Kinerja', 'Result'),

  worksheetCaption: label(
    'Langkah 4: Melengkapi kinerja yang ingin diwujudkan dengan indikator kinerja',
    'Step 4: The results to achieve, with their performance indicators',
  ),
  ik: label('IK:', 'KPI:'),
  crosscutting: label('lintas', 'crosscutting'),
  crosscuttingTitle: label(
    'Kinerja lintas: juga mendukung kinerja ini; uraiannya ada di bawah induk utamanya',
    'Crosscutting: also supports this result; its breakdown sits under its primary parent',
  ),
  continued: label('lanjutan', 'continued'),
  continuedTitle: label(
    'Lanjutan sel kinerja ini di atas: satu sel HTML merentang paling banyak 65.534 baris',
    "Continues this result's cell above: one HTML cell spans at most 65,534 rows",
  ),

  reviewCaption: label('Reviu pohon kinerja', 'Performance tree review'),
  ...REVIEW_TABLE_LABELS,
});

/** A label's key in {@link LABELS}. */
export type LabelKey = keyof typeof LABELS;

/** The text of a label in a locale. */
export function t(key: LabelKey, locale: Locale): string {
  return localize(LABELS[key], locale);
}
