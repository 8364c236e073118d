/**
 * The help texts of `pokin pk`: its description, arguments, options and the notes and examples
 * after them.
 *
 * @module
 */
import { t } from '../text.js';
import { afterHelp } from './common.js';

/** The help texts of `pokin pk`. */
export const pkHelp = {
  description: t(
    'Lampiran Perjanjian Kinerja per jabatan dan tahun (Langkah 5), atau peta cascading per jabatan (--peta).',
    'Performance Agreement annexes per position and year (step 5 of PermenPAN-RB 89/2021), or the cascading map by position (--peta).',
  ),
  files: t(
    'berkas pohon kinerja, atau folder workspace (pohon Pemda dan perangkat daerah)',
    "a tree file, or a workspace folder (the Pemda's and the agencies' trees)",
  ),
  to: t(
    'format keluaran: html, pdf atau xlsx; bawaan: dari akhiran -o, selain itu html',
    'output format: html, pdf or xlsx; default: from the -o extension, else html',
  ),
  year: t('tahun perjanjian; bawaan: tahun pertama periode dokumen', 'year of the agreement; default: the first year of the period'),
  position: t(
    'hanya jabatan yang nama, unit atau pejabatnya memuat teks ini',
    'only positions whose title, unit or official contains this text',
  ),
  peta: t('cetak peta cascading per jabatan, bukan Perjanjian Kinerja', 'print the cascading map by position instead of the agreements'),
  output: t('tulis ke berkas ini, bukan ke layar', 'write to this file instead of the screen'),
  after: afterHelp(
    t(
      `Setiap kinerja dan IK dengan penanggung jawab (owner: jabatan, jenis jabatan, nama, NIP) masuk ke
lampiran jabatannya; Pihak Kedua adalah pemilik kinerja induk terdekat yang dimiliki jabatan lain.
Tempat dan tanggal diambil dari signatory dokumen.`,
      `Every result and indicator with an owner (position, position type, name, NIP) goes into its
position's annex; the second party is the owner of the nearest parent owned by another position.
Place and date come from the document's signatory.`,
    ),
    [
      'pokin pk pokin.yaml --year 2026 -o pk-2026.html',
      'pokin pk pohon/ --position "Kepala Dinas" -o pk-kadis.html',
      'pokin pk pokin.yaml --peta -o peta-cascading.html',
      'pokin pk pohon/ --peta -o peta-cascading.pdf',
      'pokin pk pohon/ --year 2026 -o pk-2026.xlsx',
    ],
    { 'pohon/': 'trees/', 'pk-kadis': 'pk-head', 'peta-cascading': 'cascading-map' },
  ),
} as const;
