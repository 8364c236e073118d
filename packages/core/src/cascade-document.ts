/**
 * The canonical document of a cascade ({@link Cascade.toDocument}): what `parseCascade` reads
 * back to the same cascade.
 *
 * @module
 */
import { copyFlat, resultToDocument } from './document.js';
import { DEFAULT_LEVEL_PRESET, LEVEL_PRESETS, type LevelScheme } from './levels.js';
import type { CascadeMeta, ResultRecord } from './result.js';
import type { CascadeDocument, Context, ResultDocument } from './schema.js';

/**
 * The canonical document of a cascade's meta, levels and records. Defaults are left out, and so
 * are empty objects; `levels` is kept as the document wrote it (see {@link levelsOfDocument}).
 */
export function cascadeDocument(m: CascadeMeta, levelScheme: LevelScheme, records: readonly ResultRecord[]): CascadeDocument {
  // Keys in the order of the format, `results` last, so a YAML dump reads top-down.
  const doc = (m.id === undefined ? { pokin: 1, title: m.title } : { pokin: 1, id: m.id, title: m.title }) as CascadeDocument;
  if (m.agency !== undefined) doc.agency = { ...m.agency };
  if (m.period !== undefined) doc.period = { ...m.period };
  const levels = levelsOfDocument(m.levelsSpec, levelScheme);
  if (levels !== undefined) doc.levels = typeof levels === 'string' ? levels : levels.map((l) => ({ ...l, label: { ...l.label } }));
  const signatory = m.signatory === undefined ? undefined : copyFlat(m.signatory);
  if (signatory !== undefined) doc.signatory = signatory;
  if (m.context !== undefined) doc.context = cloneContext(m.context);
  if (m.csf !== undefined) doc.csf = m.csf.map((c) => ({ ...c }));
  const results: ResultDocument[] = new Array<ResultDocument>(records.length);
  for (let i = 0; i < records.length; i++) results[i] = resultToDocument(records[i]!);
  doc.results = results;
  return doc;
}

function cloneContext(c: Readonly<Context>): Context {
  const out: Context = {};
  if (c.mandate !== undefined) out.mandate = c.mandate;
  if (c.strategicIssues !== undefined) out.strategicIssues = [...c.strategicIssues];
  if (c.expectations !== undefined) out.expectations = [...c.expectations];
  if (c.outcome !== undefined) out.outcome = c.outcome;
  return out;
}

/**
 * The `levels` of the canonical document: as the document wrote it; when it wrote none, nothing
 * for the default preset, else the scheme given to `parseCascade` as its `levels` option (a
 * preset's name, or the list), so that the document reads back to the same cascade on its own.
 */
function levelsOfDocument(spec: string | LevelScheme | undefined, levels: LevelScheme): string | LevelScheme | undefined {
  if (spec !== undefined) return spec;
  for (const [name, preset] of Object.entries(LEVEL_PRESETS))
    if (preset === levels) return name === DEFAULT_LEVEL_PRESET ? undefined : name;
  return levels;
}
