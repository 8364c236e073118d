/**
 * `unit-mismatch`: the unit agrees with the wording: "Persentase" in %, "Jumlah" in things or
 * people, "Indeks" in index points; and the thing counted agrees with the unit ("Jumlah dokumen
 * ..." in orang is wrong, "Jumlah ASN ..." in orang is right); an area ("Luas ...") in a unit
 * of area and a length ("Panjang ...") in one of length, not of volume; and no baseline or target
 * is written in percent ("20%") when the unit is not a percentage.
 *
 * @module
 */
import { t } from '../../../localized.js';
import { defineRule, type IndicatorNode } from '../../api.js';
import type { Value } from '../../../schema.js';
import type { LocalizedText } from '../../types.js';
import { PEOPLE_NOUNS, PEOPLE_UNITS, PHYSICAL_THINGS, THING_NOUNS } from '../../lexicon/words.js';
import { capital, unitKey } from '../../text.utils.js';
import { hasWord } from '../shared/index.js';
import { isPercentIndex } from '../shared/percentage.js';

const EXPECTED = {
  percent: t('persentase bersatuan "%"', 'a percentage is in "%"'),
  count: t(
    'jumlah bersatuan benda atau orang yang dihitung (dokumen, orang, unit ...), bukan "%" atau indeks',
    'a count is in the things or people counted (documents, persons, units ...), not "%" or an index',
  ),
  index: t('indeks bersatuan indeks, nilai atau poin', 'an index is in index points or a score'),
  people: t('yang dihitung adalah orang ({noun}), maka satuannya orang', 'what is counted are people ({noun}), so the unit is persons'),
  things: t('yang dihitung adalah {noun}, bukan orang', 'what is counted is {noun}, not people'),
  grade: t(
    'opini audit adalah predikat (WTP atau WTM, WDP, TW, TMP), bukan angka: tuliskan target dan realisasinya sebagai predikat',
    'an audit opinion is a grade (WTP or WTM, WDP, TW, TMP), not a number: write its targets and realisations as the grade',
  ),
  gradeUnit: t(
    'satuan {unit} berisi predikat (misalnya BB atau A), bukan angka: tuliskan targetnya sebagai predikat, atau gunakan satuan nilai atau indeks bila yang diukur angka',
    'a unit of {unit} holds grades (such as BB or A), not numbers: write the targets as grades, or use points or an index when a number is measured',
  ),
  frequency: t(
    'frekuensi dihitung dalam kali, bukan dokumen atau laporan',
    'a frequency is counted in times (kali), not in documents or reports',
  ),
  physical: t(
    'yang dihitung adalah {noun}, bukan dokumen atau laporan: satuannya {noun} atau unit',
    'what is counted is {noun}, not documents or reports: the unit is {noun} or units',
  ),
  named: t(
    'IK bersatuan % menyebut persentase apa yang diukur, misalnya "Persentase {noun} ..."',
    'an indicator in % names the percentage it measures, e.g. "Persentase {noun} ..."',
  ),
  per: t(
    'IK ini dihitung per {base}, maka satuannya "per {base}", bukan "%"',
    'the indicator is counted per {base}, so its unit is "per {base}", not "%"',
  ),
  time: t('waktu bersatuan waktu (menit, jam, hari), bukan "%"', 'a time is in a unit of time (minutes, hours, days), not "%"'),
  score: t('skor bersatuan skor atau poin, bukan "%"', 'a score is in points, not "%"'),
  area: t(
    'luas bersatuan luas (ha, m², km²), bukan panjang atau volume',
    'an area is in a unit of area (ha, m², km²), not of length or volume',
  ),
  length: t('panjang bersatuan panjang (m, km), bukan luas atau volume', 'a length is in a unit of length (m, km), not of area or volume'),
} as const;

/** "per 10 000 penduduk" in a normalised statement: the base a rate is counted on. */
const PER_BASE = /(?:^| )per (\d[\d ]*\d|\d) ?([a-z]+)?/;

/** Words of a time measured ("Waktu tanggap ...", "Rata-rata waktu penyelesaian ..."). */
const TIME_WORDS = new Set(['waktu', 'durasi']);

