/**
 * `@pokin/core/graph`: a cascade as a [graphology](https://graphology.github.io) graph, for graph
 * algorithms. {@link toGraph} gives a node per result and an edge from each parent to its child.
 *
 * A subpath of its own, so `@pokin/core` does not load graphology for code that never asks for
 * the graph (the CLI's commands, the renderers).
 *
 * @packageDocumentation
 */
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { Cascade } from '../cascade.js';
import type { ResultRecord } from '../result.js';

/** Edge attributes of the graphology graph: `primary` for `parent`, `crosscutting` for `contributesTo`. */
export interface CascadeEdgeAttributes {
  /** Which field made this edge. */
  readonly kind: 'primary' | 'crosscutting';
}

/** The graph of a {@link Cascade}: nodes are result ids (attributes: the record), edges run parent to child. */
export type CascadeGraph = AbstractGraph<ResultRecord, CascadeEdgeAttributes>;

const graphs = new WeakMap<Cascade, CascadeGraph>();

/**
 * The graphology graph of a cascade: a node per result (attributes: the record), an edge from each
 * parent to its child (attribute `kind`). Built on the first call and kept: the same cascade gives
 * the same graph. Treat it as read-only; it is not the cascade's own storage, so changing it
 * changes nothing in the cascade.
 *
 * @example
 * ```ts
 * import { toGraph } from '@pokin/core/graph';
 * const graph = toGraph(parseCascade(doc));
 * graph.outDegree('S1'); // children of S1
 * ```
 */
export function toGraph(cascade: Cascade): CascadeGraph {
  let g = graphs.get(cascade);
  if (g === undefined) {
    g = graphOf(cascade);
    graphs.set(cascade, g);
  }
  return g;
}

// Only public methods of the cascade: this entry's CommonJS build has its own copy of `Cascade`.
function graphOf(cascade: Cascade): CascadeGraph {
  const g: CascadeGraph = new Graph({ type: 'directed', multi: false, allowSelfLoops: false });
  const records = cascade.results();
  for (const r of records) g.addNode(r.id, r);
  for (const r of records) {
    for (const p of cascade.parents(r.id)) g.addDirectedEdge(p.id, r.id, { kind: p.id === r.parent ? 'primary' : 'crosscutting' });
  }
  return g;
}
