import { clean, statementCases, withStatement } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('outcome-as-output', {
  reject: [
    { name: '"Tersedianya ..." as an outcome', doc: withStatement('M', 'Tersedianya Layanan Puskesmas') },
    ...statementCases('M', [
      ['"Disusunnya ..." as an outcome', 'Disusunnya dokumen perencanaan daerah'],
      ['monitoring done ("Terpantaunya kualitas udara ambien", a DLH) as an outcome', 'Terpantaunya kualitas udara ambien'],
      ['upkeep done ("Terpeliharanya jalan kabupaten") as an outcome', 'Terpeliharanya jalan kabupaten'],
    ]),
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    ...statementCases('M', [
      [
        'compliance reached ("Ditaatinya mekanisme ... izin lingkungan"), a condition',
        'Ditaatinya mekanisme dan implementasi izin lingkungan',
      ],
      [
        'access to a service ("Tersedianya akses air minum ..."), a condition',
        'Tersedianya akses air minum yang aman 60 liter per orang per hari',
      ],
      [
        'order kept ("Terpeliharanya keamanan dan ketertiban masyarakat", a Polres), a condition',
        'Terpeliharanya keamanan dan ketertiban masyarakat',
      ],
      [
        'roads kept in a stated condition ("... dalam kondisi mantap", a UPTD Pengelolaan Jalan), a condition',
        'Terpeliharanya ruas jalan provinsi wilayah I dalam kondisi mantap',
      ],
      [
        'a status kept ("Terpeliharanya akreditasi laboratorium pengujian", a UPTD pengujian mutu barang), a condition',
        'Terpeliharanya akreditasi laboratorium pengujian',
      ],
    ]),
  ],
});
