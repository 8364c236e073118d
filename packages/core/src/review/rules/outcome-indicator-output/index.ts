/**
 * `outcome-indicator-output`: an outcome is not measured by a count of deliverables, nor by a
 * count of those an activity reached ("Jumlah UMKM yang dibina", "Jumlah keluarga yang menerima
 * bantuan"), nor, at an outcome level (not a program), by a count or share of what an activity
 * built, formed or watched over ("Persentase Bumdes yang dibentuk", "Jumlah proyek yang
 * diawasi") or the area or length it treated ("Luas rehabilitasi hutan dan lahan", "Luas kawasan
 * kumuh yang ditangani"), nor by an input ("Rasio dokter per penduduk", "Kapasitas ...", "Ketersediaan
 * dokumen ..."): all are what the activity used or produced, not the condition it changed.
 *
 * @module
 */
import { defineRule, type IndicatorNode, type ResultNode } from '../../api.js';
import {
  COUNTED_ACTIVITIES,
  DELIVERABLES,
  RECEIVING_VERBS,
  SERVED_OBJECTS,
  SERVED_VERBS,
  TAKING_PART_VERBS,
  TRAINING_NOUNS,
} from '../../lexicon/words.js';
import { asWritten, capital, quote } from '../../text.utils.js';
import { activityOf, countsIncoming, expectedMeasure, firstOf, levelWord } from '../shared/index.js';
import { eachOrOnce } from '../shared/each-or-once.js';
import { produced, treatedArea } from './work-done.js';

