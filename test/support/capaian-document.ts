/**
 * A document with every field of an indicator's year (realisations by year, quarter and month,
 * notes, a scale, the manual, the IKU flag, an indicator owner), for the round trips through the
 * CSV and .xlsx `results` tables.
 */
export function capaianDocument(): Record<string, unknown> {
  return {
    pokin: 1,
    title: 'Capaian',
    period: { start: 2025, end: 2029 },
    results: [
      {
        id: 'G1',
        level: 'goal',
        statement: 'Meningkatnya Kualitas Tata Kelola Manajemen ASN',
        owner: { unit: 'BKPSDM', position: 'Kepala Badan', positionType: 'jpt-pratama', name: 'Fulan', nip: '197001012000031001' },
        indicators: [
          {
            id: 'G1.1',
            statement: 'Indeks Sistem Merit',
            iku: true,
            unit: 'Indeks',
            polarity: 'up',
            baseline: { year: 2024, value: 245 },
            targets: { '2025': 250, '2026': 260, '2029': 300 },
            realisations: { '2025': 251.5, '2026': { q1: 252, q2: 255, q4: '258,5' } },
            realisationNotes: {
              '2025': {
                supportingFactors: 'Dukungan pimpinan; anggaran cukup',
                inhibitingFactors: 'Data "SIASN" belum mutakhir',
                followUp: '=Pemutakhiran data',
                evidence: ['https://example.go.id/bukti/1', 'https://example.go.id/bukti/2'],
              },
              '2026': { followUp: 'Pendampingan' },
            },
            definition: 'Nilai penilaian mandiri sistem merit',
            formula: 'Jumlah skor aspek',
            dataSource: 'KASN',
            dataProvider: 'Bidang Mutasi',
            frequency: 'tahunan',
            owner: { unit: 'Bidang Mutasi', position: 'Kepala Bidang', positionType: 'administrator' },
          },
          {
            statement: 'Opini BPK',
            iku: false,
            scale: { WTP: 4, WDP: 3, TMP: 2, TW: 1 },
            targets: { '2026': 'WTP' },
            realisations: { '2025': 'WDP', '2026': 'WTP' },
          },
        ],
      },
      {
        id: 'OP1',
        level: 'ultimate-outcome',
        parent: 'G1',
        statement: 'Terlaksananya pengembangan kompetensi ASN',
        indicators: [
          {
            statement: 'Jumlah ASN yang mengikuti pengembangan kompetensi',
            unit: 'orang',
            yearValue: 'sum',
            targets: { '2026': 400 },
            realisations: { '2026': { m01: 10, m02: 0, m03: 35 } },
          },
        ],
      },
      { id: 'OP2', level: 'ultimate-outcome', parent: 'G1', statement: 'Tersusunnya dokumen' },
    ],
  };
}
