/**
 * Pure text helpers of the review: normalisation for comparisons, the Indonesian affix heuristics
 * that tell a condition ("Meningkatnya ...") from an activity ("Pelaksanaan ...") or a delivered
 * output ("Tersedianya ..."), look-alike letters and suspicious characters.
 *
 * Every regular expression is compiled once, here.
 *
 * @module
 */
import {
  ACTIVITY_WORDS,
  CHANGE_VERBS,
  COUNT_HEADS,
  FIELD_NOUNS,
  INDEX_HEADS,
  OUTPUT_ROOTS,
  PERCENT_HEADS,
  PROBLEM_IF_NEGATIVE,
  PROBLEM_WORDS,
  RATE_HEADS,
  STATE_ASI,
  STOPWORDS,
  VAGUE_UNITS,
} from './lexicon/words.js';

/** Cyrillic and Greek letters that look like (or OCR into) Latin ones, with the Latin letter meant. */
export const LOOKALIKES: Readonly<Record<string, string>> = Object.freeze({
  // Cyrillic capitals
  А: 'A',
  В: 'B',
  Е: 'E',
  Ё: 'E',
  З: '3',
  И: 'U',
  Й: 'U',
  І: 'I',
  Ї: 'I',
  Ј: 'J',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Ѕ: 'S',
  Т: 'T',
  У: 'Y',
  Ү: 'Y',
  Х: 'X',
  Ь: 'b',
  Ԛ: 'Q',
  Ԝ: 'W',
  // Cyrillic small letters
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  и: 'u',
  й: 'u',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  ѕ: 's',
  т: 't',
  у: 'y',
  х: 'x',
  ь: 'b',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  // Greek
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  α: 'a',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ϲ: 'c',
  ϳ: 'j',
});

const FOREIGN_SCRIPT = /[\u0370-\u03FF\u0400-\u052F\u1F00-\u1FFF]/;
const FOREIGN_SCRIPT_G = /[\u0370-\u03FF\u0400-\u052F\u1F00-\u1FFF]/g;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;
const WORD_G = /[\p{L}\p{M}\p{N}]+/gu;
/** The micro sign typed as Greek mu (`μg/m3`) is left alone. */
const MICRO = '\u03BC';

/** One word of a text that mixes Latin with look-alike Cyrillic or Greek letters. */
export interface LookalikeFinding {
  /** The word as written. */
  readonly word: string;
  /** The word with each look-alike replaced by its Latin letter. */
  readonly suggestion: string;
  /** The offending characters with their Latin replacement and code point, e.g. `О (U+041E) → O`. */
  readonly characters: readonly { readonly char: string; readonly codePoint: string; readonly latin: string | undefined }[];
}

/** Most words or characters a text finding lists. */
const MAX_FINDINGS = 20;

const codePoint = (c: string): string => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Words of `text` that hold Cyrillic or Greek letters where Latin ones are meant: a word mixing the
 * scripts, or a word whose every letter has a Latin look-alike, in Latin text or in capitals (OCR
 * damage such as `ОИТРИТ` for `OUTPUT`). Greek single letters (`α`, `Δ`) and the micro sign are left alone.
 */
export function findLookalikes(text: string): LookalikeFinding[] {
  if (!FOREIGN_SCRIPT.test(text)) return [];
  const textHasLatin = LATIN_LETTER.test(text);
  const out: LookalikeFinding[] = [];
  for (const m of text.matchAll(WORD_G)) {
    const word = m[0];
    if (!FOREIGN_SCRIPT.test(word)) continue;
    const foreign = word.match(FOREIGN_SCRIPT_G)!.filter((c) => c !== MICRO);
    if (foreign.length === 0) continue;
    // A word wholly of Cyrillic/Greek letters counts only when every letter has a Latin look-alike
    // and it sits in Latin text or is in capitals (OCR damage such as "ОИТРИТ"); a real foreign
    // text, or a lone Greek symbol, is left alone.
    if (
      !LATIN_LETTER.test(word) &&
      (word.length === 1 || ![...word].every((c) => LOOKALIKES[c] !== undefined) || !(textHasLatin || word === word.toUpperCase()))
    ) {
      continue;
    }
    const seen = new Set<string>();
    const characters: { char: string; codePoint: string; latin: string | undefined }[] = [];
    for (const c of foreign) {
      if (seen.has(c)) continue;
      seen.add(c);
      characters.push({ char: c, codePoint: codePoint(c), latin: LOOKALIKES[c] });
    }
    let suggestion = '';
    for (const c of word) suggestion += c === MICRO ? c : (LOOKALIKES[c] ?? c);
    out.push({ word, suggestion, characters });
    // A message names a few words; a text of thousands of damaged words is reported by its first ones.
    if (out.length >= MAX_FINDINGS) break;
  }
  return out;
}

