// Writes pokin.yaml: the BKPSDM example (../bkpsdm/pokin.yaml) with ILLUSTRATIVE targets and one
// ILLUSTRATIVE year of realisations (2025, by quarter). The figures are made up by a fixed
// pseudo-random sequence so the outputs can show every capaian band; they are NOT real data.
//   node examples/bkpsdm-capaian/generate.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

const here = new URL('./', import.meta.url);
const doc = parse(readFileSync(new URL('../bkpsdm/pokin.yaml', here), 'utf8'));
let seed = 2025;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const round = (x, d) => Math.round(x * 10 ** d) / 10 ** d;
const years = [2025, 2026, 2027, 2028, 2029];

doc.title = 'Pohon Kinerja BKPSDM: target dan realisasi ILUSTRATIF';
let k = 0;
for (const r of doc.results) {
  for (const ind of r.indicators ?? []) {
    k++;
    const count = !['%', 'Nilai', 'Indeks'].includes(ind.unit);
    // A capaian between about 45 % and 118 %: every band shows.
    const factor = [1.05, 0.97, 0.88, 0.8, 0.7, 0.55, 1.12, 0.93][k % 8] + (rnd() - 0.5) * 0.04;
    if (count) {
      const t = 4 + Math.floor(rnd() * 20);
      ind.baseline = { year: 2024, value: t - 2 };
      ind.targets = Object.fromEntries(years.map((y, i) => [String(y), t + i]));
      const total = Math.max(0, Math.round(t * factor));
      const q = [0.15, 0.25, 0.3].map((s) => Math.floor(total * s));
      ind.yearValue = 'sum';
      ind.realisations = { 2025: { q1: q[0], q2: q[1], q3: q[2], q4: total - q[0] - q[1] - q[2] } };
    } else {
      const scale = ind.unit === '%' ? 1 : ind.unit === 'Nilai' ? 3 : 0.04;
      const base = ind.unit === '%' ? 60 + Math.floor(rnd() * 20) : round((60 + rnd() * 20) * scale, 2);
      const step = ind.unit === '%' ? 3 : round(2 * scale, 2);
      ind.baseline = { year: 2024, value: base };
      ind.targets = Object.fromEntries(years.map((y, i) => [String(y), round(base + step * (i + 1), 2)]));
      const t = ind.targets['2025'];
      const real = round(Math.min(ind.unit === '%' ? 100 : Infinity, t * factor), 2);
      ind.realisations = { 2025: { q1: round(real * 0.9, 2), q2: round(real * 0.94, 2), q3: round(real * 0.97, 2), q4: real } };
    }
    if (r.level === 'goal' || r.level === 'ultimate-outcome') {
      ind.iku = true;
      ind.definition = `Definisi operasional ilustratif untuk "${ind.statement}".`;
      ind.formula = ind.unit === '%' ? 'Jumlah yang memenuhi kriteria / jumlah seluruhnya x 100 %' : 'Nilai hasil penilaian';
      ind.dataSource = 'Data kepegawaian BKPSDM (ilustratif)';
      ind.frequency = 'triwulanan';
    }
    if (k % 5 === 1)
      ind.realisationNotes = {
        2025: {
          supportingFactors: 'Dukungan pimpinan dan anggaran yang memadai (ilustratif).',
          inhibitingFactors: 'Pemutakhiran data kepegawaian belum tuntas (ilustratif).',
          followUp: 'Pendampingan teknis per triwulan (ilustratif).',
        },
      };
  }
}

const header = `# yaml-language-server: $schema=../../packages/core/schema.json
#
# ILUSTRATIF, BUKAN DATA NYATA / ILLUSTRATIVE, NOT REAL DATA.
# The BKPSDM example (../bkpsdm/pokin.yaml) with made-up baselines, targets for 2025-2029 and one
# year of realisations (2025, by quarter), written by generate.mjs so that the capaian outputs
# (LKjIP table, monev triwulan, coloured tree) have something to show. The worksheet the example
# comes from has no targets or realisations; every figure below is invented.
`;
writeFileSync(new URL('pokin.yaml', here), header + stringify(doc, { lineWidth: 120 }));
