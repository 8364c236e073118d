import { clean, firstInd, mut, res, tableCases, withFirst, type CaseRow } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

/** Cases whose indicator M.1 states their row's statement. */
const indicatorCases = (rows: readonly CaseRow<string>[]) => tableCases((statement) => withFirst('M', { statement }), rows);

/** The output O0a stating `statement`, its first indicator stating `indicator` in `unit`. */
const outputNamed = (statement: string, indicator: string, unit: string) =>
  mut((d) => {
    res(d, 'O0a').statement = statement;
    Object.assign(firstInd(d, 'O0a'), { statement: indicator, unit });
  });

testRule('indicator-as-statement', {
  reject: [
    {
      name: 'IK naming the condition wanted, with no measure ("Harga pangan yang terjangkau dan terkendali")',
      doc: withFirst('M', { statement: 'Harga pangan yang terjangkau dan terkendali' }),
      says: 'kondisi yang diinginkan',
    },
    {
      name: 'IK repeating its output\'s name ("Layanan Prasarana Internal", Kejaksaan Negeri)',
      doc: outputNamed('Layanan Prasarana Internal', 'Layanan Prasarana Internal', 'unit'),
      where: 'O0a',
      says: 'mengulang nama kinerjanya ("Layanan Prasarana Internal")',
    },
    ...indicatorCases([
      ['IK "Meningkatnya ..."', 'Meningkatnya mutu layanan puskesmas'],
      [
        'IK of a quality reached, with no measure ("Tertib ketatausahaan ...")',
        'Tertib ketatausahaan dan keprotokolan',
        { says: '"Tertib ..."' },
      ],
      [
        'IK of two results joined, the second in full ("Tersusun dan Terlaksananya Kurikulum ...")',
        'Tersusun dan Terlaksananya Kurikulum Muatan Lokal Budaya Jawa',
      ],
    ]),
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'an output\'s name counted ("Jumlah layanan prasarana internal")',
      doc: outputNamed('Layanan Prasarana Internal', 'Jumlah Layanan Prasarana Internal', 'unit'),
    },
    {
      name: 'an output named as an activity, repeated, is activity-indicator\'s ("Penerangan Hukum")',
      doc: outputNamed('Penerangan Hukum', 'Penerangan Hukum', 'kegiatan'),
    },
    {
      name: 'an activity named, with a state after "yang", is activity-indicator\'s ("Pemantauan harga ... yang terintegrasi ...", Disperindag)',
      doc: withFirst('M', {
        statement:
          'Pemantauan harga dan stok Barang kebutuhan pokok dan barang penting pada pasar rakyat yang terintegrasi dalam sistem informasi Perdagangan',
        unit: 'jenis Barang',
      }),
    },
    {
      name: 'an area or a length measured ("Luas kawasan yang terlindungi dari bahaya banjir" in ha, Balai Besar Wilayah Sungai)',
      doc: withFirst('M', { statement: 'Luas kawasan yang terlindungi dari bahaya banjir', unit: 'ha' }),
    },
    {
      name: 'a length measured ("Panjang pantai yang terlindungi dari abrasi" in km)',
      doc: withFirst('M', { statement: 'Panjang pantai yang terlindungi dari abrasi', unit: 'km' }),
    },
    ...indicatorCases([
      ['a measure named by its head ("Status ... yang baik", "Rata-rata ... yang terjangkau")', 'Status gizi balita yang baik'],
      ['a measure of a quality ("Persentase ... yang tertib")', 'Persentase arsip yang tertib'],
      [
        'a measure whose words hold "dan" and a result further on ("Jumlah sarana dan tersedianya ...")',
        'Persentase sekolah dan madrasah yang terakreditasi',
      ],
    ]),
  ],
});
