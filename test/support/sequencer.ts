/**
 * The order in which `vitest run` hands the test files to its workers: the longest first, the
 * many short ones last. On a fresh clone vitest has no timings yet and would keep the glob order,
 * which left the two longest slow files (the docs site's typedoc build and the bench) to start
 * near the end, with one core busy and the other idle until they finished. Longest first, the
 * short quick files fill the gaps at the end instead.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The slow files by CPU time, longest first (measured on 2026-12-05: typedoc ~90 s, the bench
 * ~45 s, packing and installing the release ~40 s, the PDF checks ~25 s). Packaging's lint suite
 * waits for the install suite's tarballs, so it comes a few places later.
 */
const LONGEST = [
  'test/docs/site.test.ts',
  'bench/bench.test.ts',
  'test/packaging/install.test.ts',
  'packages/pdf/test/generated.test.ts',
  'packages/html/test/validation.test.ts',
  'test/packaging/lint.test.ts',
];

const rank = (spec: TestSpecification): number => {
  const i = LONGEST.findIndex((f) => spec.moduleId.endsWith(`/${f}`));
  if (i >= 0) return i;
  // Then the rest of the slow project (each file spends seconds in a client), then the quick one.
  return spec.project.name === 'slow' ? LONGEST.length : LONGEST.length + 1;
};

/** vitest's own order (cached timings when it has them), with the longest files moved first. */
export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return sorted
      .map((spec, i) => ({ spec, i, r: rank(spec) }))
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .map((x) => x.spec);
  }
}
