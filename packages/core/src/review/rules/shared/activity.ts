/**
 * What an indicator reports instead of a result: activities counted ("Jumlah koordinasi ..."),
 * work carried out ("Persentase terlaksananya ..."), or a budget spent ("Persentase daya serap
 * APBD"). Read by `activity-indicator` and by the rules that leave such indicators to it.
 *
 * @module
 */
import type { IndicatorNode } from '../../api.js';
import { COMPLETION_WORDS, COUNTED_ACTIVITIES, PROGRAM_THINGS, STOPWORDS } from '../../lexicon/words.js';
import { leadingWords } from '../../text.utils.js';

/** One's own work: finishing it is completion, not a result. */
const OWN_WORK = new Set(['tugas', 'pekerjaan', 'kegiatan', 'program']);

/** Trainings held in batches ("paket pelatihan", "angkatan diklat"). */
const TRAININGS = new Set(['pelatihan', 'diklat', 'kursus', 'bimtek']);

/** One's own plan of work: the PKPT (Program Kerja Pengawasan Tahunan), a rencana aksi or kerja. */
const PLANS = new Set(['pkpt', 'rencana', 'renja', 'renaksi']);
const CARRIED_OUT = new Set(['dilaksanakan', 'terlaksana', 'direalisasikan', 'terealisasi', 'terealisasikan']);

/**
 * What a body is said to be ("Forum Anak yang terbentuk", "... yang aktif"): a forum formed or
 * active is an institution counted, not meetings held.
 */
const FORMED = new Set(['terbentuk', 'dibentuk', 'aktif', 'berfungsi']);

/**
 * What is said of an auction that failed or was held again ("Jumlah lelang yang gagal", "...
 * ulang"): a count of failures, a condition, not auctions held.
 */
const FAILED = new Set(['gagal', 'ulang', 'batal', 'dibatalkan']);

/**
 * What is said of an auction that sold ("Frekuensi lelang yang laku", an IKU of a KPKNL): what the
 * auction brought, a result, not auctions held.
 */
const SOLD = new Set(['laku', 'terjual']);

/**
 * What is said of a workshop that is a place, the bengkel of a training centre (BLK, BPVP): kept
 * up, rebuilt or equipped ("Jumlah workshop yang dipelihara", "... workshop kejuruan"), not a
 * lokakarya held.
 */
const PLACE_WORDS = new Set([
  'dipelihara',
  'terpelihara',
  'direhabilitasi',
  'direnovasi',
  'dibangun',
  'terbangun',
  'kejuruan',
  'peralatan',
]);

/**
 * What runs rather than is held: a facility, a plant, an installation or a machine ("Jumlah hari
 * operasi fasilitas RDF", a UPTD TPA; "... instalasi pengolahan lindi"). Its days of operation are
 * its availability, a service it gives, not the days an operation such as a patrol was held.
 */
const RUNNING = new Set(['fasilitas', 'instalasi', 'ipal', 'ipl', 'mesin', 'pabrik', 'insinerator', 'pompa', 'pembangkit']);

/** What is said of a competition won ("... yang dimenangkan", "... yang dijuarai"). */
const WON = new Set(['dimenangkan', 'dijuarai', 'juara']);

/** What is done to an activity once held: published or covered, a result of its own (information made public). */
const PUBLISHED = new Set([
  'dipublikasikan',
  'dipublikasi',
  'terpublikasi',
  'terpublikasikan',
  'diliput',
  'terliput',
  'diberitakan',
  'disiarkan',
  'tersiarkan',
]);

const REALISED_WORK = new Set(['anggaran', 'belanja', 'kegiatan', 'program', 'fisik', 'keuangan', 'dana', 'dak']);

/**
 * Why an indicator counts activities or reports completion, or undefined. The answer depends on
 * the normalised statement only; the rules that ask run one after another on the same indicator,
 * so the last answer is kept, by its text (a table of every indicator's answer would live as long
 * as the review, see nodes.ts; a kept node would keep the whole review alive).
 */
export function activityOf(ind: IndicatorNode): Activity | undefined {
  const norm = ind.norm;
  if (norm !== lastNorm) {
    lastActivity = readActivity(ind);
    lastNorm = norm;
  }
  return lastActivity;
}

/**
 * What an indicator reports instead of a result: activities counted, the days they ran ("Jumlah
 * hari operasi ...", the word is the activity), or work carried out, and the word that says it.
 */
