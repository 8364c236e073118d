/**
 * `owner-tier-mismatch` (Langkah 5): the tier of a result against the position that owns it:
 * kinerja strategis with a JPT (pimpinan tinggi), taktis with an administrator, operasional with a
 * pengawas or a functional position. The position type is `owner.positionType`, or read from the
 * position's name ("Kepala Bidang" is an administrator) when that is clear.
 *
 * @module
 */
import { defineRule } from '../../api.js';
import { POSITION_PATTERNS, ROLE_POSITIONS, TIER_POSITIONS } from '../../lexicon/words.js';

const TYPE_WORDS: Readonly<Record<string, { id: string; en: string }>> = {
  'jpt-madya': { id: 'JPT madya', en: 'senior executive (JPT madya)' },
  'jpt-pratama': { id: 'JPT pratama', en: 'executive (JPT pratama)' },
  administrator: { id: 'administrator', en: 'administrator' },
  pengawas: { id: 'pengawas', en: 'supervisor (pengawas)' },
  fungsional: { id: 'jabatan fungsional', en: 'functional position' },
  pelaksana: { id: 'pelaksana', en: 'staff (pelaksana)' },
};
const TIER_WORDS: Readonly<Record<string, { id: string; en: string }>> = {
  strategis: { id: 'kinerja strategis', en: 'strategic performance' },
  urusan: { id: 'kinerja urusan', en: 'sectoral performance' },
  taktis: { id: 'kinerja taktis', en: 'tactical performance' },
  operasional: { id: 'kinerja operasional', en: 'operational performance' },
};
const EXPECT: Readonly<Record<string, { id: string; en: string }>> = {
  strategis: { id: 'pimpinan tinggi (JPT)', en: 'a senior executive (JPT)' },
  urusan: { id: 'pimpinan tinggi (JPT) atau administrator', en: 'a senior executive (JPT) or an administrator' },
  taktis: { id: 'administrator', en: 'an administrator' },
  operasional: { id: 'pengawas atau jabatan fungsional', en: 'a supervisor (pengawas) or a functional position' },
};

/** The position type of an owner: stated, or read from a clear position name. */
export function positionTypeOf(owner: { positionType?: string; position?: string } | undefined): string | undefined {
  if (owner === undefined) return undefined;
  if (typeof owner.positionType === 'string' && owner.positionType !== '') return owner.positionType;
  const p = owner.position?.slice(0, 120).toLowerCase().trim();
  if (p === undefined || p === '') return undefined;
  for (const [re, type] of POSITION_PATTERNS) if (re.test(p)) return type;
  return undefined;
}

export const rule = defineRule({
  meta: {
    id: 'owner-tier-mismatch',
    defaultSeverity: 'info',
    category: 'cascading',
    basis: 'regulation',
    description: {
      id: 'Jenjang kinerja sesuai dengan jabatan pemiliknya (Langkah 5): kinerja strategis oleh pimpinan tinggi (JPT), taktis oleh administrator, operasional oleh pengawas atau jabatan fungsional.',
      en: 'A result\'s tier matches its owner\'s position (Langkah 5): strategic results by senior executives (JPT), tactical by administrators, operational by supervisors or functional positions.',
    },
    messages: {
      mismatch: {
        id: 'Kinerja ini termasuk {tier} tetapi dimiliki oleh {type} ({position}): {tier} semestinya dimiliki oleh {expected}.',
        en: 'This result is {tier} but owned by {type} ({position}): {tier} is owned by {expected}.',
      },
    },
  },
  create(context) {
    return {
      result(r) {
        const tier = r.tier;
        const owner = r.record.owner as { positionType?: string; position?: string } | undefined;
        if (tier === undefined || owner === undefined) return;
        const type = positionTypeOf(owner);
        const role = r.level?.role ?? '';
        const allowed = Object.hasOwn(ROLE_POSITIONS, role) ? ROLE_POSITIONS[role] : Object.hasOwn(TIER_POSITIONS, tier) ? TIER_POSITIONS[tier] : undefined;
        if (type === undefined || allowed === undefined || allowed.includes(type)) return;
        context.report({
          messageId: 'mismatch',
          data: {
            tier: Object.hasOwn(ROLE_POSITIONS, role) ? r.level!.label : TIER_WORDS[tier]!,
            type: TYPE_WORDS[type] ?? { id: type, en: type },
            position: owner.position?.trim() || type,
            expected: Object.hasOwn(ROLE_POSITIONS, role) ? { id: allowed.map((t) => TYPE_WORDS[t]?.id ?? t).join(', '), en: allowed.map((t) => TYPE_WORDS[t]?.en ?? t).join(', ') } : EXPECT[tier]!,
          },
          result: r,
          path: r.path('owner'),
        });
      },
    };
  },
});
