/**
 * `nested-measure-conflict`: two measures of one document where one counts part of what the
 * other counts, and the part is the larger in the same year: infant deaths are among the deaths of
 * children under five (AKB <= AKBa), neonatal deaths among infant deaths (AKN <= AKB), and pupils
 * of school age among all pupils (APM <= APK, for one school level). Such a pair cannot be right:
 * a value is on another scale or in another measure's row.
 *
 * @module
 */
import { defineRule, type IndicatorNode } from '../../api.js';
import type { Value } from '../../../schema.js';
import type { LocalizedText } from '../../types.js';
import { numberOf, show } from '../shared/index.js';
import { realisedYears, wholeYear } from '../shared/realisation.js';

export const rule = defineRule({
  meta: {
    id: 'nested-measure-conflict',
    defaultSeverity: 'warning',
    category: 'target',
    basis: 'practice',
    description: {
      id: 'Ukuran yang mencakup ukuran lain tidak lebih kecil daripada ukuran yang dicakupnya pada tahun yang sama: AKN tidak melebihi AKB, AKB tidak melebihi AKBa, APM tidak melebihi APK jenjang yang sama.',
      en: 'A measure that includes another is not smaller than the one it includes in the same year: neonatal mortality does not exceed infant mortality, infant mortality does not exceed under-five mortality, the APM does not exceed the APK of the same school level.',
    },
    messages: {
      exceeds: {
        id: 'Nilai {where} IK {part} ({partValue}) melebihi nilai IK {whole} ({wholeValue}), padahal {wholeName} mencakup {partName}: salah satu angka tidak benar; periksa angka dan satuannya.',
        en: 'The value of indicator {part} in {where} ({partValue}) exceeds that of indicator {whole} ({wholeValue}), though {wholeName} includes {partName}: one of the figures is wrong; check the figures and their units.',
      },
    },
  },
  create(context) {
    const found: IndicatorNode[] = [];
    return {
      indicator(ind) {
        if (ANY.test(ind.norm)) found.push(ind);
      },
      exit() {
        for (const n of NESTINGS) {
          const parts = found.filter((i) => n.part.test(i.norm));
          const wholes = found.filter((i) => n.whole.test(i.norm));
          for (const part of parts) {
            const conflict = firstConflict(part, wholes, n, context.asOf);
            if (conflict === undefined) continue;
            const { point, whole, wholeValue } = conflict;
            context.report({
              messageId: 'exceeds',
              data: {
                where: point.where,
                part: part.label,
                partValue: point.raw,
                whole: whole.label,
                wholeValue,
                partName: n.partName,
                wholeName: n.wholeName,
              },
              indicator: part,
              path: point.path,
            });
          }
        }
      },
    };
  },
});

/** A measure that holds another: `part` names the one counted within `whole`. */
interface Nesting {
  readonly part: RegExp;
  readonly whole: RegExp;
  readonly partName: LocalizedText;
  readonly wholeName: LocalizedText;
}

const NESTINGS: readonly Nesting[] = [
  {
    part: /(?:^| )angka kematian (?:neonatal|neonatus)(?: |$)|(?:^| )akn(?: |$)/,
    whole: /(?:^| )angka kematian bayi(?: |$)|(?:^| )akb(?: |$)/,
    partName: { id: 'angka kematian neonatal', en: 'the neonatal mortality rate' },
    wholeName: { id: 'angka kematian bayi', en: 'the infant mortality rate' },
  },
  {
    part: /(?:^| )angka kematian bayi(?: |$)|(?:^| )akb(?: |$)/,
    whole: /(?:^| )angka kematian (?:anak )?balita(?: |$)|(?:^| )(?:akba|akaba|akbal)(?: |$)/,
    partName: { id: 'angka kematian bayi', en: 'the infant mortality rate' },
    wholeName: { id: 'angka kematian balita', en: 'the under-five mortality rate' },
  },
  {
    part: /(?:^| )angka partisipasi murni(?: |$)|(?:^| )apm(?: |$)/,
    whole: /(?:^| )angka partisipasi kasar(?: |$)|(?:^| )apk(?: |$)/,
    partName: { id: 'APM', en: 'the net enrolment rate (APM)' },
    wholeName: { id: 'APK', en: 'the gross enrolment rate (APK)' },
  },
];

