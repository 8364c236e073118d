/**
 * The catalogue's help texts: every description, heading and example `pokin --help` prints.
 *
 * @module
 */
import { t, type Text } from './text.js';

const EXIT_CODES = t(
  `
Kode keluar:
  0  baik
  1  reviu menemukan kesalahan (atau peringatan, dengan --strict)
  2  masukan tidak dapat dibaca atau diurai, atau baris perintahnya salah
  3  keluaran tidak dapat ditulis (keluaran standar tertutup atau penuh)

Masukan: .json, .yaml/.yml, .csv (bentuk "results"), sebuah folder (semua berkas seperti itu di
dalamnya), atau "-" untuk stdin (dengan --input-format bila jenisnya tidak jelas).
Bahasa: --locale id|en atau variabel lingkungan POKIN_LOCALE (bawaan: id).
Setiap kesalahan satu baris: pokin: BERKAS:BARIS:KOLOM: pesan (isian).`,
  `
Exit codes:
  0  fine
  1  the review found errors (or warnings, with --strict)
  2  an input could not be read or parsed, or the command line is wrong
  3  the output could not be written (standard output closed or full)

Inputs: .json, .yaml/.yml, .csv (the "results" shape), a folder (every such file below it),
or "-" for stdin (with --input-format when it is not obvious).
Language: --locale id|en or the environment variable POKIN_LOCALE (default: id).
Errors are one line each: pokin: FILE:LINE:COLUMN: message (field).`,
);

