import { mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

/** The clean document with result G measured by `indicators` (in place of its own). */
const measuredBy = (...indicators: Record<string, unknown>[]) =>
  mut((d) => {
    res(d, 'G').indicators = indicators;
  });

const akb = (fields: Record<string, unknown>) => ({ statement: 'Angka Kematian Bayi', unit: 'per 1.000 KH', polarity: 'down', ...fields });
const akba = (fields: Record<string, unknown>) => ({
  statement: 'Angka Kematian Balita',
  unit: 'per 1.000KH',
  polarity: 'down',
  ...fields,
});

testRule('nested-measure-conflict', {
  reject: [
    {
      name: 'under-five mortality below infant mortality in the same year (0,18 against 9,53 per 1.000 KH)',
      doc: measuredBy(akb({ realisations: { '2024': 9.53 } }), akba({ realisations: { '2024': 0.18 } })),
      says: 'melebihi',
      count: 1,
    },
    {
      name: 'the acronym and the unit written in the name ("Angka Kematian Bayi (AKB) per 1.000 kelahiran hidup")',
      doc: measuredBy(
        akb({ statement: 'Angka Kematian Bayi (AKB) per 1.000 kelahiran hidup', realisations: { '2024': 9.53 } }),
        akba({ statement: 'Angka Kematian Balita per 1000 KH', realisations: { '2024': 0.18 } }),
      ),
    },
    {
      name: 'the APM of SD above the APK of SD in a target year',
      doc: measuredBy(
        { statement: 'Angka Partisipasi Murni (APM) SD/MI', unit: '%', targets: { '2026': 99.1 } },
        { statement: 'APK SD/MI', unit: '%', targets: { '2026': 97.5 } },
      ),
      says: 'target 2026',
    },
    {
      name: 'neonatal above infant mortality in the baseline',
      doc: measuredBy(
        { statement: 'Angka Kematian Neonatal', unit: 'per 1000 KH', baseline: { year: 2024, value: 12 } },
        akb({ baseline: { year: 2024, value: 8 } }),
      ),
      says: 'kondisi awal 2024',
    },
  ],
  accept: [
    { name: 'the clean document', doc: mut(() => {}) },
    {
      name: 'infant mortality below under-five mortality',
      doc: measuredBy(akb({ realisations: { '2024': 8.1 } }), akba({ realisations: { '2024': 10.2 } })),
    },
    {
      name: 'different years are not compared',
      doc: measuredBy(akb({ realisations: { '2023': 9.5 } }), akba({ realisations: { '2024': 0.5 } })),
    },
    {
      name: 'different units are not compared (per 1.000 against per 100.000)',
      doc: measuredBy(akb({ targets: { '2026': 9 } }), akba({ unit: 'per 100.000 KH', targets: { '2026': 0.5 } })),
    },
    {
      name: 'the APM of SMP is not compared with the APK of SD',
      doc: measuredBy(
        { statement: 'APM SMP/MTs', unit: '%', targets: { '2026': 80 } },
        { statement: 'APK SD/MI', unit: '%', targets: { '2026': 75 } },
      ),
    },
    {
      name: 'school levels written together are still told apart ("SDMIPA" against "SMPMTsPB")',
      doc: measuredBy(
        { statement: 'Angka partisipasi murni SDMIPA', targets: { '2026': 108.35 } },
        { statement: 'Angka partisipasi kasar SMPMTsPB', targets: { '2026': 99.65 } },
      ),
    },
    {
      name: 'a year not over is not compared',
      doc: measuredBy(akb({ realisations: { '2099': 9.53 } }), akba({ realisations: { '2099': 0.18 } })),
    },
  ],
});
