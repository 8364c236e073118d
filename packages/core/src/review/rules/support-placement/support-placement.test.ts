import { describe, expect, it } from 'vitest';
import { docOf, tableCases } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';
import { measuresSupport } from './index';

const ik = (statement: string) => ({
  statement,
  unit: 'nilai',
  polarity: 'up',
  baseline: { year: 2024, value: 70 },
  targets: { '2025': 72 },
});

/** A result on the Renstra scheme: `id` at `level` under `parent`, stating `statement`, measured by indicators named `iks`. */
const result = (id: string, level: string, parent: string | undefined, statement: string, iks: string[] = []) => ({
  id,
  level,
  ...(parent === undefined ? {} : { parent }),
  statement,
  indicators: iks.map(ik),
});

/** The Renstra of these results. */
const renstraOf = (...results: ReturnType<typeof result>[]) => docOf(results, { levels: 'renstra' });

/** A tujuan of public health. */
const healthGoal = () => result('T', 'tujuan', undefined, 'Meningkatnya derajat kesehatan masyarakat', ['Angka Harapan Hidup']);

const serviceProgram = 'Program Pemenuhan Upaya Kesehatan';
const supportProgram = 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota';

/**
 * A Renstra with a service sasaran (S1) and a second sasaran (S2) measured by `second`; a program
 * stating `program` (the service one unless said) under `parent` (S1 unless said), measured by `indicators`.
 */
const renstra =
  (second: string[], program = serviceProgram, { indicators = [], parent = 'S1' }: { indicators?: string[]; parent?: string } = {}) =>
  () =>
    renstraOf(
      healthGoal(),
      result('S1', 'sasaran', 'T', 'Meningkatnya mutu pelayanan kesehatan', ['Persentase puskesmas terakreditasi']),
      result('S2', 'sasaran', 'T', 'Meningkatnya kinerja dinas', second),
      result('P', 'program', parent, program, indicators),
    );