/** Every help text, by name. */
export const help = {
  // ---- commander's own words
  titles: {
    'Usage:': t('Penggunaan:', 'Usage:'),
    'Options:': t('Opsi:', 'Options:'),
    'Arguments:': t('Argumen:', 'Arguments:'),
    'Commands:': t('Perintah:', 'Commands:'),
    'Global Options:': t('Opsi umum:', 'Global Options:'),
  } as Readonly<Record<string, Text>>,
  choices: (list: string) => t(`pilihan: ${list}`, `choices: ${list}`),
  defaultValue: (value: string) => t(`bawaan: ${value}`, `default: ${value}`),
  usageOptions: t('[opsi]', '[options]'),
  usageCommand: t('[perintah]', '[command]'),
  helpCommand: t('help [perintah]', 'help [command]'),
  helpCommandDescription: t('tampilkan bantuan sebuah perintah', 'display help for a command'),
  helpOption: t('tampilkan bantuan', 'show help'),
  versionOption: t('tampilkan versi', 'print the version'),
  exitCodes: EXIT_CODES,

  // ---- placeholders of option values and argument names
  placeholder: {
    files: t('berkas', 'files'),
    file: t('berkas', 'file'),
    format: t('format', 'format'),
    n: t('n', 'n'),
    scheme: t('skema', 'scheme'),
    locale: t('bahasa', 'locale'),
    rule: t('aturan=setelan', 'rule=setting'),
    path: t('jalur', 'path'),
    profile: t('profil', 'profile'),
    shape: t('bentuk', 'shape'),
    size: t('ukuran', 'size'),
    encoding: t('pengodean', 'encoding'),
    orientation: t('arah', 'orientation'),
    px: t('px', 'px'),
    period: t('periode', 'period'),
    name: t('nama', 'name'),
  },

  // ---- options every command takes
  program: t('Reviu, gambar dan ringkas berkas pohon kinerja.', 'Review, render and summarise performance tree files.'),
  programExamples: t(
    `
Contoh:
  pokin init pokin.yaml --period 2025-2029
  pokin review pokin.yaml
  pokin render pokin.yaml --to all -o keluaran/
  pokin stats pohon/ --format csv -o statistik.csv`,
    `
Examples:
  pokin init pokin.yaml --period 2025-2029
  pokin review pokin.yaml
  pokin render pokin.yaml --to all -o out/
  pokin stats trees/ --format csv -o stats.csv`,
  ),
  inputFormat: t(
    'baca masukan sebagai format ini, apa pun ekstensinya (untuk stdin "-")',
    'read the inputs as this format, whatever their extension (for stdin "-")',
  ),
  maxBytes: t(
    'tolak masukan yang lebih besar dari sekian bita (bawaan: 50 MB; 10 MB untuk YAML)',
    'refuse an input larger than this many bytes (default: 50 MB; 10 MB for YAML)',
  ),
  maxResults: t('tolak dokumen dengan kinerja lebih banyak dari ini', 'refuse a document with more results than this'),
  levels: t(
    'masukan csv: skema levelnya, sebuah preset (permenpan-89, renstra) atau berkas .yaml/.json yang berisi "levels"',
    'csv inputs: their level scheme, a preset (permenpan-89, renstra) or a .yaml/.json file with "levels"',
  ),
  encoding: t('masukan csv: pengodean teksnya (bawaan: utf-8)', 'csv inputs: their text encoding (default: utf-8)'),
  color: t(
    'beri warna pada keluaran walaupun bukan terminal (juga FORCE_COLOR=1)',
    'colour the output even when it is not a terminal (also FORCE_COLOR=1)',
  ),
  noColor: t('jangan pernah beri warna (juga NO_COLOR=1)', 'never colour the output (also NO_COLOR=1)'),
  debug: t('tampilkan jejak tumpukan dari kesalahan tak terduga', 'show the stack trace of an unexpected error'),
  locale: t(
    'bahasa semua pesan dan label: id (Bahasa Indonesia) atau en (Inggris); juga POKIN_LOCALE',
    'language of every message and label: id (Indonesian) or en (English); also POKIN_LOCALE',
  ),
  format: t('format keluaran', 'output format'),
  outputFile: t('tulis ke berkas ini, bukan ke layar (stdout)', 'write to this file instead of the screen (stdout)'),
  csvProfile: t(
    'csv: rfc4180 (",", tanpa BOM), excel (dengan BOM), excel-id (";" dengan BOM, untuk Excel berbahasa Indonesia)',
    'csv: rfc4180 (",", no BOM), excel (BOM), excel-id (";" with a BOM, for Excel set to Indonesian)',
  ),

  // ---- review
  review: {
    description: t(
      'Reviu pohon kinerja: temuan dikelompokkan per kinerja, dengan tingkat dan kode aturan.',
      'Review performance trees: findings grouped by result, with severity and rule id.',
    ),
    files: t('berkas atau folder yang direviu ("-" untuk stdin)', 'files or folders to review ("-" for stdin)'),
    strict: t('keluar dengan kode 1 juga bila ada peringatan, tidak hanya kesalahan', 'exit 1 on warnings too, not only on errors'),
    rule: t(
      'matikan aturan atau ubah tingkatnya: ATURAN=off|error|warning|info (boleh berulang)',
      'turn a rule off or change its severity: RULE=off|error|warning|info (repeatable)',
    ),
    config: t(
      'berkas setelan reviu (aturan dan plug-in); bawaan: pokin.config.json atau pokin.config.js dari folder kerja ke atas',
      'review config (rules and plug-ins); default: pokin.config.json or pokin.config.js from the working folder upwards',
    ),
    after: t(
      `
Keluaran: --format text (per kinerja, berwarna di terminal), json (larik temuan), jsonl (satu
temuan per baris), atau csv (satu tabel untuk semua berkas). Kolomnya: \`file\`, \`agency\`,
\`result\`, \`rule\`, \`severity\`, \`message\`, \`indicator\`, \`path\`, \`line\`, \`column\`, \`url\`
(\`line\` adalah baris untuk masukan CSV). Berkas yang tidak dapat dibaca menjadi baris dengan aturan
"parse-error" atau "read-error"; berkas lainnya tetap direviu.
${EXIT_CODES.id}

Contoh:
  pokin review pokin.yaml
  pokin review pokin.yaml --strict --locale en
  pokin review a.yaml b.json pohon/ --format csv --csv-profile excel-id -o temuan.csv
  pokin review pokin.yaml --rule baseline-missing=off`,
      `
Output: --format text (grouped by result, coloured on a terminal), json (an array of findings),
jsonl (one finding per line), or csv (one table across every file). The fields: \`file\`,
\`agency\`, \`result\`, \`rule\`, \`severity\`, \`message\`, \`indicator\`, \`path\`, \`line\`, \`column\`,
\`url\` (\`line\` is the row for a CSV input). A file that cannot be read is a row with rule
"parse-error" or "read-error"; the others are still reviewed.
${EXIT_CODES.en}

Examples:
  pokin review pokin.yaml
  pokin review pokin.yaml --strict --locale en
  pokin review a.yaml b.json trees/ --format csv --csv-profile excel-id -o findings.csv
  pokin review pokin.yaml --rule baseline-missing=off`,
    ),
  },

  // ---- render
  render: {
    description: t(
      'Gambar satu pohon ke SVG, HTML, CSV, PNG, JSON atau YAML, atau sekaligus SVG, HTML, CSV dan PNG.',
      'Render one tree to SVG, HTML, CSV, PNG, JSON or YAML, or all of SVG, HTML, CSV and PNG.',
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
    csvShape: t(
      'csv: satu baris per indikator (`results`), atau kertas kerja Langkah 4 (`worksheet`)',
      'csv: one row per indicator (`results`), or the step 4 worksheet (`worksheet`)',
    ),
    fragment: t('html: tabelnya saja, tanpa <html>, <head> dan CSS cetak', 'html: the tables only, without <html>, <head> and print CSS'),
    paper: t('html, pdf: ukuran kertas (html: CSS cetak, lanskap)', 'html, pdf: paper size (html: of the print CSS, landscape)'),
    orientation: t('pdf: arah halaman (bawaan lanskap)', 'pdf: page orientation (default landscape)'),
    htmlReview: t(
      'html: tambahkan tabel reviu (temuan pokin review) setelah kertas kerja',
      'html: add the review table (the findings of pokin review) after the worksheets',
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
    after: t(
      `
--to all menulis SVG, HTML, CSV dan PNG ke folder -o, dinamai sesuai masukan:
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
--to all renders SVG, HTML, CSV and PNG into the folder given by -o, named after the input:
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
  },

  // ---- stats
  stats: {
    description: t(
      'Ringkas pohon: kinerja per level dan jenjang, indikator, kinerja tanpa indikator, kedalaman, ujung, keterkaitan lintas.',
      'Summarise trees: results per level and tier, indicators, results without an indicator, depth, leaves, crosscutting links.',
    ),
    files: t('berkas atau folder ("-" untuk stdin)', 'files or folders ("-" for stdin)'),
    after: t(
      `
Keluaran: --format text (rincian untuk satu berkas, tabel untuk beberapa), json (larik, satu entri
per berkas), jsonl (satu entri per baris), atau csv (satu baris per berkas; kolom \`level_<kunci>\`
untuk setiap level yang muncul).
${EXIT_CODES.id}

Contoh:
  pokin stats pokin.yaml
  pokin stats pohon/ --format csv --csv-profile excel-id -o statistik.csv`,
      `
Output: --format text (a breakdown for one file, a table for several), json (an array with one
entry per file), jsonl (one entry per line), or csv (one row per file; \`level_<key>\` columns for
every level seen).
${EXIT_CODES.en}

Examples:
  pokin stats pokin.yaml
  pokin stats trees/ --format csv --csv-profile excel-id -o stats.csv`,
    ),
  },

  // ---- init
  init: {
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
    after: t(
      `
Berkas YAML dimulai dengan baris "# yaml-language-server: $schema=..." yang menunjuk skema di paket
yang terpasang, sehingga VS Code (ekstensi YAML) memberi saran dan pemeriksaan saat mengetik.
Berkas CSV berisi kolom target untuk setiap tahun periode.
${EXIT_CODES.id}

Contoh:
  pokin init pokin.yaml --period 2025-2029
  pokin init pokin.csv --levels renstra --period 2025-2029`,
      `
The YAML file starts with a "# yaml-language-server: $schema=..." line pointing at the schema in
the installed package, so VS Code (YAML extension) completes and checks as you type. The CSV file
has a target column for each year of the period.
${EXIT_CODES.en}

Examples:
  pokin init pokin.yaml --period 2025-2029
  pokin init pokin.csv --levels renstra --period 2025-2029`,
    ),
  },
} as const;