export const rule = defineRule({
  meta: {
    id: 'unit-mismatch',
    defaultSeverity: 'warning',
    category: 'indicator',
    basis: 'practice',
    description: {
      id: 'Satuan sesuai dengan bunyi IK: "Persentase" bersatuan %, "Jumlah" bersatuan benda atau orang yang dihitung, "Indeks" bersatuan indeks atau nilai, IK bersatuan % menyebut persentase apa yang diukur, "Luas" bersatuan luas dan "Panjang" bersatuan panjang; kondisi awal dan target tidak ditulis dalam persen bila satuannya bukan persen.',
      en: 'The unit agrees with the wording: "Persentase" in %, "Jumlah" in the things or people counted, "Indeks" in index points, an indicator in % names the percentage it measures, "Luas" is in a unit of area and "Panjang" in one of length; baselines and targets are not written in percent when the unit is not a percentage.',
    },
    messages: {
      mismatch: {
        id: 'Satuan "{unit}" tidak sesuai dengan IK "{head} ...": {expected}.',
        en: 'The unit "{unit}" contradicts the indicator "{head} ...": {expected}.',
      },
      values: {
        id: 'Nilai {where} ditulis dalam persen ({value}), padahal satuan IK ini "{unit}": samakan satuan kondisi awal, target dan IK.',
        en: 'The {where} value is written in percent ({value}) while the unit of this indicator is "{unit}": use one unit for the baseline, the targets and the indicator.',
      },
    },
  },
  create(context) {
    // Each unit as written is normalised once (a document has a handful of units).
    const unitKeys = new Map<string, string>();
    const keyOf = (unit: string): string => {
      let key = unitKeys.get(unit);
      if (key === undefined) unitKeys.set(unit, (key = unitKey(unit)));
      return key;
    };
    return {
      indicator(ind) {
        const key = ind.unit === undefined ? undefined : keyOf(ind.unit);
        // ("Opini atas Audit BPK" planned at 100 in "WTP": a grade written as a number)
        if (opinionAsNumber(ind, key)) {
          context.report({
            messageId: 'mismatch',
            data: { unit: ind.unit ?? '-', head: capital(ind.head), expected: EXPECTED.grade },
            indicator: ind,
            path: ind.path('targets'),
          });
          return;
        }
        // ("Indeks Reformasi Birokrasi" in "Predikat", planned at 67,30: a number in a unit of grades)
        if (key !== undefined && GRADE_UNITS.has(key) && numbersOnly(ind)) {
          const unit = ind.unit!;
          context.report({
            messageId: 'mismatch',
            data: {
              unit,
              head: capital(ind.head),
              expected: { id: EXPECTED.gradeUnit.id.replace('{unit}', unit), en: EXPECTED.gradeUnit.en.replace('{unit}', unit) },
            },
            indicator: ind,
            path: ind.path('unit'),
          });
          return;
        }
        const u = ind.unitKind;
        if (u === undefined || u === 'vague') return;
        const form = ind.measure;
        const proportion = ind.head === 'proporsi';
        let expected: { id: string; en: string } | undefined;
        // (any unit but a percentage: "Persentase ..." in "Prolegda" or "Lomba" as much as in "Dokumen")
        if (form === 'percent' && !proportion && u !== 'percent') expected = EXPECTED.percent;
        else if (proportion && u === 'count') expected = EXPECTED.percent;
        // (a count per a count, "Jumlah keluaran penelitian ... per jumlah dosen" in %, the IKU of a
        // PTN: a ratio of two counts, which may be given in %; not a count of things)
        else if (form === 'count' && (u === 'index' || (u === 'percent' && !ind.norm.includes(' per jumlah ')))) expected = EXPECTED.count;
        // An index is read in points on its own scale: "%" or "persen" on one mixes two measures;
        // not the cropping intensity, written in % by convention ("Indeks Pertanaman" 200 %).
        else if (form === 'index' && (u === 'count' || (u === 'percent' && !isPercentIndex(ind)))) expected = EXPECTED.index;
        // "Kelurahan Siaga Aktif" in %: the things counted, with no word saying a percentage of them.
        else if (form === 'other' && u === 'percent' && (THING_NOUNS.has(ind.head) || PEOPLE_NOUNS.has(ind.head)))
          expected = { id: EXPECTED.named.id.replace('{noun}', ind.head), en: EXPECTED.named.en.replace('{noun}', ind.head) };
        else if (form !== 'percent' && u === 'percent') expected = notPercent(ind);
        else if (form === 'count' && u === 'count' && ind.counted !== undefined) {
          const noun = ind.counted;
          const unitIsPeople = PEOPLE_UNITS.has(key!);
          // ("Jumlah data penerima bantuan ..." in KK: the records of people, counted by the people they hold)
          if (unitIsPeople && THING_NOUNS.has(noun) && !(noun === 'data' && ind.words.some((w) => PEOPLE_NOUNS.has(w))))
            expected = { id: EXPECTED.things.id.replace('{noun}', noun), en: EXPECTED.things.en.replace('{noun}', noun) };
          else if (!unitIsPeople && PEOPLE_NOUNS.has(noun) && THING_NOUNS.has(key!)) {
            expected = { id: EXPECTED.people.id.replace('{noun}', noun), en: EXPECTED.people.en.replace('{noun}', noun) };
          } else if (PHYSICAL_THINGS.has(noun) && DOCUMENT_UNITS.has(key!)) expected = physical(noun);
        }
        // ("Perangkat Pengolah Data dan Komunikasi" in "Laporan": a thing named with no measure word, counted in reports)
        else if (form === 'other' && u === 'count' && PHYSICAL_THINGS.has(ind.head) && DOCUMENT_UNITS.has(key!))
          expected = physical(ind.head);
        // ("Frekuensi patroli terpadu" in Dokumen: how often something is done is counted in times)
        if (expected === undefined && ind.head === 'frekuensi' && DOCUMENT_UNITS.has(key!)) expected = EXPECTED.frequency;
        // ("Luas kolam pelabuhan yang dikeruk" in m3: an area measured in a volume)
        if (expected === undefined && (ind.head === 'luas' || ind.head === 'panjang')) expected = otherDimension(ind.head, key!);
        if (expected === undefined && u !== 'percent') {
          const at = percentValue(ind);
          if (at !== undefined) {
            context.report({
              messageId: 'values',
              data: { where: at.where, value: at.value, unit: ind.unit! },
              indicator: ind,
              path: ind.path(at.field),
            });
            return;
          }
        }
        if (expected !== undefined)
          context.report({
            messageId: 'mismatch',
            data: { unit: ind.unit!, head: capital(ind.head), expected },
            indicator: ind,
            path: ind.path('unit'),
          });
      },
    };
  },
});

