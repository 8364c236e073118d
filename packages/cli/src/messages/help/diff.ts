/**
 * The help texts of `pokin diff`: its description, arguments, options and the notes and examples
 * after them.
 *
 * @module
 */
import { t } from '../text.js';

/** The help texts of `pokin diff`. */
export const diffHelp = {
  description: t(
    'Bandingkan dua versi pohon kinerja: kinerja baru, dihapus, dipindah, diubah rumusannya, IK dan target yang berubah, serta kontribusi lintas (`contributesTo`) yang ditambah, dihapus atau berubah statusnya.',
    'Compare two versions of a tree: results added, removed, moved, reworded, indicators and targets changed, and crosscutting links (`contributesTo`) added, removed or with another status.',
  ),
  old: t('versi lama (berkas, atau folder workspace)', 'the old version (a file, or a workspace folder)'),
  next: t('versi baru (berkas, atau folder workspace)', 'the new version (a file, or a workspace folder)'),
  format: t('format keluaran: text, json, jsonl, csv atau html', 'output format: text, json, jsonl, csv or html'),
  similarity: t(
    'seberapa mirip dua rumusan agar dianggap kinerja yang sama, 0 sampai 1 (bawaan: 0.6)',
    'how alike two statements must be to count as the same result, 0 to 1 (default: 0.6)',
  ),
  badSimilarity: t('harus angka lebih dari 0 dan paling besar 1', 'must be a number above 0 and at most 1'),
  after: t(
    `
Kinerja versi baru dicocokkan dengan versi lama menurut \`previous\` (mis. previous:
bkpsdm-2025#OP07), lalu menurut id yang sama, lalu menurut rumusan yang mirip. Kontribusi lintas
dibandingkan menurut kinerja yang didukungnya, setelah dicocokkan: kinerja yang hanya berganti id
bukan perubahan. Keluaran: --format text (bawaan), json (ringkasan dan semua perubahan), jsonl (satu
perubahan per baris), csv (satu baris per perubahan, judul kolom dan jenis perubahan dalam Bahasa
Indonesia; dengan --locale en kolomnya bernama tetap untuk skrip: \`kind\`, \`old_id\`, \`new_id\`,
...) atau html (halaman untuk dicetak). Dua folder dibandingkan sebagai dua workspace (pohon Pemda
dan perangkat daerahnya), dengan id lengkap (dinkes-2026#IM3); previous antardokumen ditulis lengkap
(previous: dinkes-2025#IM3). Batas bawaan --max-bytes untuk JSON dan CSV di sini 100 MB (pohon
seluruh negeri). Kode keluar: 0 selesai, 2 masukan tidak dapat dibaca.

Contoh:
pokin diff bkpsdm-2025.yaml bkpsdm-2026.yaml
pokin diff bkpsdm-2025.yaml bkpsdm-2026.yaml --format html -o perubahan.html
pokin diff lama.csv baru.csv --format csv --csv-profile excel-id -o perubahan.csv
pokin diff pohon-2025/ pohon-2026/`,
    `
Results of the new version are matched to the old by \`previous\` (e.g. previous: bkpsdm-2025#OP07),
then by the same id, then by a similar statement. Crosscutting links are compared by the result they
support, once matched: one whose id only changed is no change. Output: --format text (default), json
(the summary and every change), jsonl (one change per line), csv (one row per change; with --locale
en its columns have the stable names scripts read, \`kind\`, \`old_id\`, \`new_id\`, ..., and the
kinds are the JSON's; in Indonesian, headings and words for people) or html (a page to print). Two
folders are compared as two workspaces (the Pemda's tree and its agencies'), with qualified ids
(dinkes-2026#IM3); a previous in another document is written qualified (previous: dinkes-2025#IM3).
The default --max-bytes for JSON and CSV is 100 MB here (a national tree). Exit codes: 0 done, 2 an
input could not be read.

Examples:
pokin diff bkpsdm-2025.yaml bkpsdm-2026.yaml
pokin diff bkpsdm-2025.yaml bkpsdm-2026.yaml --format html -o changes.html
pokin diff old.csv new.csv --format csv --csv-profile excel-id -o changes.csv
pokin diff trees-2025/ trees-2026/`,
  ),
};
