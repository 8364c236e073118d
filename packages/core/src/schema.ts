import * as z from 'zod/mini';
import {
  BaselineSchema,
  ID_PATTERN,
  IdSchema,
  IndicatorSchema,
  optionalText,
  OwnerSchema,
  PolaritySchema,
  PositionTypeSchema,
  RealisationNoteSchema,
  RealisationSchema,
  Text,
  ValueSchema,
  Year,
  YearValueSchema,
} from './schema-indicator.js';
import { LEVEL_PRESETS, TIER_LABELS } from './levels.js';
import { described, describedNew } from './schema-zod.js';

/**
 * The zod schemas of the pokin document format, version 1. They are the single source of truth
 * for the file format: the TypeScript types below and `@pokin/core/schema.json` are derived from
 * them. Every object is strict: an unknown key is an error, so a typo never vanishes silently.
 * Descriptions are in Bahasa Indonesia, then English, for editors that show them on hover.
 *
 * @module
 */

export * from './schema-indicator.js';

/** A slug naming a document (`dinkes-2026`), for references from other documents. */
export const DocumentIdSchema = described(
  IdSchema,
  'Pengenal dokumen (slug, mis. "dinkes-2026") untuk rujukan dari dokumen lain. / Document id (a slug such as "dinkes-2026") for references from other documents.',
);

