/**
 * `activity-indicator`: an indicator that counts activities ("Jumlah kegiatan ...", "Jumlah
 * koordinasi ...", "Jumlah fasilitasi ...") or reports completion ("Persentase terlaksananya
 * ...") instead of a product or a condition. Events held ("Jumlah festival ...", "Jumlah lomba
 * ...", "Jumlah event pariwisata ...") are the output of a kegiatan, and an activity counted at
 * an outcome level. The days an activity ran ("Jumlah hari operasi pengawasan") count it too.
 *
 * @module
 */
import { t } from '../../../localized.js';
import { defineRule } from '../../api.js';
import { asWritten, capital, leadingWords } from '../../text.utils.js';
import { CHANGE_NOUNS, COUNTED_ACTIVITIES, TAKING_PART_VERBS, TRAINING_NOUNS } from '../../lexicon/words.js';
import type { IndicatorNode } from '../../api.js';
import { activityOf, isActivityNoun } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'activity-indicator',
    defaultSeverity: 'warning',
    category: 'indicator',
    basis: 'regulation',
    description: t(
      'IK mengukur produk atau kondisi, bukan banyaknya kegiatan ("Jumlah kegiatan ...", "Jumlah koordinasi ...") atau terlaksananya kegiatan ("Persentase terlaksananya ...").',
      'An indicator measures a product or a condition, not how many activities took place ("Jumlah kegiatan ...", "Jumlah koordinasi ...") or that they were carried out ("Persentase terlaksananya ...").',
    ),
    messages: {
      count: t(
        'IK menghitung kegiatan ("{head} {word} ..."), bukan produk atau kondisi yang dihasilkan: ukur keluaran (output) atau perubahan kondisi yang dihasilkan oleh {word} tersebut.',
        'The indicator counts activities ("{head} {word} ..."), not the product or condition they bring: measure the output or the change in condition the {word} brings.',
      ),
      days: t(
        'IK menghitung hari pelaksanaan kegiatan ("{head} {days} ..."), bukan produk atau kondisi yang dihasilkan: ukur keluaran (output) atau perubahan kondisi yang dihasilkan oleh {word} tersebut.',
        'The indicator counts the days an activity ran ("{head} {days} ..."), not the product or condition it brings: measure the output or the change in condition the {word} brings.',
      ),
      participation: t(
        'IK kinerja outcome mengukur keikutsertaan dalam kegiatan ("... {word} ..."), bukan hasilnya: ukur perubahan yang dihasilkan kegiatan tersebut, misalnya kompetensi yang meningkat atau standar yang dipenuhi.',
        'The outcome indicator measures attendance at an activity ("... {word} ..."), not its result: measure the change it brings, e.g. competence gained or standards met.',
      ),
      named: t(
        'IK berupa nama kegiatan ("{head} ..."), bukan ukuran: sebutkan produk atau kondisi yang diukur, misalnya "Persentase ..." atau "Jumlah ...".',
        'The indicator names an activity ("{head} ..."), not a measure: name the product or condition measured, e.g. "Persentase ..." or "Jumlah ...".',
      ),
      completion: t(
        'IK mengukur terlaksananya pekerjaan ("{head} {word} ..."), bukan hasilnya: ukur produk atau kondisi yang dihasilkan.',
        'The indicator measures that work was carried out ("{head} {word} ..."), not its result: measure the product or condition it brings.',
      ),
    },
  },
  create(context) {
    return {
      indicator(ind) {
        const a = activityOf(ind);
        // ("Jumlah festival budaya yang diselenggarakan": the event a kegiatan of a tourism or
        // culture office delivers, as an exhibition is a museum's; at an outcome level the same
        // count measures activity, not a result, and an event attended, "yang diikuti", is not held)
        if (
          a !== undefined &&
          a.kind === 'count' &&
          HELD_EVENTS.has(a.word) &&
          OUTPUT_ROLES.has(ind.result.level?.role ?? '') &&
          !ind.norm.includes(' diikuti')
        )
          return;
        if (a !== undefined) {
          context.report({
            messageId: a.kind,
            data: {
              head: capital(ind.head),
              word: asWritten(a.word, ind.record.statement),
              // ("Jumlah hari operasi ...": the days quoted as written, the activity named after)
              ...(a.kind === 'days' ? { days: asWritten(a.days ?? `hari ${a.word}`, ind.record.statement) } : {}),
            },
            indicator: ind,
            path: ind.path('statement'),
          });
          return;
        }
        // "Pengawasan dan pembinaan keamanan pangan", "Stabilisasi harga ...": an activity named, no measure.
        if (namesActivity(ind)) {
          context.report({ messageId: 'named', data: { head: capital(ind.head) }, indicator: ind, path: ind.path('statement') });
          return;
        }
        // At an outcome level or a program (a Renstra program's indicators are its outcome), the
        // share of people who attended ("Persentase ASN yang mengikuti diklat") measures the
        // activity; at output level it is the reach of the output.
        const role = ind.result.level?.role;
        if ((role !== 'outcome' && role !== 'program') || ind.measure !== 'percent') return;
        const word = participation(ind);
        if (word !== undefined) context.report({ messageId: 'participation', data: { word }, indicator: ind, path: ind.path('statement') });
      },
    };
  },
});