// Zero-width, BOM and soft-hyphen characters; direction marks, embeddings, overrides and isolates
// (they reorder what a reader sees: U+202E shows "ASN" as "NSA"); the replacement character and
// the noncharacters U+FFFE and U+FFFF; C0/C1 controls other than tab and newlines; and, with the
// u flag, a surrogate that is not half of a pair (text cut in the middle of an emoji).
const SUSPICIOUS_G =
  /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\uFFFD\uFFFE\uFFFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/gu;
// A Latin letter with a diacritic (precomposed or combining) inside a word; é/è are common in loanwords and names.
const DIACRITIC_ANY = /[\u00C0-\u024F]/;
const COMBINING = /[\u0300-\u036F]/;
const DIACRITIC_WORD = /^[A-Za-z]*(?:[\u00C0-\u00D6\u00D8-\u00E7\u00EA-\u00F6\u00F8-\u024F]|[A-Za-z][\u0300-\u036F])[A-Za-z]*$/u;

/** Characters of `text` that are copy or OCR damage: invisible, replacement or control characters, and diacritics inside plain words (`AŚN`). */
export function findSuspiciousCharacters(text: string): { readonly char: string; readonly codePoint: string; readonly word?: string }[] {
  if (ASCII.test(text)) return [];
  const out: { char: string; codePoint: string; word?: string }[] = [];
  // Each character once, and a few of them: a message names them, a text of a million is reported by its first kinds.
  const seen = new Set<string>();
  for (const m of text.matchAll(SUSPICIOUS_G)) {
    if (seen.has(m[0])) continue;
    seen.add(m[0]);
    out.push({ char: m[0], codePoint: codePoint(m[0]) });
    if (out.length >= MAX_FINDINGS) break;
  }
  if (DIACRITIC_ANY.test(text) || COMBINING.test(text)) {
    for (const m of text.matchAll(WORD_G)) {
      const w = m[0];
      if (w.length < 2 || !DIACRITIC_WORD.test(w)) continue;
      const c = [...w.normalize('NFC')].find((ch) => /[^A-Za-z]/.test(ch));
      if (c !== undefined) out.push({ char: c, codePoint: codePoint(c), word: w });
      if (out.length >= 2 * MAX_FINDINGS) break;
    }
  }
  return out;
}

const NON_WORD_G = /[^\p{L}\p{N}]+/gu;
const ASCII = /^[\x20-\x7E]*$/;
const NON_ALNUM_ASCII_G = /[^a-z0-9]+/g;
const FOREIGN_G = /[\u0370-\u03FF\u0400-\u052F\u1F00-\u1FFF]/g;

/**
 * Comparison form of a statement: NFKC, look-alike letters mapped to Latin, lower case, every run
 * of punctuation and spaces one space. "Meningkatnya  Kinerja-ASN." and "meningkatnya kinerja asn"
 * are equal.
 */
export function normalizeStatement(text: string): string {
  return normalizeScanned(text, SCRATCH);
}

/** What {@link normalizeScanned} learnt of the text on the way. */
export interface TextScan {
  /** The text is printable ASCII throughout (see {@link hasNonAscii}). */
  ascii: boolean;
}

const SCRATCH: TextScan = { ascii: true };

/**
 * {@link normalizeStatement}, also telling whether the text is printable ASCII, which the
 * normalisation finds out anyway: a caller that needs both reads the text once.
 */
