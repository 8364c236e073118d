import * as z from 'zod/mini';
import { described, describedNew } from './schema-zod.js';

/**
 * The zod schemas of an indicator (indikator kinerja, IK) and of an owner: targets and
 * realisations through the year, the indicator manual (manual IK) and the position that answers
 * for it. Part of the document format of `schema.ts`, which re-exports everything here.
 *
 * Written with `zod/mini`, as every schema of core (see `schema-zod.ts`).
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
export const IdSchema = describedNew(
  z.string().check(z.regex(ID_PATTERN, { message: 'an id may only hold letters, digits, ".", "_" and "-"' })),
  'Pengenal: huruf, angka, ".", "_" dan "-". / Identifier: letters, digits, ".", "_" and "-".',
);

/** A non-empty string. */
export const Text = z.string().check(z.minLength(1, { message: 'must not be empty' }));
/** The schemas {@link optionalText} made: any string will do (the fast accept path of `parse/accept.ts` reads this). */
export const FREE_TEXTS = new WeakSet<z.ZodMiniType>();
/** An optional free text, with its description (Indonesian / English). */
export const optionalText = (description: string) => {
  const schema = describedNew(z.optional(z.string()), description);
  FREE_TEXTS.add(schema);
  return schema;
};
/** A year of the format: 1900 to 2200. */
export const Year = z.number().check(z.int(), z.gte(1900), z.lte(2200));
/** A year as an object key (`"2026"`), as in `targets` and `realisations`. */
export const YearKey = z
  .string()
  .check(z.regex(YEAR_KEY_PATTERN, { message: 'a target year has four digits, from 1900 to 2200 (as a baseline year)' }));

/** A target, baseline or realisation value: a number, or a string for ranges such as `"9,27-9,09"`. */
export const ValueSchema = describedNew(
  z.union([z.number(), z.string()]),
  'Angka, atau teks seperti rentang "9,27-9,09". / A number, or a string such as a range "9,27-9,09".',
);

/** Direction in which an indicator improves. */
export const PolaritySchema = describedNew(
  z.enum(['up', 'down', 'range']),
  'Arah: up = makin tinggi makin baik; down = makin rendah makin baik; range = dalam rentang. / up: higher is better; down: lower is better; range: within a band.',
);

/** The kinds of position (jenis jabatan) of an owner, top first. */
export const POSITION_TYPES = Object.freeze(['jpt-madya', 'jpt-pratama', 'administrator', 'pengawas', 'fungsional', 'pelaksana'] as const);

/** Kind of position (jenis jabatan) of an owner. */
export const PositionTypeSchema = describedNew(
  z.enum(POSITION_TYPES),
  'Jenis jabatan: jpt-madya, jpt-pratama, administrator, pengawas, fungsional, pelaksana. / Kind of position.',
);

/** Who is accountable (penanggung jawab) for a result or an indicator. */
export const OwnerSchema = describedNew(
  z.strictObject({
    agency: describedNew(
      z.optional(z.string()),
      'Instansi penanggung jawab, bila bukan instansi dokumen ini. / Agency of the owner, when it is not the document agency.',
    ),
    unit: optionalText('Unit kerja, mis. "Bidang Mutasi". / Organisational unit, e.g. "Bidang Mutasi".'),
    position: optionalText('Jabatan, mis. "Kepala Bidang". / Position, e.g. "Kepala Bidang".'),
    positionType: z.optional(PositionTypeSchema),
    name: optionalText('Nama pejabat. / Name of the official.'),
    nip: optionalText('NIP pejabat. / Civil-service number (NIP) of the official.'),
  }),
  'Penanggung jawab. / Owner (who is accountable).',
);

/** An optional value with its description. */
const optionalValue = (description: string) => describedNew(z.optional(ValueSchema), description);

/** The realisations of a year by quarter (triwulan), so far. */
export const QuartersSchema = describedNew(
  z.strictObject({
    q1: optionalValue('Triwulan I. / First quarter.'),
    q2: optionalValue('Triwulan II. / Second quarter.'),
    q3: optionalValue('Triwulan III. / Third quarter.'),
    q4: optionalValue('Triwulan IV. / Fourth quarter.'),
  }),
  'Realisasi per triwulan sejauh ini. / Realisation by quarter so far.',
);

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
export const MonthsSchema = describedNew(
  z.strictObject(
    Object.fromEntries(MONTHS.map((m, i) => [m, optionalValue(`${MONTH_NAMES[i]!}. / Month ${i + 1}.`)])) as Record<
      (typeof MONTHS)[number],
      z.ZodMiniOptional<typeof ValueSchema>
    >,
  ),
  'Realisasi per bulan sejauh ini (m01 ... m12). / Realisation by month so far (m01 ... m12).',
);

