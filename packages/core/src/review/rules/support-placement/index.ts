/**
 * `support-placement`: the agency's support work (its own accountability, budget absorption,
 * office administration: Nilai SAKIP, opini BPK, serapan anggaran, Program Penunjang Urusan
 * Pemerintahan Daerah) kept apart from its substantive results.
 *
 * - A strategic result (tujuan or sasaran; goal or ultimate outcome) measured by support
 *   indicators only, beside results at the same level that are measured by substantive ones: a
 *   support sasaran set as the agency's strategic performance. Left alone when every result of
 *   the level is a support one (an Inspektorat or a Bagian Organisasi, whose mandate it is), and
 *   in the tree of a Sekretariat Daerah or an Inspektorat.
 * - A support program (named "penunjang", or measured by support indicators only) under a result
 *   measured by substantive indicators only: the program does not bring that result about.
 *
 * @module
 */
import { defineRule, type IndicatorNode, type ResultNode } from '../../api.js';
import { namesSatkerMitra } from '../shared/activity.js';
import { isNomenclature } from '../shared/index.js';

export const rule = defineRule({
  meta: {
    id: 'support-placement',
    defaultSeverity: 'info',
    category: 'cascading',
    basis: 'practice',
    description: {
      id: 'Kinerja penunjang instansi (Nilai SAKIP, opini BPK, serapan anggaran, program penunjang) dipisahkan dari kinerja utamanya: tidak dijadikan sasaran strategis di samping sasaran layanan utama, dan program penunjang tidak ditempatkan di bawah sasaran layanan utama.',
      en: "The agency's support performance (Nilai SAKIP, the audit opinion, budget absorption, the support program) is kept apart from its substantive results: not set as a strategic objective beside them, and the support program not placed under one of them.",
    },
    messages: {
      strategic: {
        id: '{level} ini hanya diukur dengan IK penunjang ({indicators}): kinerja penunjang internal instansi, bukan kinerja utama yang dirasakan masyarakat, padahal {level} lain diukur dengan kinerja layanan utamanya. Jadikan kinerja penunjang (misalnya sasaran program penunjang), dan rumuskan kinerja strategis dari mandat instansi.',
        en: "This {level} is measured by support indicators only ({indicators}): the agency's internal support performance, not a result the public meets, while the other results of its level are measured by the agency's substantive services. Make it a support result (the support program's), and state the strategic results from the agency's mandate.",
      },
      underSubstantive: {
        id: 'Program penunjang ini ditempatkan di bawah {parentLevel} {parent}, yang diukur dengan kinerja layanan utama ({indicators}): program penunjang tidak mewujudkan kinerja tersebut. Tempatkan di bawah kinerja penunjang (akuntabilitas atau tata kelola internal instansi).',
        en: "This support program sits under {parentLevel} {parent}, which is measured by substantive results ({indicators}): a support program does not bring that result about. Place it under a support result (the agency's accountability or internal governance).",
      },
    },
  },
  create(context) {
    // Strategic results by level rank: the support ones, and whether a substantive one stands beside them.
    const support = new Map<number, ResultNode[]>();
    const substantive = new Set<number>();
    return {
      result(r) {
        const view = r.level;
        if (view === undefined) return;
        if (view.role === 'program') {
          const parent = r.parent;
          if (parent === undefined || isNomenclature(parent.level?.role) || !supportProgram(r)) return;
          if (kindOf(parent) !== 'substantive' || GOVERNANCE.test(parent.norm)) return;
          context.report({
            messageId: 'underSubstantive',
            data: {
              parentLevel: parent.level?.label ?? { id: 'kinerja', en: 'result' },
              parent: parent.id,
              indicators: named(parent.indicators),
            },
            result: r,
            path: r.path('parent'),
          });
          return;
        }
        if (view.tier !== 'strategis' && view.tier !== 'urusan') return;
        const kind = kindOf(r);
        if (kind === 'substantive') substantive.add(view.rank);
        else if (kind === 'support') {
          const list = support.get(view.rank);
          if (list === undefined) support.set(view.rank, [r]);
          else list.push(r);
        }
      },
      exit() {
        // A Sekretariat Daerah or an Inspektorat coordinates or audits the government's
        // accountability: a SAKIP sasaran is its mandate, not its own support work.
        if (GOVERNANCE_AGENCY.test(context.cascade.agency?.name ?? '')) return;
        for (const [rank, list] of support) {
          if (!substantive.has(rank)) continue;
          for (const r of list) {
            context.report({
              messageId: 'strategic',
              data: { level: r.level!.label, indicators: named(r.indicators) },
              result: r,
              path: r.path('indicators'),
            });
          }
        }
      },
    };
  },
});

/**
 * True when an indicator measures the agency's own support work: the evaluation of its
 * performance accountability (SAKIP, AKIP, LKjIP), the absorption of its budget, its office
 * administration. Not the same measures of the whole government ("Nilai SAKIP Pemerintah
 * Daerah", "... Kabupaten"), which are the substance of an Inspektorat or an Itjen, nor the
 * audit opinion, which the BPK gives the government as a whole; SPIP maturity, the IACM and
 * bureaucratic reform are left out too (the substance of an Inspektorat or a Bagian Organisasi),
 * as is the IKPA of the satker mitra a KPPN serves. The Nilai Kinerja Anggaran of a satker is read as its IKPA.
 */
