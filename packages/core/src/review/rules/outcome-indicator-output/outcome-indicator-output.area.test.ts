/**
 * outcome-indicator-output: an area or a length at an outcome level, the work done on it (land
 * rehabilitated, road preserved, boundary demarcated) against the state it reached, on result M (an
 * immediate outcome) or G (the goal). The rule's
 * other cases are in outcome-indicator-output.test.ts.
 */
import { statedAs, statedRows } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('outcome-indicator-output', {
  reject: [
    {
      name: 'outcome IK, the area treated ("Luas rehabilitasi hutan dan lahan", Dinas Kehutanan)',
      doc: statedAs('M', 'Luas Rehabilitasi Hutan dan Lahan', 'Ha'),
      says: '("Luas Rehabilitasi")',
    },
    {
      name: 'outcome IK, the area said to be treated ("Luas lahan kritis yang direhabilitasi")',
      doc: statedAs('M', 'Luas lahan kritis yang direhabilitasi', 'Ha'),
      says: 'Luas lahan kritis yang direhabilitasi',
    },
    {
      name: 'outcome IK, the slum area handled ("Luas kawasan kumuh yang ditangani", Dinas Perkim)',
      doc: statedAs('M', 'Luas kawasan kumuh yang ditangani', 'Ha'),
      says: '("Luas kawasan kumuh yang ditangani")',
    },
    {
      name: 'outcome IK, the length built ("Panjang tanggul pengendali banjir yang dibangun")',
      doc: statedAs('M', 'Panjang tanggul pengendali banjir yang dibangun dan ditingkatkan', 'km'),
      says: 'Panjang tanggul pengendali banjir yang dibangun',
    },
    {
      name: 'outcome IK, the length of boundary demarcated ("Panjang batas kawasan hutan yang ditata batas", a BPKHTL)',
      doc: statedAs('G', 'Panjang batas kawasan hutan yang ditata batas', 'km'),
      says: '("Panjang batas kawasan hutan yang ditata")',
    },
    {
      name: 'outcome IK, the road work named as a noun ("Panjang pelebaran jalan menuju standar", a BPJN)',
      doc: statedAs('M', 'Panjang pelebaran jalan menuju standar', 'km'),
      says: '("Panjang pelebaran")',
    },
    {
      name: 'outcome IK, the length of road preserved ("Panjang jalan nasional yang dipreservasi", a BPJN)',
      doc: statedAs('M', 'Panjang jalan nasional yang dipreservasi Wilayah I', 'km'),
      says: 'Panjang jalan nasional yang dipreservasi',
    },
    // The river work of a Dinas SDA measured at an outcome: statement, unit, the work quoted.
    ...(
      [
        ['Volume sedimen yang dikeruk dari alur sungai', 'm3', 'Volume sedimen yang dikeruk'],
        ['Panjang sungai yang dinormalisasi', 'km', 'Panjang sungai yang dinormalisasi'],
      ] as const
    ).map(([statement, unit, work]) => ({
      name: `outcome IK, the river work done ("${statement}", a Dinas SDA)`,
      doc: statedAs('M', statement, unit),
      says: `("${work}")`,
    })),
  ],
  accept: [
    {
      name: 'an area raised to a score ("... dengan nilai METT minimal 70", a Balai KSDA)',
      doc: statedAs('M', 'Luas kawasan konservasi yang ditingkatkan efektivitas pengelolaannya dengan nilai METT minimal 70', 'Ha'),
    },
    // Result M (an immediate outcome) or O0a (an output): id | statement | unit | case.
    ...statedRows(`
      M | Luas lahan kritis di dalam kawasan hutan | Ha | an area in a condition ("Luas lahan kritis")
      M | Luas kawasan hutan dalam kondisi baik | Ha | an area in good condition
      M | Luas penanaman yang tumbuh dan berkembang | Ha | what became of the planting ("yang tumbuh")
      M | Luas jaringan irigasi yang direhabilitasi dan berfungsi | Ha | an area treated and now working
      M | Panjang pantai yang terlindungi dari abrasi | km | a length protected ("Panjang pantai yang terlindungi")
      M | Luas kawasan permukiman kumuh | Ha | the slum area still there ("Luas kawasan permukiman kumuh", lower is better)
      M | Luas kawasan kumuh yang tertangani infrastruktur dasarnya | Ha | the slum area in the state reached ("yang tertangani")
      M | Panjang jalan yang ditingkatkan dalam kondisi baik | km | a length built and now in good condition
      M | Volume tampungan embung dan waduk | juta m3 | the water a reservoir holds, a condition
      O0a | Volume sedimen yang dikeruk | m3 | the river work, on an output
      O0a | Luas rehabilitasi hutan dan lahan | Ha | the area treated, on an output
      O0a | Panjang pelebaran jalan | km | the road work, on an output
      O0a | Luas kawasan kumuh yang ditangani | Ha | the slum area handled, on an output
    `),
  ],
});