/** What was achieved in a year: one value, or the periods so far. */
export const RealisationSchema = describedNew(
  z.union([z.number(), z.string(), QuartersSchema, MonthsSchema]),
  "Realisasi tahun itu: angka atau teks, atau periode sejauh ini ({ q1 ... q4 } atau { m01 ... m12 }). / The year's realisation: a number or text, or the periods so far.",
);

/** How the periods of a year make the year's value. */
export const YearValueSchema = describedNew(
  z.enum(['last', 'sum', 'average']),
  "Cara nilai tahunan dihitung dari periode: last (periode terakhir, bawaan), sum (jumlah), average (rata-rata). / How periods make the year's value: last (default), sum, average.",
);

/** Notes on one year's realisation, as the LKjIP asks for them. */
export const RealisationNoteSchema = describedNew(
  z.strictObject({
    supportingFactors: optionalText('Faktor pendukung. / Supporting factors.'),
    inhibitingFactors: optionalText('Faktor penghambat. / Inhibiting factors.'),
    followUp: optionalText('Upaya / tindak lanjut. / Follow-up.'),
    evidence: describedNew(z.optional(z.array(z.string())), 'Tautan bukti dukung. / Evidence links.'),
  }),
  "Catatan realisasi satu tahun. / Notes on one year's realisation.",
);

/** A scale for a qualitative indicator: each value (predikat) with its score, e.g. `{ WTP: 4, WDP: 3 }`. */
export const ScaleSchema = describedNew(
  z.record(z.string().check(z.minLength(1, { message: 'a scale value must not be empty' })), z.number()),
  'Skala indikator kualitatif: nilai dan skornya, mis. { WTP: 4, WDP: 3, TMP: 2, TW: 1 }. / Scale of a qualitative indicator: each value with its score.',
);

/** A baseline measurement. */
export const BaselineSchema = describedNew(
  z.strictObject({
    year: described(Year, 'Tahun kondisi awal. / Year of the baseline.'),
    value: described(ValueSchema, 'Nilai kondisi awal. / Baseline value.'),
  }),
  'Kondisi awal. / Baseline.',
);

/** One performance indicator (indikator kinerja, IK). */
export const IndicatorSchema = describedNew(
  z.strictObject({
    id: describedNew(z.optional(IdSchema), 'Pengenal opsional, unik dalam dokumen. / Optional id, unique in the document.'),
    statement: described(Text, 'Indikator sebagaimana ditulis, mis. "Persentase ASN ...". / The indicator as written.'),
    iku: describedNew(z.optional(z.boolean()), 'Indikator Kinerja Utama (IKU). / A key performance indicator (IKU).'),
    unit: optionalText('Satuan, mis. "%", "Indeks", "Dokumen". / Unit of measure.'),
    polarity: z.optional(PolaritySchema),
    scale: z.optional(ScaleSchema),
    baseline: z.optional(BaselineSchema),
    targets: describedNew(z.optional(z.record(YearKey, ValueSchema)), 'Target per tahun: "2025": 250. / Targets by year.'),
    realisations: describedNew(
      z.optional(z.record(YearKey, RealisationSchema)),
      'Realisasi per tahun: "2026": 251 atau { q1: 60, q2: 125 }. / Realisations by year.',
    ),
    yearValue: z.optional(YearValueSchema),
    realisationNotes: describedNew(
      z.optional(z.record(YearKey, RealisationNoteSchema)),
      'Catatan realisasi per tahun (faktor pendukung, penghambat, upaya, bukti). / Notes on the realisation by year.',
    ),
    owner: z.optional(OwnerSchema),
    definition: optionalText('Definisi operasional. / Operational definition.'),
    formula: optionalText('Formula / cara pengukuran. / Formula.'),
    dataSource: optionalText('Sumber data. / Data source.'),
    dataProvider: optionalText('Penyedia data (penanggung jawab data). / Data provider.'),
    frequency: optionalText('Periode pelaporan, mis. "triwulanan". / Reporting frequency, e.g. quarterly.'),
  }),
  'Indikator kinerja (IK). / Performance indicator.',
);
