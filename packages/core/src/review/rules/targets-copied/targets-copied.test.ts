import { docOf } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

const ik = (id: string, statement: string, targets: Record<string, number>) => ({ id, statement, unit: 'orang', polarity: 'up', targets });
const visitors = { '2025': 149152, '2026': 159555, '2027': 169958 };

/** A tujuan and a sasaran whose indicators have the targets given. */
const pair = (a: [string, Record<string, number>], b: [string, Record<string, number>]) => () =>
  docOf(
    [
      { id: 'T', level: 'tujuan', statement: 'Meningkatnya kunjungan wisata', indicators: [ik('T.1', ...a)] },
      {
        id: 'S',
        level: 'sasaran',
        parent: 'T',
        statement: 'Meningkatnya peran masyarakat dalam pariwisata',
        indicators: [ik('S.1', ...b)],
      },
    ],
    { levels: 'renstra', period: { start: 2025, end: 2027 } },
  );

testRule('targets-copied', {
  reject: [
    {
      name: 'a count of visitors copied under another measure',
      doc: pair(['Jumlah Kunjungan Wisatawan Nusantara', visitors], ['Jumlah Masyarakat Terlibat sebagai Pengelola', visitors]),
      where: 'S',
      says: '149.152',
    },
    {
      name: 'a plan with decimals copied under another measure',
      doc: pair(
        ['Persentase kepuasan masyarakat terhadap layanan informasi', { '2025': 42.5, '2026': 50.25, '2027': 60.1 }],
        ['Persentase masyarakat yang memahami program unggulan', { '2025': 42.5, '2026': 50.25, '2027': 60.1 }],
      ),
      where: 'S',
    },
  ],
  accept: [
    {
      name: 'a plan of whole numbers under 1.000 (70, 72, 74 %), common to many measures',
      doc: pair(
        ['Persentase desa mandiri', { '2025': 70, '2026': 72, '2027': 74 }],
        ['Persentase pelaku wisata tersertifikasi', { '2025': 70, '2026': 72, '2027': 74 }],
      ),
    },
    {
      name: 'the same measure written twice ("Persentase indeks KAMI", "Tingkat Kematangan Keamanan Informasi (Indeks KAMI)")',
      doc: pair(
        ['Tingkat Kematangan Keamanan Informasi (Indeks KAMI)', { '2025': 42.63, '2026': 46.51, '2027': 54.26 }],
        ['Persentase indeks KAMI', { '2025': 42.63, '2026': 46.51, '2027': 54.26 }],
      ),
    },
    {
      name: 'different plans',
      doc: pair(
        ['Jumlah Kunjungan Wisatawan Nusantara', visitors],
        ['Jumlah Masyarakat Terlibat sebagai Pengelola', { '2025': 120, '2026': 140, '2027': 160 }],
      ),
    },
  ],
});
