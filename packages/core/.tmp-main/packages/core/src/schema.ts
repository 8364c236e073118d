import { z } from 'zod';

/**
 * The zod schemas of the pokin document format, version 1. They are the single source of truth
 * for the file format: the TypeScript types below and `@pokin/core/schema.json` are derived from
 * them. Every object is strict: an unknown key is an error, so a typo never vanishes silently.
 *
 * @module
 */

/** Identifier of a result or an indicator: letters, digits, `.`, `_` and `-`. */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]+$/, { message: 'an id may only hold letters, digits, ".", "_" and "-"' })
  .describe('Identifier: letters, digits, ".", "_" and "-".');

const Text = z.string().min(1, { message: 'must not be empty' });
const Year = z.number().int().min(1900).max(2200);

/** A target or baseline value: a number, or a string for ranges such as `"9,27-9,09"`. */
export const ValueSchema = z
  .union([z.number(), z.string()])
  .describe('A number, or a string such as a range "9,27-9,09".');

/** Direction in which an indicator improves. */
export const PolaritySchema = z
  .enum(['up', 'down', 'range'])
  .describe('up: higher is better; down: lower is better; range: within a band.');

/** The agency that owns the document. */
export const AgencySchema = z
  .strictObject({
    name: Text.describe('Name of the agency (instansi / perangkat daerah).'),
    code: z.string().optional().describe('Code of the agency, e.g. its kode unit organisasi.'),
  })
  .describe('The agency the tree belongs to.');

/** The planning period, in years. */
export const PeriodSchema = z
  .strictObject({
    start: Year.describe('First year of the period.'),
    end: Year.describe('Last year of the period.'),
  })
  .refine((p) => p.end >= p.start, { message: 'period.end must not be before period.start', path: ['end'] })
  .describe('Planning period (e.g. the Renstra years).');

/** Langkah 1: the context from which the outcome is set. */
export const ContextSchema = z
  .strictObject({
    mandate: z.string().optional().describe('Mandat: the legal mandate (tugas dan fungsi).'),
    strategicIssues: z.array(z.string()).optional().describe('Isu strategis.'),
    expectations: z.array(z.string()).optional().describe('Ekspektasi masyarakat.'),
    outcome: z.string().optional().describe('The outcome set in Langkah 1.'),
  })
  .describe('Langkah 1, menetapkan outcome.');

/** Langkah 2: one critical success factor. */
export const CsfSchema = z
  .strictObject({
    problem: Text.describe('Masalah: the problem.'),
    desiredCondition: Text.describe('Kondisi yang diinginkan: the desired condition.'),
    result: IdSchema.optional().describe('Id of the result that realises the desired condition.'),
  })
  .describe('Langkah 2, one critical success factor.');

/** One level of a level scheme. */
export const LevelSchema = z
  .strictObject({
    key: IdSchema.describe('Key used in results[].level.'),
    label: z
      .strictObject({ id: Text.describe('Label in Bahasa Indonesia.'), en: Text.describe('Label in English.') })
      .describe('Labels of the level.'),
    tier: z
      .enum(['strategis', 'urusan', 'taktis', 'operasional'])
      .describe('Kinerja strategis, urusan, taktis or operasional.'),
    optional: z.boolean().optional().describe('A child may skip this level.'),
  })
  .describe('One level of a level scheme.');

/** A baseline measurement. */
export const BaselineSchema = z
  .strictObject({
    year: Year.describe('Year of the baseline.'),
    value: ValueSchema.describe('Baseline value.'),
  })
  .describe('Baseline (kondisi awal).');

/** One performance indicator (indikator kinerja, IK). */
export const IndicatorSchema = z
  .strictObject({
    id: IdSchema.optional().describe('Optional id, unique in the document.'),
    statement: Text.describe('The indicator as written, e.g. "Persentase ASN ...".'),
    unit: z.string().optional().describe('Satuan, e.g. "%", "Indeks", "Dokumen".'),
    polarity: PolaritySchema.optional(),
    baseline: BaselineSchema.optional(),
    targets: z
      .record(z.string().regex(/^(?:19\d\d|2[01]\d\d|2200)$/, { message: 'a target year has four digits, from 1900 to 2200 (as a baseline year)' }), ValueSchema)
      .optional()
      .describe('Targets by year: "2025": 250.'),
  })
  .describe('Indikator kinerja (IK).');

