// A province's own review rules, as a pokin plug-in: plain JavaScript, no build step.
// Province "Contoh" asks every kinerja strategis of its perangkat daerah to carry at least one
// indikator kinerja utama (IKU) and, as a house rule, limits the words of an IKU's statement.

/** @type {import('@pokin/core').RuleModule<{ maxWords: number }>} */
export const ikuStrategis = {
  meta: {
    id: 'prov-contoh/iku-strategis',
    defaultSeverity: 'warning',
    category: 'indicator',
    basis: 'practice',
    description: {
      id: 'Setiap kinerja strategis memiliki sedikitnya satu indikator kinerja utama (IKU), dengan rumusan IKU yang ringkas.',
      en: 'Every strategic result has at least one key performance indicator (IKU), briefly worded.',
    },
    messages: {
      noIku: {
        id: 'Kinerja strategis {id} belum memiliki indikator kinerja utama (IKU): tandai IK yang menjadi IKU perangkat daerah.',
        en: "Strategic result {id} has no key performance indicator (IKU): mark the indicator that is the agency's IKU.",
      },
      long: {
        id: 'Rumusan IKU {label} terdiri atas {words} kata, lebih dari {max}: ringkaskan.',
        en: 'IKU {label} has {words} words, more than {max}: shorten it.',
      },
    },
  },
  create(context) {
    // Options come from the config ("prov-contoh/iku-strategis": ["warning", { "maxWords": 12 }]); a
    // plug-in without a zod schema reads them as given and sets its own defaults.
    const maxWords = context.options?.maxWords ?? 15;
    return {
      result(r) {
        if (r.tier !== 'strategis' || r.indicators.length === 0) return;
        if (!r.indicators.some((ind) => ind.record.iku === true)) context.report({ messageId: 'noIku', data: { id: r.id }, result: r });
      },
      indicator(ind) {
        if (ind.record.iku !== true) return;
        const words = ind.norm.split(' ').length;
        if (words > maxWords) context.report({ messageId: 'long', data: { label: ind.label, words, max: maxWords }, indicator: ind });
      },
    };
  },
};

/** The plug-in: a name and its rules. */
export default { name: 'prov-contoh', rules: [ikuStrategis] };
