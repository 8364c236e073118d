import { clean, docOf, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

const plan = { '2025': 85, '2026': 85, '2027': 86 };

/** A tujuan measured by `above` and a sasaran below it measured by `below`, with the same unit and targets. */
const pair = (above: string, below: string) => () =>
  docOf(
    [
      {
        id: 'T',
        level: 'tujuan',
        statement: 'Meningkatnya akuntabilitas kinerja perangkat daerah',
        indicators: [{ id: 'T.1', statement: above, unit: 'nilai', polarity: 'up', targets: plan }],
      },
      {
        id: 'S',
        level: 'sasaran',
        parent: 'T',
        statement: 'Meningkatnya kualitas perencanaan dan evaluasi kinerja',
        indicators: [{ id: 'S.1', statement: below, unit: 'nilai', polarity: 'up', targets: plan }],
      },
    ],
    { levels: 'renstra', period: { start: 2025, end: 2027 } },
  );

testRule('indicator-copied-from-parent', {
  reject: [
    {
      name: "a child with its parent's IK",
      doc: mut((d) => (firstInd(d, 'M').statement = 'Persentase  cakupan pelayanan kesehatan-dasar.')),
    },
    {
      name: '"OPD" and "Perangkat Daerah" written out',
      doc: pair('Nilai SAKIP OPD', 'Nilai SAKIP Perangkat Daerah'),
      where: 'S',
    },
    {
      name: 'SAKIP with its words written beside it ("SAKIP (Sistem Akuntabilitas Kinerja Instansi Pemerintah)")',
      doc: pair('Nilai SAKIP (Sistem Akuntabilitas Kinerja Instansi Pemerintah)', 'Nilai SAKIP'),
      where: 'S',
    },
    {
      name: 'AKIP written out and as its acronym',
      doc: pair('Nilai Akuntabilitas Kinerja Instansi Pemerintah', 'Nilai AKIP'),
      where: 'S',
    },
    {
      name: '"Capaian" and "Nilai" before the same score ("Capaian SAKIP", "Nilai SAKIP")',
      doc: pair('Capaian SAKIP OPD', 'Nilai SAKIP OPD'),
      where: 'S',
    },
    {
      name: 'the area an irrigation network serves and the area of the network ("Luas layanan jaringan irigasi", "Luas jaringan irigasi")',
      doc: pair('Luas layanan jaringan irigasi yang direhabilitasi', 'Luas jaringan irigasi yang direhabilitasi'),
      where: 'S',
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'the whole pemerintah daerah and one perangkat daerah',
      doc: pair('Nilai SAKIP Pemerintah Daerah', 'Nilai SAKIP Perangkat Daerah'),
    },
    {
      name: 'the share of targets met is not the score ("Persentase capaian ..." and "Nilai ...")',
      doc: pair('Persentase capaian IKU', 'Nilai IKU'),
    },
    {
      name: 'services counted are not the things that serve ("Jumlah layanan perpustakaan keliling", "Jumlah perpustakaan keliling")',
      doc: pair('Jumlah layanan perpustakaan keliling', 'Jumlah perpustakaan keliling'),
    },
    {
      name: "a part of the parent's measure, even with its targets (levees built, of levees and parapets built and raised)",
      doc: pair(
        'Panjang tanggul/parapet pengendali banjir yang dibangun dan ditingkatkan',
        'Panjang tanggul pengendali banjir yang dibangun',
      ),
    },
    {
      name: "an evaluation's follow-up is not the SAKIP score",
      doc: pair('Nilai SAKIP', 'Persentase rekomendasi hasil evaluasi Akuntabilitas Kinerja Instansi Pemerintah yang ditindaklanjuti'),
    },
  ],
});
