/**
 * `change-holds-level`: an indicator named as a change ("Peningkatan ...", "Penurunan ...",
 * "Pertumbuhan ...", "Persentase peningkatan ...") whose formula or values are a level: a formula
 * with no previous year in it, or values no yearly change takes (99,88 % "peningkatan disiplin";
 * 35.357 ekor "peningkatan populasi"; 254 cases "penurunan jumlah kasus"). The name and the
 * figures then disagree, and the capaian reads the wrong thing.
 *
 * @module
 */
import { defineRule, type IndicatorNode } from '../../api.js';
import { changeWord, numberOf, series } from '../shared/index.js';
import { realisedYears } from '../shared/realisation.js';

export const rule = defineRule({
  meta: {
    id: 'change-holds-level',
    defaultSeverity: 'info',
    category: 'indicator',
    basis: 'practice',
    description: {
      id: 'IK yang namanya perubahan ("Peningkatan ...", "Penurunan ...", "Pertumbuhan ...") diukur sebagai perubahan: formulanya memuat tahun sebelumnya, dan nilainya bukan tingkat (misalnya 99,88 % atau 35.357 ekor).',
      en: 'An indicator named as a change ("Peningkatan ...", "Penurunan ...", "Pertumbuhan ...") is measured as one: its formula holds the previous year, and its values are not levels (such as 99.88 % or 35,357 head).',
    },
    messages: {
      formula: {
        id: 'IK {indicator} bernama {change}, tetapi formulanya ({formula}) tidak memuat tahun sebelumnya: formula itu mengukur tingkat, bukan {change}. Sebut tingkatnya sebagai nama IK, atau hitung perubahannya dari tahun sebelumnya.',
        en: 'Indicator {indicator} is named as a change ({change}), but its formula ({formula}) holds no previous year: it measures a level, not the change. Name the level, or compute the change from the year before.',
      },
      value: {
        id: 'IK {indicator} bernama {change}, tetapi nilainya ({value}) adalah tingkat, bukan {change} dari tahun ke tahun: sebut tingkatnya sebagai nama IK (misalnya "Persentase ...", "Jumlah ..."), atau ukur perubahannya.',
        en: 'Indicator {indicator} is named as a change ({change}), but its value ({value}) is a level, not a change from year to year: name the level ("Persentase ...", "Jumlah ..."), or measure the change.',
      },
    },
  },
  create(context) {
    return {
      indicator(ind) {
        const change = changeWord(ind);
        if (change === undefined) return;
        const formula = ind.record.formula?.trim();
        if (formula !== undefined && formula !== '' && !PREVIOUS_PERIOD.test(formula.toLowerCase())) {
          context.report({
            messageId: 'formula',
            data: { indicator: ind.label, change: `"${change}"`, formula: context.text.quote(formula, 60) },
            indicator: ind,
            path: ind.path('formula'),
          });
          return;
        }
        const level = levelValue(ind);
        if (level === undefined) return;
        context.report({
          messageId: 'value',
          data: { indicator: ind.label, change: `"${change}"`, value: level.value },
          indicator: ind,
          path: ind.path(level.where),
        });
      },
    };
  },
});

/**
 * A previous period in a formula: "(t-1)", "n-1", "tahun sebelumnya", "tahun lalu", "tahun
 * dasar", "kondisi awal", "dikurangi", a minus between terms.
 */
const PREVIOUS_PERIOD = /\b[tn]\s*[-−–]\s*1\b|sebelum|tahun lalu|tahun dasar|\bawal\b|baseline|dikurang|selisih|\s[-−–]\s|\)\s*[-−–]/;

/** The least value, in percent or index points, that no yearly change of a level reaches. */
const LEVEL_FLOOR = 90;

/** The first value of an indicator that a yearly change does not take, with where it is; or undefined. */
function levelValue(ind: IndicatorNode): { readonly value: number; readonly where: string } | undefined {
  const kind = ind.unitKind;
  const counted = kind === 'count';
  if (!counted && kind !== undefined && kind !== 'percent' && kind !== 'index') return undefined;
  // (any count of things; 90 or more in percent or index points)
  const level = (n: number): boolean => (counted ? n !== 0 : Math.abs(n) >= LEVEL_FLOOR);
  const v = series(ind);
  for (let j = 0; j < v.length; j++) {
    if (v.scale[j] === 'number' && level(v.score[j]!))
      return { value: v.score[j]!, where: v.isBaseline(j) ? 'baseline' : `targets.${v.year(j)}` };
  }
  for (const { year, value } of realisedYears(ind)) {
    const n = numberOf(value);
    if (n !== undefined && level(n)) return { value: n, where: `realisations.${year}` };
  }
  return undefined;
}