/** Events an office holds (festivals, competitions, tourism events, exhibitions): the output of a kegiatan. */
const HELD_EVENTS: ReadonlySet<string> = new Set(['event', 'festival', 'lomba', 'pameran']);

/** The roles of levels measured by what they deliver: outputs, kegiatan and sub kegiatan. */
const OUTPUT_ROLES: ReadonlySet<string> = new Set(['output', 'kegiatan', 'sub-kegiatan']);

/**
 * The activity a percentage counts attendance at ("mengikuti pendidikan dan pelatihan",
 * "menghadiri rapat koordinasi"), or undefined. Education as such is a condition ("anak yang
 * mengikuti pendidikan anak usia dini" is participation in schooling), training is not.
 */
function participation(ind: IndicatorNode): string | undefined {
  const norm = ind.norm;
  if (!norm.includes(' mengikuti ') && !norm.includes(' menghadiri ')) return undefined;
  const ws = ind.words;
  for (let i = 0; i < ws.length - 1; i++) {
    if (!TAKING_PART_VERBS.has(ws[i]!)) continue;
    // ("mengikuti program pembinaan kepribadian", an LPKA: attendance at the program's activity,
    // read as the activity itself; "mengikuti program JKN" is membership, and left alone)
    const program = ws[i + 1] === 'program' ? 1 : 0;
    const verb = program === 1 ? `${ws[i]} program` : ws[i]!;
    const w = ws[i + 1 + program] ?? '';
    const next = ws[i + 2 + program] ?? '';
    if (w === 'pendidikan') return next === 'dan' && ws[i + 3 + program] === 'pelatihan' ? `${verb} ${w} dan pelatihan` : undefined;
    if (w === 'peningkatan' || w === 'pengembangan') return next === 'kompetensi' ? `${verb} ${w} ${next}` : undefined;
    if (TRAINING_NOUNS.has(w) || COUNTED_ACTIVITIES.has(w)) return `${verb} ${w}`;
  }
  return undefined;
}

/** True when an indicator with no measure word opens with an activity noun ("Penanganan ...", "Stabilisasi ..."), not a change or a condition. */
function namesActivity(ind: IndicatorNode): boolean {
  if (ind.measure !== 'other') return false;
  const ws = leadingWords(ind.norm);
  const head = ws[0];
  // ("Penilaian Mandiri Pembangunan Zona Integritas" in nilai, a Balai Diklat Keagamaan: the score
  // an assessment gives, named after the assessment as the PMPZI is, not the work of assessing)
  if (ASSESSMENTS.has(head ?? '') && ind.unitKind === 'index') return false;
  return head !== undefined && !CHANGE_NOUNS.has(head) && isActivityNoun(head, ws[1] ?? '');
}

/** Assessments whose score an indicator in points or an index names after them. */
const ASSESSMENTS: ReadonlySet<string> = new Set(['penilaian', 'evaluasi']);
