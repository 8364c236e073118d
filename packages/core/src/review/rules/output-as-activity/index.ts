/**
 * `output-as-activity`: an output states what is delivered, not an activity; and a Renstra
 * kegiatan states its product, not that it was carried out.
 *
 * @module
 */
import { type StatementFacts, statementFormRule } from '../shared/statement-form.js';

/** Heads that say an activity was carried out ("Terlaksananya ...", "Terselenggaranya ...", "Terfasilitasinya ..."). */
const DONE_HEADS = new Set([
  'terlaksananya',
  'terselenggaranya',
  'dilaksanakannya',
  'diselenggarakannya',
  'terfasilitasinya',
  'difasilitasinya',
]);

/**
 * Activity words that also name the product an output delivers: a kajian is the study delivered
 * ("Kajian Vitalitas Bahasa Daerah", as "Dokumen ..." is a document); the work is "Pengkajian ...".
 * A percontohan is the demonstration unit built ("Percontohan budidaya udang skala rumah tangga", a
 * Balai Besar Perikanan Budidaya, counted in units), not the work of showing. A perjanjian is the
 * agreement signed ("Perjanjian Kerja Sama dengan Industri", a Balai Besar Standardisasi dan
 * Pelayanan Jasa Industri, counted in documents), not the work of agreeing. A perlintasan is the
 * level crossing itself ("Perlintasan Sebidang yang Ditingkatkan", a Balai Teknik Perkeretaapian,
 * counted in lokasi), not the work of crossing.
 */
const PRODUCT_HEADS: ReadonlySet<string> = new Set(['kajian', 'percontohan', 'perjanjian', 'perlintasan']);

/**
 * An activity said to be carried out ("Mediasi Perkara Perdata yang Dilaksanakan", a Pengadilan
 * Negeri): the output "Terlaksananya mediasi ..." the message asks for, in other words.
 */
const carriedOut = (norm: string): boolean =>
  norm.endsWith(' yang dilaksanakan') || norm.endsWith(' yang diselenggarakan') || norm.endsWith(' yang terlaksana');

/**
 * A document said to be issued ("Penetapan Penahanan dan Penyitaan yang Diterbitkan", a Pengadilan
 * Negeri; "Rekomendasi Teknis yang Diterbitkan"): what is issued is a product, not the work of issuing it.
 */
const issued = (norm: string): boolean => norm.endsWith(' yang diterbitkan');

/**
 * A pertimbangan teknis is the document an office issues ("Pertimbangan Teknis Kenaikan Pangkat", a
 * Kantor Regional BKN; "Pertimbangan Teknis Pertanahan", a Kantor Pertanahan), as a rekomendasi is.
 */
const technicalAdvice = (s: StatementFacts): boolean => s.head === 'pertimbangan' && s.norm.startsWith('pertimbangan teknis');

export const rule = statementFormRule({
  messageId: 'activity',
  role: 'output',
  test: (s) => s.form === 'activity' && !PRODUCT_HEADS.has(s.head) && !carriedOut(s.norm) && !issued(s.norm) && !technicalAdvice(s),
  // A Renstra kegiatan whose result only says that it was carried out ("Terlaksananya Administrasi
  // Keuangan Perangkat Daerah"): its own name, done, not the product it delivers.
  nomenclature: [{ role: 'kegiatan', test: (s) => DONE_HEADS.has(s.head), messageId: 'done' }],
  meta: {
    id: 'output-as-activity',
    defaultSeverity: 'warning',
    category: 'statement',
    basis: 'regulation',
    description: {
      id: 'Keluaran (output) dirumuskan sebagai produk atau layanan yang dihasilkan ("Tersedianya ...", "Tersusunnya ...", "Terlaksananya ..."), bukan sebagai kegiatan ("Penyusunan ...", "Fasilitasi ..."); kinerja kegiatan Renstra menyebut produknya, bukan sekadar "Terlaksananya <nama kegiatan>".',
      en: 'An output states what is delivered ("Tersedianya ...", "Tersusunnya ...", "Terlaksananya ..."), not an activity ("Penyusunan ...", "Fasilitasi ..."); a Renstra kegiatan states its product, not just "Terlaksananya <kegiatan name>".',
    },
    messages: {
      done: {
        id: 'Kinerja level {level} hanya menyatakan bahwa kegiatannya terlaksana ("{head} ..."): rumuskan keluaran (output) yang dihasilkannya, misalnya "Tersedianya dokumen ...", "Tersusunnya laporan ...", "Terpeliharanya sarana ...".',
        en: 'The {level} result only says that its activity was carried out ("{head} ..."): state the output it delivers, e.g. "Tersedianya dokumen ...", "Tersusunnya laporan ...", "Terpeliharanya sarana ...".',
      },
      activity: {
        id: 'Kinerja level {level} dirumuskan sebagai kegiatan ("{head} ..."): rumuskan keluaran (output) yang dihasilkan, misalnya "Tersedianya ...", "Tersusunnya ...", "Terlaksananya ...".',
        en: 'The {level} result is phrased as an activity ("{head} ..."): state the output delivered, e.g. "Tersedianya ...", "Tersusunnya ...", "Terlaksananya ...".',
      },
    },
  },
});
