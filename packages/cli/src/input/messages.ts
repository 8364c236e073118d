/**
 * The words of the CLI's input and output safety checks (folders, limits, writing files, PNG), in
 * Bahasa Indonesia and English. They move into the CLI's message catalogue when it lands; until
 * then the language is `POKIN_LOCALE` (or a command's `--locale`), Indonesian by default.
 *
 * @module
 */
import { localize, type Locale } from '@pokin/core';

/** A message in Bahasa Indonesia (`id`) and English (`en`). */
export interface Message {
  readonly id: string;
  readonly en: string;
}

const m = (id: string, en: string): Message => ({ id, en });

/** The message in one language. */
export function say(text: Message, locale: Locale = 'id'): string {
  return localize(text, locale);
}

/** The language of the run from `POKIN_LOCALE` (`id` or `en`), Indonesian when unset or unknown. */
export function envLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  return env.POKIN_LOCALE?.trim().toLowerCase() === 'en' ? 'en' : 'id';
}

const count = (n: number, locale: Locale) => Math.round(n).toLocaleString(locale === 'id' ? 'id-ID' : 'en-US');

/** Every message, by name. */
export const message = {
  // ---- folders
  linkLeavesFolder: (target: string) =>
    m(`dilewati: tautan simbolis ke luar folder (${target})`, `skipped: a symbolic link to outside the folder (${target})`),
  linkToFolder: () => m('dilewati: tautan simbolis ke sebuah folder (tautan folder tidak diikuti)', 'skipped: a symbolic link to a folder (linked folders are not followed)'),
  notRegularFile: () => m('dilewati: bukan berkas biasa (pipa, perangkat atau soket)', 'skipped: not a regular file (a pipe, a device or a socket)'),
  refusedNotRegular: () =>
    m('ditolak: bukan berkas biasa (pipa, perangkat atau soket); di dalam folder hanya berkas biasa yang dibaca', 'refused: not a regular file (a pipe, a device or a socket); in a folder only regular files are read'),
  note: (file: string, why: Message) => m(`pokin: ${file}: catatan: ${why.id}`, `pokin: ${file}: note: ${why.en}`),

  // ---- an input that made pokin itself fail
  unexpected: (what: string) =>
    m(`galat tak terduga saat membaca berkas ini: ${what}; berkas lain tetap dibaca`, `unexpected error while reading this file: ${what}; the other files are still read`),

  // ---- writing
  outputIsDevice: () =>
    m(
      'ditolak: ini perangkat atau pipa, bukan berkas biasa; untuk menulis ke sana, tambahkan --write-special',
      'refused: this is a device or a pipe, not a regular file; to write to it, add --write-special',
    ),
  outputIsLink: (target: string) =>
    m(
      `ditolak: ini tautan simbolis (ke ${target}); untuk menulis ke berkas tujuannya, tambahkan --write-special`,
      `refused: this is a symbolic link (to ${target}); to write to the file it points to, add --write-special`,
    ),
  stdoutFailed: (why: string) =>
    m(`pokin: keluaran standar tidak dapat ditulis: ${why}`, `pokin: cannot write to standard output: ${why}`),
  stdoutClosed: () => m('pipa ditutup oleh pembacanya', 'the pipe was closed by its reader'),
  stdoutFull: () => m('tidak ada ruang tersisa di perangkat', 'no space left on the device'),
  interrupted: (signal: string) => m(`pokin: dihentikan (${signal}); tidak ada berkas yang ditulis sebagian`, `pokin: stopped (${signal}); no file was left half-written`),

  // ---- PNG
  pngTooMuchText: (characters: number, max: number, locale: Locale) =>
    m(
      `ditolak: PNG ini akan menggambar ${count(characters, locale)} karakter teks, melebihi batas ${count(max, locale)} (--max-png-text; menggambar teks memakan waktu sekitar satu detik per 20.000 karakter); gambar pohon sebesar ini sebagai SVG atau HTML, atau naikkan batasnya`,
      `refused: this PNG would draw ${count(characters, locale)} characters of text, over the limit of ${count(max, locale)} (--max-png-text; drawing text takes about a second for 20,000 characters); render a tree this large as SVG or HTML, or raise the limit`,
    ),
  pngTooManyResults: (results: number, max: number, locale: Locale) =>
    m(
      `ditolak: pohon ini memuat ${count(results, locale)} hasil, lebih dari batas teks PNG ${count(max, locale)} karakter (--max-png-text); gambar pohon sebesar ini sebagai SVG atau HTML, atau naikkan batasnya`,
      `refused: this tree holds ${count(results, locale)} results, more than the PNG text limit of ${count(max, locale)} characters (--max-png-text); render a tree this large as SVG or HTML, or raise the limit`,
    ),
  allWithoutPng: () =>
    m(
      '--to all juga menggambar PNG; gambar SVG, HTML dan CSV satu per satu (--to svg, --to html, --to csv) untuk pohon sebesar ini',
      '--to all draws a PNG too; render SVG, HTML and CSV one by one (--to svg, --to html, --to csv) for a tree this large',
    ),
} as const;
