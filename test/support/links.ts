/**
 * Documents whose crosscutting entries (`contributesTo`) are written every way the format allows:
 * a bare reference, or `{ to, status, reason }` with a status in Indonesian or English and a
 * reason or none; with references to other documents added. The documents of
 * {@link validDocumentArbitrary} in the common shape (no realisations), so that the diff's fast
 * reader reads them too; and pairs of one tree with its entries written two ways, for the diff.
 *
 * @module
 */
import fc from 'fast-check';
import { CONTRIBUTION_STATUSES, type CascadeDocument, type ContributionDocument } from '@pokin/core';
import { validDocumentArbitrary } from './arbitraries.js';

/** How one entry is written: a bare reference, or an object with a status, a reason, both or neither. */
interface Form {
  readonly object: boolean;
  readonly status: (typeof CONTRIBUTION_STATUSES)[number] | undefined;
  readonly reason: string | undefined;
}

const form: fc.Arbitrary<Form> = fc.record({
  object: fc.boolean(),
  status: fc.option(fc.constantFrom(...CONTRIBUTION_STATUSES), { nil: undefined }),
  reason: fc.option(fc.constantFrom('', 'Bukan tugas dan fungsinya', 'Sesuai "Renstra"'), { nil: undefined }),
});

/** References to other documents (never resolved within one document). */
const external = fc.constantFrom('pemda-2026#S1', 'pemda-2026#S2', 'dinkes#IM3');

function write(to: string, f: Form): ContributionDocument {
  if (!f.object) return to;
  return { to, ...(f.status === undefined ? {} : { status: f.status }), ...(f.reason === undefined ? {} : { reason: f.reason }) };
}

/** The forms to write each result's entries in: one per entry, then the references to other documents added. */
type Forms = readonly { readonly forms: readonly Form[]; readonly external: readonly { to: string; form: Form }[] }[];

function formsFor(doc: CascadeDocument): fc.Arbitrary<Forms> {
  return fc.tuple(
    ...doc.results.map((r) => {
      const n = (r.contributesTo ?? []).length;
      return fc.record({
        forms: fc.array(form, { minLength: n, maxLength: n }),
        external: fc.array(fc.record({ to: external, form }), { maxLength: 1 }),
      });
    }),
  );
}

function apply(doc: CascadeDocument, forms: Forms): CascadeDocument {
  return {
    ...doc,
    results: doc.results.map((r, i) => {
      const f = forms[i]!;
      const entries = [
        ...(r.contributesTo ?? []).map((c, k) => write(typeof c === 'string' ? c : c.to, f.forms[k]!)),
        ...f.external.map((e) => write(e.to, e.form)),
      ];
      const { contributesTo: _, ...rest } = r;
      return entries.length === 0 ? rest : { ...rest, contributesTo: entries };
    }),
  };
}

/** Documents in the common shape whose crosscutting entries are written in any of the format's forms. */
export function linkedDocumentArbitrary(): fc.Arbitrary<CascadeDocument> {
  return validDocumentArbitrary({ extras: false }).chain((doc) => formsFor(doc).map((f) => apply(doc, f)));
}
/** One tree twice, its crosscutting entries written (statuses, references to other documents) independently each time. */
export function linkVariantsArbitrary(): fc.Arbitrary<readonly [CascadeDocument, CascadeDocument]> {
  return validDocumentArbitrary({ extras: false }).chain((doc) =>
    fc.tuple(formsFor(doc), formsFor(doc)).map(([a, b]) => [apply(doc, a), apply(doc, b)] as const),
  );
}
