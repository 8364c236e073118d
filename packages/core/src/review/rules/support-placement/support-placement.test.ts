import { describe, expect, it } from 'vitest';
import { docOf } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';
import { measuresSupport } from './index';

const ik = (statement: string) => ({
  statement,
  unit: 'nilai',
  polarity: 'up',
  baseline: { year: 2024, value: 70 },
  targets: { '2025': 72 },
});

/** A Renstra with a service sasaran (S1) and a second sasaran (S2) measured by `second`; a program under `programParent`. */
const renstra = (second: string[], program: { statement: string; indicators?: string[]; parent?: string }) => () =>
  docOf(
    [
      { id: 'T', level: 'tujuan', statement: 'Meningkatnya derajat kesehatan masyarakat', indicators: [ik('Angka Harapan Hidup')] },
      {
        id: 'S1',
        level: 'sasaran',
        parent: 'T',
        statement: 'Meningkatnya mutu pelayanan kesehatan',
        indicators: [ik('Persentase puskesmas terakreditasi')],
      },
      { id: 'S2', level: 'sasaran', parent: 'T', statement: 'Meningkatnya kinerja dinas', indicators: second.map(ik) },
      {
        id: 'P',
        level: 'program',
        parent: program.parent ?? 'S1',
        statement: program.statement,
        indicators: (program.indicators ?? []).map(ik),
      },
    ],
    { levels: 'renstra' },
  );

testRule('support-placement', {
  reject: [
    {
      name: "a sasaran measured by the agency's own SAKIP beside a service sasaran",
      doc: renstra(['Nilai SAKIP Perangkat Daerah'], { statement: 'Program Pemenuhan Upaya Kesehatan' }),
      where: 'S2',
    },
    {
      name: 'a sasaran measured by SAKIP and satisfaction beside a service sasaran',
      doc: renstra(['Nilai AKIP Dinas', 'Indeks Kepuasan Masyarakat (IKM)'], { statement: 'Program Pemenuhan Upaya Kesehatan' }),
      where: 'S2',
    },
    {
      name: 'the support program under a service sasaran',
      doc: renstra(['Angka kematian bayi'], { statement: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota' }),
      where: 'P',
    },
    {
      name: 'a program measured by budget absorption under a service sasaran',
      doc: renstra(['Angka kematian bayi'], { statement: 'Meningkatnya kinerja dinas', indicators: ['Persentase serapan anggaran'] }),
      where: 'P',
    },
  ],
  accept: [
    {
      name: "a SAKIP sasaran in a Sekretariat Daerah's tree (the government's accountability is its mandate)",
      doc: () => {
        const d = renstra(['Nilai SAKIP'], { statement: 'Program Pemenuhan Upaya Kesehatan' })();
        return { ...d, agency: { name: 'Sekretariat Daerah Kabupaten Madiun' } };
      },
    },
    { name: 'a second service sasaran', doc: renstra(['Angka kematian bayi'], { statement: 'Program Pemenuhan Upaya Kesehatan' }) },
    {
      name: 'satisfaction with the services alone',
      doc: renstra(['Indeks Kepuasan Masyarakat (IKM)'], { statement: 'Program Pemenuhan Upaya Kesehatan' }),
    },
    {
      name: 'the support program under the support sasaran (which stays reported alone)',
      doc: renstra(['Nilai SAKIP Perangkat Daerah'], {
        statement: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
        parent: 'S2',
      }),
      where: 'P',
    },
    {
      name: 'the support program under a result of the agency\'s own accounting ("Tersusunnya Laporan Akuntansi Keuangan ...")',
      doc: () =>
        docOf(
          [
            { id: 'T', level: 'tujuan', statement: 'Meningkatnya derajat kesehatan masyarakat', indicators: [ik('Angka Harapan Hidup')] },
            {
              id: 'S',
              level: 'sasaran',
              parent: 'T',
              statement: 'Tersusunnya laporan akuntansi keuangan dan aset tepat waktu',
              indicators: [ik('Jumlah laporan keuangan')],
            },
            {
              id: 'P',
              level: 'program',
              parent: 'S',
              statement: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
              indicators: [ik('Nilai SAKIP Perangkat Daerah')],
            },
          ],
          { levels: 'renstra' },
        ),
      where: 'P',
    },
    {
      name: "the government's own SAKIP, an Inspektorat's substance",
      doc: renstra(['Nilai SAKIP Pemerintah Daerah'], { statement: 'Program Pemenuhan Upaya Kesehatan' }),
    },
    {
      name: 'every sasaran a support one (the mandate of the agency)',
      doc: () =>
        docOf(
          [
            { id: 'T', level: 'tujuan', statement: 'Meningkatnya akuntabilitas kinerja', indicators: [ik('Nilai SAKIP Perangkat Daerah')] },
            {
              id: 'S',
              level: 'sasaran',
              parent: 'T',
              statement: 'Meningkatnya akuntabilitas kinerja',
              indicators: [ik('Nilai AKIP Perangkat Daerah')],
            },
          ],
          { levels: 'renstra' },
        ),
    },
  ],
});

describe('support measures', () => {
  it.each([
    ['nilai sakip perangkat daerah', true],
    ['capaian nilai akip dinas', true],
    ['persentase penyerapan anggaran', true],
    ['persentase pemenuhan kebutuhan penunjang', true],
    ['nilai akuntabilitas kinerja instansi', true],
    ['persentase pelayanan administrasi umum', true],
    ['nilai sakip pemerintah daerah', false],
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
