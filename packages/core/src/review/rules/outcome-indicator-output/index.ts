/**
 * `outcome-indicator-output`: an outcome is not measured by a count of deliverables, nor by a
 * count of those an activity reached ("Jumlah UMKM yang dibina", "Jumlah keluarga yang menerima
 * bantuan"): both are what the activity produced, not the condition it changed.
 *
 * @module
 */
import { defineRule, type IndicatorNode } from '../../api.js';
import {
  COUNTED_ACTIVITIES,
  DELIVERABLES,
  RECEIVING_VERBS,
  SERVED_OBJECTS,
  SERVED_VERBS,
  TAKING_PART_VERBS,
  TRAINING_NOUNS,
} from '../../lexicon/words.js';
import { capital } from '../../text.utils.js';
import { activityOf, expectedMeasure, levelWord } from '../shared/index.js';

/** Taking part in training or another activity ("yang mengikuti pelatihan", "yang menghadiri sosialisasi"). */
const attended = (verb: string, object: string | undefined): boolean =>
  TAKING_PART_VERBS.has(verb) && object !== undefined && (TRAINING_NOUNS.has(object) || COUNTED_ACTIVITIES.has(object));

/**
 * A count of those an activity reached: the counted phrase ("usaha ekonomi produktif") and the
 * indicator up to its served clause ("jumlah usaha ekonomi produktif yang terlatih"), or undefined.
 */
function served(ind: IndicatorNode): { readonly who: string; readonly quoted: string } | undefined {
  const words = ind.words;
  for (let i = 2; i < words.length - 1; i++) {
    if (words[i] !== 'yang') continue;
    const verb = words[i + 1]!;
    const object = words[i + 2];
    const given = (RECEIVING_VERBS.has(verb) && object !== undefined && SERVED_OBJECTS.has(object)) || attended(verb, object);
    const end = SERVED_VERBS.has(verb) ? i + 2 : given ? i + 3 : -1;
    if (end < 0) continue;
    return { who: words.slice(1, i).join(' '), quoted: capital(words.slice(0, end).join(' ')) };
  }
  return undefined;
}

export const rule = defineRule({
  meta: {
    id: 'outcome-indicator-output',
    defaultSeverity: 'warning',
    category: 'indicator',
    basis: 'regulation',
    description: {
      id: 'IK kinerja outcome tidak menghitung keluaran ("Jumlah dokumen ...", "Jumlah laporan ...") atau sasaran yang dijangkau kegiatan ("Jumlah UMKM yang dibina", "Jumlah keluarga yang menerima bantuan").',
      en: 'An outcome indicator does not count deliverables ("Jumlah dokumen ...", "Jumlah laporan ...") or those an activity reached ("Jumlah UMKM yang dibina", "Jumlah keluarga yang menerima bantuan").',
    },
    messages: {
      deliverable: {
        id: 'IK kinerja level {level} menghitung keluaran ("Jumlah {noun} ..."): outcome diukur dengan persentase, indeks, nilai, rasio atau tingkat kondisi yang dicapai, bukan banyaknya {noun}.',
        en: 'The {level} indicator counts deliverables ("Jumlah {noun} ..."): an outcome is measured by a percentage, index, score, ratio or rate of the condition reached, not by how many {noun} there are.',
      },
      served: {
        id: 'IK kinerja level {level} menghitung sasaran yang dijangkau kegiatan ("{indicator} ..."): itu keluaran (output). Outcome diukur dengan kondisi yang berubah pada mereka (persentase, indeks, nilai, rasio atau tingkat), misalnya persentase {who} yang meningkat kapasitas atau kesejahteraannya.',
        en: 'The {level} indicator counts those an activity reached ("{indicator} ..."): that is an output. An outcome is measured by the condition that changed for them (a percentage, index, score, ratio or rate), for example the share of {who} whose capacity or welfare improved.',
      },
    },
  },
  create(context) {
    return {
      indicator(ind) {
        if (expectedMeasure(ind.result) !== 'outcome' || ind.measure !== 'count') return;
        const noun = ind.counted;
        if (noun === undefined || activityOf(ind) !== undefined) return;
        if (!DELIVERABLES.has(noun)) {
          const reached = served(ind);
          if (reached !== undefined)
            context.report({
              messageId: 'served',
              data: { level: levelWord(ind.result), indicator: reached.quoted, who: reached.who },
              indicator: ind,
              path: ind.path('statement'),
            });
          return;
        }
        context.report({
          messageId: 'deliverable',
          data: { level: levelWord(ind.result), noun },
          indicator: ind,
          path: ind.path('statement'),
        });
      },
    };
  },
});
