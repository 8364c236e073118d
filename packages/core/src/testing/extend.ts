/**
 * The optional keys of the second round (a document `id` and `signatory`, crosscutting statuses,
 * `previous`, owners with a position type, name and NIP, indicators with realisations through the
 * year, notes, the indicator manual and the IKU flag) added to a generated document, for
 * `generateDocument({ extended: true })`. A pass of its own with its own random sequence, so the
 * default documents stay exactly as they were.
 *
 * @module
 */
import type { CascadeDocument, Indicator, PositionType, Realisation, ResultDocument } from '../schema.js';
import { DEFAULT_LEVEL_PRESET, LEVEL_PRESETS, TIERS, isLevelPresetName } from '../levels.js';
import { mulberry32, type Random } from './random.js';

/** Position type per tier (strategis, urusan, taktis, operasional). */
const POSITION_TYPE_BY_TIER: readonly PositionType[] = ['jpt-pratama', 'administrator', 'pengawas', 'fungsional'];
const STATUSES = ['diusulkan', 'disetujui', 'ditolak'] as const;
const NAMES = ['Siti Rahmawati', 'Budi Santoso', 'Dewi Lestari', 'Agus Setiawan', 'Rina Marlina', 'Hendra Gunawan'];

/** A NIP-like number of 18 digits: birth date, appointment month, sex, serial. */
function nip(rng: Random): string {
  const birth = `19${60 + rng.int(40)}${String(1 + rng.int(12)).padStart(2, '0')}${String(1 + rng.int(28)).padStart(2, '0')}`;
  const start = `20${String(rng.int(20)).padStart(2, '0')}${String(1 + rng.int(12)).padStart(2, '0')}`;
  return `${birth}${start}${1 + rng.int(2)}${String(1 + rng.int(999)).padStart(3, '0')}`;
}

/** Quarterly realisations of the first year, up to `quarters`, from the indicator's own target. */
function realisationsOf(ind: Indicator, year: string, quarters: number, rng: Random): Record<string, Realisation> | undefined {
  const target = ind.targets?.[year];
  if (typeof target !== 'number') return undefined;
  const periods: Record<string, number> = {};
  for (let q = 1; q <= quarters; q++) periods[`q${q}`] = Math.round(target * (0.85 + rng.next() * 0.25) * 100) / 100;
  return { [year]: periods };
}

function extendIndicator(ind: Indicator, tier: number, year: string, rng: Random, k: number): Indicator {
  const quarters = 1 + rng.int(4);
  const realisations = realisationsOf(ind, year, quarters, rng);
  const out: Indicator = { ...ind };
  if (k === 0 && tier <= 1) out.iku = true;
  if (realisations !== undefined) {
    out.realisations = realisations;
    if (ind.unit === 'Orang' || ind.unit === 'Dokumen' || ind.unit === 'Laporan') out.yearValue = 'sum';
    if (rng.chance(0.3)) {
      out.realisationNotes = {
        [year]: {
          supportingFactors: 'Dukungan pimpinan dan koordinasi antarbidang',
          inhibitingFactors: 'Keterbatasan anggaran',
          followUp: 'Optimalisasi sumber daya',
        },
      };
    }
  }
  if (out.iku === true) {
    out.definition = `Mengukur ${ind.statement.toLowerCase()}`;
    out.formula = ind.unit === '%' ? '(realisasi / sasaran) x 100%' : 'Hasil pengukuran tahunan';
    out.dataSource = 'Laporan kinerja perangkat daerah';
    out.dataProvider = 'Sub Bagian Perencanaan';
    out.frequency = 'triwulanan';
  }
  return out;
}

/**
 * Adds the second-round keys to a generated document, in their canonical form, deterministically
 * from `seed`. Every document stays valid: only crosscutting links that exist get a status.
 */
export function extendDocument(doc: CascadeDocument, seed: number): CascadeDocument {
  const rng = mulberry32((seed ^ 0x5eed2) >>> 0);
  const year = String(doc.period?.start ?? 2025);
  const scheme =
    typeof doc.levels === 'string' && isLevelPresetName(doc.levels)
      ? LEVEL_PRESETS[doc.levels]
      : Array.isArray(doc.levels)
        ? doc.levels
        : LEVEL_PRESETS[DEFAULT_LEVEL_PRESET];
  const tiers = new Map(scheme.map((l) => [l.key, TIERS.indexOf(l.tier)]));
  const tierOf = (r: ResultDocument): number => tiers.get(r.level) ?? 3;
  const results = doc.results.map((r) => {
    const tier = tierOf(r);
    const out: ResultDocument = { ...r };
    if (r.contributesTo !== undefined) {
      out.contributesTo = r.contributesTo.map((to) => {
        const status = STATUSES[rng.int(STATUSES.length)]!;
        const ref = typeof to === 'string' ? to : to.to;
        return status === 'ditolak' ? { to: ref, status, reason: 'Di luar tugas dan fungsi' } : { to: ref, status };
      });
    }
    if (rng.chance(0.5)) out.previous = `sintetis-${Number(year) - 1}#${r.id}`;
    if (r.owner !== undefined) {
      out.owner = { ...r.owner, positionType: POSITION_TYPE_BY_TIER[tier]!, name: NAMES[rng.int(NAMES.length)]!, nip: nip(rng) };
    }
    if (r.indicators !== undefined) out.indicators = r.indicators.map((ind, k) => extendIndicator(ind, tier, year, rng, k));
    // Keys in the canonical order: previous after contributesTo, before indicators.
    const { id, level, statement, parent, contributesTo, previous, indicators, owner, budget, notes } = out;
    const ordered: Record<string, unknown> = { id, level, statement, parent, contributesTo, previous, indicators, owner, budget, notes };
    for (const k of Object.keys(ordered)) if (ordered[k] === undefined) delete ordered[k];
    return ordered as unknown as ResultDocument;
  });
  const { pokin, title, agency, period, levels, context, csf } = doc;
  const out: Record<string, unknown> = {
    pokin,
    id: `sintetis-${year}`,
    title,
    agency,
    period,
    levels,
    signatory: {
      place: 'Kota Sintetis',
      date: `31 Desember ${year}`,
      name: NAMES[rng.int(NAMES.length)]!,
      position: 'Kepala Badan',
      nip: nip(rng),
    },
    context,
    csf,
    results,
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as unknown as CascadeDocument;
}
