// The browser bundle from the built packages, as an app that installs them from npm gets it:
// esbuild resolves `@pokin/*` through each package's `exports` to its `dist/`. It is larger than
// the bundle of the sources (`size.test.ts`): core ships as a few chunks (zod bundled in, for
// Node's start-up), so an app's bundler can no longer drop a whole unused module of core, only
// unused functions. docs/embedding.md states both sizes; docs/decisions.md says why.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundle as bundleFrom, kb, overBudget } from './measure.js';

/**
 * Budgets in bytes (KB = 1,000 bytes), minified and gzipped: measured 378.9 KB / 121.7 KB and
 * 422.1 KB / 136.1 KB when set; 380.2 KB / 122.1 KB and 423.6 KB / 136.6 KB with round 18's checks at
 * the door (`assertCascade`, plug-in rules' `meta`, objects that are not plain data, a viewer's view);
 * 380.3 KB / 122.2 KB and 423.8 KB / 136.7 KB with its capaian, diff and review fixes; 391.1 KB /
 * 125.7 KB and 434.5 KB / 140.2 KB with round 19's rules, plug-in errors (`RuleError`) and fixes;
 * 391.5 KB / 125.8 KB and 435.1 KB / 140.4 KB at its end; 392.5 KB / 126.1 KB and 436.1 KB / 140.8 KB
 * with the faster SVG serializer (pieces joined in an array, one `.add` each); 393.5 KB / 126.5 KB and
 * 437.1 KB / 141.1 KB with `pokin diff`'s crosscutting rows (the diff's labels and link kinds are in
 * core's shared chunk) and round 20's fixes; 437.3 KB / 141.1 KB (viewer) with round 22's pane for
 * the pan (a drag no longer lays out every text); 437.6 KB / 141.2 KB with its zoom that draws at the
 * new scale once it stops; 438.6 KB / 141.6 KB with its drawing of the boxes near the view only (500
 * boxes or more); 394.9 KB / 126.9 KB and 440.0 KB / 142.0 KB with round 23's rule checks from
 * agencies' trees and the hint for a comma in a YAML flow mapping; 395.0 KB / 127.0 KB and 440.1 KB /
 * 142.1 KB with its direction words ("tanpa", errors) and the data of people; 395.2 KB / 127.0 KB and
 * 440.2 KB / 142.1 KB with a satisfaction survey's top grade in flat-target; 395.5 KB / 127.1 KB and
 * 440.5 KB / 142.2 KB with how to mend a skipped level that is not optional; 396.9 KB / 127.7 KB and
 * 442.0 KB / 142.8 KB with the review fixes from eleven more agency types' trees; 400.8 KB / 129.1 KB
 * and 445.9 KB / 144.2 KB with round 24's review fixes from Pemda and sixteen more agency types' trees;
 * 401.5 KB / 129.3 KB and 446.6 KB / 144.5 KB with its fixes from central and vertical units' trees and
 * the results table's headers and errors; 401.9 KB / 129.4 KB and 446.9 KB / 144.6 KB with its messages
 * quoting a statement's parts as written; 402.7 KB / 129.8 KB and 447.7 KB / 144.9 KB with the review
 * fixes from eight more agency types' trees; 403.7 KB / 130.2 KB and 448.7 KB / 145.3 KB with those
 * from seven provincial and kabupaten types; 405.9 KB / 130.8 KB and 451.0 KB / 145.9 KB with output
 * measures at outcome levels and near-copies in the fuzzy keys; 406.2 KB / 130.9 KB and 451.2 KB /
 * 146.0 KB with more measures made once a year; 409.1 KB / 131.7 KB and 454.1 KB / 146.9 KB with
 * five review misses (areas handled at an outcome, a yearly survey stated in a definition, a narrower
 * measure with its parent's targets, a direction against its result's, one shared word of two names);
 * 410.4 KB / 132.1 KB and 455.4 KB / 147.3 KB with round 26's fixes from sixteen more agency types'
 * trees, a statement's part quoted with its punctuation and realisation-period-missing said once;
 * 410.5 KB / 132.2 KB and 455.6 KB / 147.3 KB with visits made by an agency's officers as activities;
 * 410.9 KB / 132.3 KB and 456.0 KB / 147.4 KB with the review fixes from eight vertical agency types' trees;
 * 413.0 KB / 132.9 KB and 458.1 KB / 148.1 KB with round 27's other review fixes (the Setda, UPT and RSUD
 * provinsi trees, "Operasi dan Pemeliharaan ...", objections to a tender, a zero target met, an activity done);
 * 416.0 KB / 133.9 KB and 461.1 KB / 149.0 KB with its last fixes (units of another dimension, a band
 * missed, the provincial and vertical offices' trees); 421.4 KB / 135.6 KB and 466.5 KB / 150.7 KB with
 * round 28's rule input-indicator, achievement-too-high's events and the fixes from 24 more agency types' trees;
 * 423.1 KB / 136.3 KB and 468.2 KB / 151.4 KB with the fixes from its 24 further trees;
 * 424.1 KB / 136.6 KB and 469.1 KB / 151.8 KB with round 29's review speed work (fewer facts per node);
 * 425.5 KB / 137.1 KB and 470.5 KB / 152.2 KB with the fixes from its 24 agency types' trees;
 * 426.9 KB / 137.6 KB and 472.0 KB / 152.8 KB with those from its 24 further trees;
 * 427.2 KB / 137.7 KB and 472.3 KB / 152.9 KB with those from its last 18 trees.
 */
