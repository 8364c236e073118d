/**
 * Which way an indicator improves: the stated `polarity`, else what its wording implies. Lower is
 * better for waktu, kasus, angka kematian, prevalensi, pelanggaran, kemiskinan, pengangguran,
 * keluhan, gap ... unless the wording turns it round ("Persentase kasus yang ditangani",
 * "Persentase penurunan angka kemiskinan"); higher is better by default for persentase, indeks,
 * nilai, cakupan and the like; a ratio, a rate or an age stays open. An indicator worded as a
 * statement follows its verb ("Berkurangnya jumlah keluhan": lower is better); the gross enrolment
 * rate (APK) aims at 100 from either side; a rank held as a number ("Peringkat daerah ...": 10,
 * then 8 ... 3) is better lower.
 *
 * @module
 */
import type { IndicatorNode } from './api.js';
import {
  AMBIGUOUS_HEADS,
  DOWN_WORDS,
  FALLING_HEADS,
  RECEIVING_VERBS,
  REVERSING_WORDS,
  RISING_HEADS,
  SCORE_WORDS,
  TINGKAT_UP,
  UP_HEADS,
  UP_MEASURES,
} from './lexicon/words.js';
import { readValue } from './number.utils.js';

/**
 * Words after which a statement names a norm followed ("sesuai SOP", "berdasarkan standar"), or,
 * after "akta", the event a civil registry records ("Jumlah akta kematian yang diterbitkan",
 * "Persentase kepemilikan akta kematian"): not the condition measured.
 */
const NORM_MARKERS: ReadonlySet<string> = new Set(['sesuai', 'berdasarkan', 'menurut', 'akta']);

/**
 * What follows "prevalensi" when it is the contraceptive prevalence rate ("Angka prevalensi
 * kontrasepsi modern (mCPR)", "Prevalensi pemakaian kontrasepsi", "prevalensi ber-KB"): the share
 * of couples using contraception, better higher, unlike the prevalence of a disease.
 */
const CONTRACEPTION: ReadonlySet<string> = new Set(['kontrasepsi', 'kb']);

/** True when "prevalensi" at `i` names the contraceptive prevalence rate. */
function contraceptivePrevalence(ws: readonly string[], i: number): boolean {
  const next = ws[i + 1] ?? '';
  if (CONTRACEPTION.has(next)) return true;
  return (next === 'pemakaian' || next === 'penggunaan' || next === 'ber') && CONTRACEPTION.has(ws[i + 2] ?? '');
}

/** Verbs of getting better ("... yang meningkat kualitas hidupnya", "... yang naik kelas"). */
const IMPROVING_VERBS: ReadonlySet<string> = new Set(['meningkat', 'membaik', 'naik', 'keluar']);

/** A direction and where it comes from. */
export interface Direction {
  readonly direction: 'up' | 'down' | 'range' | undefined;
  readonly source: 'stated' | 'wording' | 'default' | 'none';
}

const NONE: Direction = Object.freeze({ direction: undefined, source: 'none' });
const UP_DEFAULT: Direction = Object.freeze({ direction: 'up', source: 'default' });
const UP_WORDING: Direction = Object.freeze({ direction: 'up', source: 'wording' });
const DOWN_WORDING: Direction = Object.freeze({ direction: 'down', source: 'wording' });
const RANGE_WORDING: Direction = Object.freeze({ direction: 'range', source: 'wording' });

/** The direction of an indicator. */
export function inferDirection(ind: IndicatorNode): Direction {
  const p = ind.record.polarity;
  if (p !== undefined) return { direction: p, source: 'stated' };
  // A rank held as a number ("Peringkat daerah pada MTQ tingkat provinsi": 10, then 8, 6 ... 3):
  // first place is 1, so a smaller number is better. (A rank given as a grade, "A", is not a number.)
  if (RANK_HEADS.has(ind.head) && targetsAreNumbers(ind)) return DOWN_WORDING;
  const words = directionOfWords(ind.norm, ind.head, ind.words);
  // A percentage aiming at 100 ("Setiap penderita hipertensi mendapat pelayanan", 100 %) is better higher.
  if (words.source === 'none' && ind.unitKind === 'percent' && aimsAtHundred(ind)) return UP_DEFAULT;
  return words;
}

/** Heads of a place in a ranking. */
const RANK_HEADS: ReadonlySet<string> = new Set(['peringkat', 'ranking', 'rangking']);

/** True when the indicator has targets and each of them is one number. */
function targetsAreNumbers(ind: IndicatorNode): boolean {
  const years = ind.years;
  for (const year of years) {
    const v = ind.target(year);
    if (v === undefined || readValue(v).kind !== 'number') return false;
  }
  return years.length > 0;
}

