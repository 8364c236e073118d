import { clean, firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('activity-indicator', {
  reject: [
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
  ],
  accept: [
    {
      name: '"Jumlah peserta pelatihan ..."',
      doc: mut((d) => Object.assign(firstInd(d, 'O0b'), { statement: 'Jumlah peserta pelatihan yang lulus', unit: 'Orang' })),
    },
    { name: 'the clean tree', doc: clean },
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
