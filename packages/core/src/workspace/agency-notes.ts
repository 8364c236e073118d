/**
 * The agency of each box of a workspace's combined tree: a perangkat daerah's results carry its
 * name (its `agency.code` when it has one), the Pemda's carry none; and the agency each result
 * belongs to (the document's), for telling apart the results an owner of another agency holds.
 *
 * @module
 */
import type { Locale } from '../renderer.js';
import type { Agency } from '../schema.js';
import type { ResultRecord } from '../result.js';
import type { Workspace } from './workspace.js';

/**
 * A `boxNote` for the combined tree of a workspace (`layoutCascade`, `renderSvg`): the line
 * "Perangkat daerah: Dinas Kesehatan" / "Agency: Dinas Kesehatan" under each result of an agency's
 * document (its `agency.code`, else its `agency.name`, else its title); nothing under the Pemda's.
 */
export function agencyNotes(ws: Workspace, locale: Locale = 'id'): (result: ResultRecord) => { readonly text: string } | undefined {
  const word = locale === 'en' ? 'Agency' : 'Perangkat daerah';
  const notes = new Map<string, { readonly text: string }>();
  for (const d of ws.documents) {
    if (d.pemda) continue;
    const agency = d.cascade.agency;
    const name = agency?.code?.trim() || agency?.name.trim() || d.cascade.title;
    notes.set(d.id, { text: `${word}: ${name}` });
  }
  return (r) => {
    const hash = r.id.indexOf('#');
    return hash < 0 ? undefined : notes.get(r.id.slice(0, hash));
  };
}

/**
 * The agency each result of a workspace's combined tree belongs to: the agency of the document it
 * comes from (its title when it names none, as the combined owners do), for `renderSvg`'s
 * `resultAgency`. A result's owner then counts as another agency's only when it names a different
 * agency than its own document, not whenever it differs from the Pemda's.
 */
export function resultAgencies(ws: Workspace): (result: ResultRecord) => Readonly<Agency> | undefined {
  const agencies = new Map<string, Readonly<Agency>>();
  for (const d of ws.documents) agencies.set(d.id, d.cascade.agency ?? { name: d.cascade.title });
  return (r) => {
    const hash = r.id.indexOf('#');
    return hash < 0 ? undefined : agencies.get(r.id.slice(0, hash));
  };
}