export function normalizeScanned(text: string, scan: TextScan): string {
  scan.ascii = true;
  // Fastest path: ASCII letters and digits in words separated by single spaces (most statements),
  // already in comparison form once lower-cased. One scan, no regular expression, no copy but the lower-casing.
  if (isPlainWords(text)) return text.toLowerCase();
  // Fast path for plain ASCII text, the common case.
  if (ASCII.test(text)) return text.toLowerCase().replace(NON_ALNUM_ASCII_G, ' ').trim();
  scan.ascii = false;
  let s = text.normalize('NFKC');
  if (FOREIGN_SCRIPT.test(s)) s = s.replace(FOREIGN_G, (c) => LOOKALIKES[c] ?? c);
  return s.toLowerCase().replace(NON_WORD_G, ' ').trim();
}

/** True when `text` is ASCII letters and digits in words separated by single spaces (no leading or trailing space). */
function isPlainWords(text: string): boolean {
  const n = text.length;
  if (n === 0) return true;
  let prevSpace = true; // no leading space
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) prevSpace = false;
    else return false;
  }
  return !prevSpace;
}

/** The first `n` words of a normalised statement, without splitting all of it. */
export function firstWords(normalized: string, n: number): string[] {
  const out: string[] = [];
  let at = 0;
  while (out.length < n && at < normalized.length) {
    const sp = normalized.indexOf(' ', at);
    if (sp < 0) {
      out.push(normalized.slice(at));
      break;
    }
    out.push(normalized.slice(at, sp));
    at = sp + 1;
  }
  return out;
}

