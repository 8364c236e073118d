/**
 * `pseudo-outcome`: a condition verb followed by an activity noun ("Meningkatnya Pengelolaan
 * ...", "Meningkatnya Pengembangan Kompetensi ASN") says that more activity happens, not that a
 * condition improves; a normative head ("Optimalnya ...") names a wish with no measurable
 * condition. Judged on outcome levels and on Renstra program and kegiatan statements (whose
 * nomenclature names, "Program ...", start with no condition verb and are left alone).
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { ACTIVITY_NOUNS, CONDITION_NOUNS, FALLING_HEADS, NORMATIVE_HEADS } from '../../lexicon/words.js';
import { capital, classifyHead, leadingWords } from '../../text.utils.js';
import { levelWord, namesQuality } from '../shared/index.js';

/** Heads of a decrease: what decreases is a bad condition ("Menurunnya Pelanggaran ..."), not an activity. */
const DOWN_HEADS = new Set([...FALLING_HEADS, 'menurun', 'terkendalinya', 'tertanggulanginya']);

/** Heads that say a state is reached ("Terwujudnya ..."), not that something grows. */
const REALISED_HEADS = new Set(['terwujudnya', 'terciptanya', 'tercapainya', 'terbangunnya']);

export const rule = defineRule({
  meta: {
    id: 'pseudo-outcome',
    defaultSeverity: 'warning',
    category: 'statement',
    basis: 'regulation',
    description: {
      id: 'Kinerja outcome (juga program dan kegiatan Renstra) tidak berupa kata kondisi yang diikuti kegiatan ("Meningkatnya Pengelolaan ...") atau kata normatif tanpa kondisi yang terukur ("Optimalnya ...").',
      en: 'An outcome (also a Renstra program or kegiatan) is not a condition verb followed by an activity ("Meningkatnya Pengelolaan ...") nor a normative word with no measurable condition ("Optimalnya ...").',
    },
    messages: {
      activity: {
        id: 'Kinerja level {level} "{head} {noun} ..." menyatakan meningkatnya kegiatan, bukan kondisi yang dihasilkan (outcome semu): rumuskan kondisi yang berubah karena {noun} tersebut, misalnya mutu, cakupan atau kepatuhannya.',
        en: 'The {level} result "{head} {noun} ..." states more activity, not the condition it brings (a pseudo-outcome): state the condition that changes because of the {noun}, e.g. its quality, coverage or compliance.',
      },
      normative: {
        id: 'Kinerja level {level} diawali kata normatif "{head}" tanpa kondisi yang dapat diukur: sebutkan kondisi yang berubah dan arahnya, misalnya "Meningkatnya ..." atau "Menurunnya ...".',
        en: 'The {level} result starts with the normative word "{head}", with no measurable condition: name the condition that changes and its direction, e.g. "Meningkatnya ..." or "Menurunnya ...".',
      },
    },
  },
  create(context) {
    return {
      result(r) {
        const role = r.level?.role;
        if (role !== 'outcome' && role !== 'program' && role !== 'kegiatan') return;
        if (NORMATIVE_HEADS.has(r.head)) {
          context.report({
            messageId: 'normative',
            data: { level: levelWord(r), head: capital(r.head) },
            result: r,
            path: r.path('statement'),
          });
          return;
        }
        if (r.form !== 'condition' || DOWN_HEADS.has(r.head)) return;
        // "Terwujudnya pengelolaan ... yang partisipatif dan berkelanjutan": a state reached, named by
        // its quality, not more of the activity ("Meningkatnya pengelolaan ..." stays reported).
        if (REALISED_HEADS.has(r.head) && namesQuality(r.norm)) return;
        const ws = leadingWords(r.norm);
        const noun = ws[1];
        if (noun === undefined || CONDITION_NOUNS.has(noun)) return;
        if (!ACTIVITY_NOUNS.has(noun) && classifyHead(noun, ws[2] ?? '') !== 'activity') return;
        if (noun.startsWith('me')) return; // a verb ("Meningkatnya melek huruf")
        context.report({
          messageId: 'activity',
          data: { level: levelWord(r), head: capital(r.head), noun: capital(noun) },
          result: r,
          path: r.path('statement'),
        });
      },
    };
  },
});
