import { firstInd, mut } from '../../../../test/support/review-cases';
import { testRule } from '../../../../test/support/rule-tester';

const planned = { baseline: { year: 2024, value: 60 }, targets: { 2025: 65, 2026: 70, 2027: 75, 2028: 80, 2029: 85 } };

testRule('target-in-indicator', {
  reject: [
    {
      name: 'a bound that is one of its targets',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), { statement: 'Persentase puskesmas terakreditasi paripurna minimal 80%', unit: '%', ...planned }),
      ),
      says: '"minimal 80%"',
    },
    {
      name: 'a level to reach, with a decimal comma',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), {
          statement: 'Indeks Kepuasan Masyarakat mencapai 82,5',
          unit: 'indeks',
          baseline: { year: 2024, value: 80 },
          targets: { 2025: 81, 2026: 82.5, 2027: 83, 2028: 84, 2029: 85 },
        }),
      ),
      says: '"mencapai 82,5"',
    },
    {
      name: '"target N" whatever the targets',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Jumlah inovasi pelayanan dengan target 4 inovasi' })),
      says: '"target 4"',
    },
    {
      name: 'a sign before its final target',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Persentase desa dengan IDM ≥ 85', unit: '%', ...planned })),
    },
    {
      name: 'a share that ends the wording',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Pelaporan gratifikasi kepada UPG 85 %', unit: '%', ...planned })),
    },
    {
      name: 'a grade to reach after "target"',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), { statement: 'Peringkat penilaian tata kelola dengan target penilaian predikat baik' }),
      ),
      says: '"target penilaian predikat baik"',
    },
    {
      name: 'a blank left for the figure',
      doc: mut((d) => Object.assign(firstInd(d, 'M'), { statement: 'Persentase imbal hasil kepada peserta sebesar ....%' })),
      says: 'belum diisi ("sebesar ....%")',
    },
    {
      name: 'a level to reach when the indicator plans no number',
      doc: mut((d) => {
        const ind = firstInd(d, 'M');
        Object.assign(ind, { statement: 'Jumlah pembiayaan KPR yang disalurkan sebesar 166.000 unit rumah' });
        delete ind.baseline;
        delete ind.targets;
      }),
      says: '"sebesar 166.000"',
    },
  ],
  accept: [
    {
      name: 'the share of targets met is a measure, not a target',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), { statement: 'Persentase perangkat daerah dengan target kinerja tercapai', unit: '%', ...planned }),
      ),
    },
    {
      name: 'a bound that defines what counts when nothing is planned',
      doc: mut((d) => {
        const ind = firstInd(d, 'M');
        Object.assign(ind, { statement: 'Persentase desa dengan minimal 1 posyandu aktif', unit: '%' });
        delete ind.baseline;
        delete ind.targets;
      }),
    },
    {
      name: 'a figure in brackets that defines what counts',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), { statement: 'Mahasiswa berkegiatan di luar program studi (>10 ≤ 80 SKS)', unit: '%', ...planned }),
      ),
    },
    {
      name: 'a bound that names what counts (1 posyandu), not a target',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), { statement: 'Persentase desa dengan minimal 1 posyandu aktif', unit: '%', ...planned }),
      ),
    },
    {
      name: 'a service standard (paling lama 3 hari) planned as a share',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), { statement: 'Persentase izin yang terbit paling lama 3 hari kerja', unit: '%', ...planned }),
      ),
    },
    {
      name: 'an age range in the name',
      doc: mut((d) =>
        Object.assign(firstInd(d, 'M'), { statement: 'Angka Partisipasi Sekolah (APS) usia 7-12 tahun', unit: '%', ...planned }),
      ),
    },
  ],
});
