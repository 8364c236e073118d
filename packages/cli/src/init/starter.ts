/**
 * The starter tree `pokin init` writes: a short chain from the top of a level scheme down to two
 * outputs, in Bahasa Indonesia, with an indicator (IK), satuan, kondisi awal, a target for every
 * year of the period and a penanggung jawab on each result, so a planner sees every field filled
 * once and replaces the samples. Data, not logic: the text of the YAML file, comments included.
 *
 * @module
 */

/** The agency a starter file names when `--agency` does not: a sample `pokin pk` warns about. */
export const SAMPLE_AGENCY = 'Dinas Contoh';

/** The level schemes `init` knows. */
export type StarterScheme = 'permenpan-89' | 'renstra';

/** What the starter is made of. */
export interface StarterOptions {
  /** `$schema` of the modeline: a path relative to the file, or a `file:` URL. */
  readonly schema: string;
  /** Name of the agency. */
  readonly agency: string;
  /** First and last year of the period. */
  readonly start: number;
  readonly end: number;
  readonly scheme: StarterScheme;
}

interface SampleIndicator {
  readonly statement: string;
  readonly unit: string;
  readonly polarity: 'up' | 'down';
  /** Kondisi awal (the year before the period) and the yearly step of the targets. */
  readonly baseline: number;
  readonly step: number;
}

interface SampleResult {
  readonly id: string;
  readonly level: string;
  readonly parent?: string;
  readonly statement: string;
  readonly indicator: SampleIndicator;
  readonly owner: { readonly unit: string; readonly position: string };
  readonly budget?: { readonly program?: string; readonly activity?: string; readonly subActivity?: string };
  /** A comment line above the result. */
  readonly heading?: string;
}

const ik = (statement: string, unit: string, baseline: number, step: number, polarity: 'up' | 'down' = 'up'): SampleIndicator => ({
  statement,
  unit,
  polarity,
  baseline,
  step,
});

const SEKRETARIAT = { unit: 'Sekretariat', position: 'Kepala Dinas' };
const BIDANG = { unit: 'Bidang Pelayanan Perizinan', position: 'Kepala Bidang Pelayanan Perizinan' };

/** What the samples say, top down, the same in every scheme: the chain down to two outputs. */
const CHAIN: readonly Pick<SampleResult, 'statement' | 'indicator' | 'owner'>[] = [
  { statement: 'Meningkatnya kualitas pelayanan publik', indicator: ik('Indeks Kepuasan Masyarakat', 'Indeks', 78, 1), owner: SEKRETARIAT },
  {
    statement: 'Meningkatnya kinerja pelayanan perizinan',
    indicator: ik('Persentase izin yang terbit tepat waktu', '%', 80, 3),
    owner: SEKRETARIAT,
  },
  {
    statement: 'Meningkatnya kualitas layanan perizinan',
    indicator: ik('Rata-rata waktu penyelesaian izin', 'Hari', 10, -1, 'down'),
    owner: BIDANG,
  },
  {
    statement: 'Meningkatnya ketersediaan layanan perizinan daring',
    indicator: ik('Persentase jenis izin yang dapat diajukan secara daring', '%', 60, 8),
    owner: BIDANG,
  },
  {
    statement: 'Tersedianya aplikasi perizinan daring',
    indicator: ik('Jumlah jenis izin yang dilayani aplikasi', 'Jenis izin', 12, 4),
    owner: { unit: 'Seksi Sistem Informasi Perizinan', position: 'Kepala Seksi Sistem Informasi Perizinan' },
  },
  {
    statement: 'Terlaksananya sosialisasi layanan perizinan daring',
    indicator: ik('Jumlah peserta sosialisasi', 'Orang', 200, 50),
    owner: { unit: 'Seksi Pelayanan', position: 'Kepala Seksi Pelayanan' },
  },
];

/** Where each result of the chain stands in a scheme: its id, level, parent, budget and heading. */
type Place = Omit<SampleResult, 'statement' | 'indicator' | 'owner'>;

const PERMENPAN_89: readonly Place[] = [
  { heading: 'Kinerja strategis: tujuan instansi (goal) dan kondisi yang diinginkan (ultimate outcome)', id: 'G1', level: 'goal' },
  { id: 'UO1', level: 'ultimate-outcome', parent: 'G1' },
  { heading: 'Kinerja taktis', id: 'IO1', level: 'intermediate-outcome', parent: 'UO1' },
  { id: 'IM1', level: 'immediate-outcome', parent: 'IO1' },
  { heading: 'Kinerja operasional: output yang mewujudkan kinerja di atasnya', id: 'OP1', level: 'output', parent: 'IM1' },
  { id: 'OP2', level: 'output', parent: 'IM1' },
];