export type Activity = {
  readonly kind: 'count' | 'days' | 'completion';
  readonly word: string;
  /** For days, the days as counted when more than "hari <word>" ("hari layar patroli"). */
  readonly days?: string;
};
let lastNorm: string | undefined;
let lastActivity: Activity | undefined;

function readActivity(ind: IndicatorNode): Activity | undefined {
  if (ind.measure === 'rate') return ownAbsorption(ind, leadingWords(ind.norm));
  if (ind.measure !== 'count' && ind.measure !== 'percent') return undefined;
  // The first words are enough (most indicators), all of them only after a run of connectives.
  const first = leadingWords(ind.norm);
  const ws = first.length < 4 || !STOPWORDS.has(first[1]!) || !STOPWORDS.has(first[2]!) ? first : ind.words;
  if (ind.measure === 'count') {
    let i = 1;
    while (i < ws.length && STOPWORDS.has(ws[i]!)) i++;
    const w = ws[i];
    if (w === undefined) return undefined;
    const two = ws[i + 1] === undefined ? '' : `${w} ${ws[i + 1]}`;
    if (COUNTED_ACTIVITIES.has(two)) return { kind: 'count', word: two };
    // "Jumlah peserta pelatihan" counts people; "Jumlah pelatihan" counts activities.
    // ("Jumlah Forum Anak yang terbentuk": the children's forum is a body, as is any forum formed or active)
    if (w === 'forum' && (ws[i + 1] === 'anak' || formed(ind.words))) return undefined;
    // ("Jumlah lomba yang dimenangkan": competitions won are a result, not events held)
    if (w === 'lomba' && ind.words.some((x) => WON.has(x))) return undefined;
    // ("Jumlah workshop yang dipelihara": a training centre's workshop is a building, not a lokakarya)
    if (w === 'workshop' && ind.words.some((x) => PLACE_WORDS.has(x))) return undefined;
    if (COUNTED_ACTIVITIES.has(w)) return { kind: 'count', word: w };
    // ("Jumlah paket pelatihan yang dilaksanakan", "Jumlah angkatan diklat": the batches of a training
    // held, a BLK's activity; "Jumlah peserta pelatihan" counts the people trained)
    if ((w === 'paket' || w === 'angkatan') && TRAININGS.has(ws[i + 1] ?? '')) return { kind: 'count', word: two };
    // ("Jumlah lelang barang rampasan negara" in kali: auctions held; "Jumlah lelang yang gagal" counts
    // failures, "Frekuensi lelang yang laku" the auctions that sold)
    if (w === 'lelang' && !ind.words.some((x) => FAILED.has(x) || SOLD.has(x))) return { kind: 'count', word: w };
    // "Jumlah hari operasi pengawasan": the days an activity ran (its volume), not what it brought.
    // ("Jumlah hari operasi fasilitas RDF": the days a facility ran, its availability, not an operation held)
    if (w === 'hari' && ws[i + 1] === 'operasi' && RUNNING.has(ws[i + 2] ?? '')) return undefined;
    if (w === 'hari' && ws[i + 1] !== undefined && COUNTED_ACTIVITIES.has(ws[i + 1]!)) return { kind: 'days', word: ws[i + 1]! };
    // ("Jumlah hari layar patroli laut": the sea days of a patrol, a Bea Cukai or PSDKP measure of its
    // volume; "Jumlah hari layar kapal negara kenavigasian", a Distrik Navigasi: the sea days of a
    // vessel, the days its voyages ran)
    if (w === 'hari' && ws[i + 1] === 'layar') {
      const next = ws[i + 2];
      if (next !== undefined && COUNTED_ACTIVITIES.has(next)) return { kind: 'days', word: next, days: `hari layar ${next}` };
      if (next === 'kapal') return { kind: 'days', word: 'pelayaran', days: 'hari layar' };
    }
    return undefined;
  }
  if (ind.measure === 'percent') {
    const w = ws[1];
    // ("Persentase kegiatan DPRD yang dipublikasikan": the share of activities made public, not carried out;
    // "Persentase kegiatan survei yang ... memenuhi standar": the share whose result meets a standard;
    // "Persentase program studi ...", "Persentase program siaran ...": a study or broadcast programme
    // is a thing, not a programme of work)
    if (
      w !== undefined &&
      COMPLETION_WORDS.has(w) &&
      !(w === 'program' && PROGRAM_THINGS.has(ws[2] ?? '')) &&
      !((w === 'kegiatan' || w === 'program') && (ind.words.some((x) => PUBLISHED.has(x)) || meetsStandard(ind.words)))
    )
      return { kind: 'completion', word: w };
    // "Persentase PKPT/rencana aksi yang dilaksanakan": the share of one's own plan of work carried out.
    if (w !== undefined && PLANS.has(w) && ind.words.some((x) => CARRIED_OUT.has(x))) return { kind: 'completion', word: w };
    // "Persentase realisasi anggaran/kegiatan/fisik" reports spending or work done; "realisasi pendapatan" is a result.
    if (w === 'realisasi' && ws[2] !== undefined && REALISED_WORK.has(ws[2])) return { kind: 'completion', word: `${w} ${ws[2]}` };
    // ("Persentase capaian realisasi fisik program": the same work done, said as its achievement)
    if (w === 'capaian' && ws[2] === 'realisasi' && ws[3] !== undefined && REALISED_WORK.has(ws[3]))
      return { kind: 'completion', word: `capaian realisasi ${ws[3]}` };
    // "Persentase penyelesaian tugas/pekerjaan": one's own work done ("penyelesaian perkara" is a result).
    if (w === 'penyelesaian' && ws[2] !== undefined && OWN_WORK.has(ws[2])) return { kind: 'completion', word: `${w} ${ws[2]}` };
    return ownAbsorption(ind, ws);
  }
  return undefined;
}

