/**
 * The help texts of `pokin render`: its description, arguments, options and the notes and examples
 * after them.
 *
 * @module
 */
import { t } from '../text.js';
import { EXIT_CODES } from './common.js';

/** The help texts of `pokin render`. */
export const renderHelp = {
  description: t(
    'Gambar satu pohon ke SVG, HTML, CSV, PNG, JSON atau YAML, atau sekaligus SVG, HTML, CSV, PNG, PDF dan XLSX.',
    'Render one tree to SVG, HTML, CSV, PNG, JSON or YAML, or all of SVG, HTML, CSV, PNG, PDF and XLSX.',
  ),
  file: t('berkas yang digambar ("-" untuk stdin)', 'the file to render ("-" for stdin)'),
  to: (formats: string) => t(`${formats} (bawaan: dari ekstensi -o)`, `${formats} (default: from the extension of -o)`),
  output: t(
    'berkas keluaran, atau folder (dengan --to all, atau diakhiri "/"); bawaan: layar (stdout)',
    'output file, or folder (with --to all, or ending in "/"); default: stdout',
  ),
  noIndicators: t('svg: jangan tampilkan indikator (IK) di dalam kotak', 'svg: leave the indicators (IK) out of the boxes'),
  noStackLeaves: t(
    'svg: susun output satu induk berdampingan, bukan bertumpuk',
    'svg: lay the outputs of one parent side by side, not in a column',
  ),
  boxWidth: t('svg: lebar kotak dalam piksel', 'svg: box width in pixels'),
  showOwner: t(
    'svg, png: tampilkan penanggung jawab (jabatan, unit kerja) di tiap kotak dan tandai kinerja milik instansi lain (garis putus-putus dan tulisan "Instansi lain")',
    'svg, png: print the owner (position, unit) in each box and mark results owned by another agency (dashed border and the words "Other agency")',
  ),
  csvShape: t(
    'csv: satu baris per indikator (`results`, bawaan untuk satu berkas), kertas kerja Langkah 4 (`worksheet`), atau matriks cascading (`matrix`, bawaan dengan --workspace)',
    'csv: one row per indicator (`results`, the default for one file), the step 4 worksheet (`worksheet`), or the cascading matrix (`matrix`, the default with --workspace)',
  ),
  fragment: t('html: tabelnya saja, tanpa <html>, <head> dan CSS cetak', 'html: the tables only, without <html>, <head> and print CSS'),
  paper: t('html, pdf: ukuran kertas (html: CSS cetak, lanskap)', 'html, pdf: paper size (html: of the print CSS, landscape)'),
  orientation: t('pdf: arah halaman (bawaan lanskap)', 'pdf: page orientation (default landscape)'),
  htmlReview: t(
    'html: tambahkan tabel reviu (temuan pokin review) setelah kertas kerja',
    'html: add the review table (the findings of pokin review) after the worksheets',
  ),
  htmlMatrix: t(
    'html: tambahkan matriks cascading (kinerja, IK, satuan, kondisi awal, target, penanggung jawab) setelah kertas kerja',
    'html: add the cascading matrix (results, KPIs, units, baselines, targets, owners) after the worksheets',
  ),
  scale: t(
    'png: faktor perbesaran (diturunkan agar muat dalam --max-png-pixels bila tidak diberikan)',
    'png: zoom factor (lowered to fit --max-png-pixels unless given)',
  ),
  maxPngPixels: t('png: tolak PNG yang lebih besar (lebar x tinggi)', 'png: refuse a larger PNG (width x height)'),
  maxPngText: t(
    'png: tolak PNG dengan teks lebih banyak dari sekian karakter (sekitar satu detik tiap 20.000)',
    'png: refuse a PNG with more characters of text (about a second each 20,000)',
  ),
  writeSpecial: t(
    '-o: tulis juga ke perangkat atau pipa, atau melalui tautan simbolik (ditolak bila tidak)',
    '-o: also write to a device or a pipe, or through a symbolic link (refused otherwise)',
  ),
  workspace: t(
    'gambar folder sebagai satu workspace: pohon Pemda dengan pohon perangkat daerah di bawah induknya (svg), matriks cascading gabungan (html, csv) atau lampiran kinerja lintas perangkat daerah (lihat --view)',
    "render the folder as one workspace: the Pemda tree with the agencies' trees under their parents (svg), the combined cascading matrix (html, csv) or the crosscutting annex (--view crosscutting)",
  ),
  view: t(
    'untuk --workspace: "tree" (svg), "matrix" (html, csv) atau "crosscutting" (html)',
    'with --workspace: "tree" (svg), "matrix" (html, csv) or "crosscutting" (html)',
  ),
  after: t(
    `
--to all menulis SVG, HTML, CSV, PNG, PDF dan XLSX ke folder -o, dinamai sesuai masukan:
  pokin render examples/bkpsdm/pokin.yaml --to all -o keluaran/bkpsdm
Tanpa --to, formatnya diambil dari ekstensi -o (pokin.svg, pokin.html, ...). Berkas keluaran ditulis
utuh atau tidak sama sekali, dan namanya dicetak. PNG digambar dengan huruf Arimo yang ikut dalam
paket (huruf sistem tidak dipakai), sehingga teksnya tampil di komputer mana pun.
${EXIT_CODES.id}

Contoh:
  pokin render pokin.yaml -o pokin.svg
  pokin render pokin.yaml --to html --paper A3 -o pokin.html
  pokin render pokin.yaml --to html --html-review -o pokin.html
  pokin render pokin.yaml --to csv --csv-profile excel-id -o pokin.csv
  pokin render pokin.csv -o pokin.yaml`,
    `
--to all renders SVG, HTML, CSV, PNG, PDF and XLSX into the folder given by -o, named after the input:
  pokin render examples/bkpsdm/pokin.yaml --to all -o out/bkpsdm
Without --to, the format comes from the extension of -o (pokin.svg, pokin.html, ...). Output files
are written whole or not at all, and their names are printed. The PNG is drawn with the Arimo font
shipped in the package (system fonts are not used), so it has its text on any machine.
${EXIT_CODES.en}

Examples:
  pokin render pokin.yaml -o pokin.svg
  pokin render pokin.yaml --to html --paper A3 --locale en -o pokin.html
  pokin render pokin.yaml --to html --html-review -o pokin.html
  pokin render pokin.yaml --to csv --csv-profile excel-id -o pokin.csv
  pokin render pokin.csv -o pokin.yaml`,
  ),
} as const;
