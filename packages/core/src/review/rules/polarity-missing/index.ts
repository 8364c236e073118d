/**
 * `polarity-missing`: the direction of an indicator is inferred from its wording (lower is better
 * for waktu, kasus, angka kematian ...; higher for persentase, indeks, nilai, cakupan ...); only
 * an indicator whose wording leaves it open is reported, and when no indicator of the document
 * states a direction, those are named once for the document. Nothing is reported when every
 * direction can be read from the wording. A stated direction that the wording contradicts ("Jumlah
 * pelanggaran Perda" higher-is-better, "Ketepatan waktu ..." lower-is-better) is reported too: the
 * target rules follow the stated one.
 * So is a stated direction opposite to the one its result states of the same thing ("Meningkatnya
 * kunjungan wisatawan" measured by "Jumlah kunjungan wisatawan" lower-is-better).
 *
 * @module
 */
import { defineRule, type IndicatorNode } from '../../api.js';
import { FALLING_HEADS, RISING_HEADS } from '../../lexicon/words.js';
import { directionOfWords, namesCondition } from '../../direction.js';
import { changeWord, directional, series, wordedAsStatement } from '../shared/index.js';
import { capital, leadingWords } from '../../text.utils.js';

const WAY_WORDS = {
  up: { id: 'makin tinggi makin baik', en: 'higher is better' },
  down: { id: 'makin rendah makin baik', en: 'lower is better' },
} as const;

