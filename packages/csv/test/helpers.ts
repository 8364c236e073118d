import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import YAML from 'yaml';
import { parseCascade, type Cascade, type CascadeDocument } from '@pokin/core';

/** The BKPSDM example (31 results, 20 outputs). */
export function bkpsdm(): Cascade {
  const text = readFileSync(new URL('../../../examples/bkpsdm/pokin.yaml', import.meta.url), 'utf8');
  return parseCascade(YAML.parse(text));
}

/** A small cascade with every field, crosscutting, a result without indicators and tricky values. */
export function sampleDocument(): CascadeDocument {
  return {
    pokin: 1,
    title: 'Contoh',
    results: [
      {
        id: 'G1',
        level: 'goal',
        statement: 'Meningkatnya Kinerja ASN',
        indicators: [
          {
            id: 'G1.1',
            statement: 'Indeks Profesionalitas ASN',
            unit: 'Indeks',
            polarity: 'up',
            baseline: { year: 2024, value: 70.5 },
            targets: { '2026': 74, '2025': 72 },
          },
        ],
      },
      {
        id: 'UO1',
        level: 'ultimate-outcome',
        statement: 'Meningkatnya Kualitas ASN',
        parent: 'G1',
        indicators: [{ statement: 'Persentase ASN kompeten', unit: '%', polarity: 'range', targets: { '2025': '9,27-9,09', '2027': -5 } }],
      },
      { id: 'UO2', level: 'ultimate-outcome', statement: 'Meningkatnya Kinerja Aparatur', parent: 'G1' },
      {
        id: 'IO1',
        level: 'intermediate-outcome',
        statement: '=HYPERLINK("http://evil.example","klik")',
        parent: 'UO1',
        contributesTo: ['UO2'],
        indicators: [
          { id: '1.2', statement: '-5', unit: '@orang', baseline: { year: 2023, value: '5' } },
          {
            statement: 'Jumlah dokumen; "perencanaan"\ndan laporan',
            unit: 'Dokumen',
            polarity: 'down',
            baseline: { year: 2023, value: 5 },
          },
        ],
        owner: { unit: 'Bidang Mutasi', position: 'Kepala Bidang', agency: 'BKN' },
        budget: { program: '5.03.02', activity: '5.03.02.2.01', subActivity: '5.03.02.2.01.0001' },
        notes: "'=catatan",
      },
      {
        id: 'IM1',
        level: 'immediate-outcome',
        statement: 'Terkelolanya Mutasi ASN',
        parent: 'IO1',
        indicators: [{ statement: 'Persentase mutasi tepat waktu' }],
      },
      {
        id: 'OP1',
        level: 'output',
        statement: 'Tersusunnya Rencana Mutasi',
        parent: 'IM1',
        indicators: [
          { statement: 'Jumlah dokumen', unit: 'Dokumen' },
          { statement: '+Jumlah laporan', unit: 'Laporan' },
        ],
      },
      { id: 'OP2', level: 'output', statement: 'Terlaksananya Uji Kompetensi', parent: 'IM1' },
    ],
  };
}

/** The cells of a CSV text as papaparse reads them (BOM dropped, trailing empty record dropped). */
export function cells(csv: string, delimiter: ',' | ';' = ','): string[][] {
  const text = csv.startsWith('\ufeff') ? csv.slice(1) : csv;
  const rows = Papa.parse<string[]>(text, { delimiter, newline: '\r\n', header: false }).data;
  if (rows.length > 0 && rows[rows.length - 1]!.length === 1 && rows[rows.length - 1]![0] === '') rows.pop();
  return rows;
}

/** Records of the results shape as objects keyed by header name. */
export function records(csv: string, delimiter: ',' | ';' = ','): Record<string, string>[] {
  const [header, ...rows] = cells(csv, delimiter);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}
