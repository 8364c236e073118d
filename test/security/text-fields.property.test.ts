/**
 * Adversarial text in every text field, as fast-check generates it: long runs of spaces, dots,
 * separators, combining marks, bidi controls and NUL, alone or after a digit. Parsing, the
 * review, every renderer (SVG, HTML, CSV in both shapes) and the CSV round trip must each finish
 * within the budget: work linear in the text, never quadratic.
 *
 * Runs in-process on the packages' sources; CPU time per document, so a loaded machine does not
 * fail it. Cases that still fail in other areas are listed in /work/wt/security-findings.md and
 * kept out below (see `KNOWN`), each named, until fixed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { review, safeParseCascade, type CascadeDocument } from '@pokin/core';
import { parseCsv, renderCsv } from '@pokin/csv';
import { renderHtml } from '@pokin/html';
import { renderSvg } from '@pokin/svg';
import { run } from '@pokin/cli';
import { stringify } from 'yaml';
import { textArbitrary, validDocumentArbitrary } from '../support/arbitraries.js';
import { BUDGET } from './budget.js';

/** Length of the long runs. Quadratic work at 50,000 takes seconds; linear work milliseconds. */
const RUN = 50_000;

/** What a long run is made of. */
const UNITS = [
  ' ',
  '.',
  ',',
  ';',
  '/',
  '-',
  '\t',
  '  .',
  '\u00a0',
  '\u0301',
  '\u202e',
  '\u2066',
  '\u200f',
  '\u0000',
  '=',
  '%',
  'a ',
] as const;

/**
 * Findings of other areas this test still meets, kept out of the generated strings until fixed
 * (each in /work/wt/security-findings.md): the predicate says whether a string would meet it.
 * None at the moment: the review's quadratic patterns were fixed before this test ran.
 */
const KNOWN: readonly { readonly finding: string; readonly meets: (s: string) => boolean }[] = [];

/** A long run of one unit, maybe after a digit or a letter and before an `x` or a `%`. */
export const adversarialString = (maxRun = RUN): fc.Arbitrary<string> =>
  fc
    .record({
      head: fc.constantFrom('', '1', 'a', '='),
      unit: fc.constantFrom(...UNITS),
      n: fc.integer({ min: Math.min(1000, maxRun), max: maxRun }),
      tail: fc.constantFrom('', 'x', '1', '%', ' '),
    })
    .map(({ head, unit, n, tail }) => `${head}${unit.repeat(Math.ceil(n / unit.length))}${tail}`)
    .map((s) => (s.trim() === '' ? `x${s}x` : s))
    .filter((s) => !KNOWN.some((k) => k.meets(s)));

const text = fc.oneof({ weight: 1, arbitrary: textArbitrary('unicode', 20) }, { weight: 1, arbitrary: adversarialString() });

/** CPU time of `work`, in ms. */
function cpu<T>(work: () => T): { value: T; ms: number } {
  const start = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
}

/** Every stage on one document; the CPU time of each. */
function stages(doc: CascadeDocument): Record<string, number> {
  const times: Record<string, number> = {};
  const parsed = cpu(() => safeParseCascade(doc));
  times.parse = parsed.ms;
  if (!parsed.value.success) return times;
  const cascade = parsed.value.data;
  times.review = cpu(() => review(cascade)).ms;
  times.svg = cpu(() => renderSvg(cascade)).ms;
  times.html = cpu(() => renderHtml(cascade)).ms;
  times.worksheet = cpu(() => renderCsv(cascade, { shape: 'worksheet' })).ms;
  const csv = cpu(() => renderCsv(cascade, { shape: 'results' }));
  times.csv = csv.ms;
  times.roundTrip = cpu(() => {
    try {
      return parseCsv(String(csv.value), { levels: doc.levels ?? cascade.levels.map((l) => ({ ...l })) });
    } catch {
      return undefined; // a refusal is an answer; only the time counts here
    }
  }).ms;
  return times;
}

/** `pokin review -` of the document as JSON or YAML, in-process: CPU time and exit code. */
async function cliReview(doc: CascadeDocument, format: 'json' | 'yaml'): Promise<{ ms: number; code: number; stderr: string }> {
  const stdin = format === 'json' ? JSON.stringify(doc) : stringify(doc);
  let stderr = '';
  const sink = { write: () => true };
  const start = process.cpuUsage();
  const code = await run(['review', '-', '--input-format', format, '--format', 'json'], {
    stdin,
    env: {},
    stdout: sink,
    stderr: { write: (chunk: string | Uint8Array) => ((stderr += String(chunk)), true) },
  });
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000, code, stderr };
}

describe('security: adversarial text in every field (fast-check)', () => {
  it('parse, review, SVG, HTML, CSV and the CSV round trip each finish within the budget', () => {
    fc.assert(
      fc.property(validDocumentArbitrary({ maxResults: 4, text }), (doc) => {
        const times = stages(doc);
        for (const [stage, ms] of Object.entries(times))
          expect(ms, `${stage}: ${Math.round(ms)} ms CPU (${JSON.stringify(times)})`).toBeLessThanOrEqual(BUDGET.cpuMs);
      }),
      { numRuns: Number(process.env.POKIN_PROPERTY_RUNS ?? 30) },
    );
  });

  it('pokin review of the same documents as JSON and YAML finishes within the budget, one line per problem', async () => {
    await fc.assert(
      fc.asyncProperty(
        validDocumentArbitrary({ maxResults: 4, text }),
        fc.constantFrom('json' as const, 'yaml' as const),
        async (doc, format) => {
          const r = await cliReview(doc, format);
          expect(r.ms, `${format}: ${Math.round(r.ms)} ms CPU; ${r.stderr.slice(0, 300)}`).toBeLessThanOrEqual(BUDGET.cpuMs);
          expect([0, 1, 2]).toContain(r.code);
          expect(r.stderr).not.toMatch(/unexpected error|\n\s+at /);
        },
      ),
      { numRuns: Number(process.env.POKIN_PROPERTY_RUNS ?? 30) },
    );
  });
});