/** A result id, or `document-id#result-id` (also read by `parse/accept.ts`). */
export const RESULT_REF_PATTERN = /^(?:[A-Za-z0-9._-]+#)?[A-Za-z0-9._-]+$/;

/**
 * A reference to a result: its id, or `document-id#result-id` for a result of another document
 * (ids cannot hold `#`, so the split is unambiguous).
 */
export const ResultRefSchema = describedNew(
  z.string().check(
    z.regex(RESULT_REF_PATTERN, {
      message: 'a reference is a result id, or "document-id#result-id"; ids may only hold letters, digits, ".", "_" and "-"',
    }),
  ),
  'Id hasil, atau "id-dokumen#id-hasil" untuk hasil di dokumen lain. / A result id, or "document-id#result-id" for a result of another document.',
);

/** Statuses of a crosscutting request, in Indonesian (the canonical form) and their English aliases. */
export const CONTRIBUTION_STATUSES = Object.freeze(['diusulkan', 'disetujui', 'ditolak', 'proposed', 'accepted', 'rejected'] as const);

/** One crosscutting link with its request status: `{ to, status, reason }`. */
export const ContributionSchema = describedNew(
  z.strictObject({
    to: described(ResultRefSchema, 'Hasil yang didukung. / The result supported.'),
    status: describedNew(
      z.optional(z.enum(CONTRIBUTION_STATUSES)),
      'Status crosscutting: diusulkan, disetujui, ditolak (atau proposed, accepted, rejected). / Status of the request: proposed, accepted, rejected.',
    ),
    reason: optionalText('Alasan (mis. penolakan). / Reason (e.g. for a rejection).'),
  }),
  'Crosscutting dengan status. / A crosscutting link with its status.',
);

/** The agency that owns the document. */
export const AgencySchema = describedNew(
  z.strictObject({
    name: described(Text, 'Nama instansi / perangkat daerah. / Name of the agency.'),
    code: optionalText('Kode instansi, mis. kode unit organisasi. / Code of the agency.'),
  }),
  'Instansi pemilik pohon kinerja. / The agency the tree belongs to.',
);

/** The planning period, in years. */
export const PeriodSchema = describedNew(
  z
    .strictObject({
      start: described(Year, 'Tahun awal periode. / First year of the period.'),
      end: described(Year, 'Tahun akhir periode. / Last year of the period.'),
    })
    .check(
      z.refine((p) => p.end >= p.start, {
        message: 'period.end must not be before period.start',
        path: ['end'],
        params: { pokin: 'period-order' },
      }),
    ),
  'Periode perencanaan (mis. tahun Renstra). / Planning period (e.g. the Renstra years).',
);

/** Who signs the printed tables (matrix, Perjanjian Kinerja, PDF). */
export const SignatorySchema = describedNew(
  z.strictObject({
    place: optionalText('Tempat penandatanganan. / Place of signing.'),
    date: optionalText('Tanggal penandatanganan. / Date of signing.'),
    name: optionalText('Nama penanda tangan. / Name of the signatory.'),
    position: optionalText('Jabatan penanda tangan. / Position of the signatory.'),
    nip: optionalText('NIP penanda tangan. / Civil-service number (NIP) of the signatory.'),
  }),
  'Penanda tangan blok tanda tangan. / Signatory of the signature block.',
);

/** An optional list of strings, with its description. */
const optionalTexts = (description: string) => describedNew(z.optional(z.array(z.string())), description);

/** Langkah 1: the context from which the outcome is set. */
export const ContextSchema = describedNew(
  z.strictObject({
    mandate: optionalText('Mandat (tugas dan fungsi). / The legal mandate.'),
    strategicIssues: optionalTexts('Isu strategis. / Strategic issues.'),
    expectations: optionalTexts('Ekspektasi masyarakat. / Public expectations.'),
    outcome: optionalText('Outcome yang ditetapkan pada Langkah 1. / The outcome set in Langkah 1.'),
  }),
  'Langkah 1, menetapkan outcome. / Step 1, setting the outcome.',
);

/** Langkah 2: one critical success factor. */
export const CsfSchema = describedNew(
  z.strictObject({
    problem: described(Text, 'Masalah. / The problem.'),
    desiredCondition: described(Text, 'Kondisi yang diinginkan. / The desired condition.'),
    result: describedNew(z.optional(IdSchema), 'Id hasil yang mewujudkan kondisi ini. / Id of the result that realises it.'),
  }),
  'Langkah 2, satu critical success factor. / Step 2, one critical success factor.',
);

/** One level of a level scheme. */
export const LevelSchema = describedNew(
  z.strictObject({
    key: described(IdSchema, 'Kunci yang dipakai di results[].level. / Key used in results[].level.'),
    label: describedNew(
      z.strictObject({
        id: described(Text, 'Label dalam Bahasa Indonesia. / Label in Bahasa Indonesia.'),
        en: described(Text, 'Label dalam bahasa Inggris. / Label in English.'),
      }),
      'Label level. / Labels of the level.',
    ),
    tier: describedNew(
      z.enum(['strategis', 'urusan', 'taktis', 'operasional']),
      'Kinerja strategis, urusan, taktis atau operasional. / The worksheet tier.',
    ),
    optional: describedNew(z.optional(z.boolean()), 'Anak boleh melompati level ini. / A child may skip this level.'),
  }),
  'Satu level dalam skema level. / One level of a level scheme.',
);

/** Budget codes that fund a result. */
export const BudgetSchema = describedNew(
  z.strictObject({
    program: optionalText('Kode program. / Program code.'),
    activity: optionalText('Kode kegiatan. / Activity code.'),
    subActivity: optionalText('Kode sub kegiatan. / Sub-activity code.'),
  }),
  'Anggaran (program, kegiatan, sub kegiatan). / Budget codes.',
);

/**
 * A level key in `results[].level`: a key of the document's scheme. The JSON Schema offers the
 * keys of the presets for completion and still allows any other (custom) key.
 */
export const LevelKeySchema = describedNew(
  z.string().check(z.regex(ID_PATTERN, { message: 'an id may only hold letters, digits, ".", "_" and "-"' })),
  'Kunci level dari skema level, mis. "goal", "output". / Level key from the level scheme, e.g. "goal", "output".',
);

/** One result (kinerja) in the tree. */
export const ResultSchema = describedNew(
  z.strictObject({
    id: described(IdSchema, 'Id unik hasil. / Unique id of the result.'),
    level: LevelKeySchema,
    statement: described(Text, 'Pernyataan kinerja, mis. "Meningkatnya Kinerja ASN". / The result statement.'),
    parent: describedNew(
      z.optional(z.nullable(ResultRefSchema)),
      'Id induk utama (boleh "id-dokumen#id"); null atau kosong untuk akar. / Id of the primary parent; null or omitted for a root.',
    ),
    contributesTo: describedNew(
      z.optional(z.array(z.union([ResultRefSchema, ContributionSchema]))),
      'Crosscutting: induk lain yang didukung. / Crosscutting: further parents.',
    ),
    previous: describedNew(
      z.optional(ResultRefSchema),
      'Hasil versi sebelumnya yang dilanjutkan, mis. "bkpsdm-2025#OP07". / The result of an earlier version this one continues.',
    ),
    indicators: describedNew(z.optional(z.array(IndicatorSchema)), 'Indikator kinerja (IK). / Performance indicators.'),
    owner: z.optional(OwnerSchema),
    budget: z.optional(BudgetSchema),
    notes: optionalText('Catatan bebas. / Free text.'),
  }),
  'Satu hasil (kinerja) dalam pohon. / One result of the tree.',
);

/** The name of a preset level scheme in `levels` (the JSON Schema lists the presets). */
const LevelsNameSchema = describedNew(z.string().check(z.minLength(1)), 'Nama skema level bawaan. / Name of a preset level scheme.');

/** A pokin document, format version 1. */
export const DocumentSchema = describedNew(
  z.strictObject({
    pokin: describedNew(z.literal(1), 'Versi format; 1. / Format version; 1.'),
    id: z.optional(DocumentIdSchema),
    title: described(Text, 'Judul pohon kinerja. / Title of the tree.'),
    agency: z.optional(AgencySchema),
    period: z.optional(PeriodSchema),
    levels: describedNew(
      z.optional(z.union([LevelsNameSchema, z.array(LevelSchema).check(z.minLength(1))])),
      'Nama skema bawaan ("permenpan-89", "renstra") atau daftar level, dari atas. / A preset name or an inline list of levels, top first.',
    ),
    signatory: z.optional(SignatorySchema),
    context: z.optional(ContextSchema),
    csf: describedNew(z.optional(z.array(CsfSchema)), 'Langkah 2, critical success factors. / Step 2.'),
    results: describedNew(
      z.array(ResultSchema).check(z.minLength(1, { message: 'a document needs at least one result' })),
      'Hasil-hasil (kinerja) pohon. / The results of the tree.',
    ),
  }),
  'Dokumen pokin: pohon kinerja / cascading kinerja, format versi 1. / A pokin document, format version 1.',
);

/** The top-level keys of a document in their canonical order (the order of {@link DocumentSchema}). */
export const DOCUMENT_KEYS: readonly string[] = Object.freeze(Object.keys(DocumentSchema.shape));

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
/** Who signs the printed tables. */
export type Signatory = z.output<typeof SignatorySchema>;
/** Langkah 1 context. */
export type Context = z.output<typeof ContextSchema>;
/** One critical success factor (Langkah 2). */
export type Csf = z.output<typeof CsfSchema>;
/** Owner of a result or an indicator. */
export type Owner = z.output<typeof OwnerSchema>;
/** Kind of position (jenis jabatan) of an owner. */
export type PositionType = z.output<typeof PositionTypeSchema>;
/** Budget codes of a result. */
export type Budget = z.output<typeof BudgetSchema>;
/** A target or baseline value. */
export type Value = z.output<typeof ValueSchema>;
/** The realisation of one year: a value, or the quarters or months so far. */
export type Realisation = z.output<typeof RealisationSchema>;
/** Notes on one year's realisation. */
export type RealisationNote = z.output<typeof RealisationNoteSchema>;
/** How the periods of a year make the year's value. */
export type YearValue = z.output<typeof YearValueSchema>;
/** A `contributesTo` entry as written: a reference, or `{ to, status, reason }`. */
export type ContributionDocument = z.input<typeof ContributionSchema> | string;

/** The preset level keys, each once, with the label and tier that an editor shows beside it. */
function presetLevelChoices(): Record<string, unknown>[] {
  const seen = new Map<string, Record<string, unknown>>();
  for (const [preset, scheme] of Object.entries(LEVEL_PRESETS)) {
    for (const l of scheme) {
      const tier = TIER_LABELS[l.tier];
      const text = `${l.label.id}: ${tier.id} (${preset}). / ${l.label.en}: ${tier.en} (${preset}).`;
      if (!seen.has(l.key)) seen.set(l.key, { const: l.key, description: text });
    }
  }
  return [...seen.values()];
}

/**
 * Editor help the zod schema cannot say: `results[].level` offers the preset level keys (a custom
 * key still passes), and a `levels` name offers the preset names.
 */
function editorHints(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  if (ctx.zodSchema === LevelKeySchema) {
    const { description, ...custom } = ctx.jsonSchema;
    for (const k of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[k];
    Object.assign(ctx.jsonSchema, { description, anyOf: [...presetLevelChoices(), custom] });
  } else if (ctx.zodSchema === LevelsNameSchema) {
    ctx.jsonSchema.enum = Object.keys(LEVEL_PRESETS);
  }
}

/** The JSON Schema of the document format, generated from {@link DocumentSchema}. */
export function documentJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DocumentSchema, { target: 'draft-2020-12', unrepresentable: 'any', override: editorHints });
  return {
    ...schema,
    $id: 'https://pokin.dev/schema/v1.json',
    title: 'pokin document, format version 1',
  };
}
