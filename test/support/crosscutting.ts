/**
 * The smallest tree with a crosscutting link, for the tests of how each output treats a link's
 * status (SVG, PDF, CSV, viewer): A above B and C, D under B contributing to C as `link` says.
 */
type Link = string | { readonly to: string; readonly status?: string; readonly reason?: string };

/** The document (plain data, for `parseCascade` or the viewer); `more` results are added after D. */
export function linkedTree(links: readonly Link[], more: readonly Record<string, unknown>[] = []) {
  return {
    pokin: 1,
    title: 'T',
    results: [
      { id: 'A', level: 'goal', statement: 'Meningkatnya A' },
      { id: 'B', level: 'ultimate-outcome', parent: 'A', statement: 'Meningkatnya B' },
      { id: 'C', level: 'ultimate-outcome', parent: 'A', statement: 'Meningkatnya C' },
      { id: 'D', level: 'intermediate-outcome', parent: 'B', statement: 'Meningkatnya D', contributesTo: links },
      ...more,
    ],
  };
}