/** Who is accountable for a result. */
export const OwnerSchema = z
  .strictObject({
    agency: z.string().optional().describe('Agency of the owner, when it is not the document agency.'),
    unit: z.string().optional().describe('Unit kerja, e.g. "Bidang Mutasi".'),
    position: z.string().optional().describe('Jabatan, e.g. "Kepala Bidang".'),
  })
  .describe('Owner of the result.');

/** Budget codes that fund a result. */
export const BudgetSchema = z
  .strictObject({
    program: z.string().optional().describe('Program code.'),
    activity: z.string().optional().describe('Kegiatan code.'),
    subActivity: z.string().optional().describe('Sub kegiatan code.'),
  })
  .describe('Budget (program, kegiatan, sub kegiatan).');

/** One result (kinerja) in the tree. */
export const ResultSchema = z
  .strictObject({
    id: IdSchema.describe('Unique id of the result.'),
    level: IdSchema.describe('Level key from the level scheme.'),
    statement: Text.describe('The result statement, e.g. "Meningkatnya Kinerja ASN".'),
    parent: IdSchema.nullable().optional().describe('Id of the primary parent; null or omitted for a root.'),
    contributesTo: z.array(IdSchema).optional().describe('Crosscutting: ids of further parents.'),
    indicators: z.array(IndicatorSchema).optional(),
    owner: OwnerSchema.optional(),
    budget: BudgetSchema.optional(),
    notes: z.string().optional().describe('Free text.'),
  })
  .describe('One result (kinerja) of the tree.');

/** A pokin document, format version 1. */
export const DocumentSchema = z
  .strictObject({
    pokin: z.literal(1).describe('Format version; 1.'),
    title: Text.describe('Title of the tree.'),
    agency: AgencySchema.optional(),
    period: PeriodSchema.optional(),
    levels: z
      .union([z.string().min(1), z.array(LevelSchema).min(1)])
      .optional()
      .describe('A preset name ("permenpan-89", "renstra") or an inline list of levels, top first.'),
    context: ContextSchema.optional(),
    csf: z.array(CsfSchema).optional(),
    results: z.array(ResultSchema).min(1, { message: 'a document needs at least one result' }),
  })
  .describe('A pokin document: a pohon kinerja / cascading kinerja, format version 1.');

/** A pokin document as written in a file (format version 1). */
export type CascadeDocument = z.input<typeof DocumentSchema>;
/** A result as written in a document. */
export type ResultDocument = z.input<typeof ResultSchema>;
/** An indicator (IK) as written in a document. */
export type Indicator = z.output<typeof IndicatorSchema>;
/** A baseline measurement. */
export type Baseline = z.output<typeof BaselineSchema>;
/** Direction in which an indicator improves. */
export type Polarity = z.output<typeof PolaritySchema>;
/** The agency that owns the document. */
export type Agency = z.output<typeof AgencySchema>;
/** The planning period. */
export type Period = z.output<typeof PeriodSchema>;
/** Langkah 1 context. */
export type Context = z.output<typeof ContextSchema>;
/** One critical success factor (Langkah 2). */
export type Csf = z.output<typeof CsfSchema>;
/** Owner of a result. */
export type Owner = z.output<typeof OwnerSchema>;
/** Budget codes of a result. */
export type Budget = z.output<typeof BudgetSchema>;
/** A target or baseline value. */
export type Value = z.output<typeof ValueSchema>;

/** The JSON Schema of the document format, generated from {@link DocumentSchema}. */
export function documentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  return {
    ...schema,
    $id: 'https://pokin.dev/schema/v1.json',
    title: 'pokin document, format version 1',
  };
}
