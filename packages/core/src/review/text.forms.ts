/**
 * The Indonesian affix heuristics of the review: what the first words of a statement say about
 * its form (a condition "Meningkatnya ...", an activity "Pelaksanaan ...", a delivered output
 * "Tersedianya ..."), what an indicator measures, and what kind of unit a satuan is.
 *
 * Every regular expression is compiled once, here.
 *
 * @module
 */
import {
  ACTIVITY_WORDS,
  CHANGE_VERBS,
  COUNT_HEADS,
  COUNT_UNITS,
  FIELD_NOUNS,
  INDEX_HEADS,
  INDEX_UNITS,
  OUTPUT_ROOTS,
  PERCENT_HEADS,
  PROBLEM_IF_NEGATIVE,
  PROBLEM_WORDS,
  PROGRAM_THINGS,
  RATE_HEADS,
  STATE_ASI,
  STOPWORDS,
  TIME_UNITS,
  VAGUE_UNITS,
} from './lexicon/words.js';
import { leadingWords } from './text.normalize.js';

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

/** Roots of passives that name how people act or what they hold, not a product: "ditaati", "dipahami". */
const CONDITION_PASSIVES: ReadonlySet<string> = new Set([
  'taati',
  'patuhi',
  'hormati',
  'percayai',
  'pahami',
  'minati',
  'nikmati',
  'hargai',
  'yakini',
]);

