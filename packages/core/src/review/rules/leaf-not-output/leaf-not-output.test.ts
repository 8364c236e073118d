import { clean, drop, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

/** A Renstra tree down to three kegiatan (no sub kegiatan), for a period. */
const renstraToKegiatan = (start: number) => () => ({
  pokin: 1,
  title: 'Renstra Dinas Kesehatan',
  period: { start, end: start + 4 },
  levels: 'renstra',
  results: [
    { id: 'T1', level: 'tujuan', statement: 'Meningkatnya derajat kesehatan masyarakat' },
    { id: 'S1', level: 'sasaran', statement: 'Meningkatnya perilaku hidup bersih dan sehat', parent: 'T1' },
    { id: 'P1', level: 'program', statement: 'Program Promosi dan Pemberdayaan Masyarakat', parent: 'S1' },
    { id: 'K1', level: 'kegiatan', statement: 'Pengembangan media promosi dan informasi sadar hidup sehat', parent: 'P1' },
    { id: 'K2', level: 'kegiatan', statement: 'Penyuluhan masyarakat pola hidup sehat', parent: 'P1' },
    { id: 'K3', level: 'kegiatan', statement: 'Peningkatan pendidikan tenaga penyuluh kesehatan', parent: 'P1' },
  ],
});

testRule('leaf-not-output', {
  reject: [
    { name: 'immediate outcome without outputs', doc: mut((d) => drop(d, 'O3a', 'O3b')) },
    {
      name: 'a tree that stops at one level: once',
      doc: mut((d) => {
        d.results = d.results.filter((r: any) => !String(r.level).startsWith('output') && r.level !== 'immediate-outcome');
      }),
      count: 1,
      entry: ['warning', { partialFrom: 2 }],
    },
    { name: 'a Renstra of 2025-2029 that stops at kegiatan: once', doc: renstraToKegiatan(2025), count: 1 },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    { name: 'a Renstra of 2014-2018 ends at kegiatan (no sub kegiatan then)', doc: renstraToKegiatan(2014) },
    {
      name: 'a table of a Renstra 2017-2021 whose targets are all for 2019 ends at kegiatan',
      doc: () => {
        const d = renstraToKegiatan(2017)();
        for (const r of d.results)
          Object.assign(r, { indicators: [{ statement: 'Jumlah desa mandiri', unit: 'desa', targets: { '2019': 4 } }] });
        return d;
      },
    },
    {
      name: 'an IKU table whose own levels end at sasaran strategis',
      doc: () => ({
        pokin: 1,
        title: 'IKU Biro Umum',
        levels: [{ key: 'sasaran-strategis', label: { id: 'Sasaran Strategis', en: 'Strategic Objective' }, tier: 'strategis' }],
        results: [
          { id: 'SS1', level: 'sasaran-strategis', statement: 'Meningkatnya kualitas sarana dan prasarana kantor' },
          { id: 'SS2', level: 'sasaran-strategis', statement: 'Meningkatnya kualitas layanan pimpinan' },
          { id: 'SS3', level: 'sasaran-strategis', statement: 'Meningkatnya tertib administrasi keuangan' },
        ],
      }),
    },
  ],
});
