import { parseCascade, review, type CascadeDocument, type Diagnostic, type ReviewOptions } from '@pokin/core';

type Doc = CascadeDocument & { results: Record<string, unknown>[] };

const ind = (id: string, statement: string, unit: string, extra: Record<string, unknown> = {}) => ({
  id,
  statement,
  unit,
  polarity: 'up',
  baseline: { year: 2024, value: 50 },
  targets: { '2025': 55, '2026': 60, '2027': 65 },
  ...extra,
});

/**
 * A small, clean tree that no rule reports on: every result measured, owned, statement forms per
 * level, targets for each year of the period. Tests mutate a fresh copy of it.
 */
export function cleanDocument(): Doc {
  return {
    pokin: 1,
    title: 'Pohon Kinerja Dinas Contoh',
    agency: { name: 'Dinas Kesehatan', code: '1.02' },
    period: { start: 2025, end: 2027 },
    context: { outcome: 'Meningkatnya Derajat Kesehatan Masyarakat' },
    csf: [
      { problem: 'Rendahnya derajat kesehatan masyarakat', desiredCondition: 'Meningkatnya Derajat Kesehatan Masyarakat', result: 'G' },
    ],
    results: [
      {
        id: 'G',
        level: 'goal',
        statement: 'Meningkatnya Derajat Kesehatan Masyarakat',
        indicators: [ind('G.1', 'Indeks Kesehatan Masyarakat', 'Indeks')],
        owner: { position: 'Kepala Dinas' },
      },
      {
        id: 'U',
        level: 'ultimate-outcome',
        statement: 'Menurunnya Angka Kesakitan Penduduk',
        parent: 'G',
        indicators: [
          ind('U.1', 'Angka kesakitan per 1.000 penduduk', 'per 1.000 penduduk', {
            polarity: 'down',
            baseline: { year: 2024, value: '12,5' },
            targets: { '2025': '12,0', '2026': '11,4', '2027': '10,9' },
          }),
        ],
        owner: { position: 'Sekretaris' },
      },
      {
        id: 'I',
        level: 'intermediate-outcome',
        statement: 'Meningkatnya Cakupan Pelayanan Kesehatan Dasar',
        parent: 'U',
        indicators: [ind('I.1', 'Persentase cakupan pelayanan kesehatan dasar', '%')],
        owner: { unit: 'Bidang Pelayanan Kesehatan', position: 'Kepala Bidang' },
      },
      {
        id: 'I2',
        level: 'intermediate-outcome',
        statement: 'Terkendalinya Penyakit Menular',
        parent: 'U',
        indicators: [ind('I2.1', 'Persentase kasus penyakit menular yang tertangani', '%')],
        owner: { unit: 'Bidang Pencegahan Penyakit', position: 'Kepala Bidang' },
      },
      {
        id: 'M',
        level: 'immediate-outcome',
        statement: 'Meningkatnya Mutu Layanan Puskesmas',
        parent: 'I',
        indicators: [ind('M.1', 'Persentase puskesmas dengan nilai mutu baik', '%')],
        owner: { unit: 'Seksi Pelayanan Primer', position: 'Kepala Bidang' },
      },
      {
        id: 'M2',
        level: 'immediate-outcome',
        statement: 'Meningkatnya Kepatuhan Standar Pelayanan Rujukan',
        parent: 'I',
        indicators: [ind('M2.1', 'Persentase rujukan sesuai standar', '%')],
        owner: { unit: 'Seksi Rujukan', position: 'Kepala Bidang' },
      },
      {
        id: 'M3',
        level: 'immediate-outcome',
        statement: 'Meningkatnya Deteksi Dini Penyakit Menular',
        parent: 'I2',
        indicators: [ind('M3.1', 'Persentase kasus terdeteksi dini', '%')],
        owner: { unit: 'Seksi Surveilans', position: 'Kepala Bidang' },
      },
      {
        id: 'M4',
        level: 'immediate-outcome',
        statement: 'Meningkatnya Cakupan Imunisasi Dasar',
        parent: 'I2',
        indicators: [ind('M4.1', 'Persentase bayi dengan imunisasi dasar lengkap', '%')],
        owner: { unit: 'Seksi Imunisasi', position: 'Kepala Bidang' },
      },
      ...['M', 'M2', 'M3', 'M4'].flatMap((p, n) => [
        {
          id: `O${n}a`,
          level: 'output',
          statement: `Tersedianya Dokumen Standar Layanan ${['Puskesmas', 'Rujukan', 'Surveilans', 'Imunisasi'][n]}`,
          parent: p,
          indicators: [
            ind(`O${n}a.1`, `Jumlah dokumen standar layanan ${['puskesmas', 'rujukan', 'surveilans', 'imunisasi'][n]}`, 'Dokumen'),
          ],
          owner: { unit: 'Subbagian Program', position: 'Analis' },
        },
        {
          id: `O${n}b`,
          level: 'output',
          statement: `Terlaksananya Pembinaan Petugas ${['Puskesmas', 'Rujukan', 'Surveilans', 'Imunisasi'][n]}`,
          parent: p,
          indicators: [ind(`O${n}b.1`, `Jumlah petugas ${['puskesmas', 'rujukan', 'surveilans', 'imunisasi'][n]} yang dibina`, 'Orang')],
          owner: { unit: 'Subbagian Program', position: 'Analis' },
        },
      ]),
    ],
  } as Doc;
}

/** The result with this id in a document (for mutation). */
export function res(doc: Doc, id: string): Record<string, any> {
  const r = doc.results.find((x) => x.id === id);
  if (r === undefined) throw new Error(`no result ${id}`);
  return r as Record<string, any>;
}

/** Reviews a document. */
export function reviewDoc(doc: unknown, options?: ReviewOptions): Diagnostic[] {
  return review(parseCascade(doc), options);
}

/** Diagnostics of one rule. */
export function only(doc: unknown, rule: string, options?: ReviewOptions): Diagnostic[] {
  return reviewDoc(doc, options).filter((d) => d.rule === rule);
}

/** A document whose results are given in full (period 2025-2027, no context/CSF). */
export function docOf(results: Record<string, unknown>[], extra: Record<string, unknown> = {}): Doc {
  return { pokin: 1, title: 'Uji', period: { start: 2025, end: 2027 }, results, ...extra } as Doc;
}

export type { Doc };
