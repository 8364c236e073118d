import { allIndicators, clean, firstInd, mut, withFirst } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('baseline-missing', {
  reject: [
    {
      name: 'a kondisi awal and first targets of 0 before a level (cells not filled in)',
      doc: withFirst('I', { unit: 'indeks', baseline: { year: 2024, value: 0 }, targets: { '2025': 0, '2026': 70.5, '2027': 71 } }),
      where: 'I',
      says: 'kondisi awal 2024, target 2025',
    },
    { name: 'one IK without baseline', doc: mut((d) => delete firstInd(d, 'O0a').baseline) },
    { name: 'a baseline written "NA"', doc: mut((d) => (firstInd(d, 'O0a').baseline = { year: 2024, value: 'NA' })), where: 'O0a' },
    { name: 'a baseline written "-"', doc: mut((d) => (firstInd(d, 'O0a').baseline = { year: 2024, value: '-' })), where: 'O0a' },
    {
      name: 'most IK without baseline: once for the document, naming them',
      doc: mut((d) => {
        const inds = allIndicators(d);
        for (const ind of inds.slice(3)) delete ind.baseline;
      }),
      count: 1,
      says: 'O0a.1',
    },
    {
      name: 'half of them without baseline: each one',
      doc: mut((d) => {
        const inds = allIndicators(d);
        for (const ind of inds.slice(0, Math.floor(inds.length / 2))) delete ind.baseline;
      }),
      count: 8,
    },
  ],
  accept: [
    {
      name: 'a plan rising from nothing (0, 5, 10)',
      doc: withFirst('I', { unit: '%', baseline: { year: 2024, value: 0 }, targets: { '2025': 5, '2026': 10, '2027': 15 } }),
      where: 'I',
    },
    {
      name: 'one thing first obtained and then held (0, 1, 1, 1: "Jumlah sertifikat ISO 27001 yang diperoleh", a Pusdatin)',
      doc: withFirst('O0a', { unit: 'sertifikat', baseline: { year: 2024, value: 0 }, targets: { '2025': 1, '2026': 1, '2027': 1 } }),
      where: 'O0a',
    },
    { name: 'the matching good case', doc: clean },
    { name: 'a baseline in words ("WTP")', doc: mut((d) => (firstInd(d, 'O0a').baseline = { year: 2024, value: 'WTP' })) },
  ],
});
