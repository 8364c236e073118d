import type { CascadeIssue, CascadeIssueCode } from '../errors.js';
import type { Locale } from '../renderer.js';

/**
 * The words of every parse issue, in Bahasa Indonesia and English, by issue code. An issue carries
 * its code and parameters (document text in them is already quoted and shortened); the message is
 * made from them in the language asked for, so a program can show the same issue in either.
 *
 * @module
 */

/** Parameters of an issue: quoted document text, numbers, and the words a message needs. */
export type IssueParams = Readonly<Record<string, string | number>>;

type Template = (p: IssueParams) => string;

/** `a` or `an` before a quoted level key: `an "output" result`. */
const an = (quoted: unknown): string => (/^"?[aeiou]/i.test(String(quoted)) ? 'an' : 'a');
const s = (n: unknown): string => (n === 1 ? '' : 's');
const str = (v: string | number | undefined): string => (v === undefined ? '' : String(v));

/**
 * A comma in a YAML flow mapping that began a key. A key of one to three digits among target years
 * is most often the decimals of the number before it, typed with the decimal comma: in YAML,
 * `{ "2025": 95,5 }` is a year 2025 of 95 and a key "5". Else see {@link textCommaHint}.
 */
const commaHint = (key: string | number | undefined): { id: string; en: string } =>
  /^"?\d{1,3}"?$/.test(str(key))
    ? {
        id: '; bila maksudnya angka desimal dengan koma (95,5), tulis dengan titik (95.5) atau dalam tanda kutip ("95,5")',
        en: '; if this is the decimals of a number written with a comma (95,5), write it with a point (95.5) or in quotes ("95,5")',
      }
    : textCommaHint(key);

/**
 * A key of several words is no key of the format (they are single words): in a YAML flow mapping
 * (`{ name: Dinas Pertanian, Perkebunan dan Kehutanan }`) a comma ended the text before it and
 * began a key.
 */
const textCommaHint = (key: string | number | undefined): { id: string; en: string } =>
  /\S\s+\S/.test(str(key))
    ? {
        id: '; bila ini lanjutan teks sebelumnya yang memuat koma di dalam kurung kurawal { }, apit seluruh teks itu dengan tanda kutip (name: "Dinas Pertanian, Perkebunan dan Kehutanan")',
        en: '; if this continues the text before it, which holds a comma inside braces { }, put the whole text in quotes (name: "Dinas Pertanian, Perkebunan dan Kehutanan")',
      }
    : { id: '', en: '' };

/** A long number where text belongs (an unquoted NIP, 18 digits) has lost its last digits to YAML's number. */
const long = (p: IssueParams, lang: 'id' | 'en'): string =>
  p.expected === 'string' && /^\d{16}/.test(str(p.got))
    ? lang === 'id'
      ? '; tulis dalam tanda kutip (angka panjang kehilangan digit)'
      : '; write it in quotes (a long number loses digits)'
    : '';

/** Type names of the schema in Indonesian. */
const TYPE_ID: Readonly<Record<string, string>> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'true atau false',
  array: 'daftar',
  object: 'objek',
  null: 'null',
};
/** The way the messages describe a value (`a list`, `an object`), in Indonesian. */
const GOT_ID: Readonly<Record<string, string>> = { 'a list': 'sebuah daftar', 'an object': 'sebuah objek' };
const gotId = (got: unknown): string => GOT_ID[String(got)] ?? String(got);

/** Why a value is not plain data, per reason of the snapshot. */
const NOT_DATA: Readonly<Record<string, { readonly en: Template; readonly id: Template }>> = {
  unreadable: {
    en: () => 'this value cannot be read (a revoked proxy, or reading it throws): not plain data',
    id: () => 'nilai ini tidak dapat dibaca (proxy yang dicabut, atau pembacaannya gagal): bukan data biasa',
  },
  'not-plain-object': {
    en: (p) =>
      `a ${str(p.what)} is not plain data: give plain objects and lists (what JSON.parse gives, or a YAML parser's parse(); for a YAML Document, its toJS())`,
    id: (p) =>
      `${str(p.what)} bukan data biasa: berikan objek dan daftar biasa (hasil JSON.parse, atau parse() dari pengurai YAML; untuk Document YAML, toJS()-nya)`,
  },
  bigint: {
    en: (p) => `a BigInt (${str(p.what)}) is not a number pokin reads: parse the YAML without intAsBigInt`,
    id: (p) => `BigInt (${str(p.what)}) bukan angka yang dibaca pokin: urai YAML tanpa intAsBigInt`,
  },
  accessor: {
    en: () => 'a getter or setter is not plain data: give the value itself',
    id: () => 'getter atau setter bukan data biasa: berikan nilainya',
  },
  circular: {
    en: () => 'this value contains itself (a cycle): not plain data',
    id: () => 'nilai ini memuat dirinya sendiri (siklus): bukan data biasa',
  },
  'too-deep': {
    en: (p) => `nested deeper than ${str(p.limit)} levels: not a pokin document`,
    id: (p) => `bersarang lebih dari ${str(p.limit)} tingkat: bukan dokumen pokin`,
  },
  hole: { en: () => 'a list with holes is not plain data', id: () => 'daftar yang berlubang bukan data biasa' },
  changed: {
    en: () => 'this value changed while it was read: not plain data',
    id: () => 'nilai ini berubah saat dibaca: bukan data biasa',
  },
  'proto-key': { en: () => 'the key "__proto__" cannot hold data', id: () => 'kunci "__proto__" tidak dapat memuat data' },
  'list-too-long': {
    en: (p) => `a list longer than ${str(p.limit)} entries is not a pokin document`,
    id: (p) => `daftar dengan lebih dari ${str(p.limit)} entri bukan dokumen pokin`,
  },
  'too-many-keys': {
    en: (p) => `an object with more than ${str(p.limit)} keys is not a pokin document`,
    id: (p) => `objek dengan lebih dari ${str(p.limit)} kunci bukan dokumen pokin`,
  },
};

