/**
 * The lists `compound-statement` reads in a statement: numbered indicators in one row ("1. ... 2.
 * ..."), and three or more fields separated by commas ("A, B dan C").
 *
 * @module
 */

/** A numbered item: "1." or "1)" (or "2." ...) at the start or after a space, then a word. */
const NUMBERED_G = /(?:^|\s)(\d{1,2})[.)]\s+(?=\p{L})/gu;

/**
 * The items of a statement numbered 1, 2 ... ("1. Nilai LHE AKIP Perangkat Daerah 2. Indeks
 * Kepuasan Masyarakat (IKM)"), when it holds at least two numbered in order from 1; undefined
 * otherwise. A number before a word in running text ("... dalam 1 tahun") has no dot.
 */
export function numberedItems(text: string): string[] | undefined {
  if (text.length > 600 || (!text.includes('1.') && !text.includes('1)'))) return undefined;
  const starts: { at: number; body: number }[] = [];
  for (const m of text.matchAll(NUMBERED_G)) {
    if (Number(m[1]) !== starts.length + 1) return undefined;
    starts.push({ at: m.index, body: m.index + m[0].length });
  }
  if (starts.length < 2) return undefined;
  return starts.map((s, i) => text.slice(s.body, i + 1 < starts.length ? starts[i + 1]!.at : text.length).trim());
}

/** The last item of a list: it opens with, or holds, "dan" or "serta". */
const LIST_END = /^(?:dan|serta|&)\s|\s(?:dan|serta)\s/i;
const CONJUNCTION = /\s(?:dan|serta)\s/i;
const SERTA_SPLIT = /\sserta\s/i;

/** Words that open an enumeration of one result's scope ("... yang meliputi A, B dan C"), not a list of results. */
const SCOPE = /\b(?:meliputi|yaitu|yakni|terdiri|antara lain|seperti|termasuk)\b/i;

/** Where a reference clause opens: what the result follows, not one of its fields. */
export const REFERENCE = /\s(?:sesuai|berdasarkan|menurut|mengacu)\s/i;

/**
 * The items of a statement that lists three or more fields, each of two words or more, separated
 * by commas with "dan"/"serta" before the last, with or without a comma before it ("Meningkatnya
 * kesehatan keluarga, promosi kesehatan dan kesehatan lingkungan"); undefined otherwise. A list of single words is a list of
 * qualities or parties ("Efektif, Efisien dan Akuntabel"; "Kementerian, Lembaga dan Pemerintah Daerah").
 */
export function listedFields(text: string): string[] | undefined {
  if (!text.includes(',') || text.length > 400) return undefined;
  if (SCOPE.test(text)) return undefined;
  // A reference ("... sesuai dengan ketentuan dan perundangan yang berlaku") says by what, not what else.
  const reference = REFERENCE.exec(text);
  const statement = reference === null ? text : text.slice(0, reference.index);
  const pieces = statement
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (pieces.length < 2) return undefined;
  // A list ends in "dan"/"serta" and holds it nowhere before ("individu, keluarga dan masyarakat
  // ..., memilih dan mendapatkan ..." is one result's parts, not a list of fields).
  const last = pieces[pieces.length - 1]!;
  if (!LIST_END.test(last)) return undefined;
  for (let i = 0; i < pieces.length - 1; i++) if (CONJUNCTION.test(pieces[i]!)) return undefined;
  // "A, B dan C" (no comma before the conjunction, the more usual Indonesian): the last piece holds
  // the last two items, split at its one conjunction. (With more commas it is read as one item.)
  // "serta" joins items that may hold "dan" themselves ("Keuangan yang Efektif dan Efisien serta ..."): split there first.
  if (pieces.length === 2) {
    const serta = last.split(SERTA_SPLIT);
    const tail = serta.length === 2 ? serta : last.split(CONJUNCTION);
    if (tail.length !== 2) return undefined;
    pieces.splice(1, 1, tail[0]!.trim(), tail[1]!.trim());
  }
  if (pieces.length < 3) return undefined;
  const items = pieces.map((p) => p.replace(/^(?:dan|serta|&)\s+/i, ''));
  for (const item of items) if (!/\S\s+\S/.test(item)) return undefined;
  return items;
}
