/**
 * `owner-tier-mismatch` (Langkah 5): the tier of a result against the position that owns it,
 * counted from the head of the agency (the highest-graded owner of the tree): in a dinas led by a
 * JPT, kinerja strategis with the JPT, taktis with an administrator, operasional with a pengawas
 * or a functional position; in a kecamatan led by an administrator (the camat), one grade lower; in
 * a kelurahan led by a pengawas (the lurah), operasional with its kepala seksi, pengawas as well. The position type is `owner.positionType`, or read from the
 * position's name ("Kepala Bidang" is an administrator) when that is clear. A ketua tim kerja (a
 * functional official leading a team since the 2022 delayering) may own taktis as an
 * administrator would, and operasional; not strategis or urusan.
 *
 * @module
 */
import { defineRule, type ResultNode } from '../../api.js';
import { POSITION_PATTERNS } from '../../lexicon/words.js';
import type { LocalizedText } from '../../types.js';
import type { PositionType } from '../../../schema.js';
import { POSITION_TYPE_LABELS } from '../../../workspace/positions.js';

/** A position type as a sentence names it: its label in lower case, acronyms kept ("JPT madya"); "fungsional" with its noun. */
function typeWords(type: string): LocalizedText {
  if (type === 'fungsional') return { id: 'jabatan fungsional', en: 'functional position' };
  const label = POSITION_TYPE_LABELS[type as PositionType];
  const lower = (s: string): string => s.replace(/\b[A-Z][a-z]+\b/g, (w) => w.toLowerCase());
  return { id: lower(label.id), en: lower(label.en) };
}
const TIER_WORDS: Readonly<Record<string, { id: string; en: string }>> = {
  strategis: { id: 'kinerja strategis', en: 'strategic performance' },
  urusan: { id: 'kinerja urusan', en: 'sectoral performance' },
  taktis: { id: 'kinerja taktis', en: 'tactical performance' },
  operasional: { id: 'kinerja operasional', en: 'operational performance' },
};
/** The position type of an owner: stated, or read from a clear position name. */
export function positionTypeOf(owner: { positionType?: string; position?: string } | undefined): string | undefined {
  if (owner === undefined) return undefined;
  if (typeof owner.positionType === 'string' && owner.positionType !== '') return owner.positionType;
  const position = owner.position;
  if (position === undefined) return undefined;
  // A tree names a handful of positions ("Kepala Dinas", "Kepala Bidang ..."): each is read once.
  let type = POSITION_TYPES.get(position);
  if (type === undefined) {
    type = readPositionType(position) ?? null;
    if (POSITION_TYPES.size >= 10_000) POSITION_TYPES.clear();
    POSITION_TYPES.set(position, type);
  }
  return type ?? undefined;
}

const POSITION_TYPES = new Map<string, string | null>();

function readPositionType(position: string): string | undefined {
  const p = position.slice(0, 120).toLowerCase().trim();
  if (p === '') return undefined;
  for (const [re, type] of POSITION_PATTERNS) if (re.test(p)) return type;
  return undefined;
}

/** True when a position leads a tim kerja ("Ketua Tim Kerja ...", "Katim ..."). */
function leadsTeam(position: string): boolean {
  const p = position.toLowerCase();
  return p.startsWith('ketua tim') || p.startsWith('katim');
}

/** A wakil direktur of a hospital ("Wakil Direktur Pelayanan", "Wadir Umum dan Keuangan"). */
const DEPUTY_HEAD = /^\s*(?:wakil direktur|wadir)\b/i;

/** True when a result's parent is owned by a wakil direktur. */
function underDeputyHead(r: ResultNode): boolean {
  const position = r.parent?.record.owner?.position;
  return position !== undefined && DEPUTY_HEAD.test(position);
}

/**
 * True when an owner's agency is not the document's: neither name opens or holds the other ("UPTD
 * Museum" opens "UPTD Museum Negeri ..."). A name held further in ("Dinas Perhubungan Kabupaten X" in
 * "UPTD Pengujian Kendaraan Bermotor Dinas Perhubungan Kabupaten X") is the unit's dinas, another agency.
 */
function foreign(name: string, agency: string): boolean {
  const n = name.trim().toLowerCase();
  return n !== '' && !agency.startsWith(n) && !n.includes(agency);
}

/** Grade of a position type: 0 highest. Functional positions sit with the pengawas (after the 2021 delayering). */
const GRADE: Readonly<Record<string, number>> = {
  'jpt-madya': 0,
  'jpt-pratama': 1,
  administrator: 2,
  pengawas: 3,
  fungsional: 3,
  pelaksana: 4,
};

/**
 * How far below the head of the agency (the highest-graded owner in the tree) each tier's owner
 * sits: a kinerja strategis is the head's own; urusan the head's or one grade below; taktis one
 * grade below (the head may keep it); operasional at least one grade below.
 */
const OFFSET: Readonly<Record<string, readonly [number, number]>> = {
  strategis: [0, 0],
  urusan: [0, 1],
  taktis: [0, 1],
  operasional: [1, 9],
};

