/**
 * A scanner for words of the wrong language in what the CLI prints: with `--locale id` no English
 * word, with `--locale en` no Indonesian one. Names are not words: options (`--format`), commands,
 * files and paths, quoted values, placeholders (`<berkas>`), rule ids and other kebab-case keys,
 * code (`` `file` ``), upper-case names (`RULE`, `POKIN_LOCALE`) and the terms both languages use
 * (level names of the PermenPAN-RB 89/2021 scheme, IK, YAML, Excel, VS Code ...).
 */

/** English words that have no place in an Indonesian message (none of them is also Indonesian). */
export const ENGLISH = new Set(
  `the a an of and or to in on is are be been was were not no for with without from this that these it its as at by
  file files error errors warning warnings infos result results found could cannot can read write wrote written
  unknown option options command commands usage default choices expected got missing required refused invalid empty
  show help print version exit exits when else only every each one two several more than less too large over under
  limit raise lower use name named give given takes should must did you mean allowed choices argument arguments
  reviewed summarise summary rendered draws tree trees leaves roots depth tier crosscutting links
  indicator indicators without language message messages english indonesian colour color never even stack trace
  unexpected details run write writes instead screen inputs input outputs which whatever their extension into same
  next open replace sample then period starter year years scheme agency name overwrite existing exists
  findings finding grouped severity rule rules turn off change repeatable table across line lines row rows column columns
  here there also like such about`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Indonesian words that have no place in an English message (none of them is also English). */
export const INDONESIAN = new Set(
  `yang dan atau tidak bukan dengan untuk dari ke di pada ini itu berkas kesalahan peringatan catatan hasil kinerja
  perintah opsi bawaan pilihan penggunaan bantuan tampilkan baris kolom dalam sebagai harus belum sudah ditulis ditolak
  tanda kutip lagi jenjang ujung akar kedalaman lintas tanpa masukan keluaran gambar reviu temuan pohon indikator
  bahasa semua pesan juga keluar kode baik menemukan dapat dibaca diurai salah setiap satu beberapa berisi sebuah seperti
  maksud anda nilai sah pakai sebutkan beri ekstensinya tulis tempat lain ganti isian contoh lalu jalankan langkah berikutnya
  buka buat periode tahun skema instansi timpa ada nama lebih besar batas naikkan turunkan aturan setelan matikan ubah
  tingkat boleh berulang tabel kaitan dokumen masalah terlalu banyak argumen diberikan seharusnya wajib perlu tak terduga
  rinciannya jenis dikenal kunci teks memuat biner`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Drops what is a name rather than a word; keeps the words. */
export function wordsOf(text: string): string[] {
  const stripped = text
    .replace(/`[^`]*`/g, ' ')
    .replace(/"[^"\n]*"/g, ' ')
    .replace(/'[^'\n]*'/g, ' ')
    .replace(/<[^>\n]*>/g, ' ')
    .replace(/\[[a-z]+\]/g, ' ')
    .replace(/(?:^|\s)-{1,2}[A-Z][\w-]*(?:=\S*)?/gi, ' ')
    .replace(/\S*[/\\]\S*/g, ' ') // paths
    .replace(/\S+\.[a-z]{2,4}\b/gi, ' ') // file names
    .replace(/\S*\d\S*/g, ' ') // numbers, A3, UTF-8
    .replace(/\S*\|\S*/g, ' ') // RULE=off|error|warning|info
    .replace(/\S+=\S+/g, ' ')
    .replace(/\b\w+(?:-\w+)+\b/g, ' ') // rule ids, level keys, kebab-case names
    .replace(/\bpokin (?:review|render|stats|init|help)\b/g, ' ')
    .replace(/^\s+(?:review|render|stats|init|help)\b/gm, ' '); // the command list of --help
  return stripped.match(/\p{L}+/gu)?.filter((w) => !/^[A-Z0-9_]{2,}$/.test(w)) ?? [];
}

/** The words of `text` that belong to the other language than `locale`, each with its line. */
export function foreignWords(text: string, locale: 'id' | 'en'): string[] {
  const list = locale === 'id' ? ENGLISH : INDONESIAN;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    for (const w of wordsOf(line)) if (list.has(w.toLowerCase())) out.push(`${w}  in: ${line.trim()}`);
  }
  return out;
}
