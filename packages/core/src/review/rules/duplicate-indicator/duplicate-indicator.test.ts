import { clean, firstInd, mut, res, withFirst } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

/** Output O0a measured by one indicator per item of a heading (by indicator id), each stated "heading: item". */
const headingItems = (items: Record<string, string>) =>
  mut((d) => {
    const heading = 'Peningkatan Produksi Tanaman Pangan dan Hortikultura';
    res(d, 'O0a').indicators = Object.entries(items).map(([id, item]) => ({ id, statement: `${heading}: ${item}`, unit: '%' }));
  });

/** Output O0a measured twice by its indicator, the copy (O0a.2) given `fields`. */
const twice = (fields: Record<string, unknown> = {}) =>
  mut((d) => res(d, 'O0a').indicators.push({ ...firstInd(d, 'O0a'), id: 'O0a.2', ...fields }));

testRule('duplicate-indicator', {
  reject: [
    { name: 'one item of a heading twice', doc: headingItems({ a: 'Padi', b: ' padi' }), count: 1 },
    { name: 'one IK twice', doc: twice(), says: 'hapus salah satu' },
    {
      name: 'one IK twice with another 2026 target: both values named',
      doc: twice({ targets: { '2025': 55, '2026': 100, '2027': 65 } }),
      says: 'target 2026: 100 dan',
    },
    {
      name: 'one IK twice, once by its acronym ("Indeks Kepuasan Masyarakat (IKM)" and "IKM")',
      doc: mut((d) => {
        firstInd(d, 'O0a').statement = 'Indeks Kepuasan Masyarakat (IKM)';
        res(d, 'O0a').indicators.push({ ...firstInd(d, 'O0a'), id: 'O0a.2', statement: 'IKM' });
      }),
      where: 'O0a',
      count: 1,
    },
    {
      name: 'the same IK on results in two branches',
      doc: withFirst('O3a', { statement: 'Jumlah dokumen standar layanan puskesmas' }),
      where: 'O3a',
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'one function split by region ("... Wilayah I", "... Wilayah II"), each measured by the same IK',
      doc: mut((d) => {
        res(d, 'O0a').statement = 'Batas Antar Daerah Wilayah I';
        res(d, 'O3a').statement = 'Batas Antar Daerah Wilayah II';
        firstInd(d, 'O3a').statement = firstInd(d, 'O0a').statement;
      }),
      where: 'O3a',
    },
    {
      name: 'two items of one heading whose words the heading holds ("...: Tanaman Pangan", "...: Hortikultura")',
      doc: headingItems({ a: 'Tanaman Pangan', b: 'Hortikultura' }),
    },
  ],
});
