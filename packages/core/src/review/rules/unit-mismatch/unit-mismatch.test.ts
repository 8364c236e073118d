import { clean, plan, statedAs, targetsOnly, withFirst } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('unit-mismatch', {
  reject: [
    {
      name: 'an area in a volume ("Luas kolam pelabuhan yang dikeruk" in m3, a KSOP)',
      doc: statedAs('M', 'Luas kolam pelabuhan yang dikeruk', 'm3'),
      says: 'luas bersatuan luas',
    },
    {
      name: 'a length in an area ("Panjang saluran drainase yang dibangun" in m²)',
      doc: statedAs('M', 'Panjang saluran drainase yang dibangun', 'm²'),
      says: 'panjang bersatuan panjang',
    },
    {
      name: 'an audit opinion planned as a number in its unit ("WTM" target 4)',
      doc: statedAs('M', 'Mempertahankan hasil audit Wajar Tanpa Modifikasian (WTM)', 'WTM', plan(2024, 4, 4, 4, 4)),
      says: 'opini audit adalah predikat',
    },
    {
      name: "the BPK's opinion planned as a number (100 in WTP)",
      doc: targetsOnly('G', 'Opini atas Audit BPK', 'WTP', [100, 100, 100]),
      where: 'G',
      says: 'predikat',
    },
    {
      name: 'a share planned in an opinion unit ("Persentase ..." in WTP) is still the opinion as a number',
      doc: targetsOnly('G', 'Persentase capaian opini BPK', 'WTP', [100, 100, 100]),
      where: 'G',
      says: 'predikat',
    },
    {
      name: 'an index planned as numbers in a unit of grades ("Indeks Reformasi Birokrasi" at 67,30 in Predikat)',
      doc: targetsOnly('G', 'Indeks Reformasi Birokrasi General', 'Predikat', [67.3, 68, 69]),
      where: 'G',
      says: 'bukan angka',
    },
    {
      name: 'a frequency in documents ("Frekuensi patroli terpadu" in Dokumen)',
      doc: statedAs('O0a', 'Frekuensi patroli terpadu', 'Dokumen'),
      where: 'O0a',
      says: 'kali',
    },
    {
      name: 'a count of things in documents ("Jumlah Perlengkapan Jalan ..." in Dokumen)',
      doc: statedAs('O0a', 'Jumlah Perlengkapan Jalan yang terpasang', 'Dokumen'),
      where: 'O0a',
      says: 'perlengkapan',
    },
    {
      name: 'a thing named with no measure word, counted in reports ("Perangkat Pengolah Data" in Laporan)',
      doc: statedAs('O0a', 'Perangkat Pengolah Data dan Komunikasi', 'Laporan'),
      where: 'O0a',
      says: 'perangkat',
    },
    { name: '"Persentase" in "orang"', doc: withFirst('I', { unit: 'orang' }) },
    { name: '"Persentase" in a word that is no unit ("Prolegda")', doc: withFirst('I', { unit: 'Prolegda' }), says: '"Prolegda"' },
    { name: 'a rate per 10.000 people in "%"', doc: statedAs('I', 'Rasio Linmas per 10.000 penduduk', '%'), says: 'per 10.000 penduduk' },
    { name: 'a response time in "%"', doc: statedAs('I', 'Waktu tanggap penanganan kebakaran', '%'), says: 'menit' },
    { name: 'a score in "%"', doc: statedAs('I', 'Skor Pola Pangan Harapan', '%'), says: 'skor' },
    { name: 'an evaluation score in "%" ("Nilai SAKIP")', doc: statedAs('I', 'Nilai SAKIP Perangkat Daerah', '%'), says: 'skor' },
    { name: '"Jumlah dokumen" in orang', doc: withFirst('O0a', { unit: 'Orang' }), says: 'bukan orang' },
    { name: '"Jumlah data" of things in orang', doc: statedAs('O0a', 'Jumlah data aset yang dimutakhirkan', 'Orang'), says: 'bukan orang' },
    {
      name: 'a baseline written in percent for an indicator counted in sheets',
      doc: withFirst('O0a', { statement: 'Jumlah leaflet PHBS yang dicetak', unit: 'lbr', baseline: { year: 2024, value: '20%' } }),
      says: 'kondisi awal',
    },
    {
      name: 'the things counted in %, with no word for the percentage ("Kelurahan Siaga Aktif")',
      doc: statedAs('I', 'Kelurahan Siaga Aktif', '%'),
      says: 'Persentase kelurahan',
    },
    {
      name: 'a percentage written with its sign ("% Desa yang ...") in a unit of things',
      doc: statedAs('I', '% Desa yang dapat mengelola APBDes tepat waktu', 'Desa'),
      says: 'persentase bersatuan',
    },
    {
      name: '"Indeks ..." in "%"',
      doc: statedAs('I', 'Indeks kepuasan pelayanan kesehatan dasar', 'Persen'),
      says: 'indeks bersatuan indeks',
    },
  ],
  accept: [
    { name: "the BPK's opinion planned as the grade", doc: targetsOnly('G', 'Opini BPK', 'predikat', ['WTP', 'WTP', 'WTP']), where: 'G' },
    {
      name: 'a count of those that obtained the opinion ("Jumlah Pemda ... opini WTP" in Pemda, a Kanwil DJPb)',
      doc: targetsOnly('G', 'Jumlah Pemda lingkup wilayah yang memperoleh opini WTP', 'Pemda', [26, 28, 30]),
      where: 'G',
    },
    {
      name: 'a share of those that obtained the opinion ("Persentase Pemda ... opini WTP" in %, a Perwakilan BPKP)',
      doc: targetsOnly('G', 'Persentase Pemda yang laporan keuangannya memperoleh opini WTP', '%', [93.33, 100, 100]),
      where: 'G',
    },
    {
      name: 'a count per a count in % ("Jumlah keluaran penelitian ... per jumlah dosen", the IKU of a Politeknik Negeri)',
      doc: statedAs(
        'M',
        'Jumlah keluaran penelitian dan pengabdian kepada masyarakat yang mendapat rekognisi internasional atau diterapkan oleh masyarakat per jumlah dosen',
        '%',
      ),
    },
    {
      name: 'a grade planned as grades in a unit of grades ("Nilai SAKIP" at BB in Predikat)',
      doc: targetsOnly('G', 'Nilai SAKIP', 'Predikat', ['B', 'BB', 'BB']),
      where: 'G',
    },
    ...(
      [
        ['Luas kolam pelabuhan yang dikeruk', 'm²'],
        ['Luas areal tanam padi', 'Ha'],
        ['Panjang jalan kabupaten dalam kondisi mantap', 'Km'],
        ['Volume sedimen yang dikeruk', 'm3'],
      ] as const
    ).map(([statement, unit]) => ({
      name: `an area, a length or a volume in its own unit ("${statement}" in ${unit})`,
      doc: statedAs('M', statement, unit),
    })),
    {
      name: 'a cropping intensity in %, as it is written ("Indeks Pertanaman ..." in %, a Dinas SDA)',
      doc: statedAs('M', 'Indeks Pertanaman pada daerah irigasi kewenangan provinsi', '%'),
    },
    { name: 'a frequency in times', doc: statedAs('O0a', 'Frekuensi patroli terpadu', 'kali'), where: 'O0a' },
    { name: 'a count of documents in reports', doc: statedAs('O0a', 'Jumlah dokumen perencanaan yang disusun', 'Laporan'), where: 'O0a' },
    { name: 'a count of things in units', doc: statedAs('O0a', 'Jumlah Perlengkapan Jalan yang terpasang', 'Unit'), where: 'O0a' },
    {
      name: 'the records of people counted by the households they hold ("Jumlah data penerima bantuan ..." in KK)',
      doc: statedAs('O0a', 'Jumlah data penerima bantuan yang diverifikasi dan divalidasi', 'KK'),
      where: 'O0a',
    },
    { name: 'the matching good case', doc: clean },
    {
      name: 'the share of responses within the time ("Tingkat waktu tanggap ...", an SPM percentage)',
      doc: statedAs('I', 'Tingkat waktu tanggap daerah layanan wilayah manajemen kebakaran', '%'),
    },
    { name: 'punctuality in "%" ("Ketepatan waktu ...")', doc: statedAs('I', 'Ketepatan waktu penyampaian laporan', '%') },
    {
      name: 'a percentage per year ("Persentase ... per tahun") in "%"',
      doc: statedAs('I', 'Persentase pertumbuhan UMKM per 1 tahun', '%'),
    },
    {
      name: 'a rate in % that names no things counted ("Laju pertumbuhan ekonomi")',
      doc: statedAs('I', 'Laju pertumbuhan ekonomi daerah', '%'),
    },
    {
      name: 'a percentage written with its sign in a percentage indicator',
      doc: withFirst('I', { baseline: { year: 2024, value: '50%' } }),
    },
    { name: '"Jumlah ASN ..." in orang', doc: statedAs('O0b', 'Jumlah ASN yang dibina', 'Orang') },
    {
      name: 'households counted in KK ("Jumlah rumah tangga yang mendapatkan akses sanitasi ...", a BPPW): a household is not a house',
      doc: statedAs('O0a', 'Jumlah rumah tangga yang mendapatkan akses sanitasi layak dan aman', 'KK'),
      where: 'O0a',
    },
    {
      name: 'a percentage written with its sign for "Persentase" ("% Desa yang ...", an IKU of a kecamatan) in "%"',
      doc: statedAs('I', '% Desa yang dapat mengelola APBDes tepat waktu', '%'),
    },
  ],
});
