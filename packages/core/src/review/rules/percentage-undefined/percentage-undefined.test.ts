import { firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

const percentage = (statement: string, more: Record<string, unknown> = {}) =>
  mut((d) => Object.assign(firstInd(d, 'M'), { statement, unit: '%', ...more }));

testRule('percentage-undefined', {
  reject: [
    {
      name: 'a percentage of a state kept, with nothing counted ("Persentase Pelestarian Seni dan Budaya")',
      doc: percentage('Persentase Pelestarian Seni dan Budaya'),
      says: 'persentase pelestarian',
    },
    {
      name: 'a percentage of order, with nothing counted ("Persentase Tertib Administrasi dan Pelaporan Keuangan")',
      doc: percentage('Persentase Tertib Administrasi dan Pelaporan Keuangan'),
    },
    {
      name: 'a percentage of a service, with no condition ("Persentase Layanan Administrasi Umum Kecamatan")',
      doc: percentage('Persentase Layanan Administrasi Umum Kecamatan'),
      says: 'layanan',
    },
    {
      name: 'a percentage of an achievement ("Prosentase Capaian Administrasi Umum")',
      doc: percentage('Prosentase Capaian Administrasi Umum'),
      says: 'pembilang',
    },
    {
      name: 'a percentage of work done on something ("Persentase Penilaian Kinerja ASN")',
      doc: percentage('Persentase Penilaian Kinerja ASN'),
      says: 'penilaian',
    },
    {
      name: 'a percentage counted "sesuai kebutuhan"',
      doc: percentage('Persentase Rumusan Kebijakan Hukum yang ditetapkan sesuai kebutuhan'),
      says: 'sesuai kebutuhan',
    },
  ],
  accept: [
    {
      name: 'the share that conforms ("Persentase kesesuaian pemanfaatan ruang")',
      doc: percentage('Persentase kesesuaian pemanfaatan ruang'),
    },
    {
      name: 'work reported done as its achievement ("Persentase capaian realisasi fisik program"): activity-indicator says it, once',
      doc: percentage('Persentase capaian realisasi fisik program'),
    },
    // (the achievement of a set of measures with their standards: an RSUD's SPM or Indikator Nasional Mutu)
    ...['Persentase capaian SPM rumah sakit', 'Persentase capaian Indikator Nasional Mutu rumah sakit', 'Persentase capaian INM'].map(
      (statement) => ({ name: `measures with their standards achieved ("${statement}")`, doc: percentage(statement) }),
    ),
    {
      name: 'a service with its condition ("... yang diselesaikan tepat waktu")',
      doc: percentage('Persentase layanan perizinan yang diselesaikan tepat waktu'),
    },
    {
      name: 'a service with a participle ("... terintegrasi")',
      doc: percentage('Persentase layanan publik terintegrasi secara elektronik'),
    },
    {
      // KSOP: "Persentase layanan kedatangan dan keberangkatan kapal melalui Inaportnet"; Rutan:
      // "... kunjungan melalui aplikasi antrian online": the services delivered through it, of all services
      name: 'a service counted by the channel it goes through ("... melalui Inaportnet")',
      doc: percentage('Persentase layanan kedatangan dan keberangkatan kapal melalui Inaportnet'),
    },
    { name: 'a percentage of a countable thing ("Persentase desa mandiri")', doc: percentage('Persentase desa mandiri') },
    {
      name: 'a share of what is handled ("Persentase penanganan kawasan permukiman kumuh")',
      doc: percentage('Persentase penanganan kawasan permukiman kumuh'),
    },
    { name: 'a rate in percent ("Persentase Angka Kemiskinan")', doc: percentage('Persentase Angka Kemiskinan') },
    ...(
      [
        [
          'the posts analysed ("sesuai kebutuhan jabatan", a Badan Kepegawaian Daerah)',
          'Persentase formasi ASN yang terisi sesuai kebutuhan jabatan',
        ],
        ['the formasi set ("sesuai kebutuhan formasi")', 'Persentase PNS yang diangkat sesuai kebutuhan formasi'],
      ] as const
    ).map(([name, statement]) => ({ name: `a need that names its document: ${name}`, doc: percentage(statement) })),
    {
      name: 'a vague percentage defined by its formula',
      doc: percentage('Persentase Layanan Administrasi Umum Kecamatan', {
        formula: 'Layanan selesai sesuai SOP dibagi layanan yang diajukan x 100%',
      }),
    },
    {
      name: 'a count ("Jumlah layanan administrasi")',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Jumlah layanan administrasi', unit: 'layanan' })),
    },
  ],
});
