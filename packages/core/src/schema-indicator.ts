import * as z from 'zod';

/**
 * The zod schemas of an indicator (indikator kinerja, IK) and of an owner: targets and
 * realisations through the year, the indicator manual (manual IK) and the position that answers
 * for it. Part of the document format of `schema.ts`, which re-exports everything here.
 *
 * Records (`targets`, `scale`, ...) are plain `z.record`s: zod leaves a key `__proto__` out of a
 * record without a word, and `parseCascade` refuses that key before the schema runs (see
 * `parse/snapshot.ts`), so no check per record slows the schema (a `z.preprocess` on every
 * `targets` cost a third of the schema check of a large tree).
 *
 * @module
 */

/** What an id may hold: letters, digits, `.`, `_` and `-` (also read by `parse/accept.ts`). */
export const ID_PATTERN = /^[A-Za-z0-9._-]+$/;
/** A target year as an object key: four digits, 1900 to 2200. */
export const YEAR_KEY_PATTERN = /^(?:19\d\d|2[01]\d\d|2200)$/;

/** Identifier of a result or an indicator: letters, digits, `.`, `_` and `-`. */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, { message: 'an id may only hold letters, digits, ".", "_" and "-"' })
  .describe('Pengenal: huruf, angka, ".", "_" dan "-". / Identifier: letters, digits, ".", "_" and "-".');

/** A non-empty string. */
export const Text = z.string().min(1, { message: 'must not be empty' });
/** An optional free text, with its description (Indonesian / English). */
export const optionalText = (description: string) => z.string().optional().describe(description);
/** A year of the format: 1900 to 2200. */
export const Year = z.number().int().min(1900).max(2200);
/** A year as an object key (`"2026"`), as in `targets` and `realisations`. */
export const YearKey = z
  .string()
  .regex(YEAR_KEY_PATTERN, { message: 'a target year has four digits, from 1900 to 2200 (as a baseline year)' });

/** A target, baseline or realisation value: a number, or a string for ranges such as `"9,27-9,09"`. */
export const ValueSchema = z
  .union([z.number(), z.string()])
  .describe('Angka, atau teks seperti rentang "9,27-9,09". / A number, or a string such as a range "9,27-9,09".');

/** Direction in which an indicator improves. */
export const PolaritySchema = z
  .enum(['up', 'down', 'range'])
  .describe(
    'Arah: up = makin tinggi makin baik; down = makin rendah makin baik; range = dalam rentang. / up: higher is better; down: lower is better; range: within a band.',
  );

/** The kinds of position (jenis jabatan) of an owner, top first. */
export const POSITION_TYPES = Object.freeze(['jpt-madya', 'jpt-pratama', 'administrator', 'pengawas', 'fungsional', 'pelaksana'] as const);

/** Kind of position (jenis jabatan) of an owner. */
export const PositionTypeSchema = z
  .enum(POSITION_TYPES)
  .describe('Jenis jabatan: jpt-madya, jpt-pratama, administrator, pengawas, fungsional, pelaksana. / Kind of position.');

/** Who is accountable (penanggung jawab) for a result or an indicator. */
export const OwnerSchema = z
  .strictObject({
    agency: z
      .string()
      .optional()
      .describe('Instansi penanggung jawab, bila bukan instansi dokumen ini. / Agency of the owner, when it is not the document agency.'),
    unit: optionalText('Unit kerja, mis. "Bidang Mutasi". / Organisational unit, e.g. "Bidang Mutasi".'),
    position: optionalText('Jabatan, mis. "Kepala Bidang". / Position, e.g. "Kepala Bidang".'),
    positionType: PositionTypeSchema.optional(),
    name: optionalText('Nama pejabat. / Name of the official.'),
    nip: optionalText('NIP pejabat. / Civil-service number (NIP) of the official.'),
  })
  .describe('Penanggung jawab. / Owner (who is accountable).');

/** The realisations of a year by quarter (triwulan), so far. */
export const QuartersSchema = z
  .strictObject({
    q1: ValueSchema.optional().describe('Triwulan I. / First quarter.'),
    q2: ValueSchema.optional().describe('Triwulan II. / Second quarter.'),
    q3: ValueSchema.optional().describe('Triwulan III. / Third quarter.'),
    q4: ValueSchema.optional().describe('Triwulan IV. / Fourth quarter.'),
  })
  .describe('Realisasi per triwulan sejauh ini. / Realisation by quarter so far.');

