import { clean, renstraChain, statementCases, withStatement } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('outcome-as-activity', {
  reject: [
    {
      name: 'a Renstra program written as an action ("Meningkatkan kualitas perencanaan ...")',
      doc: renstraChain('Meningkatkan kualitas perencanaan dan penganggaran daerah'),
      where: 'P',
    },
    ...statementCases('I', [
      ['"Pelaksanaan ..." as an outcome', 'Pelaksanaan Pelayanan Kesehatan Dasar'],
      ['an action on a quality ("Meningkatkan pelayanan yang berkualitas")', 'Meningkatkan Pelayanan yang Berkualitas dan Terakreditasi'],
    ]),
    ...statementCases(
      'I',
      [
        [
          'the act of raising, whatever its object ("Peningkatan kualitas ... yang akuntabel")',
          'Peningkatan kualitas penyelenggaraan pemerintahan yang akuntabel',
        ],
        [
          'a quality named only in the clause of means ("... melalui ... Kelompok Usaha Ekonomi Produktif")',
          'Peningkatan Ekonomi Masyarakat melalui pengembangan Kelompok Usaha Ekonomi Produktif di Pedesaan',
        ],
        [
          'an activity done in a manner ("... yang Kolaboratif dan Berkelanjutan"), which is not a quality reached',
          'Pengelolaan Sampah Rumah Tangga yang Kolaboratif dan Berkelanjutan',
        ],
        ['"Optimalisasi ..." whatever follows', 'Optimalisasi Pengelolaan Keuangan Daerah yang Akuntabel'],
        [
          '"Koordinasi, Sinkronisasi dan Pengendalian ... yang efektif" (coordination is an activity, whatever follows)',
          'Koordinasi, Sinkronisasi, dan Pengendalian Kebijakan Kesatuan Bangsa yang Efektif',
        ],
        ['an activity done "yang optimal" (a manner)', 'Pemenuhan Layanan Dukungan Manajemen yang Optimal'],
      ],
      { where: 'I' },
    ),
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
      doc: withStatement('I', 'Perencanaan, Pelaporan dan Evaluasi Pembangunan Daerah yang Berkualitas'),
    },
  ],
});
