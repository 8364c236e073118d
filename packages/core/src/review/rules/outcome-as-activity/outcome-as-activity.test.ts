import { clean, mut, renstraChain, res } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('outcome-as-activity', {
  reject: [
    {
      name: 'a Renstra program written as an action ("Meningkatkan kualitas perencanaan ...")',
      doc: renstraChain('Meningkatkan kualitas perencanaan dan penganggaran daerah'),
      where: 'P',
    },
    { name: '"Pelaksanaan ..." as an outcome', doc: mut((d) => (res(d, 'I').statement = 'Pelaksanaan Pelayanan Kesehatan Dasar')) },
    {
      name: 'an action on a quality ("Meningkatkan pelayanan yang berkualitas")',
      doc: mut((d) => (res(d, 'I').statement = 'Meningkatkan Pelayanan yang Berkualitas dan Terakreditasi')),
    },
    {
      name: 'the act of raising, whatever its object ("Peningkatan kualitas ... yang akuntabel")',
      doc: mut((d) => (res(d, 'I').statement = 'Peningkatan kualitas penyelenggaraan pemerintahan yang akuntabel')),
      where: 'I',
    },
    {
      name: 'a quality named only in the clause of means ("... melalui ... Kelompok Usaha Ekonomi Produktif")',
      doc: mut(
        (d) => (res(d, 'I').statement = 'Peningkatan Ekonomi Masyarakat melalui pengembangan Kelompok Usaha Ekonomi Produktif di Pedesaan'),
      ),
      where: 'I',
    },
    {
      name: 'an activity done in a manner ("... yang Kolaboratif dan Berkelanjutan"), which is not a quality reached',
      doc: mut((d) => (res(d, 'I').statement = 'Pengelolaan Sampah Rumah Tangga yang Kolaboratif dan Berkelanjutan')),
      where: 'I',
    },
    {
      name: '"Optimalisasi ..." whatever follows',
      doc: mut((d) => (res(d, 'I').statement = 'Optimalisasi Pengelolaan Keuangan Daerah yang Akuntabel')),
      where: 'I',
    },
    {
      name: '"Koordinasi, Sinkronisasi dan Pengendalian ... yang efektif" (coordination is an activity, whatever follows)',
      doc: mut((d) => (res(d, 'I').statement = 'Koordinasi, Sinkronisasi, dan Pengendalian Kebijakan Kesatuan Bangsa yang Efektif')),
      where: 'I',
    },
    {
      name: 'an activity done "yang optimal" (a manner)',
      doc: mut((d) => (res(d, 'I').statement = 'Pemenuhan Layanan Dukungan Manajemen yang Optimal')),
      where: 'I',
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'a Renstra program by its nomenclature name ("Program Perencanaan ...")',
      doc: renstraChain('Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah'),
      where: 'P',
    },
    {
      name: 'a noun phrase that names the quality reached',
      doc: mut((d) => (res(d, 'I').statement = 'Perencanaan, Pelaporan dan Evaluasi Pembangunan Daerah yang Berkualitas')),
    },
  ],
});