/**
 * The absorption of the agency's own budget ({@link absorption}); not that of the satker mitra a
 * KPPN serves ("Persentase penyerapan anggaran satker mitra KPPN"), whose budget execution is the
 * treasury office's result.
 */
function ownAbsorption(ind: IndicatorNode, ws: readonly string[]): Activity | undefined {
  const a = absorption(ws);
  return a !== undefined && namesSatkerMitra(ind.words) ? undefined : a;
}

/**
 * True when the words name the satker mitra a KPPN or a Kanwil DJPb serves ("IKPA satker mitra",
 * "penyerapan anggaran satker mitra KPPN"): the quality of others' budget execution, which is a
 * treasury office's substance, not its own support work.
 */
export function namesSatkerMitra(words: readonly string[]): boolean {
  return words.includes('mitra') && words.includes('satker');
}

/** True when a statement says what it measures meets a standard ("... yang memenuhi standar", "... memenuhi kriteria"). */
function meetsStandard(ws: readonly string[]): boolean {
  // ("... yang mengacu SKKNI": a training programme built on the national competency standard;
  // "Persentase program pelatihan yang terakreditasi", a BLK: found by an assessor to meet one)
  for (let i = 1; i < ws.length; i++) if ((ws[i - 1] === 'memenuhi' || ws[i - 1] === 'mengacu') && STANDARDS.has(ws[i]!)) return true;
  for (const w of ws) if (ASSESSED.has(w)) return true;
  return false;
}

/** What an assessor found a programme to be: accredited or certified against a standard. */
const ASSESSED = new Set(['terakreditasi', 'tersertifikasi', 'bersertifikat', 'bersertifikasi']);

/** What a result is measured against when it "memenuhi" one, or what a programme "mengacu" (the SKKNI, an SNI). */
const STANDARDS = new Set(['standar', 'standard', 'syarat', 'persyaratan', 'kriteria', 'kaidah', 'ketentuan', 'skkni', 'sni']);

/** True when a statement says what it counts was formed or is active ("... yang terbentuk", "... yang aktif"). */
function formed(ws: readonly string[]): boolean {
  for (let i = 1; i < ws.length; i++) if (ws[i - 1] === 'yang' && FORMED.has(ws[i]!)) return true;
  return false;
}

/** The budgets whose absorption an indicator may report ("daya serap APBD", "penyerapan anggaran"). */
const BUDGETS = new Set([...REALISED_WORK, 'apbd', 'apbn', 'apbdes']);

/**
 * How much of a budget was spent ("Persentase daya serap APBD", "Tingkat penyerapan anggaran"),
 * read from a measure's first words: spending is work carried out, not its result.
 */
function absorption(ws: readonly string[]): Activity | undefined {
  const w = ws[1];
  if (w === 'daya' && ws[2] === 'serap') return { kind: 'completion', word: 'daya serap' };
  if ((w === 'penyerapan' || w === 'serapan') && ws[2] !== undefined && BUDGETS.has(ws[2]))
    return { kind: 'completion', word: `${w} ${ws[2]}` };
  return undefined;
}
