import { clean, docOf, drop, mut, renstraChain } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('single-child', {
  reject: [{ name: 'intermediate outcome with one immediate outcome', doc: mut((d) => drop(d, 'M2', 'O1a', 'O1b')), where: 'I' }],
  accept: [
    { name: 'the matching good case', doc: clean, where: 'I' },
    {
      name: 'a Renstra tujuan with one sasaran, under the RPJMD',
      doc: () =>
        docOf(
          [
            { id: 'R', level: 'sasaran-rpjmd', statement: 'Meningkatnya derajat kesehatan masyarakat' },
            { id: 'T', level: 'tujuan-renstra', parent: 'R', statement: 'Meningkatnya kualitas pelayanan kesehatan' },
            { id: 'S', level: 'sasaran-renstra', parent: 'T', statement: 'Menurunnya angka kematian ibu dan bayi' },
          ],
          {
            levels: [
              { key: 'sasaran-rpjmd', label: { id: 'Sasaran RPJMD', en: 'RPJMD Objective' }, tier: 'strategis' },
              { key: 'tujuan-renstra', label: { id: 'Tujuan Renstra', en: 'Renstra Goal' }, tier: 'strategis' },
              { key: 'sasaran-renstra', label: { id: 'Sasaran Renstra', en: 'Renstra Objective' }, tier: 'taktis' },
            ],
          },
        ),
      where: 'T',
    },
    {
      name: 'kegiatan to one sub kegiatan (fixed nomenclature)',
      doc: () =>
        docOf(
          [
            { id: 'P', level: 'program', statement: 'Program Penunjang Urusan', indicators: [{ statement: 'Nilai SAKIP', unit: 'Nilai' }] },
            {
              id: 'K',
              level: 'kegiatan',
              statement: 'Administrasi Keuangan',
              parent: 'P',
              indicators: [{ statement: 'Jumlah laporan keuangan', unit: 'Dokumen' }],
            },
            {
              id: 'S',
              level: 'sub-kegiatan',
              statement: 'Penyediaan Gaji dan Tunjangan ASN',
              parent: 'K',
              indicators: [{ statement: 'Jumlah ASN penerima gaji', unit: 'Orang' }],
            },
            {
              id: 'K2',
              level: 'kegiatan',
              statement: 'Administrasi Umum',
              parent: 'P',
              indicators: [{ statement: 'Jumlah paket layanan umum', unit: 'Paket' }],
            },
            {
              id: 'S2',
              level: 'sub-kegiatan',
              statement: 'Penyediaan Peralatan Kantor',
              parent: 'K2',
              indicators: [{ statement: 'Jumlah paket peralatan', unit: 'Paket' }],
            },
            {
              id: 'S3',
              level: 'sub-kegiatan',
              statement: 'Penyediaan Bahan Bacaan',
              parent: 'K2',
              indicators: [{ statement: 'Jumlah paket bahan bacaan', unit: 'Paket' }],
            },
          ],
          { levels: 'renstra' },
        ),
      where: 'K',
    },
    {
      name: 'a Renstra sasaran with one program (fixed nomenclature)',
      doc: renstraChain('Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan'),
      where: 'S',
    },
  ],
});
