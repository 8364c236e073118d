/**
 * Every word the viewer shows, in Bahasa Indonesia (the default) and English: one catalogue, so a
 * test can check that both languages have every entry.
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

const ID: ViewerWords = {
  toolbar: 'Alat pohon kinerja',
  search: 'Cari kinerja',
  searchPlaceholder: 'Cari pernyataan, IK atau kode…',
  matches: (count, at) => `${at} dari ${count} hasil`,
  noMatch: 'Tidak ditemukan',
  zoomIn: 'Perbesar',
  zoomOut: 'Perkecil',
  fit: 'Paskan ke layar',
  expandAll: 'Buka semua',
  collapseAll: 'Tutup semua',
  exportSvg: 'Unduh SVG',
  exportPng: 'Unduh PNG',
  panel: 'Rincian kinerja',
  noSelection: 'Pilih sebuah kotak untuk melihat rinciannya.',
  close: 'Tutup rincian',
  id: 'Kode',
  level: 'Level',
  indicators: 'Indikator kinerja (IK)',
  noIndicators: 'Belum ada indikator kinerja.',
  unit: 'Satuan',
  baseline: 'Kondisi awal',
  targets: 'Target',
  owner: 'Penanggung jawab',
  budget: 'Kode anggaran',
  program: 'Program',
  activity: 'Kegiatan',
  subActivity: 'Sub kegiatan',
  findings: 'Temuan reviu',
  noFindings: 'Tidak ada temuan.',
  capaian: 'Capaian',
  contributesTo: 'Mendukung juga (crosscutting)',
  supportedBy: 'Didukung secara crosscutting oleh',
  notes: 'Catatan',
  parent: 'Kinerja induk',
  children: (n) => `${n} kinerja di bawahnya`,
  hidden: (n) => `${n} kinerja tersembunyi`,
  severity: { error: 'kesalahan', warning: 'peringatan', info: 'catatan' },
  findingsBadge: (n) => `${n} temuan`,
  capaianBadge: (p) => `capaian ${p}%`,
  help: 'Panah atas/bawah: pindah; kanan/kiri: buka/tutup; Enter: pilih; + dan −: perbesar/perkecil; 0: paskan.',
};

const EN: ViewerWords = {
  toolbar: 'Performance tree tools',
  search: 'Search results',
  searchPlaceholder: 'Search statements, indicators or ids…',
  matches: (count, at) => `${at} of ${count} matches`,
  noMatch: 'Not found',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit to screen',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  exportSvg: 'Download SVG',
  exportPng: 'Download PNG',
  panel: 'Result details',
  noSelection: 'Select a box to see its details.',
  close: 'Close details',
  id: 'Id',
  level: 'Level',
  indicators: 'Performance indicators (IK)',
  noIndicators: 'No indicators yet.',
  unit: 'Unit',
  baseline: 'Baseline',
  targets: 'Targets',
  owner: 'Owner',
  budget: 'Budget codes',
  program: 'Program',
  activity: 'Activity',
  subActivity: 'Sub-activity',
  findings: 'Review findings',
  noFindings: 'No findings.',
  capaian: 'Achievement (capaian)',
  contributesTo: 'Also supports (crosscutting)',
  supportedBy: 'Supported across the tree by',
  notes: 'Notes',
  parent: 'Parent result',
  children: (n) => `${n} results below`,
  hidden: (n) => `${n} hidden results`,
  severity: { error: 'error', warning: 'warning', info: 'info' },
  findingsBadge: (n) => `${n} finding${n === 1 ? '' : 's'}`,
  capaianBadge: (p) => `achievement ${p}%`,
  help: 'Up/down arrows: move; right/left: expand/collapse; Enter: select; + and −: zoom; 0: fit.',
};

/** The viewer's words in a locale. */
export const wordsFor = (locale: Locale): ViewerWords => (locale === 'en' ? EN : ID);
