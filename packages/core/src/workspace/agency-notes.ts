/**
 * The agency of each box of a workspace's combined tree: a perangkat daerah's results carry its
 * name (its `agency.code` when it has one), the Pemda's carry none.
 *
 * @module
 */
import type { Locale } from '../renderer.js';
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