testRule('support-placement', {
  reject: [
    {
      name: "a sasaran measured by the agency's own SAKIP beside a service sasaran",
      doc: renstra(['Nilai SAKIP Perangkat Daerah']),
      where: 'S2',
    },
    ...tableCases(
      (indicators: readonly string[]) => renstra([...indicators]),
      [
        [
          "a K/L office's sasaran measured by its IKPA and SAKIP beside a service sasaran (Kantor Imigrasi)",
          ['Nilai Indikator Kinerja Pelaksanaan Anggaran (IKPA)', 'Nilai SAKIP Satuan Kerja'],
          { says: 'dari mandat instansi' },
        ],
        [
          "a K/L UPT's sasaran measured by its Nilai Kinerja Anggaran beside a service sasaran (a Balai of a ministry)",
          ['Nilai Kinerja Anggaran Balai'],
        ],
        ['a sasaran measured by SAKIP and satisfaction beside a service sasaran', ['Nilai AKIP Dinas', 'Indeks Kepuasan Masyarakat (IKM)']],
        [
          'a sasaran measured by SAKIP with its name written out ("... Instansi Pemerintah) OPD") beside a service sasaran',
          ['Capaian SAKIP (Sistem Akuntabilitas Kinerja Instansi Pemerintah) OPD'],
        ],
      ],
      { where: 'S2' },
    ),
    { name: 'the support program under a service sasaran', doc: renstra(['Angka kematian bayi'], supportProgram), where: 'P' },
    {
      name: 'a program measured by budget absorption under a service sasaran',
      doc: renstra(['Angka kematian bayi'], 'Meningkatnya kinerja dinas', { indicators: ['Persentase serapan anggaran'] }),
      where: 'P',
    },
  ],
  accept: [
    {
      name: "a SAKIP sasaran in a Sekretariat Daerah's tree (the government's accountability is its mandate)",
      doc: () => ({ ...renstra(['Nilai SAKIP'])(), agency: { name: 'Sekretariat Daerah Kabupaten Madiun' } }),
    },
    { name: 'a second service sasaran', doc: renstra(['Angka kematian bayi']) },
    {
      name: "a KPPN's sasaran measured by the IKPA and budget absorption of its satker mitra (the treasury's substance)",
      doc: renstra([
        'Nilai Indikator Kinerja Pelaksanaan Anggaran (IKPA) Satker Mitra KPPN',
        'Persentase penyerapan anggaran satker mitra KPPN',
      ]),
    },
    { name: 'satisfaction with the services alone', doc: renstra(['Indeks Kepuasan Masyarakat (IKM)']) },
    {
      name: 'the support program under the support sasaran (which stays reported alone)',
      doc: renstra(['Nilai SAKIP Perangkat Daerah'], supportProgram, { parent: 'S2' }),
      where: 'P',
    },
    {
      name: 'the support program under a SAKIP sasaran whose indicator writes the name out (Dinas ESDM, "... Instansi Pemerintah) OPD")',
      doc: renstra(['Capaian SAKIP (Sistem Akuntabilitas Kinerja Instansi Pemerintah) OPD'], supportProgram, { parent: 'S2' }),
      where: 'P',
    },
    {
      name: 'the support program under a result of the agency\'s own accounting ("Tersusunnya Laporan Akuntansi Keuangan ...")',
      doc: () =>
        renstraOf(
          healthGoal(),
          result('S', 'sasaran', 'T', 'Tersusunnya laporan akuntansi keuangan dan aset tepat waktu', ['Jumlah laporan keuangan']),
          result('P', 'program', 'S', supportProgram, ['Nilai SAKIP Perangkat Daerah']),
        ),
      where: 'P',
    },
    {
      name: 'the support program under the finances of the hospital\'s own BLUD ("kemandirian keuangan BLUD", CRR; RSUD, Kepmendagri 050-5889/2021)',
      doc: () =>
        renstraOf(
          healthGoal(),
          result('S', 'sasaran', 'T', 'Meningkatnya kemandirian keuangan BLUD', ['Cost Recovery Rate (CRR)']),
          result('P', 'program', 'S', 'Program Penunjang Urusan Pemerintahan Daerah Provinsi', [
            'Persentase pendapatan BLUD terhadap target',
          ]),
        ),
      where: 'P',
    },
    { name: "the government's own SAKIP, an Inspektorat's substance", doc: renstra(['Nilai SAKIP Pemerintah Daerah']) },
    {
      name: 'every sasaran a support one (the mandate of the agency)',
      doc: () =>
        renstraOf(
          result('T', 'tujuan', undefined, 'Meningkatnya akuntabilitas kinerja', ['Nilai SAKIP Perangkat Daerah']),
          result('S', 'sasaran', 'T', 'Meningkatnya akuntabilitas kinerja', ['Nilai AKIP Perangkat Daerah']),
        ),
    },
  ],
});

describe('support measures', () => {
  it.each([
    ['nilai sakip perangkat daerah', true],
    ['capaian nilai akip dinas', true],
    ['persentase penyerapan anggaran', true],
    ['nilai ikpa satuan kerja', true],
    ['nilai indikator kinerja pelaksanaan anggaran', true],
    ['nilai kinerja anggaran satuan kerja', true],
    ['nilai kinerja anggaran pemerintah daerah', false],
    ['persentase kinerja anggaran belanja modal', false],
    ['persentase pelaksanaan anggaran responsif gender', false],
    ['persentase pemenuhan kebutuhan penunjang', true],
    ['nilai akuntabilitas kinerja instansi', true],
    ['persentase pelayanan administrasi umum', true],
    ['nilai sakip pemerintah daerah', false],
    ['capaian sakip sistem akuntabilitas kinerja instansi pemerintah opd', true],
    ['nilai lkjip laporan kinerja instansi pemerintah', true],
    ['nilai akip instansi pemerintah daerah', false],
    ['opini bpk atas laporan keuangan', false],
    ['tingkat maturitas spip', false],
    ['indeks kepuasan masyarakat', false],
    ['anggaran kesehatan per kapita', false],
    ['persentase pelayanan administrasi kepegawaian tepat waktu', false],
    ['indeks akuntabilitas kinerja aparatur', false],
    ['indeks kematangan akuntabilitas penilaian kinerja aparatur', false],
  ])('%s: %s', (statement, expected) => {
    expect(measuresSupport(statement.split(' '))).toBe(expected);
  });
});
