/**
 * Crosscutting rules: links to further parents (`contributesTo`) that cross agencies name who is
 * accountable, links are not repeated, and once a tree names owners every result has one.
 *
 * @module
 */
import { resultPath } from '../context.js';
import { messages } from '../messages.js';
import { defineRule } from '../rule.js';
import { normalizeStatement } from '../text.utils.js';

const CONNECTIVES = new Set(['dan', 'serta', 'kabupaten', 'kota', 'provinsi']);

/** Initials of an agency name, "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia" → "bkpsdm". */
function initials(normalized: string): string {
  let out = '';
  for (const w of normalized.split(' ')) if (w !== '' && !CONNECTIVES.has(w)) out += w[0];
  return out;
}

/** True when two agency names (or a name and its acronym or code) denote the same agency. */
export function sameAgency(a: string, b: string, code?: string): boolean {
  if (a === b) return true;
  const na = normalizeStatement(a);
  const nb = normalizeStatement(b);
  if (na === nb) return true;
  const c = code === undefined ? '' : normalizeStatement(code);
  if (c !== '' && ((na === c && nb !== '') || (nb === c && na !== ''))) return true;
  const compact = (s: string): string => s.replace(/ /g, '');
  return compact(na) === initials(nb) || compact(nb) === initials(na);
}

/** A crosscutting link between agencies without a named owner. */
export const crosscuttingOwnerMissing = defineRule({
  id: 'crosscutting-owner-missing',
  defaultSeverity: 'warning',
  family: 'crosscutting',
  description: {
    id: 'Kinerja yang mendukung (contributesTo) kinerja instansi lain menyebut pemiliknya (owner.unit atau owner.position).',
    en: 'A result that supports (contributesTo) a result of another agency names its owner (owner.unit or owner.position).',
  },
  messages: ['crosscuttingOwnerMissing'],
  check(ctx, report) {
    const { records, indexOf, cascade } = ctx;
    const doc = cascade.agency?.name ?? '';
    const code = cascade.agency?.code;
    const agencyOf = (i: number): string => records[i]!.owner?.agency?.trim() || doc;
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      if (r.contributesTo.length === 0) continue;
      if ((r.owner?.unit?.trim() ?? '') !== '' || (r.owner?.position?.trim() ?? '') !== '') continue;
      const mine = agencyOf(i);
      for (const tid of r.contributesTo) {
        const t = indexOf.get(tid);
        if (t === undefined) continue;
        const theirs = agencyOf(t);
        const crosses = !sameAgency(mine, theirs, code) || (doc !== '' && (!sameAgency(mine, doc, code) || !sameAgency(theirs, doc, code)));
        if (!crosses) continue;
        report({
          result: i,
          path: resultPath(i, 'owner'),
          message: messages.crosscuttingOwnerMissing({ target: records[t]!.id, agency: mine || '?', targetAgency: theirs || '?' }),
        });
        break;
      }
    }
  },
});

/** A repeated crosscutting link. */
export const crosscuttingRedundant = defineRule({
  id: 'crosscutting-redundant',
  defaultSeverity: 'info',
  family: 'crosscutting',
  description: {
    id: '`contributesTo` tidak memuat induk utama (`parent`) dan tidak menyebut kinerja yang sama dua kali.',
    en: '`contributesTo` does not list the primary `parent` and does not name a result twice.',
  },
  messages: ['crosscuttingRedundant'],
  check(ctx, report) {
    const { records } = ctx;
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      if (r.contributesTo.length === 0) continue;
      const seen = new Set<string>();
      if (r.parent !== null) seen.add(r.parent);
      r.contributesTo.forEach((c, k) => {
        if (seen.has(c)) report({ result: i, path: resultPath(i, `contributesTo[${k}]`), message: messages.crosscuttingRedundant({ target: c }) });
        seen.add(c);
      });
    }
  },
});

/** A result without an owner in a tree that names owners. */
export const ownerMissing = defineRule({
  id: 'owner-missing',
  defaultSeverity: 'info',
  family: 'crosscutting',
  description: {
    id: 'Bila pohon menyebut pemilik (owner) kinerja, setiap kinerja punya pemilik (cascading sampai ke setiap jabatan).',
    en: 'Once a tree names owners, every result has one (cascading down to every position).',
  },
  messages: ['ownerMissing'],
  check(ctx, report) {
    const { records } = ctx;
    const named = (i: number): boolean => {
      const o = records[i]!.owner;
      return o !== undefined && ((o.unit?.trim() ?? '') !== '' || (o.position?.trim() ?? '') !== '');
    };
    let any = false;
    for (let i = 0; i < records.length && !any; i++) any = named(i);
    if (!any) return;
    for (let i = 0; i < records.length; i++) if (!named(i)) report({ result: i, path: resultPath(i, 'owner'), message: messages.ownerMissing() });
  },
});

/** The crosscutting rules. */
export const crosscuttingRules = [crosscuttingOwnerMissing, crosscuttingRedundant, ownerMissing] as const;