/** True when one of the indicator's targets is 100. */
function aimsAtHundred(ind: IndicatorNode): boolean {
  for (const year of ind.years) {
    const v = ind.target(year);
    if (v === 100 || (typeof v === 'string' && /^\s*100(?:[,.]0+)?\s*(?:%\s*)?$/.test(v))) return true;
  }
  return false;
}

/** True when the words of a normalised statement name a condition that has a direction (a down word: "kasus", "pelanggaran" ...). */
export function namesCondition(words: readonly string[]): boolean {
  // (not the event a civil registry document records: "akta kematian")
  for (let i = 0; i < words.length; i++) if (DOWN_WORDS.has(words[i]!) && words[i - 1] !== 'akta') return true;
  return false;
}

/** Heads of what a sector yields (production, growth, exports, revenue): better higher unless a down word says otherwise. */
const YIELD_HEADS: ReadonlySet<string> = new Set([
  'produksi',
  'produktivitas',
  'pertumbuhan',
  'ekspor',
  'investasi',
  'pendapatan',
  'penerimaan',
  'kapasitas',
]);

/** "Level ..." of a capability or maturity ("Level IACM", "Level maturitas SPIP"): better higher. */
const LEVEL_UP: ReadonlySet<string> = new Set(['iacm', 'kapabilitas', 'maturitas', 'kematangan', 'spip', 'capability', 'maturity']);

/**
 * What a share is of those covered ("... yang terlindungi asuransi", "... yang terlayani"): a
 * ratio or a level of them is better higher.
 */
const COVERED_WORDS: ReadonlySet<string> = new Set(['terlindungi', 'terlayani', 'terjangkau', 'terakreditasi', 'tersertifikasi']);

/** What follows "lama" when it is a stay chosen, not a wait ("lama sekolah", "lama tinggal wisatawan"): longer is better. */
const CHOSEN_STAYS: ReadonlySet<string> = new Set(['sekolah', 'tinggal', 'menginap', 'kunjungan']);

/** "Angka ..." of something good: participation, life expectancy, literacy, going on to the next school, graduation. */
const ANGKA_UP: ReadonlySet<string> = new Set(['partisipasi', 'harapan', 'melek', 'melanjutkan', 'kelulusan', 'kelanjutan']);

/**
 * True for the gross enrolment rate (APK, "Angka Partisipasi Kasar ..."), which aims at 100 from
 * either side: below a target of at most 100 it still falls short.
 */
export function isGrossEnrolment(words: readonly string[], head: string): boolean {
  return head === 'apk' || (head === 'angka' && words[1] === 'partisipasi' && words[2] === 'kasar');
}

/** The direction of the words from `from` on ("Hasil Indeks ...": of "Indeks ..."). */
const directionAfter = (ws: readonly string[], from: number): Direction => {
  const rest = ws.slice(from);
  return directionOfWords(rest.join(' '), rest[0]!, rest);
};