export function measuresSupport(words: readonly string[]): boolean {
  if (words.some((w, i) => WHOLE_GOVERNMENT.has(w) && !agencyOfSystem(words, i))) return false;
  if (namesSatkerMitra(words)) return false;
  // ("akuntabilitas kinerja" of the agency; of its staff, "... kinerja aparatur", is a BKPSDM's substance)
  const accountability = (i: number): boolean => words[i + 1] === 'kinerja' && !STAFF.has(words[i + 2] ?? '');
  if (words.some((w, i) => SUPPORT_WORDS.has(w) || (w === 'akuntabilitas' && accountability(i)))) return true;
  // (the absorption of its budget: "serapan anggaran", "penyerapan anggaran"; the IKPA written out,
  // "Indikator Kinerja Pelaksanaan Anggaran")
  if (words.includes('anggaran') && (words.includes('serapan') || words.includes('penyerapan'))) return true;
  if (words.some((w, i) => w === 'kinerja' && words[i + 1] === 'pelaksanaan' && words[i + 2] === 'anggaran')) return true;
  // (the Kemenkeu score of a satker's budget performance, the "Nilai Kinerja Anggaran", as the IKPA)
  if (words.some((w, i) => w === 'nilai' && words[i + 1] === 'kinerja' && words[i + 2] === 'anggaran')) return true;
  // ("administrasi kepegawaian" is a BKPSDM's substance; "administrasi umum" is every agency's support)
  return words.includes('administrasi') && words.includes('umum');
}

/**
 * Words of the agency's own support work: its accountability reports and evaluation, the support
 * program, the office, and the Kemenkeu score of a satuan kerja's budget execution (IKPA) that a
 * ministry's or agency's office carries in its PK.
 */
const SUPPORT_WORDS: ReadonlySet<string> = new Set(['sakip', 'akip', 'lakip', 'lkjip', 'penunjang', 'perkantoran', 'ikpa']);

/** The staff whose individual performance is appraised ("akuntabilitas kinerja aparatur"). */
const STAFF: ReadonlySet<string> = new Set(['aparatur', 'asn', 'pegawai', 'individu', 'pns']);

/**
 * True when the word at `i` is the "pemerintah" of "instansi pemerintah", the name of the system
 * or report written out ("Capaian SAKIP (Sistem Akuntabilitas Kinerja Instansi Pemerintah) OPD",
 * "Laporan Kinerja Instansi Pemerintah"): it names no government, the agency's own report does.
 * Not "Instansi Pemerintah Daerah", which may name the government.
 */
const agencyOfSystem = (words: readonly string[], i: number): boolean =>
  words[i] === 'pemerintah' && words[i - 1] === 'instansi' && words[i + 1] !== 'daerah';

/** Words naming the whole government rather than the agency ("Nilai SAKIP Pemerintah Daerah", "... Kabupaten"). */
const WHOLE_GOVERNMENT: ReadonlySet<string> = new Set([
  'pemerintah',
  'pemda',
  'pemkab',
  'pemkot',
  'pemprov',
  'kabupaten',
  'kota',
  'provinsi',
  'kementerian',
  'nasional',
]);

/** The public's satisfaction with the agency's services (IKM, SKM): a substantive measure alone, support beside a support one. */
const SATISFACTION = /(?:^| )(?:ikm|skm|indeks kepuasan masyarakat|survei kepuasan masyarakat)(?: |$)/;

/** `support` when every indicator measures support work (at least one besides satisfaction), `substantive` when none does; else undefined. */
function kindOf(r: ResultNode): 'support' | 'substantive' | undefined {
  if (r.indicators.length === 0) return undefined;
  let support = 0;
  let satisfaction = 0;
  for (const ind of r.indicators) {
    if (measuresSupport(ind.words)) support++;
    else if (SATISFACTION.test(ind.norm)) satisfaction++;
  }
  if (support === 0) return 'substantive';
  return support + satisfaction === r.indicators.length ? 'support' : undefined;
}

/** Agencies whose mandate is the government's accountability. */
const GOVERNANCE_AGENCY = /\b(?:sekretariat daerah|setda|inspektorat)\b/i;

/**
 * Words of a result about the agency's own governance or services to itself: a support program
 * belongs under it. ("blud": a hospital's own BLUD finances, "kemandirian keuangan BLUD", whose
 * kegiatan Peningkatan Pelayanan BLUD the nomenclature puts in the support program.)
 */
const GOVERNANCE =
  /(?:^| )(?:akuntabilitas|tata kelola|birokrasi|penunjang|perkantoran|internal|kesekretariatan|sekretariat|akuntansi|blud)(?: |$)/;

/** True when a program is a support program: named so, or measured by support indicators only. */
function supportProgram(r: ResultNode): boolean {
  return r.norm.includes('penunjang') || kindOf(r) === 'support';
}

/** Up to three indicator names, for the message. */
function named(indicators: readonly IndicatorNode[]): string {
  const names = indicators.slice(0, 3).map((i) => `"${i.record.statement.trim()}"`);
  return indicators.length > 3 ? `${names.join(', ')}, …` : names.join(', ');
}