const PROGRAM = '2.18.02';
const ACTIVITY = '2.18.02.2.01';
const RENSTRA: readonly Place[] = [
  { heading: 'Tujuan dan sasaran Renstra', id: 'T1', level: 'tujuan' },
  { id: 'S1', level: 'sasaran', parent: 'T1' },
  {
    heading: 'Program, kegiatan dan sub kegiatan, dengan kode anggarannya',
    id: 'P1',
    level: 'program',
    parent: 'S1',
    budget: { program: PROGRAM },
  },
  { id: 'K1', level: 'kegiatan', parent: 'P1', budget: { program: PROGRAM, activity: ACTIVITY } },
  { id: 'SK1', level: 'sub-kegiatan', parent: 'K1', budget: { program: PROGRAM, activity: ACTIVITY, subActivity: `${ACTIVITY}.0001` } },
  { id: 'SK2', level: 'sub-kegiatan', parent: 'K1', budget: { program: PROGRAM, activity: ACTIVITY, subActivity: `${ACTIVITY}.0002` } },
];

/** The chain, placed in a scheme. */
const placed = (places: readonly Place[]): readonly SampleResult[] => places.map((place, i) => ({ ...place, ...CHAIN[i]! }));

/** The sample results of a scheme. */
export const STARTER_RESULTS: Readonly<Record<StarterScheme, readonly SampleResult[]>> = {
  'permenpan-89': placed(PERMENPAN_89),
  renstra: placed(RENSTRA),
};

/** A YAML scalar: bare when it is plain text, single-quoted when YAML would read it otherwise. */
function scalar(value: string): string {
  return /^\p{L}[\p{L}\p{N} .,()/-]*$/u.test(value) && !/^(?:true|false|null|yes|no|on|off)$/i.test(value)
    ? value
    : `'${value.replace(/'/g, "''")}'`;
}

/** A target sequence for the period: kondisi awal plus one step a year, rounded to one decimal. */
function targets(indicator: SampleIndicator, start: number, end: number): string {
  const out: string[] = [];
  for (let y = start; y <= end; y++) out.push(`'${y}': ${Math.round((indicator.baseline + indicator.step * (y - start + 1)) * 10) / 10}`);
  return `{ ${out.join(', ')} }`;
}

/** The starter file as YAML text, with the schema modeline first and Indonesian comments. */
export function starterYaml(o: StarterOptions): string {
  const lines: string[] = [
    `# yaml-language-server: $schema=${o.schema}`,
    '#',
    `# Pohon kinerja ${o.agency}, periode ${o.start}-${o.end}, dibuat dengan "pokin init".`,
    '# Ganti isian contoh di bawah dengan kinerja instansi Anda, lalu periksa dengan:',
    '#   pokin review NAMA-BERKAS.yaml',
    '# Tiap kinerja (result) punya id, level, induk (parent), pernyataan (statement), indikator kinerja',
    '# (IK) dengan satuan (unit), arah (polarity: up naik, down turun), kondisi awal (baseline) dan',
    '# target per tahun, serta penanggung jawab (owner: unit kerja dan jabatan).',
    'pokin: 1',
    `title: ${scalar(`Pohon Kinerja ${o.agency}`)}`,
    'agency:',
    `  name: ${scalar(o.agency)}`,
    `period: { start: ${o.start}, end: ${o.end} }`,
    `levels: ${o.scheme}`,
    '',
    'results:',
  ];
  for (const r of STARTER_RESULTS[o.scheme]) {
    if (r.heading !== undefined) lines.push(`  # ---- ${r.heading}`);
    lines.push(`  - id: ${r.id}`, `    level: ${r.level}`);
    if (r.parent !== undefined) lines.push(`    parent: ${r.parent}`);
    lines.push(`    statement: ${scalar(r.statement)}`, '    indicators:');
    const i = r.indicator;
    lines.push(
      `      - id: ${r.id}.1`,
      `        statement: ${scalar(i.statement)}`,
      `        unit: ${scalar(i.unit)}`,
      `        polarity: ${i.polarity}`,
      `        baseline: { year: ${o.start - 1}, value: ${i.baseline} }`,
      `        targets: ${targets(i, o.start, o.end)}`,
    );
    lines.push(`    owner: { unit: ${scalar(r.owner.unit)}, position: ${scalar(r.owner.position)} }`);
    if (r.budget !== undefined) {
      const parts = Object.entries(r.budget).map(([k, v]) => `${k}: '${v}'`);
      lines.push(`    budget: { ${parts.join(', ')} }`);
    }
  }
  return `${lines.join('\n')}\n`;
}