export const rule = defineRule({
  meta: {
    id: 'outcome-indicator-output',
    defaultSeverity: 'warning',
    category: 'indicator',
    basis: 'regulation',
    description: {
      id: 'IK kinerja outcome tidak menghitung keluaran ("Jumlah dokumen ...", "Jumlah laporan ...") atau sasaran yang dijangkau kegiatan ("Jumlah UMKM yang dibina", "Jumlah keluarga yang menerima bantuan"), dan IK sasaran tidak mengukur apa yang dibangun, dibentuk atau diawasi kegiatan ("Persentase Bumdes yang dibentuk") atau masukan ("Rasio dokter per penduduk", "Ketersediaan dokumen ...").',
      en: 'An outcome indicator does not count deliverables ("Jumlah dokumen ...", "Jumlah laporan ...") or those an activity reached ("Jumlah UMKM yang dibina", "Jumlah keluarga yang menerima bantuan"), and an outcome-level indicator does not measure what an activity built, formed or watched over ("Persentase Bumdes yang dibentuk") nor an input ("Rasio dokter per penduduk", "Ketersediaan dokumen ...").',
    },
    messages: {
      deliverable: {
        id: 'IK kinerja level {level} menghitung keluaran ("Jumlah {noun} ..."): outcome diukur dengan persentase, indeks, nilai, rasio atau tingkat kondisi yang dicapai, bukan banyaknya {noun}.',
        en: 'The {level} indicator counts deliverables ("Jumlah {noun} ..."): an outcome is measured by a percentage, index, score, ratio or rate of the condition reached, not by how many {noun} there are.',
      },
      produced: {
        id: 'IK kinerja level {level} mengukur apa yang dikerjakan kegiatan ("{indicator}"): itu keluaran (output) atau proses, bukan kondisi yang berubah karenanya. Ukur kondisi yang dicapai, misalnya persentase yang aktif, berfungsi atau memenuhi standar, atau perubahan pada penerima manfaatnya.',
        en: 'An indicator of a {level} result measures the work of an activity ("{indicator}"): that is an output or a process, not the condition it changes. Measure the condition reached instead, say the share that is active, working or up to standard, or the change in those it serves.',
      },
      input: {
        id: 'IK kinerja level {level} mengukur sumber daya atau sarana yang tersedia ({indicator}): itu masukan (input) atau keluaran, bukan kondisi yang dicapai. Ukur hasil yang diberikan sumber daya itu, misalnya cakupan layanan atau mutu yang dicapai.',
        en: 'An indicator of a {level} result measures a resource or facility available ({indicator}): that is an input or an output, not the condition reached. Measure what the resource brings, say the coverage or quality of the service.',
      },
      changeCounted: {
        id: 'Kegiatan ini menyatakan perubahan ("{head} ..."), tetapi seluruh IK-nya menghitung keluaran atau kegiatan ({counted}): IK itu tidak mengukur perubahan yang dinyatakan. Ukur perubahannya (persentase, indeks, nilai atau tingkat kondisi yang dicapai), atau rumuskan kinerja kegiatan sebagai keluaran yang dihasilkannya.',
        en: 'This activity states a change ("{head} ..."), but every indicator of it counts outputs or activities ({counted}): they do not measure the change it states. Measure the change (a percentage, index, score or rate of the condition reached), or state the activity\'s result as the output it delivers.',
      },
      changesCounted: {
        id: '{count} kegiatan ({results}) menyatakan perubahan ("Meningkatnya ..."), tetapi seluruh IK-nya menghitung keluaran atau kegiatan (laporan, dokumen ...): IK itu tidak mengukur perubahan yang dinyatakan. Ukur perubahannya, atau rumuskan kinerja kegiatan sebagai keluaran yang dihasilkannya.',
        en: '{count} activities ({results}) state a change ("Meningkatnya ..."), but every indicator of them counts outputs or activities (reports, documents ...): they do not measure the change stated. Measure the change, or state each activity\'s result as the output it delivers.',
      },
      served: {
        id: 'IK kinerja level {level} menghitung sasaran yang dijangkau kegiatan ("{indicator} ..."): itu keluaran (output). Outcome diukur dengan kondisi yang berubah pada mereka (persentase, indeks, nilai, rasio atau tingkat), misalnya persentase {who} yang meningkat kapasitas atau kesejahteraannya.',
        en: 'The {level} indicator counts those an activity reached ("{indicator} ..."): that is an output. An outcome is measured by the condition that changed for them (a percentage, index, score, ratio or rate), for example the share of {who} whose capacity or welfare improved.',
      },
    },
  },
  create(context) {
    // Kegiatan stating a change measured by counts of outputs (named as eachOrOnce names them).
    const counted: { readonly r: ResultNode; readonly nouns: readonly string[] }[] = [];
    return {
      exit() {
        eachOrOnce(counted, {
          each: ({ r, nouns }) =>
            context.report({
              messageId: 'changeCounted',
              data: { head: capital(r.head), counted: nouns.map((n) => `"Jumlah ${n} ..."`).join(', ') },
              result: r,
              path: r.path('indicators'),
            }),
          many: (all) =>
            context.report({
              messageId: 'changesCounted',
              data: { count: all.length, results: firstOf(all.map((c) => c.r.id)) },
              path: 'results',
            }),
        });
      },
      result(r) {
        // A Renstra kegiatan may be measured by what it delivers; but one that states a change
        // ("Meningkatnya Kinerja Pelayanan Parkir") and counts only reports or meetings does not measure it.
        if (r.level?.role !== 'kegiatan' || r.form !== 'condition' || r.indicators.length === 0) return;
        const nouns: string[] = [];
        for (const ind of r.indicators) {
          const noun = ind.measure === 'count' ? ind.counted : undefined;
          if (noun === undefined || !(DELIVERABLES.has(noun) || activityOf(ind) !== undefined)) return;
          if (!nouns.includes(noun)) nouns.push(noun);
        }
        counted.push({ r, nouns });
      },
      indicator(ind) {
        if (expectedMeasure(ind.result) !== 'outcome') return;
        const found = outputMeasured(ind);
        if (found !== undefined)
          context.report({
            messageId: found.messageId,
            data: { level: levelWord(ind.result), ...found.data },
            indicator: ind,
            path: ind.path('statement'),
          });
      },
    };
  },
});

/**
 * What an outcome's indicator measures instead of the condition reached, as the message that says
 * so and its data (besides the level): a count of deliverables, the work of an activity, an input,
 * or a count of those an activity reached; undefined when it is none of them.
 */
