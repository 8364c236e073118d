/**
 * The catalogue's words of the `pokin diff` text report (its help is in `help/diff.ts`).
 *
 * @module
 */
import { t } from './text.js';

/** Every word of the `pokin diff` text report, by name. */
export const diffReport = {
  heading: (from: string, to: string) => t(`Perubahan dari ${from} ke ${to}`, `Changes from ${from} to ${to}`),
  counts: (oldN: number, newN: number, previous: number, id: number, statement: number) =>
    t(
      `${oldN} \u2192 ${newN} kinerja; dicocokkan: ${previous} menurut previous, ${id} menurut id, ${statement} menurut rumusan mirip`,
      `${oldN} \u2192 ${newN} results; matched: ${previous} by previous, ${id} by id, ${statement} by a similar statement`,
    ),
  /** A `previous` of the new version that names no result of the old one (stderr). */
  danglingPrevious: (id: string, previous: string) =>
    t(
      `peringatan: ${id} menyebut previous: ${previous}, yang tidak ada dalam versi lama; kinerja ini dicocokkan menurut id atau rumusan, bila ada. Periksa rujukannya`,
      `warning: ${id} names previous: ${previous}, which is not in the old version; the result is matched by id or statement, if at all. Check the reference`,
    ),
  none: t('Tidak ada perubahan.', 'No changes.'),
  parent: t('induk', 'parent'),
  root: t('(akar)', '(root)'),
  ik: t('IK', 'indicator'),
  /** Before the target of a crosscutting link (`ke pemda-2026#S2`). */
  linkTo: t('ke', 'to'),
  empty: t('(kosong)', '(none)'),
  total: t('Jumlah', 'Total'),
  /**
   * The header of `--format csv`, by column: Indonesian headings (the HTML report's words) for
   * people, and in English the column's stable snake_case name, which scripts read (docs/diff.md).
   */
  columns: {
    kind: t('Perubahan', 'kind'),
    old_id: t('Id lama', 'old_id'),
    new_id: t('Id baru', 'new_id'),
    matched_by: t('Dicocokkan', 'matched_by'),
    level: t('Level', 'level'),
    tier: t('Jenjang', 'tier'),
    statement: t('Kinerja', 'statement'),
    indicator: t('Indikator kinerja (IK)', 'indicator'),
    field: t('Bagian', 'field'),
    year: t('Tahun', 'year'),
    link: t('Kontribusi lintas', 'link'),
    from: t('Sebelum', 'from'),
    to: t('Sesudah', 'to'),
  },
};
