import { clean, firstInd, mut, withFirst } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('unit-mismatch', {
  reject: [
    {
      name: 'an audit opinion planned as a number in its unit ("WTM" target 4)',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), {
          statement: 'Mempertahankan hasil audit Wajar Tanpa Modifikasian (WTM)',
          unit: 'WTM',
          baseline: { year: 2024, value: 4 },
          targets: { '2025': 4, '2026': 4, '2027': 4 },
        }),
      ),
      says: 'opini audit adalah predikat',
    },
    {
      name: "the BPK's opinion planned as a number (100 in WTP)",
      doc: withFirst('G', {
        statement: 'Opini atas Audit BPK',
        unit: 'WTP',
        polarity: undefined,
        baseline: undefined,
        targets: { '2025': 100, '2026': 100, '2027': 100 },
      }),
      where: 'G',
      says: 'predikat',
    },
    {
      name: 'an index planned as numbers in a unit of grades ("Indeks Reformasi Birokrasi" at 67,30 in Predikat)',
      doc: withFirst('G', {
        statement: 'Indeks Reformasi Birokrasi General',
        unit: 'Predikat',
        polarity: undefined,
        baseline: undefined,
        targets: { '2025': 67.3, '2026': 68, '2027': 69 },
      }),
      where: 'G',
      says: 'bukan angka',
    },
    {
      name: 'a frequency in documents ("Frekuensi patroli terpadu" in Dokumen)',
      doc: withFirst('O0a', { statement: 'Frekuensi patroli terpadu', unit: 'Dokumen' }),
      where: 'O0a',
      says: 'kali',
    },
    {
      name: 'a count of things in documents ("Jumlah Perlengkapan Jalan ..." in Dokumen)',
      doc: withFirst('O0a', { statement: 'Jumlah Perlengkapan Jalan yang terpasang', unit: 'Dokumen' }),
      where: 'O0a',
      says: 'perlengkapan',
    },
    {
      name: 'a thing named with no measure word, counted in reports ("Perangkat Pengolah Data" in Laporan)',
      doc: withFirst('O0a', { statement: 'Perangkat Pengolah Data dan Komunikasi', unit: 'Laporan' }),
      where: 'O0a',
      says: 'perangkat',
    },
    { name: '"Persentase" in "orang"', doc: mut((d) => (firstInd(d, 'I').unit = 'orang')) },
    {
      name: '"Persentase" in a word that is no unit ("Prolegda")',
      doc: mut((d) => (firstInd(d, 'I').unit = 'Prolegda')),
      says: '"Prolegda"',
    },
    {
      name: 'a rate per 10.000 people in "%"',
      doc: withFirst('I', { statement: 'Rasio Linmas per 10.000 penduduk', unit: '%' }),
      says: 'per 10.000 penduduk',
    },
    { name: 'a response time in "%"', doc: withFirst('I', { statement: 'Waktu tanggap penanganan kebakaran', unit: '%' }), says: 'menit' },
    { name: 'a score in "%"', doc: withFirst('I', { statement: 'Skor Pola Pangan Harapan', unit: '%' }), says: 'skor' },
    {
      name: 'an evaluation score in "%" ("Nilai SAKIP")',
      doc: withFirst('I', { statement: 'Nilai SAKIP Perangkat Daerah', unit: '%' }),
      says: 'skor',
    },
    { name: '"Jumlah dokumen" in orang', doc: withFirst('O0a', { unit: 'Orang' }), says: 'bukan orang' },
    {
      name: 'a baseline written in percent for an indicator counted in sheets',
      doc: withFirst('O0a', {
        statement: 'Jumlah leaflet PHBS yang dicetak',
        unit: 'lbr',
        baseline: { year: 2024, value: '20%' },
      }),
      says: 'kondisi awal',
    },
    {
      name: 'the things counted in %, with no word for the percentage ("Kelurahan Siaga Aktif")',
      doc: withFirst('I', { statement: 'Kelurahan Siaga Aktif', unit: '%' }),
      says: 'Persentase kelurahan',
    },
    {
      name: '"Indeks ..." in "%"',
      doc: withFirst('I', { statement: 'Indeks kepuasan pelayanan kesehatan dasar', unit: 'Persen' }),
      says: 'indeks bersatuan indeks',
    },
  ],
  accept: [
    {
      name: "the BPK's opinion planned as the grade",
      doc: withFirst('G', {
        statement: 'Opini BPK',
        unit: 'predikat',
        polarity: undefined,
        baseline: undefined,
        targets: { '2025': 'WTP', '2026': 'WTP', '2027': 'WTP' },
      }),
      where: 'G',
    },
    {
      name: 'a grade planned as grades in a unit of grades ("Nilai SAKIP" at BB in Predikat)',
      doc: withFirst('G', {
        statement: 'Nilai SAKIP',
        unit: 'Predikat',
        polarity: undefined,
        baseline: undefined,
        targets: { '2025': 'B', '2026': 'BB', '2027': 'BB' },
      }),
      where: 'G',
    },
    { name: 'a frequency in times', doc: withFirst('O0a', { statement: 'Frekuensi patroli terpadu', unit: 'kali' }), where: 'O0a' },
    {
      name: 'a count of documents in reports',
      doc: withFirst('O0a', { statement: 'Jumlah dokumen perencanaan yang disusun', unit: 'Laporan' }),
      where: 'O0a',
    },
    {
      name: 'a count of things in units',
      doc: withFirst('O0a', { statement: 'Jumlah Perlengkapan Jalan yang terpasang', unit: 'Unit' }),
      where: 'O0a',
    },
    { name: 'the matching good case', doc: clean },
    {
      name: 'the share of responses within the time ("Tingkat waktu tanggap ...", an SPM percentage)',
      doc: withFirst('I', { statement: 'Tingkat waktu tanggap daerah layanan wilayah manajemen kebakaran', unit: '%' }),
    },
    {
      name: 'punctuality in "%" ("Ketepatan waktu ...")',
      doc: withFirst('I', { statement: 'Ketepatan waktu penyampaian laporan', unit: '%' }),
    },
    {
      name: 'a percentage per year ("Persentase ... per tahun") in "%"',
      doc: withFirst('I', { statement: 'Persentase pertumbuhan UMKM per 1 tahun', unit: '%' }),
    },
    {
      name: 'a rate in % that names no things counted ("Laju pertumbuhan ekonomi")',
      doc: withFirst('I', { statement: 'Laju pertumbuhan ekonomi daerah', unit: '%' }),
    },
    {
      name: 'a percentage written with its sign in a percentage indicator',
      doc: withFirst('I', { baseline: { year: 2024, value: '50%' } }),
    },
    {
      name: '"Jumlah ASN ..." in orang',
      doc: withFirst('O0b', { statement: 'Jumlah ASN yang dibina', unit: 'Orang' }),
    },
  ],
});