export const rule = defineRule({
  meta: {
    id: 'polarity-missing',
    defaultSeverity: 'info',
    category: 'target',
    basis: 'practice',
    description: {
      id: 'Arah perbaikan IK (makin tinggi atau makin rendah makin baik) dinyatakan bila bunyi IK tidak menunjukkannya; bila tidak satu pun IK menyatakan arah, IK yang arahnya tidak dapat disimpulkan dilaporkan sekali untuk seluruh dokumen.',
      en: 'An indicator states its direction (higher or lower is better) when its wording does not show it; when no indicator states one, those whose direction cannot be read are reported once for the document.',
    },
    messages: {
      ambiguous: {
        id: 'Arah perbaikan IK ini tidak dapat disimpulkan dari bunyinya: nyatakan apakah makin tinggi atau makin rendah makin baik, agar arah target dapat diperiksa.',
        en: 'The direction of this indicator cannot be read from its wording: state whether higher or lower is better, so that its targets can be checked.',
      },
      against: {
        id: 'IK ini dinyatakan {stated}, padahal bunyinya menyebut kondisi yang {worded} ({indicator}): periksa arah yang dinyatakan, karena target dan capaiannya dinilai menurut arah itu.',
        en: 'This indicator is stated as {stated}, while its wording names something for which {worded} ({indicator}): check the stated direction, since its targets and capaian are judged by it.',
      },
      againstResult: {
        id: 'IK ini dinyatakan {stated}, padahal kinerjanya menyatakan arah sebaliknya ("{head} ...") atas hal yang diukur IK ini ({indicator}): kinerja dan IK-nya tidak boleh bertentangan arah; periksa arah IK atau rumusan kinerjanya.',
        en: 'This indicator is stated as {stated}, while its result states the opposite ("{head} ...") of the very thing it measures ({indicator}): a result and its indicator cannot point opposite ways; check the direction of the indicator or the statement of the result.',
      },
      none: {
        id: 'Tidak satu pun dari {count} IK bertarget menyatakan arah perbaikannya (makin tinggi atau makin rendah makin baik) dalam manual IK; arah {open} IK tidak dapat disimpulkan dari bunyinya: {examples}.',
        en: 'None of the {count} indicators with targets states its direction (higher or lower is better) in an indicator manual; the direction of {open} cannot be read from their wording: {examples}.',
      },
    },
  },
  create(context) {
    let stated = 0;
    let comparable = 0;
    const open: IndicatorNode[] = [];
    return {
      indicator(ind) {
        const polarity = ind.record.polarity;
        if (polarity !== undefined) {
          stated++;
          // (a change, "Penurunan angka pengaduan", is valued as the size of the change: either direction may be meant)
          if ((polarity === 'up' || polarity === 'down') && plainMeasureOf(ind)) {
            const worded = directionOfWords(ind.norm, ind.head, ind.words);
            if (
              worded.source === 'wording' &&
              (worded.direction === 'up' || worded.direction === 'down') &&
              worded.direction !== polarity
            ) {
              context.report({
                messageId: 'against',
                data: {
                  stated: WAY_WORDS[polarity],
                  worded: WAY_WORDS[worded.direction],
                  indicator: context.text.quote(ind.record.statement, 60),
                },
                indicator: ind,
                path: ind.path('polarity'),
              });
              return;
            }
          } else if (polarity === 'down' && (countsDesiredState(ind) || namesPunctuality(ind))) {
            // ("Persentase Pelaku Usaha yang Taat Kebijakan" lower-is-better: the share of a state wanted;
            // "Ketepatan waktu penetapan Perda APBD" lower-is-better: punctuality, better higher)
            context.report({
              messageId: 'against',
              data: {
                stated: WAY_WORDS.down,
                worded: WAY_WORDS.up,
                indicator: context.text.quote(ind.record.statement, 60),
              },
              indicator: ind,
              path: ind.path('polarity'),
            });
            return;
          }
          // (the result's predicate first: a set lookup, for the few that state a rise or a fall)
          const head = ind.result.head;
          const way = RISING_HEADS.has(head) ? 'up' : FALLING_HEADS.has(head) ? 'down' : undefined;
          if (
            way !== undefined &&
            (polarity === 'up' || polarity === 'down') &&
            way !== polarity &&
            measuresStated(ind, (w) => context.text.stem(w))
          )
            context.report({
              messageId: 'againstResult',
              data: { stated: WAY_WORDS[polarity], head: capital(head), indicator: context.text.quote(ind.record.statement, 60) },
              indicator: ind,
              path: ind.path('polarity'),
            });
          return;
        }
        // Comparable: a series to check the direction of, or a target with its realisation (a capaian needs the direction).
        if (!hasSeries(ind) && !realisedTarget(ind)) return;
        comparable++;
        // (an indicator worded as a result, "Terselenggaranya ...", is indicator-as-statement's: it names no measure to direct)
        if (ind.directionSource !== 'none' || !(directional(ind) || namesCondition(ind.words)) || wordedAsStatement(ind)) return;
        // "Rumah Tangga yang dikaji" (RT), "Desa Siaga Aktif" (Desa): things counted, like "Jumlah ...".
        if (countsThings(ind) && !namesCondition(ind.words)) return;
        open.push(ind);
      },
      exit() {
        // Nothing to ask when every direction can be read from the wording (no evaluator asks for
        // a direction column then); when no indicator states one, the open ones are named once.
        if (open.length === 0) return;
        if (stated === 0) {
          const examples = open
            .slice(0, 3)
            .map((i) => i.label)
            .join(', ');
          context.report({ messageId: 'none', data: { count: comparable, open: open.length, examples }, path: 'results' });
          return;
        }
        for (const ind of open) context.report({ messageId: 'ambiguous', indicator: ind, path: ind.path('polarity') });
      },
    };
  },
});

/**
 * True when an indicator measures a bad condition itself, plainly: a measure word, then the
 * condition ("Jumlah pelanggaran Perda", "Angka kecelakaan lalu lintas"), with no clause after it
 * or participle ("Persentase kasus TB yang ditemukan dan diobati", "... kasus terdeteksi dini" are
 * the work done on the cases, better higher)
 * and no change named. Only then do the words outweigh a stated direction.
 */
function plainMeasureOf(ind: IndicatorNode): boolean {
  // (the second word first, from the leading words: most indicators stop there, with no list of all their words)
  const lead = leadingWords(ind.norm);
  if (lead.length < 2 || lead[1] === 'waktu' || !namesCondition([lead[1]!]) || changeWord(ind) !== undefined) return false;
  // (nor what is done to it: "Persentase kasus terdeteksi dini", "... ditangani")
  for (const w of ind.words) if (w === 'yang' || (w.length > 4 && (w.startsWith('ter') || w.startsWith('di')))) return false;
  return true;
}

/** Measure words a statement may open its object with ("Menurunnya angka ...", "Meningkatnya jumlah ..."). */
const MEASURE_WORDS: ReadonlySet<string> = new Set(['angka', 'jumlah', 'tingkat', 'persentase', 'indeks', 'nilai', 'rasio', 'banyaknya']);

