/**
 * The graphology view of a cascade ({@link Cascade.graph}), built from its links on first use.
 *
 * @module
 */
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { CascadeStore } from './cascade-links.js';
import type { ResultRecord } from './result.js';

/** Edge attributes of the graphology graph: `primary` for `parent`, `crosscutting` for `contributesTo`. */
export interface CascadeEdgeAttributes {
  /** Which field made this edge. */
  readonly kind: 'primary' | 'crosscutting';
}

/** The graph a {@link Cascade} exposes: nodes are result ids (attributes: the record), edges run parent to child. */
export type CascadeGraph = AbstractGraph<ResultRecord, CascadeEdgeAttributes>;

/** A node per result (attributes: the record), an edge from each parent to its child (attribute `kind`). */
export function graphOf(store: CascadeStore): CascadeGraph {
  const { records, links } = store;
  const g: CascadeGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  for (const r of records) g.addNode(r.id, r);
  for (let i = 0; i < records.length; i++) {
    const id = records[i]!.id;
    for (let j = links.upStart[i]!; j < links.upStart[i + 1]!; j++) {
      const p = links.ups[j]!;
      g.addDirectedEdge(records[p]!.id, id, { kind: p === links.parentOf[i] ? 'primary' : 'crosscutting' });
    }
  }
  return g;
}
