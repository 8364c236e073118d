/**
 * The direction the review reads from an indicator's wording (`direction.ts`), statement by
 * statement: what published tables write, and the reading an evaluator gives it.
 */
import { describe, expect, it } from 'vitest';
import { defineRule, parseCascade, review } from '@pokin/core';

/** The direction the engine reads for each statement, with no polarity stated and no unit. */
function directions(statements: readonly string[]): (string | undefined)[] {
  return directionsOf(statements.map((statement) => ({ statement })));
}

/** The direction the engine reads for each indicator. */
function directionsOf(indicators: readonly { statement: string; targets?: Record<string, number | string> }[]): (string | undefined)[] {
  const doc = {
    pokin: 1,
    title: 'Arah',
    period: { start: 2025, end: 2029 },
    results: [{ id: 'S1', level: 'outcome', statement: 'Meningkatnya mutu layanan', indicators }],
  };
  const seen: (string | undefined)[] = [];
  const read = defineRule({
    meta: { id: 'test/direction', defaultSeverity: 'info', category: 'test', description: { id: 'uji', en: 'test' }, messages: {} },
    create: () => ({
      indicator(ind) {
        seen.push(ind.direction);
      },
    }),
  });
  review(parseCascade(doc), { plugins: [read] });
  return seen;
}

const CASES: readonly (readonly [string, 'up' | 'down' | 'range' | undefined])[] = [
  ['Hasil Indeks Kepuasan Masyarakat', 'up'],
  ['Hasil survei kepuasan masyarakat', 'up'],
  ['Hasil pengawasan', undefined],
  ['Tingkat pemenuhan pembiayaan dan perlindungan usaha pertanian', 'up'],
  ['Level Internal Audit Capability Model (IACM)', 'up'],
  ['Level maturitas SPIP', 'up'],
  ['Level air waduk', undefined],
  ['Rasio lahan pertanian dan ternak yang terlindungi asuransi pertanian terhadap total lahan', 'up'],
  ['Rasio dokter terhadap penduduk', undefined],
  ['Luas kawasan tidak layak huni yang mendapat peningkatan layanan prasarana permukiman', 'up'],
  ['Luas kawasan tidak layak huni', 'down'],
  ['Jumlah kasus yang mendapat penanganan', undefined],
  ['Jumlah Orang yang Menerima Gaji dan Tunjangan ASN', undefined],
  ['Prosentase keluarga miskin yang meningkat kualitas hidupnya', 'up'],
  ['Persentase keluarga miskin', 'down'],
  ['Persentase BBLR', 'down'],
  ['Panjang dan jumlah bangunan pengendali banjir yang dibangun', 'up'],
  ['Persentase ibu hamil KEK', 'down'],
  ['Persentase bumil Anemia', 'down'],
  ['Angka kematian ibu', 'down'],
  ['Rata-rata lama tinggal wisatawan', 'up'],
  ['Rata-rata lama waktu tunggu pasien', 'down'],
  ['Lama penyelesaian perizinan', 'down'],
  ['Peningkatan Produksi Tanaman Pangan dan Hortikultura: Padi', 'up'],
  ['Peningkatan prosentase penanganan sampah di wilayah perkotaan', 'up'],
  ['Peningkatan kasus DBD', undefined],
  ['Tingkat akurasi data SIMPEG', 'up'],
  ['Rata-rata persentase akurasi informasi peringatan dini cuaca ekstrim', 'up'],
  ['Rata-rata waktu tunggu pelayanan rawat jalan', 'down'],
  ['Rata-rata lama sekolah', 'up'],
  ['Rata-rata jarak tempuh', undefined],
  ['Headway bus Suroboyo', 'down'],
  ['Kepemilikan akta kelahiran usia 0-17 tahun', 'up'],
  ['Perekaman KTP el', 'up'],
  ['Angka partisipasi kasar SD', 'range'],
  ['Persentase petani yang menerapkan budidaya sesuai GAP', 'up'],
  ['Persentase kesenjangan kompetensi ASN sesuai standar', 'down'],
  ['Persentase perangkat daerah tanpa temuan material', 'up'],
  ['Jumlah temuan berulang', 'down'],
  // Objections to a tender's result and appeals of them: fewer is better, as with complaints;
  // the share of them answered on time is a service done.
  ['Jumlah sanggahan banding yang diterima', 'down'],
  ['Persentase sanggahan yang diselesaikan tepat waktu', 'up'],
  ['Persentase balita stunting tanpa intervensi gizi', 'down'],
  ['Persentase inclusion dan exclusion error penerima bantuan sosial', 'down'],
  ['Persentase kesalahan input data', 'down'],
  ['Indeks Williamson', 'down'],
  ['Persentase Rumah Tangga Rawan Pangan', 'down'],
  ['Indeks Kemahalan Konstruksi', 'down'],
  ['Intensitas Emisi Gas Rumah Kaca', 'down'],
  ['Persentase penurunan emisi gas rumah kaca', 'up'],
  ['Persentase desa rawan bencana yang memiliki rencana kontinjensi', 'up'],
  ['Persentase kendaraan yang lulus uji emisi', 'up'],
  ['Jumlah emisi GRK', 'down'],
  ['Angka Ketergantungan', 'down'],
  ['Laju Pertumbuhan Ekonomi', 'up'],
  ['Laju Pertumbuhan Penduduk', undefined],
  ['Pertumbuhan Penduduk', undefined],
  ['Pertumbuhan ekonomi', 'up'],
  ['Tingkat Kemantapan Jalan', 'up'],
];

describe('the direction read from the wording', () => {
  it.each(CASES)('%s: %s', (statement, expected) => {
    expect(directions([statement])).toEqual([expected]);
  });
});

describe('a rank held as a number', () => {
  const ranks = { 2025: 8, 2026: 6, 2027: 5, 2028: 4, 2029: 3 };
  it('is better lower: first place is 1', () => {
    expect(
      directionsOf([
        { statement: 'Peringkat Daerah pada MTQ Tingkat Provinsi', targets: ranks },
        { statement: 'Ranking kabupaten dalam EKPPD', targets: { 2025: '5', 2026: '4' } },
      ]),
    ).toEqual(['down', 'down']);
  });
  it('but not a rank given as a grade, nor one without targets', () => {
    expect(
      directionsOf([
        { statement: 'Peringkat SAKIP', targets: { 2025: 'BB', 2026: 'A' } },
        { statement: 'Peringkat Daerah pada MTQ Tingkat Provinsi' },
      ]),
    ).toEqual(['up', 'up']);
  });
});
