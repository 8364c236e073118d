import { clean, mut, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('pseudo-outcome', {
  reject: [
    {
      name: 'condition verb + activity noun',
      doc: mut((d) => (res(d, 'M').statement = 'Meningkatnya Pengelolaan Layanan Puskesmas')),
      where: 'M',
      says: 'Pengelolaan',
    },
    {
      name: '"Meningkatnya Pengembangan Kompetensi ASN"',
      doc: mut((d) => (res(d, 'M').statement = 'Meningkatnya Pengembangan Kompetensi ASN')),
      where: 'M',
    },
    { name: 'a normative head', doc: mut((d) => (res(d, 'M').statement = 'Optimalnya Layanan Puskesmas')), where: 'M', says: 'Optimalnya' },
    {
      name: 'more of an activity, even with a quality ("Meningkatnya Pengelolaan ... yang Akuntabel")',
      doc: mut((d) => (res(d, 'M').statement = 'Meningkatnya Pengelolaan Keuangan Puskesmas yang Akuntabel')),
      where: 'M',
    },
    {
      name: 'the quality of an activity ("Meningkatnya Kualitas Pengelolaan Arsip", as the rule\'s documentation says)',
      doc: mut((d) => (res(d, 'M').statement = 'Meningkatnya Kualitas Pengelolaan Arsip')),
      where: 'M',
      says: 'Kualitas Pengelolaan',
    },
    {
      name: 'the quality of carrying out, with "mutu"',
      doc: mut((d) => (res(d, 'M').statement = 'Meningkatnya Mutu Pelaksanaan Kegiatan Posyandu')),
      where: 'M',
      says: 'Mutu Pelaksanaan',
    },
  ],
  accept: [
    {
      name: 'the quality of a service or a field ("Meningkatnya Kualitas Pelayanan Publik", "... Mutu Pendidikan")',
      doc: mut((d) => {
        res(d, 'M').statement = 'Meningkatnya Kualitas Pelayanan Publik';
        res(d, 'M2').statement = 'Meningkatnya Mutu Pendidikan Dasar';
      }),
    },
    {
      name: 'the quality of learning, planning or governance ("Meningkatnya Kualitas Pembelajaran ...")',
      doc: mut((d) => {
        res(d, 'M').statement = 'Meningkatnya Kualitas Pembelajaran di Sekolah Dasar';
        res(d, 'M2').statement = 'Meningkatnya Kualitas Perencanaan dan Pelaporan Kinerja';
        res(d, 'M3').statement = 'Meningkatnya Kualitas Penyelenggaraan Pemerintahan Desa';
      }),
    },
    {
      name: 'the quality of a thing ("Meningkatnya Kualitas Aparatur Sipil Negara")',
      doc: mut((d) => (res(d, 'M').statement = 'Meningkatnya Kualitas Aparatur Sipil Negara')),
      where: 'M',
    },
    {
      name: 'a condition of a field noun',
      doc: mut((d) => (res(d, 'M').statement = 'Meningkatnya Pelayanan Kesehatan Dasar')),
      where: 'M',
    },
    {
      name: 'a state reached, named by its quality ("Terwujudnya Pengelolaan ... yang Partisipatif")',
      doc: mut((d) => (res(d, 'M').statement = 'Terwujudnya Pengelolaan Sumber Daya Kelautan yang Partisipatif dan Berkelanjutan')),
      where: 'M',
    },
    {
      name: 'the sales of a target group ("Meningkatnya Penjualan Usaha Mikro")',
      doc: mut((d) => (res(d, 'M').statement = 'Meningkatnya Penjualan Usaha Mikro')),
      where: 'M',
    },
    { name: 'the clean tree', doc: clean },
  ],
});
