/**
 * The document's `signatory` (DESIGN section 8: `{ place, date, name, position, nip }`), read
 * defensively so the renderer works with cascades from before the field existed.
 *
 * @module
 */
import type { Cascade } from '@pokin/core';

/** Who signs the document, as the signature block prints it. */
export interface Signatory {
  readonly place?: string;
  readonly date?: string;
  readonly name?: string;
  readonly position?: string;
  readonly nip?: string;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : undefined);

/** The cascade's signatory, or undefined when it has none (or none with a name or position). */
export function signatoryOf(cascade: Cascade): Signatory | undefined {
  const s = (cascade as unknown as { signatory?: unknown }).signatory;
  if (s === null || typeof s !== 'object') return undefined;
  const o = s as Record<string, unknown>;
  const out = { place: text(o.place), date: text(o.date), name: text(o.name), position: text(o.position), nip: text(o.nip) };
  return out.name === undefined && out.position === undefined ? undefined : out;
}
