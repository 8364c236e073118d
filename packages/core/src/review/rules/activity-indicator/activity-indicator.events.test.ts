/**
 * activity-indicator: events and gatherings an office holds (festivals, competitions, workshops,
 * classes, field schools) and the bodies or places named like them (a forum formed, a training
 * centre's workshop). The rule's other cases are in activity-indicator.test.ts.
 */
import { kegiatanIk, programIk, statedAs, tableCases } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('activity-indicator', {
  reject: [
    {
      name: 'festivals held, at an outcome level ("Jumlah festival budaya yang diselenggarakan")',
      doc: statedAs('M', 'Jumlah festival budaya yang diselenggarakan', 'festival'),
      where: 'M',
      says: 'festival',
    },
    {
      name: 'workshops held, a lokakarya ("Jumlah workshop penyusunan SOP")',
      doc: statedAs('M', 'Jumlah workshop penyusunan SOP', 'kali'),
      where: 'M',
      says: 'workshop',
    },
    {
      name: 'competitions held, at an outcome level ("Jumlah lomba desa wisata")',
      doc: statedAs('M', 'Jumlah lomba desa wisata', 'lomba'),
      where: 'M',
      says: 'lomba',
    },
    {
      name: 'tourism events held, at a Renstra program ("Jumlah event pariwisata yang diselenggarakan")',
      doc: programIk('Program Peningkatan Daya Tarik Destinasi Pariwisata', 'Jumlah event pariwisata yang diselenggarakan', 'event'),
      where: 'P',
      says: 'event',
    },
    ...tableCases(
      (statement: string) => statedAs('O0a', statement, 'kali'),
      [
        [
          'exhibitions attended, not held ("Jumlah pameran lintas batas yang diikuti", a Badan Pengelola Perbatasan)',
          'Jumlah pameran lintas batas yang diikuti',
        ],
        ['festivals attended, not held ("Jumlah festival seni yang diikuti")', 'Jumlah festival seni yang diikuti'],
      ],
      { where: 'O0a' },
    ),
    ...tableCases(
      (statement: string) => statedAs('O0a', statement, 'paket'),
      [
        [
          'training batches held ("Jumlah paket pelatihan kejuruan TIK yang dilaksanakan", a UPTD BLK)',
          'Jumlah paket pelatihan kejuruan TIK yang dilaksanakan',
          { says: 'paket pelatihan' },
        ],
        ['training batches held ("Jumlah angkatan diklat teknis")', 'Jumlah angkatan diklat teknis', { says: 'angkatan diklat' }],
      ],
      { where: 'O0a' },
    ),
    {
      name: 'classes for mothers held ("Jumlah kelas ibu hamil yang dilaksanakan", Puskesmas)',
      doc: statedAs('O0a', 'Jumlah kelas ibu hamil yang dilaksanakan', 'Kelas'),
      says: 'kelas ibu',
    },
    {
      name: 'field schools held ("Jumlah sekolah lapang yang dilaksanakan")',
      doc: statedAs('O0a', 'Jumlah sekolah lapang yang dilaksanakan', 'Kali'),
      says: 'sekolah lapang',
    },
    {
      name: 'drills held ("Jumlah latihan SAR gabungan", a Kantor Pencarian dan Pertolongan)',
      doc: statedAs('O0a', 'Jumlah latihan SAR gabungan', 'kegiatan'),
      says: 'latihan',
    },
  ],
  accept: [
    {
      name: 'tourism events held, the output of a kegiatan ("Jumlah event pariwisata yang diselenggarakan", Dinas Pariwisata)',
      doc: statedAs('O0a', 'Jumlah event pariwisata yang diselenggarakan', 'event'),
    },
    {
      name: 'festivals held, the output of a Renstra kegiatan ("Jumlah festival budaya yang diselenggarakan", Dinas Kebudayaan)',
      doc: kegiatanIk(
        'Program Pengembangan Kebudayaan',
        'Pelestarian dan Pengembangan Kesenian Tradisional',
        'Jumlah festival budaya yang diselenggarakan',
        'festival',
      ),
    },
    {
      name: 'road works contracted, not a training ("Jumlah paket peningkatan jalan")',
      doc: statedAs('O0a', 'Jumlah paket peningkatan jalan', 'paket'),
    },
    {
      name: 'exhibitions held, the output of a museum ("Jumlah pameran temporer dan keliling yang diselenggarakan", a UPTD Museum)',
      doc: statedAs('O0a', 'Jumlah pameran temporer dan keliling yang diselenggarakan', 'kali'),
    },
    {
      name: 'a training centre\'s workshops kept up, a place ("Jumlah workshop yang dipelihara", BPVP)',
      doc: statedAs('M', 'Jumlah workshop yang dipelihara', 'workshop'),
    },
    {
      name: 'competitions won are a result ("Jumlah lomba yang dimenangkan", at an outcome level)',
      doc: statedAs('M', 'Jumlah lomba tingkat provinsi yang dimenangkan', 'lomba'),
    },
    {
      name: 'a children\'s forum formed is a body, not a meeting ("Jumlah Forum Anak Desa yang terbentuk", DP3AP2KB)',
      doc: statedAs('O0a', 'Jumlah Forum Anak Desa yang terbentuk', 'Forum'),
    },
    {
      name: 'a forum said to be active is a body ("Jumlah forum kota sehat yang aktif")',
      doc: statedAs('O0a', 'Jumlah forum kota sehat yang aktif', 'Forum'),
    },
  ],
});
