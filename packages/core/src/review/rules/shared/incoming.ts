/**
 * What comes in to an office, counted ("Jumlah permohonan izin yang masuk", "Jumlah perkara yang
 * diterima"): `input-indicator` reports it, and the rules that would read the same count as an
 * output leave it to that rule.
 *
 * @module
 */
import type { IndicatorNode } from '../../api.js';
import { REVERSING_WORDS } from '../../lexicon/words.js';

/** What is brought to an office and comes in ("... yang masuk", "surat masuk"): requests, complaints, cases, files. */
const COMING_IN: ReadonlySet<string> = new Set([
  'pengaduan',
  'aduan',
  'keluhan',
  'permohonan',
  'permintaan',
  'usulan',
  'proposal',
  'perkara',
  'gugatan',
  'kasus',
  'spdp',
  'berkas',
  'surat',
  'klaim',
  'laporan',
]);

/**
 * What an office receives from others, where "diterima" cannot mean "accepted" (a proposal or an
 * application "yang diterima" may be one approved: a result).
 */
const RECEIVED: ReadonlySet<string> = new Set(['pengaduan', 'aduan', 'keluhan', 'perkara', 'gugatan', 'kasus', 'spdp', 'surat']);

/**
 * What the public brings that is "disampaikan": complaints. Letters or reports "yang disampaikan"
 * are the office's own, sent on ("Jumlah surat teguran pajak daerah yang disampaikan").
 */
const BROUGHT: ReadonlySet<string> = new Set(['pengaduan', 'aduan', 'keluhan']);

/**
 * Where a proposal "masuk" when it is taken up, a result, not a request coming in: a list, a plan
 * or a ranking it gets into ("Jumlah usulan proyek yang masuk Blue Book", "... yang masuk dalam
 * daftar prioritas", "... yang masuk ke dalam RKP").
 */
const TAKEN_INTO: ReadonlySet<string> = new Set([
  'dalam',
  'daftar',
  'blue',
  'green',
  'prolegnas',
  'nominasi',
  'peringkat',
  'rkp',
  'rkpd',
  'dipa',
  'prioritas',
]);

/** Work done on what came in ("... yang diterima dan diproses"), besides the review's words for handling. */
const HANDLED: ReadonlySet<string> = new Set(['diproses', 'diverifikasi', 'diterbitkan', 'disetujui', 'diputus', 'diputuskan', 'dibina']);

/**
 * Where the incoming noun and its verb are in the words of an indicator that counts what comes in
 * and is planned to grow; undefined when it counts nothing coming in, counts what was handled of it
 * ("... yang diterima dan diselesaikan"), or is planned to fall (fewer complaints: a condition).
 */
export function countsIncoming(ind: IndicatorNode): { readonly noun: number; readonly verb: number } | undefined {
  if (ind.measure !== 'count') return undefined;
  // (most counts hold none of the three verbs: their words and direction are not asked for)
  const norm = ind.norm;
  if (!norm.includes('masuk') && !norm.includes('diterima') && !norm.includes('disampaikan')) return undefined;
  if (ind.direction === 'down') return undefined;
  const ws = ind.words;
  let found: { noun: number; verb: number } | undefined;
  for (let i = 2; i < ws.length && found === undefined; i++) {
    const w = ws[i]!;
    const nouns = w === 'masuk' ? COMING_IN : w === 'diterima' ? RECEIVED : w === 'disampaikan' ? BROUGHT : undefined;
    if (nouns === undefined) continue;
    if (w === 'masuk' && TAKEN_INTO.has(ws[ws[i + 1] === 'ke' ? i + 2 : i + 1] ?? '')) continue;
    // The noun that comes in: before the verb, after the measure word ("Jumlah surat masuk", "Jumlah
    // pengaduan masyarakat yang diterima").
    for (let j = i - 1; j >= 1; j--) {
      if (nouns.has(ws[j]!)) {
        found = { noun: j, verb: i };
        break;
      }
    }
  }
  if (found === undefined) return undefined;
  for (const w of ws) if (REVERSING_WORDS.has(w) || HANDLED.has(w)) return undefined;
  return found;
}
