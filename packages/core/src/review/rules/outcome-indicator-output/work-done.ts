/**
 * The work of an activity measured at an outcome (`outcome-indicator-output`): what it built,
 * formed or watched over, the cases it handled, and the area or length it treated; each read as
 * the indicator's words up to the work, quoted as the indicator writes them ("tipe A", "ODOL").
 *
 * @module
 */
import type { IndicatorNode } from '../../api.js';
import { PRODUCED_VERBS, QUALITY_WORDS, REACHED_STATE_WORDS, SERVED_VERBS } from '../../lexicon/words.js';
import { asWritten, capital } from '../../text.utils.js';

/**
 * True when the words from `from` on say what became of the work: a second clause ("... yang
 * dimanfaatkan"), a state reached ("... dan berfungsi") or a quality ("... tepat waktu").
 */
function saysWhatBecame(words: readonly string[], from: number): boolean {
  for (let j = from; j < words.length; j++) {
    const w = words[j]!;
    if (w === 'yang' || REACHED_STATE_WORDS.has(w) || QUALITY_WORDS.has(w)) return true;
  }
  return false;
}

/**
 * Words before the clause that name a change in those the activity served ("Persentase pertumbuhan
 * omset UMKM yang dibina"): the condition that changed, which is what an outcome measures.
 */
const CHANGED = new Set(['pertumbuhan', 'peningkatan', 'kenaikan', 'penurunan', 'omset', 'omzet', 'pendapatan']);

/**
 * Verbs of cases an activity handled ("Jumlah pengaduan yang ditangani", "Jumlah kendaraan ODOL
 * yang ditindak"), of what it worked through (a laboratory's "Jumlah sampel yang diuji", "... alat
 * yang dikalibrasi", a Stasiun PSDKP's "Jumlah pelaku usaha yang diperiksa kepatuhannya"), kept up
 * (a Distrik Navigasi's "Jumlah menara suar yang dipelihara") or rebuilt (a BPPW's "Jumlah sekolah
 * yang direhabilitasi", "Jumlah pasar rakyat yang direvitalisasi"): counted, the work done; as a
 * share ("Persentase pengaduan yang ditangani", "Persentase rumah rusak akibat bencana yang
 * direhabilitasi") the coverage of a service, left alone.
 */
const HANDLED_VERBS = new Set([
  'ditangani',
  'tertangani',
  'ditindak',
  'diuji',
  'dikalibrasi',
  'diperiksa',
  'dipelihara',
  'direhabilitasi',
  'direnovasi',
  'direvitalisasi',
]);

/** Verbs of carrying out: "yang dilaksanakan", "yang terlaksana", "yang direalisasikan". */
const CARRIED_OUT = new Set(['dilaksanakan', 'terlaksana', 'direalisasikan']);

/**
 * What another party carries out: a recommendation, advice or an agreement ("Persentase saran
 * perbaikan yang dilaksanakan oleh terlapor", an Ombudsman; "Persentase kesepakatan diversi yang
 * dilaksanakan", a Bapas), or a court's verdict carried out by the party it binds ("Persentase
 * putusan ... yang dilaksanakan oleh tergugat", the compliance a PTUN measures). Carried out, it
 * is the uptake of the agency's output, a condition, as "... yang ditindaklanjuti" is; one's own
 * work carried out stays work done.
 */
const TAKEN_UP = new Set(['saran', 'rekomendasi', 'kesepakatan', 'putusan']);

/** Prepositions that open a place or a means after a clause ("... yang terolah di TPST ..."). */
const PLACE_WORDS = new Set(['di', 'pada', 'melalui', 'dalam']);

/** Words that may stand between "yang" and the verb ("yang akan dibentuk", "yang telah terpasang"). */
const TENSE_WORDS = new Set(['akan', 'telah', 'sudah', 'sedang']);

/**
 * What an activity built, formed, installed, handed out or watched over ("Persentase Bumdes yang
 * akan dibentuk", "Jumlah Proyek Strategis Nasional yang diawasi", "Jumlah bibit yang
 * disalurkan"), or the cases it handled, counted: the indicator up to its verb, or
 * undefined. Not when a state reached follows ("yang terbentuk dan aktif", "yang disusun tepat
 * waktu") or a second clause says what changed ("... yang dibangun yang dimanfaatkan"), nor when the
 * words before it measure a change in those served ("pertumbuhan omset UMKM yang dibina") or name
 * advice another party carried out ("saran perbaikan yang dilaksanakan").
 */