/**
 * True when an indicator measures plainly what its result states a rise or fall of: its words
 * (without its measure word) are all in the statement, and name the statement's first thing
 * ("Jumlah kunjungan wisatawan" for "Meningkatnya kunjungan wisatawan"); not the work done on it
 * ("Persentase kasus DBD yang ditangani" for "Menurunnya jumlah kasus DBD"), a change ("Persentase
 * penurunan ..."), or a thing the statement only qualifies ("Tingkat inflasi" for "Meningkatnya
 * pengendalian inflasi").
 */
function measuresStated(ind: IndicatorNode, stem: (word: string) => string): boolean {
  if (ind.norm.includes(' yang ') || changeWord(ind) !== undefined) return false;
  // The statement's first thing, after its predicate and a measure word.
  const lead = leadingWords(ind.result.norm);
  let at = 1;
  while (at < lead.length && MEASURE_WORDS.has(lead[at]!)) at++;
  if (at >= lead.length) return false;
  const first = stem(lead[at]!);
  const stated = ind.result.stems;
  const head = stem(ind.head);
  let named = false;
  for (const s of ind.stems) {
    if (s === head) continue;
    if (!stated.includes(s)) return false;
    if (s === first) named = true;
  }
  return named;
}

/**
 * True when a percentage or count measures things in a state wanted, plainly: "... yang taat",
 * "... yang tersedia", "... yang terlayani", with no change, no negation and no bad condition
 * named ("Persentase penduduk tidak mampu yang terlayani", "... kasus yang tertangani" are left alone).
 */
function countsDesiredState(ind: IndicatorNode): boolean {
  if (ind.measure !== 'percent' && ind.measure !== 'count') return false;
  const ws = ind.words;
  if (changeWord(ind) !== undefined || namesCondition(ws)) return false;
  let wanted = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (NEGATIONS.has(w)) return false;
    if (i > 0 && ws[i - 1] === 'yang' && DESIRED_STATES.has(w)) wanted = true;
  }
  return wanted;
}

/**
 * True when an indicator measures punctuality or accuracy, better higher whatever follows: its
 * head is "Ketepatan" ("Ketepatan waktu penetapan Perda APBD"), or a percentage, rate or index of
 * it ("Persentase ketepatan penyaluran bantuan", "Tingkat ketepatan ..."). Not "ketidaktepatan".
 */
function namesPunctuality(ind: IndicatorNode): boolean {
  return ind.head === 'ketepatan' || (ind.measure !== 'other' && ind.measure !== 'count' && ind.words[1] === 'ketepatan');
}

/** Words of a state wanted, after "yang". */
const DESIRED_STATES: ReadonlySet<string> = new Set([
  'taat',
  'patuh',
  'tersedia',
  'terlayani',
  'tertangani',
  'terpenuhi',
  'memenuhi',
  'tuntas',
  'lulus',
  'terakreditasi',
  'tersertifikasi',
  'berkualitas',
  'layak',
  'sehat',
  'puas',
  'aktif',
  'mandiri',
]);

/** Words that turn a state into its absence. */
const NEGATIONS: ReadonlySet<string> = new Set(['tidak', 'belum', 'tanpa', 'non', 'kurang', 'bukan']);

/**
 * True for an indicator with no measure word whose unit counts things or people (RT, Desa, orang),
 * or one opened by "Besaran" (the IKK's word for an amount) counted so ("Besaran tenaga kerja yang
 * mendapatkan pelatihan ...", orang): a yearly quantity, like "Jumlah ...".
 */
function countsThings(ind: IndicatorNode): boolean {
  if (ind.measure !== 'other' && ind.head !== 'besaran') return false;
  const kind = ind.unitKind;
  return kind === 'count' || (kind === 'other' && ind.unit !== undefined && !/\d|\//.test(ind.unit));
}

/** Two or more values (baseline and targets) that read as numbers or grades. */
const hasSeries = (ind: IndicatorNode): boolean =>
  ind.years.length + (ind.record.baseline === undefined ? 0 : 1) >= 2 && series(ind).length >= 2;

/** A year with both a target and a realisation. */
function realisedTarget(ind: IndicatorNode): boolean {
  const r = ind.record.realisations;
  if (r === undefined) return false;
  for (const year of Object.keys(r)) if (ind.target(year) !== undefined) return true;
  return false;
}