function outputMeasured(
  ind: IndicatorNode,
): { readonly messageId: 'deliverable' | 'produced' | 'input' | 'served'; readonly data: Readonly<Record<string, string>> } | undefined {
  // (what comes in, "Jumlah surat masuk", is an input: input-indicator's finding, one cause once)
  if (countsIncoming(ind) !== undefined) return undefined;
  const noun = ind.measure === 'count' ? ind.counted : undefined;
  if (noun !== undefined && DELIVERABLES.has(noun) && activityOf(ind) === undefined) return { messageId: 'deliverable', data: { noun } };
  const role = ind.result.level?.role;
  // (a program's outcome may count what it built; a sasaran's may not. Work reported as done,
  // "Persentase rencana aksi ... yang terlaksana", is activity-indicator's finding: one cause, once)
  if (role === 'outcome' && (ind.measure === 'count' || ind.measure === 'percent') && activityOf(ind) === undefined) {
    const work = produced(ind);
    if (work !== undefined) return { messageId: 'produced', data: { indicator: work } };
  }
  if (role === 'outcome' && (ind.head === 'luas' || ind.head === 'panjang' || ind.head === 'volume')) {
    const area = treatedArea(ind);
    if (area !== undefined) return { messageId: 'produced', data: { indicator: area } };
  }
  // (an immediate outcome may be the capacity an output adds; a sasaran or tujuan may not)
  const tier = ind.result.level?.tier;
  if (role === 'outcome' && (tier === 'strategis' || tier === 'urusan')) {
    const input = inputMeasured(ind);
    if (input !== undefined) return { messageId: 'input', data: { indicator: input } };
  }
  if (noun === undefined || activityOf(ind) !== undefined) return undefined;
  const reached = served(ind);
  return reached === undefined ? undefined : { messageId: 'served', data: { indicator: reached.quoted, who: reached.who } };
}

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
    return { who: words.slice(1, i).join(' '), quoted: capital(asWritten(words.slice(0, end).join(' '), ind.record.statement)) };
  }
  return undefined;
}

/** Resources counted against a population in an input ratio ("Rasio personil Pol PP per 10.000 penduduk"). */
const RESOURCES = new Set([
  'personil',
  'personel',
  'linmas',
  'dokter',
  'tenaga',
  'guru',
  'sekolah',
  'tempat',
  'daya',
  'rumah',
  'puskesmas',
  'bidan',
  'perawat',
]);

/** Heads of a stock held, not a condition reached ("Kapasitas debit air bersih", "Koleksi perpustakaan"). */
const STOCK_HEADS = new Set(['kapasitas', 'koleksi']);

/** What "Ketersediaan ..." may name as an input: a document, a report, a system. */
const AVAILABLE_INPUTS = new Set(['dokumen', 'laporan', 'sistem', 'sarana', 'data']);

/**
 * An indicator that measures an input: a resource per population ("Rasio dokter per satuan
 * penduduk", "Rasio jumlah Linmas per 1.000 penduduk"), a stock ("Kapasitas ...", "Koleksi ..."),
 * or a document, report or system available ("Ketersediaan dokumen perencanaan"). The indicator
 * up to its resource, or undefined.
 */
function inputMeasured(ind: IndicatorNode): string | undefined {
  const head = ind.head;
  if (!STOCK_HEADS.has(head) && head !== 'ketersediaan' && head !== 'rasio') return undefined;
  const words = ind.words;
  if (words[0] !== head) return undefined;
  const statement = (): string => quote(ind.record.statement, 60);
  if ((STOCK_HEADS.has(head) && words.length > 1) || (head === 'ketersediaan' && AVAILABLE_INPUTS.has(words[1] ?? ''))) return statement();
  if (head !== 'rasio') return undefined;
  const to = words.findIndex((w) => w === 'penduduk' || w === 'murid' || w === 'siswa');
  if (to < 0) return undefined;
  for (let i = 1; i < to; i++) if (RESOURCES.has(words[i]!)) return statement();
  return undefined;
}
