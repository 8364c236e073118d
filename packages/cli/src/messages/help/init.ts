/**
 * The help texts of `pokin init`: its description, arguments, options and the notes and examples
 * after them.
 *
 * @module
 */
import { t } from '../text.js';
import { afterHelp } from './common.js';

/** The help texts of `pokin init`. */
export const initHelp = {
  description: t(
    'Buat berkas awal pohon kinerja untuk satu periode (YAML, CSV atau .xlsx), dalam Bahasa Indonesia.',
    'Write a starter performance tree file for a period (YAML, CSV or .xlsx), its samples in Indonesian.',
  ),
  file: t('berkas yang dibuat (bawaan: pokin.yaml)', 'the file to write (default: pokin.yaml)'),
  to: t(
    'format berkas: yaml, csv atau xlsx (bawaan: dari ekstensi berkas)',
    'file format: yaml, csv or xlsx (default: from the file extension)',
  ),
  levels: t('skema level: permenpan-89 (bawaan) atau renstra', 'level scheme: permenpan-89 (default) or renstra'),
  period: t(
    'periode renstra, misalnya 2025-2029 (bawaan: lima tahun mulai tahun depan)',
    'the plan period, e.g. 2025-2029 (default: five years from next year)',
  ),
  agency: t('nama instansi (bawaan: contoh yang perlu diganti)', 'name of the agency (default: a placeholder to replace)'),
  force: t('timpa berkas yang sudah ada', 'overwrite an existing file'),
  from: t(
    'mulai dari pohon periode lalu: setiap kinerja menyebut kinerja yang dilanjutkannya (previous); target dikosongkan (bawaan periode: sesudah periode lama)',
    "start from last period's tree: every result names the one it continues (previous); targets are left empty (default period: the one after the old)",
  ),
  after: afterHelp(
    t(
      `Berkas YAML dimulai dengan baris "# yaml-language-server: $schema=..." yang menunjuk skema di paket
yang terpasang, sehingga VS Code (ekstensi YAML) memberi saran dan pemeriksaan saat mengetik.
Berkas CSV berisi kolom target untuk setiap tahun periode.`,
      `The YAML file starts with a "# yaml-language-server: $schema=..." line pointing at the schema in
the installed package, so VS Code (YAML extension) completes and checks as you type. The CSV file
has a target column for each year of the period.`,
    ),
    [
      'pokin init pokin.yaml --period 2025-2029',
      'pokin init pokin.csv --levels renstra --period 2025-2029',
      'pokin init bkpsdm-2030.yaml --from bkpsdm-2025.yaml --period 2030-2034',
    ],
  ),
} as const;