const MONTHS = ['m01', 'm02', 'm03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10', 'm11', 'm12'] as const;
const MONTH_NAMES = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** The realisations of a year by month (`m01` to `m12`), so far. */
export const MonthsSchema = z
  .strictObject(
    Object.fromEntries(MONTHS.map((m, i) => [m, ValueSchema.optional().describe(`${MONTH_NAMES[i]!}. / Month ${i + 1}.`)])) as Record<
      (typeof MONTHS)[number],
      z.ZodOptional<typeof ValueSchema>
    >,
  )
  .describe('Realisasi per bulan sejauh ini (m01 ... m12). / Realisation by month so far (m01 ... m12).');

/** What was achieved in a year: one value, or the periods so far. */
export const RealisationSchema = z
  .union([z.number(), z.string(), QuartersSchema, MonthsSchema])
  .describe(
    "Realisasi tahun itu: angka atau teks, atau periode sejauh ini ({ q1 ... q4 } atau { m01 ... m12 }). / The year's realisation: a number or text, or the periods so far.",
  );

/** How the periods of a year make the year's value. */
export const YearValueSchema = z
  .enum(['last', 'sum', 'average'])
  .describe(
    "Cara nilai tahunan dihitung dari periode: last (periode terakhir, bawaan), sum (jumlah), average (rata-rata). / How periods make the year's value: last (default), sum, average.",
  );

/** Notes on one year's realisation, as the LKjIP asks for them. */
export const RealisationNoteSchema = z
  .strictObject({
    supportingFactors: optionalText('Faktor pendukung. / Supporting factors.'),
    inhibitingFactors: optionalText('Faktor penghambat. / Inhibiting factors.'),
    followUp: optionalText('Upaya / tindak lanjut. / Follow-up.'),
    evidence: z.array(z.string()).optional().describe('Tautan bukti dukung. / Evidence links.'),
  })
  .describe("Catatan realisasi satu tahun. / Notes on one year's realisation.");

/** A scale for a qualitative indicator: each value (predikat) with its score, e.g. `{ WTP: 4, WDP: 3 }`. */
export const ScaleSchema = z
  .record(z.string().min(1, { message: 'a scale value must not be empty' }), z.number())
  .describe(
    'Skala indikator kualitatif: nilai dan skornya, mis. { WTP: 4, WDP: 3, TMP: 2, TW: 1 }. / Scale of a qualitative indicator: each value with its score.',
  );

/** A baseline measurement. */
export const BaselineSchema = z
  .strictObject({
    year: Year.describe('Tahun kondisi awal. / Year of the baseline.'),
    value: ValueSchema.describe('Nilai kondisi awal. / Baseline value.'),
  })
  .describe('Kondisi awal. / Baseline.');

/** One performance indicator (indikator kinerja, IK). */
export const IndicatorSchema = z
  .strictObject({
    id: IdSchema.optional().describe('Pengenal opsional, unik dalam dokumen. / Optional id, unique in the document.'),
    statement: Text.describe('Indikator sebagaimana ditulis, mis. "Persentase ASN ...". / The indicator as written.'),
    iku: z.boolean().optional().describe('Indikator Kinerja Utama (IKU). / A key performance indicator (IKU).'),
    unit: optionalText('Satuan, mis. "%", "Indeks", "Dokumen". / Unit of measure.'),
    polarity: PolaritySchema.optional(),
    scale: ScaleSchema.optional(),
    baseline: BaselineSchema.optional(),
    targets: z.record(YearKey, ValueSchema).optional().describe('Target per tahun: "2025": 250. / Targets by year.'),
    realisations: z
      .record(YearKey, RealisationSchema)
      .optional()
      .describe('Realisasi per tahun: "2026": 251 atau { q1: 60, q2: 125 }. / Realisations by year.'),
    yearValue: YearValueSchema.optional(),
    realisationNotes: z
      .record(YearKey, RealisationNoteSchema)
      .optional()
      .describe('Catatan realisasi per tahun (faktor pendukung, penghambat, upaya, bukti). / Notes on the realisation by year.'),
    owner: OwnerSchema.optional(),
    definition: optionalText('Definisi operasional. / Operational definition.'),
    formula: optionalText('Formula / cara pengukuran. / Formula.'),
    dataSource: optionalText('Sumber data. / Data source.'),
    dataProvider: optionalText('Penyedia data (penanggung jawab data). / Data provider.'),
    frequency: optionalText('Periode pelaporan, mis. "triwulanan". / Reporting frequency, e.g. quarterly.'),
  })
  .describe('Indikator kinerja (IK). / Performance indicator.');
