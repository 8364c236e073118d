/**
 * The document's `signatory` as the signature block prints it: present when it names a person or
 * a position.
 *
 * @module
 */
import type { Cascade, Signatory } from '@pokin/core';

const given = (v: string | undefined): string | undefined => (v !== undefined && v.trim() !== '' ? v : undefined);

/** The cascade's signatory, or undefined when it has none (or none with a name or position). */
export function signatoryOf(cascade: Cascade): Signatory | undefined {
  const s = cascade.signatory;
  if (s === undefined) return undefined;
  const out: Signatory = {
    place: given(s.place),
    date: given(s.date),
    name: given(s.name),
    position: given(s.position),
    nip: given(s.nip),
  };
  return out.name === undefined && out.position === undefined ? undefined : out;
}
