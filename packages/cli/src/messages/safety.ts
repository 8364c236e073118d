/**
 * The catalogue's safety messages: what pokin skips or refuses to keep its work bounded and its
 * writes safe (folders read as trees of their own, outputs that are devices or links, a standard
 * output that cannot be written, the PNG limits).
 *
 * @module
 */
import type { Locale } from '@pokin/core';
import { t, type Text } from './text.js';

const count = (n: number, locale: Locale) => Math.round(n).toLocaleString(locale === 'id' ? 'id-ID' : 'en-US');

/** Every safety message, by name. */
export const safety = {
  // ---- folders
  linkLeavesFolder: (target: string) =>
    t(`dilewati: tautan simbolis ke luar folder (${target})`, `skipped: a symbolic link to outside the folder (${target})`),
  linkToFolder: () =>
    t(
      'dilewati: tautan simbolis ke sebuah folder (tautan folder tidak diikuti)',
      'skipped: a symbolic link to a folder (linked folders are not followed)',
    ),
  notRegularFile: () =>
    t('dilewati: bukan berkas biasa (pipa, perangkat atau soket)', 'skipped: not a regular file (a pipe, a device or a socket)'),
  refusedNotRegular: () =>
    t(
      'ditolak: bukan berkas biasa (pipa, perangkat atau soket); di dalam folder hanya berkas biasa yang dibaca',
      'refused: not a regular file (a pipe, a device or a socket); in a folder only regular files are read',
    ),
  // ---- outputs
  csvUnwritable: (codePoint: string) =>
    codePoint === 'U+0000'
      ? t(
          'memuat karakter NUL (U+0000), yang tidak dapat disimpan dalam berkas CSV; hapus karakter itu, atau tulis ke .xlsx atau .json',
          'holds a NUL character (U+0000), which a CSV file cannot hold; remove it, or write .xlsx or .json instead',
        )
      : t(
          `memuat karakter ${codePoint} tanpa pasangannya (teks yang rusak), yang tidak dapat disimpan dalam berkas CSV; hapus karakter itu, atau tulis ke .xlsx atau .json`,
          `holds an unpaired ${codePoint} (damaged text), which a CSV file cannot hold; remove it, or write .xlsx or .json instead`,
        ),
  note: (file: string, why: Text) => t(`pokin: ${file}: catatan: ${why.id}`, `pokin: ${file}: note: ${why.en}`),

  // ---- an input that made pokin itself fail
  unexpected: (what: string) =>
    t(
      `galat tak terduga saat membaca berkas ini: ${what}; berkas lain tetap dibaca`,
      `unexpected error while reading this file: ${what}; the other files are still read`,
    ),

  // ---- writing
  outputIsDevice: () =>
    t(
      'ditolak: ini perangkat atau pipa, bukan berkas biasa; untuk menulis ke sana, tambahkan --write-special',
      'refused: this is a device or a pipe, not a regular file; to write to it, add --write-special',
    ),
  outputIsLink: (target: string) =>
    t(
      `ditolak: ini tautan simbolis (ke ${target}); untuk menulis ke berkas tujuannya, tambahkan --write-special`,
      `refused: this is a symbolic link (to ${target}); to write to the file it points to, add --write-special`,
    ),
  stdoutFailed: (why: string) => t(`pokin: keluaran standar tidak dapat ditulis: ${why}`, `pokin: cannot write to standard output: ${why}`),
  stdoutClosed: () => t('pipa ditutup oleh pembacanya', 'the pipe was closed by its reader'),
  stdoutFull: () => t('tidak ada ruang tersisa di perangkat', 'no space left on the device'),
  interrupted: (signal: string) =>
    t(`pokin: dihentikan (${signal}); tidak ada berkas yang ditulis sebagian`, `pokin: stopped (${signal}); no file was left half-written`),

  // ---- PNG
  pngTooMuchText: (characters: number, max: number, locale: Locale) =>
    t(
      `ditolak: PNG ini akan menggambar ${count(characters, locale)} karakter teks, melebihi batas ${count(max, locale)} (--max-png-text; menggambar teks memakan waktu sekitar satu detik per 20.000 karakter); gambar pohon sebesar ini sebagai SVG atau HTML, atau naikkan batasnya`,
      `refused: this PNG would draw ${count(characters, locale)} characters of text, over the limit of ${count(max, locale)} (--max-png-text; drawing text takes about a second for 20,000 characters); render a tree this large as SVG or HTML, or raise the limit`,
    ),
  pngTooManyResults: (results: number, max: number, locale: Locale) =>
    t(
      `ditolak: pohon ini memuat ${count(results, locale)} hasil, lebih dari batas teks PNG ${count(max, locale)} karakter (--max-png-text); gambar pohon sebesar ini sebagai SVG atau HTML, atau naikkan batasnya`,
      `refused: this tree holds ${count(results, locale)} results, more than the PNG text limit of ${count(max, locale)} characters (--max-png-text); render a tree this large as SVG or HTML, or raise the limit`,
    ),
  allWithoutPng: () =>
    t(
      '--to all juga menggambar PNG; gambar SVG, HTML dan CSV satu per satu (--to svg, --to html, --to csv) untuk pohon sebesar ini',
      '--to all draws a PNG too; render SVG, HTML and CSV one by one (--to svg, --to html, --to csv) for a tree this large',
    ),
} as const;
