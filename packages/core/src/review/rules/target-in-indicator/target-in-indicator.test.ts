import { plan, statedAs, unplanned, withFirst } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

/** Result M's first indicator, a percentage stated as `statement`, planned from 60 in 2024 to 85 in 2029. */
const percentage = (statement: string) => statedAs('M', statement, '%', plan(2024, 60, 65, 70, 75, 80, 85));

testRule('target-in-indicator', {
  reject: [
    {
      name: 'a bound that is one of its targets',
      doc: percentage('Persentase puskesmas terakreditasi paripurna minimal 80%'),
      says: '"minimal 80%"',
    },
    {
      name: 'a level to reach, with a decimal comma',
      doc: statedAs('M', 'Indeks Kepuasan Masyarakat mencapai 82,5', 'indeks', plan(2024, 80, 81, 82.5, 83, 84, 85)),
      says: '"mencapai 82,5"',
    },
    {
      name: 'a bound on what a count itself counts ("minimal 4 inovasi" in a count of inovasi planned at 4)',
      doc: statedAs('M', 'Jumlah inovasi pelayanan publik minimal 4 inovasi', 'inovasi', plan(2024, 3, 4, 4, 4, 4, 4)),
      says: '"minimal 4"',
    },
    {
      name: '"target N" whatever the targets',
      doc: withFirst('M', { statement: 'Jumlah inovasi pelayanan dengan target 4 inovasi' }),
      says: '"target 4"',
    },
    { name: 'a sign before its final target', doc: percentage('Persentase desa dengan IDM ≥ 85') },
    { name: 'a share that ends the wording', doc: percentage('Pelaporan gratifikasi kepada UPG 85 %') },
    {
      name: 'a grade to reach after "target"',
      doc: withFirst('M', { statement: 'Peringkat penilaian tata kelola dengan target penilaian predikat baik' }),
      says: '"target penilaian predikat baik"',
    },
    {
      name: 'a blank left for the figure',
      doc: withFirst('M', { statement: 'Persentase imbal hasil kepada peserta sebesar ....%' }),
      says: 'belum diisi ("sebesar ....%")',
    },
    {
      name: 'a level to reach when the indicator plans no number',
      doc: unplanned('M', { statement: 'Jumlah pembiayaan KPR yang disalurkan sebesar 166.000 unit rumah' }),
      says: '"sebesar 166.000"',
    },
    {
      // (Sekretariat Badan Bahasa: "Rata-Rata Predikat SAKIP Satker Minimal BB")
      name: 'a grade to reach after a bound, one of its targets',
      doc: withFirst('M', {
        statement: 'Rata-Rata Predikat SAKIP Satker Minimal BB',
        unit: 'predikat',
        baseline: { year: 2024, value: 'B' },
        targets: { '2025': 'BB', '2026': 'BB', '2027': 'A' },
      }),
      says: '"Minimal BB"',
    },
  ],
  accept: [
    {
      name: 'the share of targets met is a measure, not a target',
      doc: percentage('Persentase perangkat daerah dengan target kinerja tercapai'),
    },
    {
      name: 'a grade that names what counts in a percentage planned in numbers',
      doc: percentage('Persentase perangkat daerah dengan predikat SAKIP minimal BB'),
    },
    {
      name: 'a bound that defines what counts when nothing is planned',
      doc: unplanned('M', { statement: 'Persentase desa dengan minimal 1 posyandu aktif', unit: '%' }),
    },
    {
      name: 'a figure in brackets that defines what counts',
      doc: percentage('Mahasiswa berkegiatan di luar program studi (>10 ≤ 80 SKS)'),
    },
    {
      name: 'a bound that names what counts (1 posyandu), not a target',
      doc: percentage('Persentase desa dengan minimal 1 posyandu aktif'),
    },
    {
      name: 'a service standard (paling lama 3 hari) planned as a share',
      doc: percentage('Persentase izin yang terbit paling lama 3 hari kerja'),
    },
    { name: 'an age range in the name', doc: percentage('Angka Partisipasi Sekolah (APS) usia 7-12 tahun') },
    {
      // (Bagian Administrasi Pembangunan: the threshold 10 % is also, by chance, the 2026 target)
      name: 'a threshold after a strict comparison that ends the wording, one of its targets by chance',
      doc: statedAs('M', 'Persentase sub kegiatan dengan deviasi realisasi fisik lebih dari 10%', '%', plan(2024, 14.2, 12, 10, 8, 6, 5)),
    },
    {
      // (the IKU of an LLDIKTI: "paling sedikit 20 sks" is what a student must take, and 20 % is, by chance, a target)
      name: 'a bound on another count (20 sks) in a percentage, one of its targets by chance',
      doc: percentage('Persentase PTS yang memiliki mahasiswa yang menghabiskan paling sedikit 80 sks di luar kampus'),
    },
    {
      // (a Balai Diklat Keagamaan: each widyaiswara takes 20 JP, and 20 widyaiswara is, by chance, the baseline)
      name: 'a bound on another count (20 JP) in a count of people, one of its values by chance',
      doc: statedAs(
        'M',
        'Jumlah widyaiswara yang mengikuti pengembangan kompetensi minimal 20 JP',
        'orang',
        plan(2024, 20, 22, 22, 22, 22, 22),
      ),
    },
  ],
});