/** How the message of a budget that fails says to measure it. */
const MEASURE = 'pnpm build && npx vitest run --project slow test/bundle/dist-size.test.ts';

const BUDGETS = {
  svg: { min: 427_300, gzip: 137_800 },
  viewer: { min: 472_400, gzip: 153_000 },
};

/** The viewer's folder: its `node_modules` links core and svg, as an app's would. */
const APP = fileURLToPath(new URL('../../packages/viewer/', import.meta.url));

/** A bundle of the built packages, as an app resolves them. */
const bundle = (contents: string) => bundleFrom(contents, APP);

describe('browser bundle size from the built packages', () => {
  it('parseCascade + review + renderSvg', async () => {
    const b = await bundle(`export { parseCascade, review } from '@pokin/core'; export { renderSvg } from '@pokin/svg';`);
    console.log(`core + svg (dist): ${kb(b.min)} minified, ${kb(b.gzip)} gzipped`);
    // What an app installs: the packages' builds, not their sources.
    expect(Object.keys(b.inputs).some((f) => /packages\/core\/dist\//.test(f))).toBe(true);
    expect(Object.keys(b.inputs).filter((f) => /packages\/[a-z]+\/src\//.test(f))).toEqual([]);
    expect(b.min, overBudget('core + svg (dist) minified', 'test/bundle/dist-size.test.ts', MEASURE)).toBeLessThanOrEqual(BUDGETS.svg.min);
    expect(b.gzip, overBudget('core + svg (dist) gzipped', 'test/bundle/dist-size.test.ts', MEASURE)).toBeLessThanOrEqual(BUDGETS.svg.gzip);
  });

  it('parseCascade + mount', async () => {
    const b = await bundle(`export { parseCascade } from '@pokin/core'; export { mount } from '@pokin/viewer';`);
    console.log(`core + viewer (dist): ${kb(b.min)} minified, ${kb(b.gzip)} gzipped`);
    expect(b.min, overBudget('core + viewer (dist) minified', 'test/bundle/dist-size.test.ts', MEASURE)).toBeLessThanOrEqual(
      BUDGETS.viewer.min,
    );
    expect(b.gzip, overBudget('core + viewer (dist) gzipped', 'test/bundle/dist-size.test.ts', MEASURE)).toBeLessThanOrEqual(
      BUDGETS.viewer.gzip,
    );
  });
});
