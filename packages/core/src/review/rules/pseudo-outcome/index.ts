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
import { FALLING_HEADS, MANAGING_NOUNS, NORMATIVE_HEADS, QUALITY_NOUNS } from '../../lexicon/words.js';
import { capital, leadingWords } from '../../text.utils.js';
import { isActivityNoun, levelWord, namesQuality } from '../shared/index.js';

/** Heads of a decrease: what decreases is a bad condition ("Menurunnya Pelanggaran ..."), not an activity. */
const DOWN_HEADS = new Set([...FALLING_HEADS, 'menurun', 'terkendalinya', 'tertanggulanginya']);

/**
 * Money that those served pay or return ("Meningkatnya Pengembalian Piutang Negara", a Kanwil DJKN;
 * "Meningkatnya Pembayaran Tagihan oleh Pengguna Jasa", a Kanwil Bea dan Cukai): their compliance,
 * the condition a collection reaches, as "Meningkatnya Penerimaan ..." is the revenue received.
 */
const PAID_NOUNS = new Set(['pengembalian', 'pembayaran']);

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
      // (a state reached, "Terselesaikannya Penatausahaan BMN": no more of anything, the activity done)
      activityDone: {
        id: 'Kinerja level {level} "{head} {noun} ..." menyatakan kegiatan yang terlaksana, bukan kondisi yang dihasilkannya (outcome semu): rumuskan kondisi yang berubah karena {noun} tersebut, misalnya mutu, cakupan atau kepatuhannya.',
        en: 'The {level} result "{head} {noun} ..." states an activity carried out, not the condition it brings (a pseudo-outcome): state the condition that changes because of the {noun}, e.g. its quality, coverage or compliance.',
      },
      quality: {
        id: 'Kinerja level {level} "{head} {quality} {noun} ..." menyatakan mutu kegiatan, bukan kondisi yang dihasilkannya (outcome semu): rumuskan kondisi yang berubah karena {noun} tersebut, misalnya "Meningkatnya arsip yang tertata" untuk "Meningkatnya Kualitas Pengelolaan Arsip".',
        en: 'The {level} result "{head} {quality} {noun} ..." states the quality of an activity, not the condition it brings (a pseudo-outcome): state the condition that changes because of the {noun}, e.g. "more records kept in order" for "better records management".',
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
        // "Meningkatnya Kualitas Pengelolaan ...": the activity comes after the quality noun.
        const quality = QUALITY_NOUNS.has(ws[1] ?? '') ? ws[1] : undefined;
        const at = quality === undefined ? 1 : 2;
        const noun = ws[at];
        if (noun === undefined || (quality === undefined && PAID_NOUNS.has(noun))) return;
        if (quality === undefined ? !isActivityNoun(noun, ws[at + 1] ?? '') : !MANAGING_NOUNS.has(noun)) return;
        context.report({
          messageId: quality !== undefined ? 'quality' : r.head.startsWith('ter') ? 'activityDone' : 'activity',
          data: {
            level: levelWord(r),
            head: capital(r.head),
            noun: capital(noun),
            ...(quality === undefined ? {} : { quality: capital(quality) }),
          },
          result: r,
          path: r.path('statement'),
        });
      },
    };
  },
});
