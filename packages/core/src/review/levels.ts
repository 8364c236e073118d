/**
 * What the review makes of each level of a scheme: its role (outcome, output, Renstra
 * nomenclature ...), whether branches end there, its tier and its label.
 *
 * @module
 */
import type { Level, LevelScheme } from '../levels.js';
import type { LevelRole, LevelView } from './api.js';

/** Roles of the known level keys (PermenPAN-RB 89/2021 and Renstra). */
const KNOWN: Readonly<Record<string, LevelRole>> = {
  goal: 'outcome',
  'ultimate-outcome': 'outcome',
  'intermediate-outcome': 'outcome',
  'immediate-outcome': 'outcome',
  outcome: 'outcome',
  output: 'output',
  tujuan: 'outcome',
  sasaran: 'outcome',
  program: 'program',
  kegiatan: 'kegiatan',
  'sub-kegiatan': 'sub-kegiatan',
};

const OUTPUT_WORDS = /output|keluaran/;
const SUB_ACTIVITY = /sub[ ._-]?kegiatan|sub[ ._-]?activit/;
const ACTIVITY = /kegiatan|activit/;
const PROGRAM = /program/;
/** Words of a level that names what is aimed at ("Sasaran Kegiatan"), not a name from the nomenclature. */
const AIMED_AT = /sasaran|objective/;
const OUTCOME_WORDS = /outcome|hasil|tujuan|sasaran|goal|impact|dampak|objective/;

/** The role of a level: known keys first, then the words of its key and labels, then its tier. */
export function levelRole(l: Level): LevelRole {
  const known = Object.hasOwn(KNOWN, l.key) ? KNOWN[l.key] : undefined;
  if (known !== undefined) return known;
  // Keys and labels are short names; cut them so the patterns never see a long text.
  const text = `${l.key} ${l.label.id} ${l.label.en}`.slice(0, 400).toLowerCase();
  if (OUTPUT_WORDS.test(text)) return 'output';
  if (SUB_ACTIVITY.test(text)) return 'sub-kegiatan';
  // "Sasaran Program", "Sasaran Kegiatan" (a ministry's or agency's Renstra and PK): the condition a
  // program or an activity reaches, not its name from the nomenclature.
  if (AIMED_AT.test(text) && (ACTIVITY.test(text) || PROGRAM.test(text))) return 'outcome';
  if (ACTIVITY.test(text)) return 'kegiatan';
  if (PROGRAM.test(text)) return 'program';
  if (OUTCOME_WORDS.test(text)) return 'outcome';
  if (l.tier === 'strategis' || l.tier === 'urusan') return 'outcome';
  return 'other';
}

/** The review's view of every level of a scheme. */
export function levelViews(levels: LevelScheme): LevelView[] {
  const out: LevelView[] = levels.map((level, rank) => {
    const role = levelRole(level);
    return { level, rank, tier: level.tier, role, leaf: role === 'output' || role === 'sub-kegiatan', label: level.label };
  });
  if (!out.some((v) => v.leaf) && out.length > 0) out[out.length - 1] = { ...out[out.length - 1]!, leaf: true };
  return out;
}