/** Units whose values are grades, not numbers. */
const GRADE_UNITS: ReadonlySet<string> = new Set(['predikat', 'opini', 'kategori', 'huruf', 'predikat/kategori']);

/** True when every target of the indicator reads as a number ("67,30" as much as 67.3), and it has one. */
function numbersOnly(ind: IndicatorNode): boolean {
  if (ind.years.length === 0) return false;
  let targets = 0;
  for (const v of ind.values) {
    if (v.baseline) continue;
    if (v.scale !== 'number') return false;
    targets++;
  }
  return targets === ind.years.length;
}

/**
 * True when the BPK's opinion ("Opini BPK", "Opini atas Audit BPK") is planned as numbers only; `key`
 * is the unit's {@link unitKey}. A count or a share of those that obtained it ("Jumlah Pemda yang
 * memperoleh opini WTP", "Persentase Pemda ... opini WTP") is a number, not the grade, unless its unit
 * names the opinion.
 */
function opinionAsNumber(ind: IndicatorNode, key: string | undefined): boolean {
  const counted = ind.measure === 'count' || ind.measure === 'percent';
  const named =
    (!counted && hasWord(ind, 'opini') && (ind.words.includes('bpk') || ind.words.includes('wtp'))) ||
    (key !== undefined && OPINION_UNITS.has(key));
  if (!named || ind.years.length === 0) return false;
  for (const y of ind.years) if (typeof ind.target(y) !== 'number') return false;
  return true;
}

