import { allIndicators, clean, docOf, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

/** The clean document with the first indicator of O0a worded `statement`, without a unit (and with `fields`). */
const unitless = (statement: string, fields: Record<string, unknown> = {}) =>
  mut((d) => {
    const ind = firstInd(d, 'O0a');
    delete ind.unit;
    Object.assign(ind, { statement, ...fields });
  });

testRule('unit-missing', {
  reject: [
    { name: 'one IK without unit', doc: mut((d) => delete firstInd(d, 'O0a').unit) },
    {
      name: 'the only indicator without a unit: named on its own, not "none of the 1"',
      doc: () =>
        docOf([
          {
            id: 'S1',
            level: 'goal',
            statement: 'Meningkatnya Kualitas Pelayanan Kecamatan',
            indicators: [{ statement: 'Jumlah dokumen APBDes yang disusun tepat waktu', targets: { '2025': 10, '2026': 12 } }],
          },
        ]),
      count: 1,
      says: 'IK belum memiliki satuan',
    },
    { name: 'a count with numeric targets and no unit', doc: unitless('Jumlah dokumen perencanaan yang disusun') },
    {
      name: 'a note in parentheses is no unit ("(khusus OPD pemungut)")',
      doc: unitless('Jumlah dokumen perencanaan yang disusun (khusus OPD pemungut)'),
    },
    {
      name: 'most counts without a unit: once for the document, naming them',
      doc: mut((d) => {
        const counts = allIndicators(d).filter((i) => i.statement.startsWith('Jumlah'));
        for (const ind of counts.slice(1)) delete ind.unit;
      }),
      count: 1,
      says: 'O3b.1',
    },
  ],
  accept: [
    {
      name: 'a count named in parentheses ("... (Jumlah Kasus)")',
      doc: mut((d) => Object.assign(firstInd(d, 'I'), { statement: 'Kasus DBD (Jumlah Kasus)', unit: undefined })),
    },
    { name: 'the matching good case', doc: clean },
    { name: 'a percentage names its unit', doc: unitless('Persentase dokumen perencanaan yang tepat waktu') },
    { name: 'a percentage written with its sign ("% Desa ...")', doc: unitless('% Desa yang dapat mengelola APBDes tepat waktu') },
    {
      name: 'a count of areas, which are their own unit ("Jumlah kecamatan ...")',
      doc: unitless('Jumlah kecamatan yang memiliki puskesmas terakreditasi'),
    },
    { name: 'an index names its unit', doc: unitless('Indeks kepuasan layanan kepegawaian') },
    { name: 'a rate with its unit in parentheses ("(/100.000 KH)")', doc: unitless('Angka Kematian Ibu Melahirkan (/100.000 KH)') },
    { name: 'a known unit in parentheses at the end ("(juta)")', doc: unitless('Jumlah Penerimaan PAD (khusus OPD pemungut PAD) (juta)') },
    {
      name: 'an indicator worded as a result: indicator-as-statement reports it, its unit is not asked too',
      doc: unitless('Meningkatnya jumlah tenaga kesehatan yang terlatih'),
    },
    {
      name: 'a status written in words needs no unit',
      doc: unitless('Status akreditasi rumah sakit', {
        baseline: undefined,
        targets: { '2025': 'Terakreditasi Madya', '2026': 'Terakreditasi Paripurna' },
      }),
    },
  ],
});
