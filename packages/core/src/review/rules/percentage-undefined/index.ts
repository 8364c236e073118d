/**
 * `percentage-undefined`: a percentage that does not say what it counts and on what condition
 * ("Persentase Layanan Administrasi Umum Kecamatan", "Prosentase Capaian Administrasi Umum",
 * "Persentase Rumusan Kebijakan ... yang ditetapkan sesuai kebutuhan"), with no definition or
 * formula to say it instead. An evaluator writes that such an indicator is not measurable: its
 * numerator and denominator cannot be told.
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { activityOf } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'percentage-undefined',
    defaultSeverity: 'info',
    category: 'indicator',
    basis: 'practice',
    description: {
      id: 'IK persentase menyebut apa yang dihitung dan syaratnya (pembilang dan penyebutnya), atau dilengkapi definisi operasional dan formulanya.',
      en: 'A percentage names what it counts and the condition counted (its numerator and denominator), or has an operational definition and a formula.',
    },
    messages: {
      object: {
        id: 'IK {indicator} tidak menyebut apa yang dihitung dan syaratnya: persentase {object} yang memenuhi kondisi apa, dari jumlah apa? Rumuskan pembilang dan penyebutnya (misalnya "Persentase layanan ... yang diselesaikan tepat waktu") atau lengkapi definisi operasional dan formulanya.',
        en: 'The indicator {indicator} does not say what it counts and on what condition: the percentage of {object} meeting what, out of what? State its numerator and denominator (e.g. "Persentase layanan ... yang diselesaikan tepat waktu") or give its operational definition and formula.',
      },
      need: {
        id: 'IK {indicator} diukur "sesuai kebutuhan", yang tidak dapat dihitung: sebutkan kebutuhan yang menjadi penyebutnya (misalnya jumlah rancangan yang diusulkan) atau lengkapi definisi operasional dan formulanya.',
        en: 'The indicator {indicator} is measured "sesuai kebutuhan" (as needed), which cannot be counted: name the need that is its denominator (e.g. the number of drafts proposed) or give its operational definition and formula.',
      },
    },
  },
  create(context) {
    return {
      indicator(ind) {
        if (ind.measure !== 'percent' || ind.record.definition !== undefined || ind.record.formula !== undefined) return;
        const ws = ind.words;
        const kind = asNeeded(ws) ? 'need' : VAGUE_OBJECTS.has(ws[1] ?? '') && !qualified(ws) ? 'object' : undefined;
        // ("Persentase capaian realisasi fisik program": work reported done, activity-indicator's finding)
        if (kind === undefined || activityOf(ind) !== undefined) return;
        context.report({
          messageId: kind,
          data: { indicator: context.text.quote(ind.record.statement, 70), object: ws[1] ?? '' },
          indicator: ind,
          path: ind.path('statement'),
        });
      },
    };
  },
});

/**
 * What a percentage of which says nothing until a condition follows: a service, an achievement, a
 * target, performance, an affair ("Persentase Layanan ...", "Prosentase Sasaran ..."), or work done
 * on something ("Persentase Penilaian Kinerja ASN", "Prosentase Pemberdayaan Masyarakat Desa").
 * Not handling or managing something countable ("Persentase penanganan kawasan kumuh", "...
 * pengelolaan sampah"): those are read as shares of what is handled; nor a rate ("Persentase Angka
 * Kemiskinan"); nor conformity ("Persentase kesesuaian pemanfaatan ruang": the share that conforms).
 */
const VAGUE_OBJECTS: ReadonlySet<string> = new Set([
  'layanan',
  'pelayanan',
  'capaian',
  'pencapaian',
  'sasaran',
  'kinerja',
  'urusan',
  'penilaian',
  'penetapan',
  'penyajian',
  'pengamanan',
  'pemberdayaan',
  'pembinaan',
  'fasilitasi',
  'keamanan',
  // a state or a work with nothing counted: "Persentase Pelestarian Seni dan Budaya", "Persentase
  // Kontribusi Sektor Pariwisata", "Persentase Pengembangan Kompetensi ASN"
  'pelestarian',
  'pengembangan',
  'kualitas',
  'tertib',
  'kontribusi',
  'kemandirian',
  'pemulihan',
]);

/** Words that state the condition counted, or the base it is counted on (or the channel it goes through). */
const QUALIFIERS: ReadonlySet<string> = new Set([
  'yang',
  'tepat',
  'sesuai',
  'terhadap',
  'dari',
  'atas',
  'berdasarkan',
  'memenuhi',
  'dengan',
  'standar',
  'per',
  'dibandingkan',
  'target',
  // the channel: "Persentase layanan ... melalui Inaportnet" counts the services done through it
  'melalui',
  // a set of measures each with its standard: "Persentase capaian SPM ..." (as "... Standar Pelayanan
  // Minimal" is), "Persentase capaian INM" (the Indikator Nasional Mutu of a hospital, PMK 30/2022)
  'spm',
  'inm',
]);

/** True when a word states the condition: a qualifier, or a participle ("terintegrasi", "diselesaikan"). */
function qualified(ws: readonly string[]): boolean {
  for (let i = 2; i < ws.length; i++) {
    const w = ws[i]!;
    if (QUALIFIERS.has(w) || (w === 'mutu' && ws[i - 1] === 'nasional') || (w.length > 5 && (w.startsWith('ter') || w.startsWith('di'))))
      return true;
  }
  return false;
}

/**
 * True when the only base named is "sesuai kebutuhan" (as needed); not a need that names the
 * document it is counted in ("sesuai kebutuhan jabatan", the analisis jabatan and ABK; "...
 * kebutuhan formasi", the formasi set), as a Badan Kepegawaian Daerah writes it.
 */
function asNeeded(ws: readonly string[]): boolean {
  for (let i = 1; i < ws.length; i++)
    if (ws[i - 1] === 'sesuai' && ws[i] === 'kebutuhan' && !COUNTED_NEEDS.has(ws[i + 1] ?? '')) return true;
  return false;
}

/** What a need is counted in, after "kebutuhan": the posts analysed, the formasi set. */
const COUNTED_NEEDS: ReadonlySet<string> = new Set(['jabatan', 'formasi']);