/** Units that name an audit opinion ("WTM", the opinion "Wajar Tanpa Modifikasian" of a public accountant). */
const OPINION_UNITS: ReadonlySet<string> = new Set(['wtp', 'wtm', 'opini']);

/** The message for a physical thing counted in documents or reports. */
const physical = (noun: string): LocalizedText => ({
  id: EXPECTED.physical.id.replaceAll('{noun}', noun),
  en: EXPECTED.physical.en.replaceAll('{noun}', noun),
});

/** Units of length, area and volume, as {@link unitKey} writes them ("m²" is "m2"). */
const LENGTH_UNITS: ReadonlySet<string> = new Set(['m', 'meter', 'km', 'kilometer', 'cm']);
const AREA_UNITS: ReadonlySet<string> = new Set(['ha', 'hektar', 'hektare', 'm2', 'km2', 'meter persegi', 'kilometer persegi']);
const VOLUME_UNITS: ReadonlySet<string> = new Set(['m3', 'meter kubik', 'liter', 'ltr', 'kl']);

/** Why an area ("Luas ...") or a length ("Panjang ...") cannot be in `key`, a unit of another dimension; else undefined. */
function otherDimension(head: 'luas' | 'panjang', key: string): LocalizedText | undefined {
  if (VOLUME_UNITS.has(key)) return head === 'luas' ? EXPECTED.area : EXPECTED.length;
  if (head === 'luas') return LENGTH_UNITS.has(key) ? EXPECTED.area : undefined;
  return AREA_UNITS.has(key) ? EXPECTED.length : undefined;
}

/** Units of documents and reports. */
const DOCUMENT_UNITS: ReadonlySet<string> = new Set(['dokumen', 'dok', 'laporan', 'lap', 'berkas', 'naskah']);

/** The first baseline or target written in percent ("20%"), or undefined (numbers, most values, are passed over at once). */
function percentValue(ind: IndicatorNode): { readonly where: LocalizedText; readonly value: string; readonly field: string } | undefined {
  const b = ind.record.baseline;
  if (b !== undefined && isPercentText(b.value))
    return { where: t('kondisi awal', 'baseline'), value: b.value as string, field: 'baseline' };
  for (const year of ind.years) {
    const v = ind.target(year)!;
    if (isPercentText(v)) return { where: t(`target ${year}`, `${year} target`), value: v as string, field: `targets.${year}` };
  }
  return undefined;
}

const isPercentText = (v: Value): boolean => typeof v === 'string' && v.trimEnd().endsWith('%');

/**
 * Why an indicator that is not a percentage cannot be in "%": a rate counted per a base ("Rasio
 * Linmas per 10.000 penduduk"), a time ("Waktu tanggap ..."), a score ("Skor PPH", "Nilai SAKIP");
 * else undefined.
 */
function notPercent(ind: IndicatorNode): LocalizedText | undefined {
  const per = PER_BASE.exec(ind.norm);
  if (per !== null) {
    const base = `${per[1]!.replace(/ /g, '.')}${per[2] === undefined ? '' : ` ${per[2]}`}`;
    return { id: EXPECTED.per.id.replaceAll('{base}', base), en: EXPECTED.per.en.replaceAll('{base}', base) };
  }
  // A time itself ("Waktu tanggap ...", "Rata-rata waktu ..."), not a share of cases within a time
  // ("Tingkat waktu tanggap ...", the SPM's percentage of fires reached within 15 minutes).
  const ws = ind.words;
  if (TIME_WORDS.has(ws[0]!) || ((ws[0] === 'rata' || ws[0] === 'rerata') && ws.slice(1, 3).some((w) => TIME_WORDS.has(w))))
    return EXPECTED.time;
  if (ind.head === 'skor' || (ind.head === 'nilai' && ws.some((w) => SCORED_EVALUATIONS.has(w)))) return EXPECTED.score;
  return undefined;
}

/** Evaluations scored in points out of 100 ("Nilai SAKIP", "Nilai LHE AKIP"): a score, not a share. */
const SCORED_EVALUATIONS = new Set(['sakip', 'akip', 'lakip', 'lke', 'lhe', 'spip', 'maturitas']);