export function produced(ind: IndicatorNode): string | undefined {
  if (!ind.norm.includes(' yang ')) return undefined;
  const words = ind.words;
  let clause = -1;
  for (let i = 1; i < words.length - 1; i++) {
    if (words[i] !== 'yang') continue;
    // (a later clause after a place or means, "sampah yang terolah di TPA dan TPST yang dibangun",
    // says what that place is, not what the measured thing underwent)
    const qualifiesPlace = clause >= 0 && words.slice(clause + 1, i).some((w) => PLACE_WORDS.has(w));
    clause = i;
    if (qualifiesPlace) continue;
    let v = i + 1;
    if (TENSE_WORDS.has(words[v]!)) v++;
    const verb = words[v] ?? '';
    if (!PRODUCED_VERBS.has(verb) && !(ind.measure === 'count' && HANDLED_VERBS.has(verb))) continue;
    // (a count of those served is named as such, with its own advice: see `served`)
    if (ind.measure === 'count' && SERVED_VERBS.has(verb)) return undefined;
    for (let j = 1; j < i; j++) if (CHANGED.has(words[j]!) || (CARRIED_OUT.has(verb) && TAKEN_UP.has(words[j]!))) return undefined;
    if (saysWhatBecame(words, v + 1)) return undefined;
    return capital(asWritten(words.slice(0, v + 1).join(' '), ind.record.statement));
  }
  return undefined;
}

/**
 * The work named right after the measure: of an area, treating land or forest ("Luas rehabilitasi
 * hutan dan lahan"); of a length, the work done on a road ("Panjang pelebaran jalan menuju
 * standar", "Panjang preservasi jalan").
 */
const WORK_MEASURED: Readonly<Record<string, ReadonlySet<string>>> = {
  luas: new Set(['rehabilitasi', 'reboisasi', 'penghijauan', 'penanaman']),
  panjang: new Set(['pelebaran', 'preservasi', 'pemeliharaan', 'rekonstruksi']),
};

/**
 * The same work said of the land or the line ("Luas lahan yang direhabilitasi", "... yang
 * ditanami"), or what was handled, built or improved there ("Luas kawasan kumuh yang ditangani",
 * "Panjang tanggul yang dibangun dan ditingkatkan", "Panjang jalan yang dipreservasi"). Not the
 * state reached ("yang tertangani infrastruktur dasarnya", "yang terbangun"): the corpus reads
 * those as the condition an immediate outcome states.
 */
const TREATED = new Set([
  'direhabilitasi',
  'direboisasi',
  'dihijaukan',
  'ditanami',
  'ditangani',
  'dibangun',
  'ditingkatkan',
  // (the boundary work of a BPKH: "Panjang batas kawasan hutan yang ditata batas")
  'ditata',
  // (the road work of Bina Marga: "Panjang jalan nasional yang dipreservasi", "... yang dipelihara")
  'dipreservasi',
  'dipelihara',
  // (the river work of a Dinas SDA: "Volume sedimen yang dikeruk", "Panjang sungai yang dinormalisasi")
  'dikeruk',
  'dinormalisasi',
]);

/**
 * The area, length or volume an activity treated ("Luas rehabilitasi hutan dan lahan", "Panjang
 * pelebaran jalan", "Luas jaringan irigasi yang direhabilitasi", "Luas kawasan kumuh yang
 * ditangani", "Panjang tanggul yang dibangun", "Volume sedimen yang dikeruk"): the indicator up to
 * the work, or undefined. An area treated is
 * the volume of the work, as a count of things built is; not when a clause or a state reached
 * says what became of it ("Luas penanaman yang tumbuh", "... yang direhabilitasi dan berfungsi"),
 * nor an area in a condition ("Luas lahan kritis", "Luas kawasan permukiman kumuh", "Luas kawasan
 * hutan dalam kondisi baik").
 */
export function treatedArea(ind: IndicatorNode): string | undefined {
  const words = ind.words;
  if (words[0] !== ind.head || words.length < 2) return undefined;
  const after = ind.norm.indexOf(' yang ');
  if (Object.hasOwn(WORK_MEASURED, words[0]) && WORK_MEASURED[words[0]]!.has(words[1]!))
    return after < 0 ? capital(asWritten(`${words[0]} ${words[1]!}`, ind.record.statement)) : undefined;
  if (after < 0) return undefined;
  for (let i = 2; i < words.length - 1; i++) {
    if (words[i] !== 'yang' || !TREATED.has(words[i + 1]!)) continue;
    if (saysWhatBecame(words, i + 2)) return undefined;
    return capital(asWritten(words.slice(0, i + 2).join(' '), ind.record.statement));
  }
  return undefined;
}
