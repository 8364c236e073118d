/**
 * `crosscutting-owner-missing`: a result that supports a result of another agency names its owner.
 * Agency names are compared once per distinct pair (a long name repeated on every link costs
 * one comparison).
 *
 * @module
 */
import { defineRule, type ResultNode } from '../../api.js';

const CONNECTIVES = new Set(['dan', 'serta', 'kabupaten', 'kota', 'provinsi']);

/** Initials of a normalised agency name ("badan kepegawaian dan pengembangan sumber daya manusia" → "bkpsdm"). */
function initials(norm: string): string {
  let out = '';
  for (const w of norm.split(' ')) if (w !== '' && !CONNECTIVES.has(w)) out += w[0];
  return out;
}

const named = (r: ResultNode): boolean => (r.record.owner?.unit?.trim() ?? '') !== '' || (r.record.owner?.position?.trim() ?? '') !== '';

export const rule = defineRule({
  meta: {
    id: 'crosscutting-owner-missing',
    defaultSeverity: 'warning',
    category: 'crosscutting',
    basis: 'regulation',
    description: {
      id: 'Kinerja yang mendukung kinerja instansi lain (crosscutting) menyebut unit kerja atau jabatan penanggung jawabnya.',
      en: 'A result that supports a result of another agency (crosscutting) names the unit or position accountable for it.',
    },
    messages: {
      missing: {
        id: 'Kinerja ini mendukung {target} lintas instansi ({agency} → {targetAgency}) tanpa penanggung jawab yang jelas: sebutkan unit kerja atau jabatan pemiliknya.',
        en: 'This result supports {target} across agencies ({agency} → {targetAgency}) without a named owner: name the unit or position that owns it.',
      },
    },
  },
  create(context) {
    const doc = context.cascade.agency?.name ?? '';
    const code = context.cascade.agency?.code;
    const normCache = new Map<string, string>();
    const norm = (s: string): string => {
      let v = normCache.get(s);
      if (v === undefined) normCache.set(s, (v = context.text.normalize(s)));
      return v;
    };
    const pairs = new Map<string, boolean>();
    const same = (a: string, b: string): boolean => {
      if (a === b) return true;
      const key = a.length + ':' + a + '\u0000' + b;
      let v = pairs.get(key);
      if (v === undefined) {
        const na = norm(a);
        const nb = norm(b);
        const c = code === undefined ? '' : norm(code);
        const compact = (s: string): string => s.replace(/ /g, '');
        v =
          na === nb ||
          (c !== '' && ((na === c && nb !== '') || (nb === c && na !== ''))) ||
          compact(na) === initials(nb) ||
          compact(nb) === initials(na);
        pairs.set(key, v);
      }
      return v;
    };
    const agencyOf = (r: ResultNode): string => r.record.owner?.agency?.trim() || doc;
    return {
      result(r) {
        if (r.record.contributesTo.length === 0 || named(r)) return;
        const mine = agencyOf(r);
        for (const t of r.parents) {
          if (t === r.parent) continue;
          const theirs = agencyOf(t);
          const crosses = !same(mine, theirs) || (doc !== '' && (!same(mine, doc) || !same(theirs, doc)));
          if (!crosses) continue;
          context.report({
            messageId: 'missing',
            data: { target: t.id, agency: mine || '?', targetAgency: theirs || '?' },
            result: r,
            path: r.path('owner'),
          });
          return;
        }
      },
    };
  },
});
