/**
 * Level schemes: the ordered levels of a tree, top first.
 *
 * @module
 */

/** The four groups of the Langkah 4 worksheet columns. */
export type Tier = 'strategis' | 'urusan' | 'taktis' | 'operasional';

/** All tiers, top first. */
export const TIERS: readonly Tier[] = Object.freeze(['strategis', 'urusan', 'taktis', 'operasional']);

/** Labels of the tiers as printed in the worksheet header. */
export const TIER_LABELS: Readonly<Record<Tier, { readonly id: string; readonly en: string }>> = Object.freeze({
  strategis: { id: 'Kinerja Strategis', en: 'Strategic Performance' },
  urusan: { id: 'Kinerja Urusan', en: 'Sectoral Performance' },
  taktis: { id: 'Kinerja Taktis', en: 'Tactical Performance' },
  operasional: { id: 'Kinerja Operasional', en: 'Operational Performance' },
});

/** One level of a scheme. */
export interface Level {
  /** Key used in `results[].level`. */
  readonly key: string;
  /** Label in Bahasa Indonesia (`id`) and English (`en`). */
  readonly label: { readonly id: string; readonly en: string };
  /** Worksheet tier the level belongs to. */
  readonly tier: Tier;
  /** When true, a child may skip this level. */
  readonly optional?: boolean;
}

/** An ordered list of levels, top first. */
export type LevelScheme = readonly Level[];

/** Names of the built-in level schemes. */
export type LevelPresetName = 'permenpan-89' | 'renstra';

const level = (key: string, id: string, en: string, tier: Tier, optional?: boolean): Level =>
  Object.freeze(optional ? { key, label: Object.freeze({ id, en }), tier, optional } : { key, label: Object.freeze({ id, en }), tier });

/** The PermenPAN-RB 89/2021 scheme, as in the Langkah 4 worksheet header. The default. */
export const PERMENPAN_89: LevelScheme = Object.freeze([
  level('goal', 'Goal / Ultimate Outcome', 'Goal / Ultimate Outcome', 'strategis'),
  level('ultimate-outcome', 'Ultimate Outcome', 'Ultimate Outcome', 'urusan'),
  level('intermediate-outcome', 'Intermediate Outcome', 'Intermediate Outcome', 'taktis'),
  level('immediate-outcome', 'Immediate Outcome', 'Immediate Outcome', 'taktis'),
  level('outcome', 'Outcome', 'Outcome', 'operasional', true),
  level('output', 'Output', 'Output', 'operasional'),
]);

/** The scheme Renstra documents cascade with: tujuan, sasaran, program, kegiatan, sub kegiatan. */
export const RENSTRA: LevelScheme = Object.freeze([
  level('tujuan', 'Tujuan', 'Goal', 'strategis'),
  level('sasaran', 'Sasaran', 'Objective', 'urusan'),
  level('program', 'Program', 'Program', 'taktis'),
  level('kegiatan', 'Kegiatan', 'Activity', 'operasional'),
  level('sub-kegiatan', 'Sub Kegiatan', 'Sub-activity', 'operasional'),
]);

/** The built-in schemes by name. */
export const LEVEL_PRESETS: Readonly<Record<LevelPresetName, LevelScheme>> = Object.freeze({
  'permenpan-89': PERMENPAN_89,
  renstra: RENSTRA,
});

/** The scheme used when a document names none. */
export const DEFAULT_LEVEL_PRESET: LevelPresetName = 'permenpan-89';

/** True when `name` is a built-in scheme name. */
export function isLevelPresetName(name: string): name is LevelPresetName {
  return Object.prototype.hasOwnProperty.call(LEVEL_PRESETS, name);
}