/** The direction a normalised indicator statement implies, from its words (`ws`: the statement's words, when the caller has them). */
export function directionOfWords(norm: string, head: string, ws: readonly string[] = norm.split(' ')): Direction {
  if (norm === '') return NONE;
  // "Hasil Indeks Kepuasan Masyarakat", "Hasil survei ...": the result of a measure is read as the measure.
  if (head === 'hasil' && ws.length > 1) return directionAfter(ws, 1);
  // "Peningkatan Produksi ...", "Peningkatan prosentase ...": the growth of a good thing is better
  // higher; of anything else the words do not say.
  if ((head === 'peningkatan' || head === 'kenaikan') && ws.length > 1) {
    const rest = directionAfter(ws, 1);
    return rest.direction === 'up' ? rest : NONE;
  }
  // "Laju pertumbuhan ekonomi" is the growth it names ("Laju pertumbuhan penduduk" stays open).
  if (head === 'laju' && ws[1] === 'pertumbuhan') return directionAfter(ws, 1);
  // The head alone decides these: the words after it are not read.
  if (FALLING_HEADS.has(head)) return DOWN_WORDING;
  if (RISING_HEADS.has(head) || UP_MEASURES.has(head)) return UP_WORDING;
  // "Penurunan TPT" names the aim, and its values are as often the level (4,18 then 3,73) as the
  // decrease itself: which way is better cannot be read from the words.
  if (head === 'penurunan' || head === 'pengurangan') return NONE;
  // The gross enrolment rate (APK) counts pupils of any age: it aims at 100, from either side.
  if (isGrossEnrolment(ws, head)) return RANGE_WORDING;
  // Inflation is held in a band (3 ± 1 %), not pushed down: neither higher nor lower is better.
  if (head === 'inflasi' || ws.includes('inflasi')) return RANGE_WORDING;
  let down = false;
  let reversed = false;
  let received = false;
  let time = false;
  let punctual = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w === 'tepat' || w === 'ketepatan') punctual = true;
    // A duration measured ("Rata-rata waktu penyelesaian ..."), not a deadline ("... sesuai standar waktu").
    // (Years of schooling, "rata-rata/harapan lama sekolah", and a tourist's stay, "lama tinggal",
    // are better higher: not a duration to cut.)
    if (
      (w === 'waktu' || w === 'durasi' || w === 'lama' || w === 'headway') &&
      i <= 2 &&
      ws[i - 1] !== 'tepat' &&
      ws[i - 1] !== 'standar' &&
      !CHOSEN_STAYS.has(ws[i + 1] ?? '')
    )
      time = true;
    // ("... di atas garis kemiskinan", "... bebas narkoba": the share outside the bad condition)
    // (... "yang mendapat peningkatan layanan": the share of a bad condition that was served)
    if (REVERSING_WORDS.has(w) || (w === 'atas' && ws[i - 1] === 'di')) reversed = true;
    // ("... tanpa temuan material": the share without the bad condition; "tanpa penanganan" is not)
    if (w === 'tanpa' && DOWN_WORDS.has(ws[i + 1] ?? '')) reversed = true;
    // ("Angka prevalensi kontrasepsi modern": the share using contraception, not a disease)
    if (w === 'prevalensi' && contraceptivePrevalence(ws, i)) reversed = true;
    if (ws[i - 1] === 'yang' && (RECEIVING_VERBS.has(w) || IMPROVING_VERBS.has(w))) received = true;
    // A word after "sesuai", "berdasarkan" or "menurut" names the norm followed, not the condition
    // measured ("... yang menerapkan budidaya sesuai GAP", Good Agricultural Practices); after
    // "akta", the event recorded ("akta kematian").
    if (NORM_MARKERS.has(ws[i - 1] ?? '')) continue;
    if (!down && (DOWN_WORDS.has(w) || (i + 1 < ws.length && DOWN_WORDS.has(`${w} ${ws[i + 1]}`)))) down = true;
  }
  // Being served or improving turns a bad condition around ("keluarga miskin yang meningkat kualitas
  // hidupnya"); with none ("Jumlah Orang yang Menerima Gaji"), it says no way.
  if (received && down) reversed = true;
  // "Ketepatan waktu ..." is better higher; "Waktu penyelesaian ..." is better lower, finishing or not.
  if (punctual) return UP_WORDING;
  if (time) return DOWN_WORDING;
  // "Jumlah kasus yang ditangani" falls when cases fall: a count that handles a bad thing stays open.
  // But "Jumlah kebijakan penanganan pelanggaran yang diselesaikan" counts policies, not violations.
  if (down && reversed && head === 'jumlah') return ws[1] !== undefined && DOWN_WORDS.has(ws[1]) ? NONE : UP_WORDING;
  if (reversed) return UP_WORDING;
  if (down) return DOWN_WORDING;
  // Satisfaction ("Indeks Kepuasan Masyarakat", "Nilai survei kepuasan ...") is better higher, whatever measures it.
  if (ws.includes('kepuasan')) return UP_WORDING;
  if (UP_HEADS.has(head) && !AMBIGUOUS_HEADS.has(head)) return UP_DEFAULT;
  // What an economy or a sector yields: "Produksi garam", "Pertumbuhan PDB perikanan", "Nilai ekspor".
  // (The growth of the population is a policy's choice: many regions plan to slow it.)
  if (YIELD_HEADS.has(head)) return ws.includes('penduduk') ? NONE : UP_DEFAULT;
  if (head === 'angka' && ws[1] !== undefined && ANGKA_UP.has(ws[1])) return UP_WORDING;
  if (head === 'tingkat' && ws[1] !== undefined && TINGKAT_UP.has(ws[1])) return UP_WORDING;
  if (head === 'level' && ws.some((w) => LEVEL_UP.has(w))) return UP_WORDING;
  if ((head === 'rasio' || head === 'tingkat') && ws.some((w, i) => COVERED_WORDS.has(w) && ws[i - 1] === 'yang')) return UP_WORDING;
  if (ws.includes('harapan') || ((head === 'rata' || head === 'rerata' || ws.includes('lama')) && ws.includes('sekolah')))
    return UP_WORDING;
  if (ws.some((w, i) => w === 'lama' && (ws[i + 1] === 'tinggal' || ws[i + 1] === 'menginap'))) return UP_WORDING;
  // "Rata-rata IPK ...", "Rata-rata nilai ...": an average score is better higher.
  if ((head === 'rata' || head === 'rerata') && ws.some((w) => SCORE_WORDS.has(w))) return UP_WORDING;
  // "Rata-rata persentase akurasi ...": the average of a measure goes the way the measure does.
  if ((head === 'rata' || head === 'rerata') && ws.length > 2) {
    const from = ws[1] === 'rata' ? 2 : 1;
    return directionAfter(ws, from);
  }
  return NONE;
}