/** Number of words of a normalised statement. */
export function wordCount(normalized: string): number {
  if (normalized === '') return 0;
  let n = 1;
  for (let i = normalized.indexOf(' '); i >= 0; i = normalized.indexOf(' ', i + 1)) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Indonesian statement heads.

/** What the first word of a statement says about its form. */
export type HeadForm =
  /** A change or condition: "Meningkatnya", "Menurunnya", "Terwujudnya", "Optimalnya", "Meningkat". */
  | 'condition'
  /** A delivered output: "Tersedianya", "Terlaksananya", "Tersusunnya", "Disusunnya". */
  | 'output'
  /** An activity or program: "Pelaksanaan", "Koordinasi", "Penyusunan", "Kegiatan", "Meningkatkan". */
  | 'activity'
  /** A problem: "Rendahnya", "Kurangnya", "Belum". */
  | 'problem'
  /** Anything else, such as a noun phrase ("Kualitas pelayanan yang prima"). */
  | 'other';

const NEGATIVE_NOUN =
  /\b(?:kemiskinan|pengangguran|kematian|kesakitan|kasus|pelanggaran|kecelakaan|kriminalitas|kejahatan|stunting|gizi buruk|kumuh|sampah|banjir|bencana|korupsi|kerusakan|pencemaran|polusi|konflik|putus sekolah|buta|kekerasan|inflasi|ketimpangan|kesenjangan|penyakit|tunggakan|temuan|keluhan|pengaduan)\b/;

const PE_AN = /^pe[a-z]{3,}an$/;
const ASI = /^[a-z]{3,}(?:asi|isasi)$/;
// me- verbs: the prefix assimilates to the root (memb-, mend-, meng-, meny-, mel-), which nouns such as
// "media", "metode" or "mekanisme" do not.
const ME_VERB = /^(?:mem[bpfaeiou]|men[dcjzaeiou]|meng[aeiougkh]|meny[aeiou]|me[lrwy])[a-z]{2,}$/;
const ME_SUFFIX = /(?:kan|i)$/;
const NYA = /^[a-z]{3,}nya$/;
const TER_NYA = /^ter([a-z]{2,})nya$/;
const DI_NYA = /^di([a-z]{3,})nya$/;

/** Classifies the first word of a normalised statement (lower case, no punctuation). */
export function classifyHead(word: string, next?: string): HeadForm {
  if (PROBLEM_WORDS.has(word)) return 'problem';
  if (NYA.test(word)) {
    const ter = TER_NYA.exec(word);
    if (ter !== null && isOutputRoot(ter[1]!)) return 'output';
    const di = DI_NYA.exec(word);
    if (di !== null && (isOutputRoot(di[1]!) || /(?:kan|i)$/.test(di[1]!))) return 'output';
    return 'condition';
  }
  if (CHANGE_VERBS.has(word)) return 'condition';
  if (ACTIVITY_WORDS.has(word)) return 'activity';
  if (PE_AN.test(word)) return FIELD_NOUNS.has(word) ? 'other' : 'activity';
  if (ASI.test(word)) return STATE_ASI.has(word) ? 'other' : 'activity';
  if (ME_VERB.test(word) && (ME_SUFFIX.test(word) || next !== undefined)) {
    // "Meningkatkan kualitas ..." or "Mengelola data ...": an action on an object.
    return 'activity';
  }
  return 'other';
}

function isOutputRoot(root: string): boolean {
  return OUTPUT_ROOTS.has(root) || ASI.test(root) || (root.endsWith('kan') && OUTPUT_ROOTS.has(root.slice(0, -3)));
}

/** The form of a statement (from its first words), with the head word. */
export function statementForm(normalized: string): { readonly form: HeadForm; readonly head: string } {
  const sp = normalized.indexOf(' ');
  const head = sp < 0 ? normalized : normalized.slice(0, sp);
  let form = classifyHead(head, sp < 0 ? undefined : '');
  if (form === 'problem' && PROBLEM_IF_NEGATIVE.has(head) && !NEGATIVE_NOUN.test(normalized)) form = 'other';
  return { form, head };
}

/**
 * "Terlaksananya Pelaksanaan ...", "Tersusunnya Penyusunan ...": an output verb followed by the
 * activity noun of the same root. Returns the two words, or undefined.
 */
export function redundantPair(normalized: string): readonly [string, string] | undefined {
  if (!normalized.startsWith('ter') && !normalized.startsWith('di')) return undefined;
  const ws = firstWords(normalized, 2);
  if (ws.length < 2) return undefined;
  const m = TER_NYA.exec(ws[0]!) ?? DI_NYA.exec(ws[0]!);
  if (m === null) return undefined;
  const second = ws[1]!;
  if (!PE_AN.test(second)) return undefined;
  let root = m[1]!;
  if (root.endsWith('kan')) root = root.slice(0, -3);
  // Nasal assimilation: susun -> penyusunan, kelola -> pengelolaan, pelihara -> pemeliharaan.
  const core = /^[ptks]/.test(root) ? root.slice(1) : root;
  if (core.length < 3) return undefined;
  return second.includes(core) ? [ws[0]!, second] : undefined;
}

const CHANGE_NYA_AFTER_AND = /(?:^|\s)(?:dan|serta)\s+((?:me|ber|ter)[a-z]{3,}nya)\b/;

/**
 * A second result joined into the statement: "Meningkatnya X dan menurunnya Y". Returns the
 * second predicate, or undefined. Only checked when the statement itself starts with a -nya form.
 */
export function compoundPredicate(normalized: string): string | undefined {
  const m = CHANGE_NYA_AFTER_AND.exec(normalized);
  return m === null ? undefined : m[1];
}

const LOWER = /\p{Ll}/u;
const UPPER_WORD_G = /\p{Lu}{4,}/gu;

/** True when a text holds a character outside printable ASCII. */
export function hasNonAscii(text: string): boolean {
  return !ASCII.test(text);
}

/** True when a text is written in capitals throughout (acronyms alone do not count). */
export function isAllCaps(text: string): boolean {
  if (LOWER.test(text)) return false;
  const long = text.match(UPPER_WORD_G);
  return long !== null && long.length >= 2;
}

// ---------------------------------------------------------------------------------------------
// Indicator heads and units.

/** What an indicator measures, from its first words. */
export type MeasureForm = 'percent' | 'index' | 'rate' | 'count' | 'other';

/** The measure an indicator names, with its head word. */
export function measureForm(normalized: string): { readonly form: MeasureForm; readonly head: string } {
  const sp = normalized.indexOf(' ');
  const head = sp < 0 ? normalized : normalized.slice(0, sp);
  if (PERCENT_HEADS.has(head)) return { form: 'percent', head };
  if (INDEX_HEADS.has(head)) return { form: 'index', head };
  if (COUNT_HEADS.has(head)) return { form: 'count', head };
  if (RATE_HEADS.has(head)) return { form: 'rate', head };
  return { form: 'other', head };
}

/**
 * The noun a count counts: the first content word after the count head ("Jumlah dokumen
 * perencanaan" → `dokumen`, "Jumlah ASN yang ..." → `asn`), or a two-word activity ("rapat
 * koordinasi"). Undefined when the statement has no word after its head.
 */
export function countedNoun(normalized: string): string | undefined {
  const ws = firstWords(normalized, 4);
  let i = 1;
  while (i < ws.length && (STOPWORDS.has(ws[i]!) || ws[i] === 'total' || ws[i] === 'kumulatif')) i++;
  return ws[i];
}

/** Kinds of unit (satuan). */
export type UnitClass = 'percent' | 'index' | 'count' | 'currency' | 'time' | 'vague' | 'other';

const PERCENT_UNIT = /%|\bpersen|\bprosen|\bpresen|\bpercent/;
const INDEX_UNIT = /^(?:indeks|index|nilai|skor|score|poin|point|predikat|kategori|level|opini|peringkat|ranking)$/;
const CURRENCY_UNIT = /^(?:rp|rupiah|idr|juta|miliar|milyar|triliun|ribu)\b/;
const TIME_UNIT = /^(?:jam|hari|hari kerja|menit|detik|bulan|minggu|pekan|tahun|thn|hr|jam kerja)$/;
const COUNT_UNIT =
  /^(?:orang|jiwa|dokumen|laporan|unit|kegiatan|buah|paket|kali|berkas|aplikasi|sistem|peraturan|regulasi|lembaga|instansi|opd|pd|desa|kelurahan|kecamatan|sekolah|ekor|rekomendasi|perda|judul|eksemplar|set|titik|lokasi|kasus|pegawai|asn|pns|peserta|keluarga|kk|rumah|ruas|kawasan|usaha|umkm|koperasi|kelompok|naskah|buku|surat|sk|produk|layanan|jenis|bidang|perkara|pengaduan|event|rapat|modul|sop|pelaku|org|dok|keg|lap|bh|pkt|inovasi|km|meter|m|m2|ha|hektar|ton|kg|liter|siswa|pasien|personil|personel|kebijakan|data|arsip|puskesmas|gedung|ruang|kendaraan|alat|ls|lembar|berita|izin|sertifikat|dokumen\/laporan|laporan\/dokumen)$/;

/** Classifies a unit string such as `%`, `Dokumen`, `Indeks`, `Rp`, `Hari`, or a vague one (`Waktu`, `Tingkat`). */
export function unitKind(unit: string): UnitClass {
  let c = UNIT_CACHE.get(unit);
  if (c === undefined) {
    c = classifyUnit(unit);
    // Documents use a handful of units; the cache stays small, but bound it anyway.
    if (UNIT_CACHE.size > 1000) UNIT_CACHE.clear();
    UNIT_CACHE.set(unit, c);
  }
  return c;
}

const UNIT_CACHE = new Map<string, UnitClass>();

/** The comparison form of a unit: lower case, trailing dots and spaces cut, spaces around `/` removed. Linear. */
export function unitKey(unit: string): string {
  // A unit is a word or two; a long text is no unit (and is not scanned further).
  let u = (unit.length > 200 ? unit.slice(0, 200) : unit).normalize('NFKC').toLowerCase().trim();
  let end = u.length;
  while (end > 0 && (u.charCodeAt(end - 1) === 46 || u.charCodeAt(end - 1) === 32)) end--;
  u = u.slice(0, end);
  return u.includes('/')
    ? u
        .split('/')
        .map((x) => x.trim())
        .join('/')
    : u;
}

function classifyUnit(unit: string): UnitClass {
  const u = unitKey(unit);
  if (Object.hasOwn(VAGUE_UNITS, u)) return 'vague';
  if (PERCENT_UNIT.test(u)) return 'percent';
  if (INDEX_UNIT.test(u)) return 'index';
  if (CURRENCY_UNIT.test(u)) return 'currency';
  if (TIME_UNIT.test(u)) return 'time';
  if (COUNT_UNIT.test(u)) return 'count';
  return 'other';
}

/** A statement quoted for a message, shortened when long. */
export function quote(text: string, max = 80): string {
  const cut = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const t = cut.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}

/** A word with its first letter in capitals. */
export const capital = (w: string): string => (w === '' ? w : w[0]!.toUpperCase() + w.slice(1));