/** The message templates of every issue code. */
export const ISSUE_MESSAGES: Readonly<Record<CascadeIssueCode, { readonly en: Template; readonly id: Template }>> = {
  schema: { en: (p) => str(p.message), id: (p) => `tidak sah (${str(p.message)})` },
  'not-object': {
    en: (p) => `a pokin document is an object, got ${str(p.got)}`,
    id: (p) => `dokumen pokin harus berupa objek, bukan ${gotId(p.got)}`,
  },
  version: {
    en: (p) =>
      p.value === undefined
        ? 'missing format version: add "pokin: 1" at the top'
        : `unsupported format version ${str(p.value)}: this pokin reads version 1`,
    id: (p) =>
      p.value === undefined
        ? 'versi format tidak ada: tambahkan "pokin: 1" di baris paling atas'
        : `versi format ${str(p.value)} tidak didukung: pokin ini membaca versi 1`,
  },
  'unknown-key': {
    en: (p) => `unknown key ${str(p.key)}${p.hint === undefined ? commaHint(p.key).en : ` (did you mean "${str(p.hint)}"?)`}`,
    id: (p) => `kunci ${str(p.key)} tidak dikenal${p.hint === undefined ? commaHint(p.key).id : ` (maksudnya "${str(p.hint)}"?)`}`,
  },
  required: { en: () => 'required', id: () => 'wajib diisi' },
  'wrong-type': {
    en: (p) => `expected ${str(p.expected)}, got ${str(p.got)}${long(p, 'en')}`,
    id: (p) => `seharusnya ${TYPE_ID[str(p.expected)] ?? str(p.expected)}, bukan ${gotId(p.got)}${long(p, 'id')}`,
  },
  empty: { en: () => 'must not be empty', id: () => 'tidak boleh kosong' },
  'no-results': { en: () => 'a document needs at least one result', id: () => 'dokumen harus memuat paling sedikit satu hasil (results)' },
  'too-few': {
    en: (p) => `needs at least ${str(p.minimum)} entr${p.minimum === 1 ? 'y' : 'ies'}`,
    id: (p) => `paling sedikit ${str(p.minimum)} entri`,
  },
  'invalid-id': {
    en: () => 'an id may only hold letters, digits, ".", "_" and "-"',
    id: () => 'id hanya boleh berisi huruf, angka, ".", "_" dan "-"',
  },
  'invalid-reference': {
    en: () => 'a reference is a result id, or "document-id#result-id"; ids may only hold letters, digits, ".", "_" and "-"',
    id: () => 'rujukan berupa id hasil, atau "id-dokumen#id-hasil"; id hanya boleh berisi huruf, angka, ".", "_" dan "-"',
  },
  'invalid-year': {
    en: (p) => `invalid key ${str(p.key)}: a target year has four digits, from 1900 to 2200 (as a baseline year)${commaHint(p.key).en}`,
    id: (p) =>
      `kunci ${str(p.key)} tidak sah: tahun terdiri atas empat angka, dari 1900 sampai 2200 (seperti tahun kondisi awal)${commaHint(p.key).id}`,
  },
  'invalid-key': {
    en: (p) => `invalid key ${str(p.key)}${p.reason === undefined ? '' : `: ${str(p.reason)}`}`,
    id: (p) => `kunci ${str(p.key)} tidak sah`,
  },
  'invalid-value': {
    en: (p) => (p.allowed === undefined ? `${str(p.value)} is not a valid value here` : `${str(p.value)} is not one of: ${str(p.allowed)}`),
    id: (p) =>
      p.allowed === undefined
        ? `${gotId(p.value)} bukan nilai yang sah di sini`
        : `${gotId(p.value)} bukan salah satu dari: ${str(p.allowed)}`,
  },
  'out-of-range': {
    en: (p) => (p.minimum !== undefined ? `must be at least ${str(p.minimum)}` : `must be at most ${str(p.maximum)}`),
    id: (p) => (p.minimum !== undefined ? `paling kecil ${str(p.minimum)}` : `paling besar ${str(p.maximum)}`),
  },
  'not-integer': { en: () => 'must be a whole number', id: () => 'harus bilangan bulat' },
  'period-order': { en: () => 'period.end must not be before period.start', id: () => 'period.end tidak boleh sebelum period.start' },
  'not-data': {
    en: (p) => NOT_DATA[str(p.reason)]?.en(p) ?? 'not plain data',
    id: (p) => NOT_DATA[str(p.reason)]?.id(p) ?? 'bukan data biasa',
  },
  'too-many-issues': {
    en: (p) => `... and ${str(p.count)} more problem${s(p.count)}`,
    id: (p) => `... dan ${str(p.count)} masalah lain`,
  },
  'duplicate-id': {
    en: (p) => `duplicate id ${str(p.id)} (first used at ${str(p.first)})`,
    id: (p) => `id ${str(p.id)} ganda (pertama dipakai di ${str(p.first)})`,
  },
  'duplicate-indicator-id': {
    en: (p) => `duplicate indicator id ${str(p.id)} (first used at ${str(p.first)})`,
    id: (p) => `id indikator ${str(p.id)} ganda (pertama dipakai di ${str(p.first)})`,
  },
  'missing-parent': {
    en: (p) => `parent ${str(p.id)} does not exist: no result has this id`,
    id: (p) => `induk ${str(p.id)} tidak ada: tidak ada hasil dengan id ini`,
  },
  'missing-contributes-to': {
    en: (p) => `contributesTo ${str(p.id)} does not exist: no result has this id`,
    id: (p) => `contributesTo ${str(p.id)} tidak ada: tidak ada hasil dengan id ini`,
  },
  'self-reference': {
    en: (p) => (p.field === 'parent' ? `result ${str(p.id)} cannot be its own parent` : `result ${str(p.id)} cannot contribute to itself`),
    id: (p) =>
      p.field === 'parent'
        ? `hasil ${str(p.id)} tidak dapat menjadi induknya sendiri`
        : `hasil ${str(p.id)} tidak dapat mendukung dirinya sendiri`,
  },
  cycle: { en: (p) => `cycle: ${str(p.cycle)}`, id: (p) => `siklus: ${str(p.cycle)}` },
  'unknown-level': {
    en: (p) => `level ${str(p.level)} is not in the level scheme (${str(p.levels)})`,
    id: (p) => `level ${str(p.level)} tidak ada dalam skema level (${str(p.levels)})`,
  },
  'unknown-level-preset': {
    en: (p) => `unknown level scheme ${str(p.name)}; presets: ${str(p.presets)}`,
    id: (p) => `skema level ${str(p.name)} tidak dikenal; skema bawaan: ${str(p.presets)}`,
  },
  'duplicate-level': {
    en: (p) => `duplicate level key ${str(p.key)} (first at ${str(p.first)})`,
    id: (p) => `kunci level ${str(p.key)} ganda (pertama di ${str(p.first)})`,
  },
  'level-order': {
    en: (p) =>
      p.id === undefined
        ? `${an(p.child)} ${str(p.child)} result cannot sit under ${an(p.parent)} ${str(p.parent)} result: a child's level must be below its parent's`
        : `result ${str(p.id)}, ${str(p.child_en)}, skips the level${s(p.count)} ${str(p.skipped_en)} under its parent ${str(p.parentId)}, ${str(p.parent_en)}; only optional levels may be skipped: add the result${s(p.count)} in between, or write the document's own levels with ${p.count === 1 ? 'that level' : 'those levels'} optional (optional: true)`,
    id: (p) =>
      p.id === undefined
        ? `hasil ${str(p.child)} tidak dapat berada di bawah hasil ${str(p.parent)}: level anak harus di bawah level induknya`
        : `hasil ${str(p.id)}, ${str(p.child_id)}, melompati level ${str(p.skipped_id)} di bawah induknya ${str(p.parentId)}, ${str(p.parent_id)}; hanya level opsional yang boleh dilompati: tambahkan kinerja level tersebut di antaranya, atau tuliskan susunan level dokumen sendiri dengan level itu opsional (optional: true)`,
  },
  'missing-csf-result': {
    en: (p) => `result ${str(p.id)} does not exist: no result has this id`,
    id: (p) => `hasil ${str(p.id)} tidak ada: tidak ada hasil dengan id ini`,
  },
};

/**
 * The message of an issue in a language: Bahasa Indonesia by default (what a user reads), or
 * English. `issue.message` holds the language `parseCascade` was asked for (English by default).
 *
 * @example
 * ```ts
 * const r = safeParseCascade(doc);
 * if (!r.success) for (const i of r.error.issues) console.log(`${i.path}: ${formatIssue(i)}`);
 * ```
 */
export function formatIssue(issue: Pick<CascadeIssue, 'code' | 'params' | 'message'>, locale: Locale = 'id'): string {
  const m = ISSUE_MESSAGES[issue.code] as (typeof ISSUE_MESSAGES)[CascadeIssueCode] | undefined;
  return m === undefined || issue.params === undefined ? issue.message : m[locale === 'en' ? 'en' : 'id'](issue.params);
}