/** How far below the strategic tier each tier is, for a head whose own results start lower. */
const TIER_DEPTH: Readonly<Record<string, number>> = { strategis: 0, urusan: 0, taktis: 1, operasional: 2 };

export const rule = defineRule({
  meta: {
    id: 'owner-tier-mismatch',
    defaultSeverity: 'info',
    category: 'cascading',
    basis: 'regulation',
    description: {
      id: 'Jenjang kinerja sesuai dengan jabatan pemiliknya (Langkah 5), dihitung dari pimpinan instansi: kinerja strategis oleh pimpinan instansi, taktis oleh jabatan satu jenjang di bawahnya, operasional oleh jabatan di bawahnya lagi (pengawas atau fungsional).',
      en: "A result's tier matches its owner's position (Step 5), counted from the head of the agency: strategic results by the head, tactical by the grade below, operational by the grades below that (supervisors or functional positions).",
    },
    messages: {
      mismatch: {
        id: 'Kinerja ini termasuk {tier} tetapi dimiliki oleh {type} ({position}): dengan pimpinan instansi berjenjang {head}, {tier} semestinya dimiliki oleh {expected}.',
        en: 'This result is {tier} but owned by {type} ({position}): with a head of agency at {head}, {tier} is owned by {expected}.',
      },
    },
  },
  create(context) {
    let top = -1;
    let topType = '';
    // Results with a known owner; `top`: at the scheme's top level or a root (no parent at all),
    // read while the result is visited, when its links are at hand.
    const owned: { r: ResultNode; type: string; position: string; top: boolean }[] = [];
    const agency = (context.cascade.agency?.name ?? '').trim().toLowerCase();
    return {
      result(r) {
        const owner = r.record.owner as { positionType?: string; position?: string; agency?: string } | undefined;
        // A result owned in another agency (a UPTD's, a cabang dinas' or a school's tree that starts
        // from its dinas' sasaran, owned by the kepala dinas): that official heads the other agency,
        // not this one, and is neither counted as its head nor judged against it.
        if (owner?.agency !== undefined && agency !== '' && foreign(owner.agency, agency)) return;
        const type = positionTypeOf(owner);
        if (type === undefined || !Object.hasOwn(GRADE, type)) return;
        const g = GRADE[type]!;
        if (top < 0 || g < top) {
          top = g;
          topType = type;
        }
        owned.push({ r, type, position: owner?.position?.trim() || type, top: r.level?.rank === 0 || r.parents.length === 0 });
      },
      exit() {
        if (top < 0) return;
        // The head of the document owns its top results, whatever its grade: the results at the
        // scheme's top level, or the roots of a partial tree (an eselon IV's own agreement that
        // starts at kegiatan); so does anyone holding the head's position.
        const heads = new Set(owned.filter((o) => o.top).map((o) => o.position.toLowerCase()));
        // How many tiers below the strategic one the head's own results sit: a direktorat's
        // agreement that starts at a kegiatan (operational) puts its kepala subdit one grade down.
        let headTier = TIER_DEPTH.operasional!;
        for (const o of owned) if (o.top && o.r.tier !== undefined) headTier = Math.min(headTier, TIER_DEPTH[o.r.tier] ?? headTier);
        for (const { r, type, position, top: atTop } of owned) {
          if (atTop || heads.has(position.toLowerCase())) continue;
          const tier = r.tier;
          if (tier === undefined || !Object.hasOwn(OFFSET, tier)) continue;
          // A ketua tim kerja leads the work a delayered administrator's unit did (PermenPAN-RB
          // 7/2022): a kinerja taktis may be the team's, counted at the administrator's grade.
          const grade = tier === 'taktis' && leadsTeam(position) ? GRADE.administrator! : GRADE[type]!;
          const [lo0, hi] = OFFSET[tier]!;
          // Under a JPT, operational results sit two grades down (pengawas, fungsional); under an
          // administrator (a camat), one; under a pengawas (a lurah), whose kepala seksi are pengawas
          // too, on the same grade.
          const lo = tier === 'operasional' ? (top >= GRADE.pengawas! ? 0 : Math.max(1, (top <= 1 ? 2 : 1) - headTier)) : lo0;
          const d = grade - top;
          if (d >= lo && d <= hi) continue;
          // A hospital has two administrator grades (in an RSUD kelas B under PP 18/2016, as amended
          // by PP 72/2019, the wakil direktur is eselon III.a over the kepala bidang's III.b): under a
          // wakil direktur's program, the kepala bidang's kegiatan is one grade down.
          if (tier === 'operasional' && type === 'administrator' && underDeputyHead(r)) continue;
          const expected = Object.entries(GRADE)
            .filter(([, g]) => g - top >= lo && g - top <= hi)
            .map(([t]) => typeWords(t));
          context.report({
            messageId: 'mismatch',
            data: {
              tier: TIER_WORDS[tier]!,
              type: typeWords(type),
              position,
              head: typeWords(topType),
              expected: { id: expected.map((e) => e.id).join(' atau '), en: expected.map((e) => e.en).join(' or ') },
            },
            result: r,
            path: r.path('owner'),
          });
        }
      },
    };
  },
});
