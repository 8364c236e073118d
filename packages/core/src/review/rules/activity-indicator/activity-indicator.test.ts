import { clean, firstInd, mut, renstraChain, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('activity-indicator', {
  reject: [
    {
      name: 'attendance at training, at a Renstra program ("Persentase ASN yang mengikuti pengembangan kompetensi")',
      doc: () => {
        const d = renstraChain('Program Pengembangan Sumber Daya Manusia')();
        res(d, 'P').indicators = [{ statement: 'Persentase ASN yang mengikuti pengembangan kompetensi', unit: '%' }];
        return d;
      },
      where: 'P',
      says: 'mengikuti pengembangan kompetensi',
    },
    {
      name: 'the share of one\'s own plan of work carried out ("Prosentase PKPT yang dilaksanakan")',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Prosentase PKPT yang dilaksanakan', unit: '%' })),
      says: 'pkpt',
    },
    {
      name: '"Jumlah koordinasi ..."',
      doc: mut((d) => Object.assign(firstInd(d, 'O0a'), { statement: 'Jumlah koordinasi standar layanan', unit: 'Kali' })),
      says: 'koordinasi',
    },
    {
      name: '"Persentase terlaksananya ..."',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Persentase terlaksananya kegiatan pembinaan puskesmas', unit: '%' })),
    },
    {
      name: '"Persentase pembentukan ..."',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Persentase pembentukan desa tangguh bencana', unit: '%' })),
      says: 'pembentukan',
    },
    {
      name: 'an activity named, with no measure ("Pengawasan dan pembinaan keamanan pangan")',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Pengawasan dan pembinaan keamanan pangan', unit: 'kali' })),
      where: 'M',
      says: '"Pengawasan ..."',
    },
    {
      name: 'an activity in -asi named ("Stabilisasi harga dan pasokan pangan")',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Stabilisasi harga dan pasokan pangan', unit: '%' })),
      where: 'M',
    },
    {
      name: 'attendance at training, at an outcome level ("Persentase ASN yang mengikuti pendidikan dan pelatihan")',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), {
          statement: 'Persentase ASN yang telah mengikuti pendidikan dan pelatihan struktural',
          unit: '%',
        }),
      ),
      where: 'M',
      says: 'mengikuti pendidikan dan pelatihan',
    },
    {
      name: 'attendance at a technical guidance, misspelt "Presentase"',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), {
          statement: 'Presentase ASN yang mengikuti Bimbingan teknis di lingkungan Dinas Kesehatan',
          unit: '%',
        }),
      ),
      says: 'mengikuti bimbingan',
    },
    {
      name: '"Frekwensi pertemuan ..." (the common spelling of frekuensi)',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Frekwensi pertemuan forum kerukunan', unit: 'kali' })),
      says: 'pertemuan',
    },
    {
      name: '"Persentase daya serap APBD" (a budget spent)',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Persentase daya serap APBD', unit: '%' })),
      says: 'daya serap',
    },
    {
      name: '"Tingkat penyerapan anggaran"',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Tingkat penyerapan anggaran', unit: '%' })),
      says: 'penyerapan anggaran',
    },
    {
      name: '"Persentase penyelesaian tugas ..." (one\'s own work done)',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Persentase penyelesaian tugas khusus pimpinan', unit: '%' })),
      says: 'penyelesaian tugas',
    },
  ],
  accept: [
    {
      name: 'a study programme is a thing, not a programme of work ("Program studi Berstandar Internasional")',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Program studi Berstandar Internasional', unit: 'Prodi' })),
    },
    {
      name: 'a plan of others, made (not carried out): "Persentase rencana tata ruang yang ditetapkan"',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Persentase rencana detail tata ruang yang ditetapkan', unit: '%' })),
    },
    {
      name: '"Persentase penyelesaian perkara" (cases resolved, a result)',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Persentase penyelesaian perkara tepat waktu', unit: '%' })),
    },
    {
      name: '"Tingkat penyerapan tenaga kerja" (jobs, not a budget)',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Tingkat penyerapan tenaga kerja', unit: '%' })),
    },
    {
      name: '"Jumlah peserta pelatihan ..."',
      doc: mut((d) => Object.assign(firstInd(d, 'O0b'), { statement: 'Jumlah peserta pelatihan yang lulus', unit: 'Orang' })),
    },
    { name: 'the clean tree', doc: clean },
    {
      name: 'a change measured ("Peningkatan populasi ternak"), or a condition ("Pertumbuhan ekonomi", "Pelayanan ...")',
      doc: mut((d) => {
        Object.assign(firstInd(d, 'M'), { statement: 'Peningkatan populasi ternak sapi', unit: 'ekor' });
        Object.assign(firstInd(d, 'M2'), { statement: 'Pertumbuhan ekonomi daerah', unit: '%' });
        Object.assign(firstInd(d, 'M3'), { statement: 'Pelayanan kesehatan dasar sesuai standar', unit: '%' });
      }),
    },
    {
      name: 'taking part in schooling is a condition ("... yang mengikuti pendidikan kesetaraan")',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), { statement: 'Persentase warga putus sekolah yang mengikuti pendidikan kesetaraan', unit: '%' }),
      ),
    },
    {
      name: 'attendance at training at an output level: the reach of the output',
      doc: mut((d) => Object.assign(firstInd(d, 'O0b'), { statement: 'Persentase petugas yang mengikuti pelatihan teknis', unit: '%' })),
    },
  ],
});
