/** `achievement-too-high`: a capaian far above 100 % asks whether the target was set too low. @module */
import * as z from 'zod/mini';
import type { Realisation } from '../../../schema.js';
import { defineRule } from '../../api.js';
import { numberOf, show } from '../shared/index.js';
import { capaianByYear, capaianLimit, onTwoScales, realisedIndicators, wholeYear } from '../shared/realisation.js';
import { planAgrees, planDirection } from '../shared/target-direction.js';

export const rule = defineRule({
  meta: {
    id: 'achievement-too-high',
    defaultSeverity: 'info',
    category: 'realisation',
    basis: 'practice',
    description: {
      id: 'Capaian jauh di atas 100 % (bawaan: > 120 % bila arah IK diketahui, > 150 % bila tidak) menandakan target yang mungkin terlalu mudah dicapai.',
      en: 'A capaian far above 100 % (default: > 120 % when the direction is known, > 150 % when it is not) suggests a target set too easy.',
    },
    messages: {
      high: {
        id: 'Capaian IK {indicator} tahun {year} adalah {percent} % (target {target}); apakah targetnya terlalu mudah dicapai?',
        en: 'The {year} capaian of indicator {indicator} is {percent} % (target {target}); was the target set too easy?',
      },
      demand: {
        id: 'Capaian IK {indicator} tahun {year} adalah {percent} % (target {target}): banyaknya yang dihitung IK ini mengikuti banyaknya kejadian ({word}), bukan mudah atau sulitnya target. Ukur persentase yang tertangani dari seluruh kejadian, misalnya persentase {word} yang tertangani sesuai standar.',
        en: 'The {year} capaian of indicator {indicator} is {percent} % (target {target}): what this indicator counts follows how many events there were ({word}), not how easy the target was. Measure the share of all events handled, say the share of {word} handled to standard.',
      },
      scale: {
        id: 'Capaian IK {indicator} tahun {year} adalah {percent} % (realisasi {value}, target {target}): realisasi dan target tampaknya ditulis dalam skala atau satuan yang berbeda (misalnya 0,79 dan 79); samakan skalanya sebelum capaian dihitung.',
        en: 'The {year} capaian of indicator {indicator} is {percent} % (realisation {value}, target {target}): the realisation and the target seem to be on different scales or units (say 0.79 and 79); put them on one scale before the capaian is computed.',
      },
    },
    options: z.strictObject({
      /** Capaian (percent) above which the rule reports, when the indicator's direction is not known. */
      max: capaianLimit(150),
      /** Capaian (percent) above which the rule reports, when the direction is stated, worded, or a default the plan follows. */
      maxDirected: capaianLimit(120),
    }),
  },
  create(context) {
    const { max, maxDirected } = context.options;
    return realisedIndicators((ind) => {
      // The stated direction, else the wording's or the plan's ("Headway bus ..." is better lower:
      // 43 minutes against 20 is a target missed, not one set too low); with none, higher is better.
      const worded = ind.direction === 'up' || ind.direction === 'down' ? ind.direction : planDirection(ind);
      // A known direction makes a capaian of 130 % a plain question; with none, only a far one is.
      // (Not for a count of things, 3 drafts against 2, nor a grade, WTP against WDP: a capaian there
      // says little about how hard the target was.)
      const d = ind.direction;
      const known = d === 'up' || d === 'down' ? ind.directionSource !== 'default' || planAgrees(ind, d) : false;
      const counted = ind.measure === 'count' || ind.unitKind === 'count';
      const polarity = ind.record.polarity ?? worded;
      // A lower-is-better measure in a year not yet over (cases, deaths through the third quarter)
      // is still rising towards the year's figure: its capaian so far says nothing of the target.
      const keep = polarity === 'down' ? (real: Realisation, year: string) => wholeYear(real, year, context.asOf) : undefined;
      for (const { year, value, target, percent } of capaianByYear(ind, polarity, keep)) {
        const limit = known && !counted && numberOf(target) !== undefined ? Math.min(max, maxDirected) : max;
        if (percent <= limit) continue;
        // A fraction against a percentage is two scales, not a low target; a count of those served
        // when something happens (disaster victims, cases) grows with the events, not the effort.
        const event = counted && polarity === 'up' ? ind.words.find((w) => EVENTS.has(w)) : undefined;
        context.report({
          messageId: onTwoScales(ind, value, target) ? 'scale' : event !== undefined ? 'demand' : 'high',
          data: { indicator: ind.label, year, percent: Math.round(percent), target: show(target), value: show(value), word: event ?? '' },
          indicator: ind,
          path: ind.path(`realisations.${year}`),
        });
      }
    });
  },
});

/** What happens to people and is then served or handled: how many are counted follows how many happen. */
const EVENTS: ReadonlySet<string> = new Set([
  'bencana',
  'korban',
  'pengungsi',
  'kebakaran',
  'kejadian',
  'kasus',
  'pengaduan',
  'aduan',
  'perkara',
]);
