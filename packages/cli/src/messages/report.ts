/**
 * The catalogue's report words: the review's header, groups and summary, severities, `stats`,
 * what `render` and `init` say they wrote, and the place of a problem in a file.
 *
 * @module
 */
import { t, type Text } from './text.js';

type Severity = 'error' | 'warning' | 'info';

const SEVERITY: Readonly<Record<Severity, Text>> = {
  error: t('kesalahan', 'error'),
  warning: t('peringatan', 'warning'),
  info: t('catatan', 'info'),
};
const SEVERITIES: Readonly<Record<Severity, Text>> = {
  error: t('kesalahan', 'errors'),
  warning: t('peringatan', 'warnings'),
  info: t('catatan', 'infos'),
};

/** `1 file` / `2 files`; Indonesian nouns do not change in the plural. */
const count = (n: number, id: string, one: string, many: string): Text => t(`${n} ${id}`, `${n} ${n === 1 ? one : many}`);

/** Every report text, by name. */
export const report = {
  // ---- review
  severity: (s: Severity) => SEVERITY[s],
  severityCount: (s: Severity, n: number) => t(`${n} ${SEVERITIES[s].id}`, `${n} ${n === 1 ? SEVERITY[s].en : SEVERITIES[s].en}`),
  results: (n: number) => count(n, 'kinerja', 'result', 'results'),
  files: (n: number) => count(n, 'berkas', 'file', 'files'),
  document: () => t('(dokumen)', '(document)'),
  /** The tag of a finding on an indicator without an id: its place among its result's (`[IK 2]`). */
  indicatorTag: (n: number) => t(`IK ${n}`, `indicator ${n}`),
  noFindings: () => t('tidak ada temuan', 'no findings'),
  /** `in 2 files (31 results)`. */
  scope: (files: number, results: number) => {
    const f = report.files(files);
    const r = report.results(results);
    return t(`dalam ${f.id} (${r.id})`, `in ${f.en} (${r.en})`);
  },
  unreadable: (n: number) => t(`${n} berkas tidak dapat dibaca`, `${report.files(n).en} could not be read`),
  /** `pokin.csv row 5`. */
  row: (file: string, row: number) => t(`${file} baris ${row}`, `${file} row ${row}`),
  /** `report` of a year some indicators have realised only in part. */
  partialYear: (n: number, year: string) =>
    t(
      `catatan: realisasi ${n} IK tahun ${year} belum sampai akhir tahun (triwulan atau bulan terakhirnya sebelum Desember); capaiannya dihitung dari periode yang ada. Sebut tanggal datanya dengan --as-of, atau lengkapi realisasinya`,
      `note: the ${year} realisation of ${n} indicator${n === 1 ? '' : 's'} stops before the year's end (its last quarter or month is before December); its capaian is measured from the periods written. Name the day of the data with --as-of, or complete the realisations`,
    ),

  // ---- the place of an input problem
  placeRow: (row: number) => t(`baris ${row}`, `row ${row}`),
  /** A column without a header (a field beyond the last one) is named by its number. */
  placeColumn: (name: string, column?: number) =>
    name === '' && column !== undefined
      ? t(`kolom ke-${column}`, `column ${column}`)
      : t(`kolom "${name}"${column === undefined ? '' : ` (${column})`}`, `column "${name}"${column === undefined ? '' : ` (${column})`}`),
  moreProblems: (n: number) => t(`... dan ${n} masalah lagi`, `... and ${n} more problem${n === 1 ? '' : 's'}`),

  // ---- stats
  stats: {
    level: () => t('level', 'level'),
    tier: () => t('jenjang', 'tier'),
    results: () => t('kinerja', 'results'),
    ik: () => t('IK', 'IK'),
    perTier: () => t('per jenjang', 'per tier'),
    capaian: (year: string) => t(`capaian ${year}`, `achievement ${year}`),
    document: () => t('dokumen', 'document'),
    measured: (measured: number, total: number) => t(`${measured} dari ${total} IK terukur`, `${measured} of ${total} indicators measured`),
    /** The overview's capaian column when the files were measured in several years (each cell names its year). */
    capaianHead: () => t('capaian', 'achievement'),
    /** The overview's column of the indicators the capaian rests on. */
    measuredHead: () => t('IK terukur', 'measured'),
    /** A cell of that column: the measured indicators of all. */
    measuredOf: (measured: number, total: number) => t(`${measured} dari ${total} IK`, `${measured} of ${total} indicators`),
    owners: () => t('berpemilik', 'with owner'),
    indicators: () => t('indikator (IK)', 'indicators (IK)'),
    withoutIk: () => t('tanpa IK', 'without an IK'),
    depth: () => t('kedalaman', 'depth'),
    leaves: () => t('ujung', 'leaves'),
    roots: () => t('akar', 'roots'),
    crosscutting: () => t('kaitan lintas', 'crosscutting links'),
    more: (n: number) => t(`... (${n} lagi)`, `... (${n} more)`),
    file: () => t('berkas', 'file'),
    noIk: () => t('tanpa IK', 'no IK'),
    crosscut: () => t('lintas', 'crosscut'),
    error: (message: string) => t(`kesalahan: ${message}`, `error: ${message}`),
    /** A tier by its key (`strategis`, `urusan`, `taktis`, `operasional`): the file format's names, in both languages. */
    tierName: (tier: string) => t(tier, tier),
  },

  // ---- render and init
  wrote: (files: readonly string[]) => t(`ditulis: ${files.join(', ')}`, `wrote ${files.join(', ')}`),
  pngScaled: (scale: number, maxScale: number, limit: Text) =>
    t(
      `pokin: catatan: pohon terlalu besar untuk PNG pada skala ${scale}; digambar pada skala ${maxScale} agar tetap dalam ${limit.id} (--max-png-pixels)`,
      `pokin: note: the tree is too large for a PNG at scale ${scale}; drawn at scale ${maxScale} to stay within ${limit.en} (--max-png-pixels)`,
    ),
  /** What to do after `init`: open the file (in Excel for a CSV), then review it (`extra`: flags it needs, e.g. `--levels renstra`). */
  initAgency: (name: string) =>
    t(
      `Catatan: nama perangkat daerah ditulis "${name}" sebagai contoh, di lembar yang tidak tampil di Excel; nama itu tercetak pada Perjanjian Kinerja dan laporan: buat ulang dengan --agency "Nama Dinas" (dan --period) untuk menuliskan nama sebenarnya.`,
      `Note: the agency is named "${name}" as a sample, in a part the worksheet does not show; the name is printed on the performance agreements (PK) and reports: make it again with --agency "Agency name" (and --period) to write the real name.`,
    ),
  initNext: (file: string, csv: boolean, extra = '') =>
    t(
      `Langkah berikutnya: buka ${file} di ${csv ? 'Excel' : 'VS Code'}, ganti isian contoh, lalu jalankan: pokin review ${file}${extra}`,
      `Next: open ${file} in ${csv ? 'Excel' : 'VS Code'}, replace the sample entries, then run: pokin review ${file}${extra}`,
    ),
} as const;