/** Classifies the first word of a normalised statement (lower case, no punctuation). */
export function classifyHead(word: string, next?: string): HeadForm {
  if (PROBLEM_WORDS.has(word)) return 'problem';
  if (NYA.test(word)) {
    const ter = TER_NYA.exec(word);
    // ("Tersediannya", a doubled n before -nya, is "Tersedianya")
    if (ter !== null && (isOutputRoot(ter[1]!) || (ter[1]!.endsWith('n') && isOutputRoot(ter[1]!.slice(0, -1))))) return 'output';
    const di = DI_NYA.exec(word);
    // ("Ditaatinya ...", "Dipatuhinya ...": being complied with or understood is a condition reached)
    if (di !== null && !CONDITION_PASSIVES.has(di[1]!) && (isOutputRoot(di[1]!) || /(?:kan|i)$/.test(di[1]!))) return 'output';
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
  const ws = leadingWords(normalized);
  const head = ws[0] ?? '';
  const alone = head.length === normalized.length;
  // A tree has a few hundred distinct heads: each is classified once (its regular expressions are
  // the cost), in one of two tables as the classification of a head alone may differ.
  const cache = alone ? HEAD_ALONE : HEAD_BEFORE_WORDS;
  let form = cache.get(head);
  if (form === undefined) {
    form = classifyHead(head, alone ? undefined : '');
    if (cache.size >= HEAD_CACHE_LIMIT) cache.clear();
    cache.set(head, form);
  }
  if (form === 'problem' && PROBLEM_IF_NEGATIVE.has(head) && !NEGATIVE_NOUN.test(normalized)) form = 'other';
  // "Tersedianya akses air minum ...": access to a service is the condition it brings, not a product.
  if (form === 'output' && ws[1] === 'akses') form = 'condition';
  // "Terpeliharanya keamanan dan ketertiban masyarakat" (the sasaran a Polres measures by its Indeks
  // Harkamtibmas): order kept is a condition; "Terpeliharanya jalan ..." stays the upkeep done.
  if (form === 'output' && head === 'terpeliharanya' && KEPT_STATES.has(ws[1] ?? '')) form = 'condition';
  // "Operasi dan Pemeliharaan Jaringan Irigasi" (the nomenclature's O&P): operating a network, with
  // the upkeep joined to it, is the work, as "Pemeliharaan ..." alone is; "Operasi" on its own
  // stays where STATE_ASI puts it.
  if (form === 'other' && head === 'operasi' && ws[1] === 'dan' && ws[2] !== undefined && PE_AN.test(ws[2])) form = 'activity';
  // "Program Studi yang Dibina ...", "Program Siaran Budaya Lokal": a study programme is a unit of a
  // university, a broadcast programme the product of a station, not a programme of work.
  if (form === 'activity' && head === 'program' && PROGRAM_THINGS.has(ws[1] ?? '')) form = 'other';
  return { form, head };
}

/**
 * States that are kept, not things maintained: security, order, harmony, conservation of a society,
 * and a status held ("Terpeliharanya akreditasi laboratorium pengujian", a UPTD pengujian mutu).
 */
const KEPT_STATES: ReadonlySet<string> = new Set([
  'akreditasi',
  'keamanan',
  'ketertiban',
  'kamtibmas',
  'ketenteraman',
  'ketentraman',
  'kerukunan',
  'kondusivitas',
  'stabilitas',
  'kelestarian',
  'persatuan',
]);

const HEAD_ALONE = new Map<string, HeadForm>();
const HEAD_BEFORE_WORDS = new Map<string, HeadForm>();
const HEAD_CACHE_LIMIT = 10_000;

/**
 * "Terlaksananya Pelaksanaan ...", "Tersusunnya Penyusunan ...": an output verb followed by the
 * activity noun of the same root. Returns the two words, or undefined.
 */
export function redundantPair(normalized: string): readonly [string, string] | undefined {
  if (!normalized.startsWith('ter') && !normalized.startsWith('di')) return undefined;
  const ws = leadingWords(normalized);
  if (ws.length < 2) return undefined;
  const first = ws[0]!;
  // The root between "ter"/"di" and "nya", by `test` and a slice: `exec` makes a match list for most "Ter...nya" heads.
  const from = TER_NYA.test(first) ? 3 : DI_NYA.test(first) ? 2 : 0;
  if (from === 0) return undefined;
  const second = ws[1]!;
  if (!PE_AN.test(second)) return undefined;
  let root = first.slice(from, -3);
  if (root.endsWith('kan')) root = root.slice(0, -3);
  // Nasal assimilation: susun -> penyusunan, kelola -> pengelolaan, pelihara -> pemeliharaan.
  const core = /^[ptks]/.test(root) ? root.slice(1) : root;
  if (core.length < 3) return undefined;
  return second.includes(core) ? [first, second] : undefined;
}

const CHANGE_NYA_AFTER_AND = /(?:^|\s)(?:dan|serta)\s+((?:me|ber|ter)[a-z]{3,}nya)\b/;

/**
 * A second result joined into the statement: "Meningkatnya X dan menurunnya Y". Returns the
 * second predicate, or undefined. Only checked when the statement itself starts with a -nya form.
 * Not the movements a quarantine prevents ("pencegahan masuk dan tersebarnya HPHK", "masuk, keluar
 * dan tersebarnya OPTK"): one object of one prevention, not a second result.
 */
export function compoundPredicate(normalized: string): string | undefined {
  const m = CHANGE_NYA_AFTER_AND.exec(normalized);
  if (m === null) return undefined;
  const before = normalized.slice(0, m.index).trimEnd();
  const last = before.slice(before.lastIndexOf(' ') + 1).replace(TRAILING_COMMA, '');
  return MOVEMENTS.has(last) ? undefined : m[1];
}

/** Movements named with "tersebarnya" as what a quarantine prevents (UU 21/2019). */
const MOVEMENTS: ReadonlySet<string> = new Set(['masuk', 'masuknya', 'keluar', 'keluarnya']);
const TRAILING_COMMA = /,$/;

/** What an indicator measures, from its first words. */
export type MeasureForm = 'percent' | 'index' | 'rate' | 'count' | 'other';

/** "% Desa yang ...": a percentage written with its sign for "Persentase", as IKU tables shorten it. */
const PERCENT_SIGN_HEAD = /^\s*%\s*[A-Za-z]/;

/**
 * The measure an indicator names, with its head word. `written`, the statement as written, tells
 * a percentage written with its sign ("% Desa yang ...", read as "Persentase desa yang ..."),
 * which normalising drops.
 */
export function measureForm(normalized: string, written = ''): { readonly form: MeasureForm; readonly head: string } {
  if (PERCENT_SIGN_HEAD.test(written)) return { form: 'percent', head: 'persentase' };
  const head = leadingWords(normalized)[0] ?? '';
  if (PERCENT_HEADS.has(head)) return { form: 'percent', head };
  if (INDEX_HEADS.has(head)) return { form: 'index', head };
  if (COUNT_HEADS.has(head)) return { form: 'count', head };
  if (RATE_HEADS.has(head)) return { form: 'rate', head };
  return { form: 'other', head };
}

/**
 * The noun a count counts: the first content word after the count head ("Jumlah dokumen
 * perencanaan" → `dokumen`, "Jumlah ASN yang ..." → `asn`), or a two-word activity ("rapat
 * koordinasi"). A case file counts its case ("Jumlah Berkas Kasus Piutang Negara yang dapat
 * diselesaikan", a KPKNL; "Jumlah berkas perkara ..." → `perkara`), not a document; a household
 * counts `rumah tangga`, not a house (`rumah`). Undefined when
 * the statement has no word after its head.
 */
export function countedNoun(normalized: string): string | undefined {
  const ws = leadingWords(normalized);
  let i = 1;
  while (i < ws.length && (STOPWORDS.has(ws[i]!) || ws[i] === 'total' || ws[i] === 'kumulatif')) i++;
  if (ws[i] === 'berkas' && (ws[i + 1] === 'kasus' || ws[i + 1] === 'perkara')) return ws[i + 1];
  // A household ("Jumlah rumah tangga yang mendapatkan akses sanitasi ...", counted in KK) is not a house.
  return ws[i] === 'rumah' && ws[i + 1] === 'tangga' ? 'rumah tangga' : ws[i];
}

/** Kinds of unit (satuan). */
export type UnitClass = 'percent' | 'index' | 'count' | 'currency' | 'time' | 'vague' | 'other';

const PERCENT_UNIT = /%|\bpersen|\bprosen|\bpresen|\bpercent/;
const CURRENCY_UNIT = /^(?:rp|rupiah|idr|juta|miliar|milyar|triliun|ribu)\b/;

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
  if (INDEX_UNITS.has(u)) return 'index';
  if (CURRENCY_UNIT.test(u)) return 'currency';
  if (TIME_UNITS.has(u)) return 'time';
  if (COUNT_UNITS.has(u)) return 'count';
  return 'other';
}
