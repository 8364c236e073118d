/**
 * Every word the viewer shows, in Bahasa Indonesia (the default) and English: one catalogue with
 * both languages side by side, so no entry lacks a translation.
 *
 * @module
 */
import type { Locale } from '@pokin/core';

/** The viewer's words in one language. */
export interface ViewerWords {
  readonly toolbar: string;
  readonly search: string;
  readonly searchPlaceholder: string;
  readonly matches: (count: number, at: number) => string;
  readonly noMatch: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly fit: string;
  readonly expandAll: string;
  readonly collapseAll: string;
  readonly exportSvg: string;
  readonly exportPng: string;
  readonly panel: string;
  readonly noSelection: string;
  readonly close: string;
  readonly id: string;
  readonly level: string;
  readonly indicators: string;
  readonly noIndicators: string;
  readonly unit: string;
  readonly baseline: string;
  readonly targets: string;
  readonly owner: string;
  readonly budget: string;
  readonly program: string;
  readonly activity: string;
  readonly subActivity: string;
  readonly findings: string;
  readonly noFindings: string;
  readonly capaian: string;
  readonly contributesTo: string;
  readonly supportedBy: string;
  readonly notes: string;
  readonly parent: string;
  readonly children: (count: number) => string;
  readonly hidden: (count: number) => string;
  readonly severity: Readonly<Record<'error' | 'warning' | 'info', string>>;
  readonly findingsBadge: (count: number) => string;
  readonly capaianBadge: (percent: string) => string;
  readonly help: string;
}

/** Each entry as `[Bahasa Indonesia, English]`. */
const CATALOGUE: { readonly [K in keyof ViewerWords]: readonly [ViewerWords[K], ViewerWords[K]] } = {
  toolbar: ['Alat pohon kinerja', 'Performance tree tools'],
  search: ['Cari kinerja', 'Search results'],
  searchPlaceholder: ['Cari pernyataan, IK atau kode…', 'Search statements, indicators or ids…'],
  matches: [(count, at) => `${at} dari ${count} hasil`, (count, at) => `${at} of ${count} matches`],
  noMatch: ['Tidak ditemukan', 'Not found'],
  zoomIn: ['Perbesar', 'Zoom in'],
  zoomOut: ['Perkecil', 'Zoom out'],
  fit: ['Paskan ke layar', 'Fit to screen'],
  expandAll: ['Buka semua', 'Expand all'],
  collapseAll: ['Tutup semua', 'Collapse all'],
  exportSvg: ['Unduh SVG', 'Download SVG'],
  exportPng: ['Unduh PNG', 'Download PNG'],
  panel: ['Rincian kinerja', 'Result details'],
  noSelection: ['Pilih sebuah kotak untuk melihat rinciannya.', 'Select a box to see its details.'],
  close: ['Tutup rincian', 'Close details'],
  id: ['Kode', 'Id'],
  level: ['Level', 'Level'],
  indicators: ['Indikator kinerja (IK)', 'Performance indicators (IK)'],
  noIndicators: ['Belum ada indikator kinerja.', 'No indicators yet.'],
  unit: ['Satuan', 'Unit'],
  baseline: ['Kondisi awal', 'Baseline'],
  targets: ['Target', 'Targets'],
  owner: ['Penanggung jawab', 'Owner'],
  budget: ['Kode anggaran', 'Budget codes'],
  program: ['Program', 'Program'],
  activity: ['Kegiatan', 'Activity'],
  subActivity: ['Sub kegiatan', 'Sub-activity'],
  findings: ['Temuan reviu', 'Review findings'],
  noFindings: ['Tidak ada temuan.', 'No findings.'],
  capaian: ['Capaian', 'Achievement (capaian)'],
  contributesTo: ['Mendukung juga (crosscutting)', 'Also supports (crosscutting)'],
  supportedBy: ['Didukung secara crosscutting oleh', 'Supported across the tree by'],
  notes: ['Catatan', 'Notes'],
  parent: ['Kinerja induk', 'Parent result'],
  children: [(n) => `${n} kinerja di bawahnya`, (n) => `${n} results below`],
  hidden: [(n) => `${n} kinerja tersembunyi`, (n) => `${n} hidden results`],
  severity: [
    { error: 'kesalahan', warning: 'peringatan', info: 'catatan' },
    { error: 'error', warning: 'warning', info: 'info' },
  ],
  findingsBadge: [(n) => `${n} temuan`, (n) => `${n} finding${n === 1 ? '' : 's'}`],
  capaianBadge: [(p) => `capaian ${p}%`, (p) => `achievement ${p}%`],
  help: [
    'Panah atas/bawah: pindah; kanan/kiri: buka/tutup; Enter: pilih; + dan −: perbesar/perkecil; 0: paskan.',
    'Up/down arrows: move; right/left: expand/collapse; Enter: select; + and −: zoom; 0: fit.',
  ],
};

/** The catalogue in one language. */
const pick = (i: 0 | 1): ViewerWords =>
  Object.fromEntries(Object.entries(CATALOGUE).map(([k, pair]) => [k, pair[i]])) as unknown as ViewerWords;

const ID = pick(0);
const EN = pick(1);

/** The viewer's words in a locale. */
export const wordsFor = (locale: Locale): ViewerWords => (locale === 'en' ? EN : ID);
