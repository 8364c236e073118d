/** One position's tree, signed on an ISO date, with a target of one decimal: for the PK's words and numbers in HTML and PDF. */
export const signedTree = () => ({
  pokin: 1,
  title: 'T',
  period: { start: 2025, end: 2026 },
  signatory: { place: 'Kota Contoh', date: '2025-01-02' },
  results: [
    {
      id: 'A',
      level: 'goal',
      statement: 'Meningkatnya Derajat Kesehatan',
      owner: { unit: 'Dinas Kesehatan', position: 'Kepala Dinas' },
      indicators: [{ id: 'A.1', statement: 'Usia Harapan Hidup', unit: 'tahun', targets: { '2025': 71.6 } }],
    },
  ],
});