/** Any of the measures, in one test: most indicators are none of them. */
const ANY = new RegExp(NESTINGS.flatMap((n) => [n.part.source, n.whole.source]).join('|'));

/**
 * What a measure is of, beside its name: "APM SD/MI" and "Angka Partisipasi Kasar (APK) SD/MI"
 * are both of "sd mi"; what follows "per" is the unit, not the population. Two measures are
 * compared only when they are of the same.
 */
function populationOf(norm: string, n: Nesting): string {
  const cut = norm.indexOf(' per ');
  const words = (cut < 0 ? norm : norm.slice(0, cut)).replace(n.part, ' ').replace(n.whole, ' ');
  return words
    .split(' ')
    .filter((w) => w !== '' && !ACRONYMS.has(w))
    .join(' ');
}

/** The acronyms of the measures, written beside their names ("Angka Kematian Bayi (AKB)"). */
const ACRONYMS: ReadonlySet<string> = new Set(['akn', 'akb', 'akba', 'akaba', 'akbal', 'apm', 'apk']);

/** A unit compared loosely: "per 1.000 KH" and "per 1000 kh" are one unit; none agrees with any. */
const unitOf = (ind: IndicatorNode): string => (ind.unit ?? '').toLowerCase().replace(/[\s.,]/g, '');

/** One value of an indicator to compare: where it is and the number. */
interface Point {
  readonly where: LocalizedText;
  readonly key: string;
  readonly value: number;
  readonly raw: string | number;
  readonly path: string;
}

/** The baseline, the targets and the whole-year realisations of an indicator, as numbers. */
function pointsOf(ind: IndicatorNode, asOf: string): Point[] {
  const out: Point[] = [];
  /** Adds a value that reads as a number, with what it is (`key`: b, t or r and the year) and where. */
  const add = (v: Value, where: LocalizedText, key: string, path: string): void => {
    const value = numberOf(v);
    if (value !== undefined) out.push({ where, key, value, raw: show(v), path });
  };
  const b = ind.record.baseline;
  if (b !== undefined)
    add(b.value, { id: `kondisi awal ${b.year}`, en: `the ${b.year} baseline` }, `b${b.year}`, ind.path('baseline.value'));
  for (const year of ind.years)
    add(ind.target(year)!, { id: `target ${year}`, en: `the ${year} target` }, `t${year}`, ind.path(`targets.${year}`));
  for (const { year, value } of realisedYears(ind, (real, y) => wholeYear(real, y, asOf)))
    add(value, { id: `realisasi ${year}`, en: `the ${year} realisation` }, `r${year}`, ind.path(`realisations.${year}`));
  return out;
}

/** The first value of `part` above the same value of a `whole` of the same population and unit. */
function firstConflict(
  part: IndicatorNode,
  wholes: readonly IndicatorNode[],
  n: Nesting,
  asOf: string,
): { readonly point: Point; readonly whole: IndicatorNode; readonly wholeValue: string | number } | undefined {
  const population = populationOf(part.norm, n);
  for (const whole of wholes) {
    if (whole === part || populationOf(whole.norm, n) !== population) continue;
    const pu = unitOf(part);
    const wu = unitOf(whole);
    if (pu !== '' && wu !== '' && pu !== wu) continue;
    const byKey = new Map(pointsOf(whole, asOf).map((p) => [p.key, p] as const));
    for (const point of pointsOf(part, asOf)) {
      const w = byKey.get(point.key);
      if (w !== undefined && point.value > w.value * (1 + 1e-9)) return { point, whole, wholeValue: w.raw };
    }
  }
  return undefined;
}
