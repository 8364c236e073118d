import { clean, firstInd, mut, withFirst } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

testRule('percentage-out-of-range', {
  reject: [
    { name: 'a 120 % target', doc: mut((d) => (firstInd(d, 'I').targets['2027'] = 120)) },
    {
      name: 'a realisation of a budget, a share of it (not against a target)',
      doc: withFirst('I', { statement: 'Persentase realisasi anggaran belanja', baseline: { year: 2024, value: 101.3 } }),
    },
    {
      name: 'a share of a capacity used, not occupancy against it ("Persentase kapasitas laboratorium yang dimanfaatkan")',
      doc: withFirst('I', { statement: 'Persentase kapasitas laboratorium yang dimanfaatkan', baseline: { year: 2024, value: 120 } }),
    },
  ],
  accept: [
    { name: 'the matching good case', doc: clean },
    {
      name: 'an achievement against targets, which passes 100 ("Persentase ketercapaian indikator tujuan", 103,85)',
      doc: withFirst('I', {
        statement: 'Persentase Ketercapaian Indikator Tujuan Pembangunan Daerah',
        baseline: { year: 2024, value: 103.85 },
      }),
    },
    {
      name: 'a realisation against its target, which passes 100 ("Persentase realisasi pajak daerah terhadap target", Bapenda)',
      doc: withFirst('I', { statement: 'Persentase realisasi pajak daerah terhadap target', baseline: { year: 2024, value: 101.3 } }),
    },
    {
      name: 'a realisation of revenue, always against its target ("Persentase Realisasi Penerimaan PNBP Sub Sektor Minerba", 114,3)',
      doc: withFirst('I', { statement: 'Persentase Realisasi Penerimaan PNBP Sub Sektor Minerba', baseline: { year: 2019, value: 114.3 } }),
    },
    {
      name: 'occupancy against capacity, which passes 100 ("Persentase overkapasitas hunian Lapas", 145, Lapas)',
      doc: withFirst('I', { statement: 'Persentase overkapasitas hunian Lapas', baseline: { year: 2024, value: 145 } }),
    },
    {
      name: 'inmates held against capacity ("Persentase jumlah penghuni terhadap kapasitas Rutan", 210)',
      doc: withFirst('I', { statement: 'Persentase jumlah penghuni terhadap kapasitas Rutan', baseline: { year: 2024, value: 210 } }),
    },
    {
      name: 'a cropping intensity, an index read in % that passes 100 ("Indeks Pertanaman ..." at 180 %, a Dinas SDA)',
      doc: withFirst('I', {
        statement: 'Indeks Pertanaman pada daerah irigasi kewenangan provinsi',
        unit: '%',
        baseline: { year: 2024, value: 180 },
      }),
    },
  ],
});
