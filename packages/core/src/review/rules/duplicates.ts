/**
 * Duplicate rules: the same statement twice among siblings or in the tree, a child that restates
 * its parent, indicators copied from the parent or written twice. Statements are compared in their
 * normalised form (case, spaces, punctuation and look-alike letters ignored), through maps, so the
 * rules stay linear.
 *
 * @module
 */
import { indicatorPath, quote, resultPath, type ReviewContext } from '../context.js';
import { indicatorFacts, indicatorNorm } from '../indicator-facts.js';
import { firstWithStatement } from '../statement-index.js';
import { messages } from '../messages.js';
import { defineRule } from '../rule.js';
import { contentKey } from '../text.utils.js';

/** Two siblings with the same statement. */
export const duplicateSibling = defineRule({
  id: 'duplicate-sibling',
  defaultSeverity: 'warning',
  family: 'duplicates',
  description: {
    id: 'Kinerja bersaudara (induk yang sama) tidak boleh punya pernyataan yang sama.',
    en: 'Siblings (results with the same parent) do not share a statement.',
  },
  messages: ['duplicateSibling'],
  check(ctx, report) {
    const { records, parentOf, norm, childStart, childList } = ctx;
    // Most results have a handful of children: those are compared pairwise. A larger group (such
    // as the roots) goes through one map, reused; clearing a map allocates a new table each time.
    const seen = new Map<string, number>();
    const group = (members: ArrayLike<number>, from: number, to: number): void => {
      const pairwise = to - from <= 8;
      if (!pairwise) seen.clear();
      for (let a = from; a < to; a++) {
        const i = members[a]!;
        if (norm[i] === '') continue;
        let first: number | undefined;
        if (pairwise) {
          for (let b = from; b < a && first === undefined; b++) if (norm[members[b]!] === norm[i]) first = members[b]!;
        } else {
          first = seen.get(norm[i]!);
          if (first === undefined) seen.set(norm[i]!, i);
        }
        if (first !== undefined) report({ result: i, path: resultPath(i, 'statement'), message: messages.duplicateSibling({ other: records[first]!.id }) });
      }
    };
    const roots: number[] = [];
    for (let i = 0; i < records.length; i++) if (parentOf[i] === -1) roots.push(i);
    group(roots, 0, roots.length);
    for (let p = 0; p < records.length; p++) if (childStart[p + 1]! - childStart[p]! > 1) group(childList, childStart[p]!, childStart[p + 1]!);
  },
});

/** The same statement in two branches. */
export const duplicateStatement = defineRule({
  id: 'duplicate-statement',
  defaultSeverity: 'info',
  family: 'duplicates',
  description: {
    id: 'Pernyataan kinerja yang sama muncul di cabang lain pohon (bukan saudara, bukan induk).',
    en: 'The same statement appears in another branch of the tree (not a sibling, not a parent).',
  },
  messages: ['duplicateStatement'],
  check(ctx, report) {
    const { records, parentOf } = ctx;
    const first = firstWithStatement(ctx);
    for (let i = 0; i < records.length; i++) {
      const f = first[i]!;
      if (f === i || f < 0) continue;
      // Siblings and parent/child pairs have rules of their own.
      if (parentOf[f] === parentOf[i] || parentOf[i] === f || parentOf[f] === i) continue;
      report({ result: i, path: resultPath(i, 'statement'), message: messages.duplicateStatement({ other: records[f]!.id }) });
    }
  },
});

/** A child whose statement says what its parent says. */
export const childRestatesParent = defineRule({
  id: 'child-restates-parent',
  defaultSeverity: 'warning',
  family: 'duplicates',
  description: {
    id: 'Kinerja tidak mengulang induknya: sama persis, atau sama isinya setelah kata kerja awal dan kata sambung diabaikan.',
    en: 'A result does not restate its parent: neither the same statement nor the same content once the leading verb and connectives are ignored.',
  },
  messages: ['childRestatesParent'],
  check(ctx, report) {
    const { records, norm, indexOf, parentOf } = ctx;
    const keys: (string | undefined)[] = new Array<string | undefined>(records.length);
    const key = (i: number): string => (keys[i] ??= contentKey(norm[i]!));
    // Cheap test first: the child's last word must occur in the parent for their content to match.
    const lastWordIn = (i: number, p: number): boolean => {
      const c = norm[i]!;
      const sp = c.lastIndexOf(' ');
      if (sp < 0) return false;
      const last = c.slice(sp + 1);
      const hay = norm[p]!;
      for (let at = hay.indexOf(last); at >= 0; at = hay.indexOf(last, at + 1)) {
        const end = at + last.length;
        if ((at === 0 || hay.charCodeAt(at - 1) === 32) && (end === hay.length || hay.charCodeAt(end) === 32)) return true;
      }
      return false;
    };
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      // The primary parent, then the further ones, without building a list per result.
      for (let j = r.parent === null ? 0 : -1; j < r.contributesTo.length; j++) {
        const p = j < 0 ? parentOf[i]! : (indexOf.get(r.contributesTo[j]!) ?? -1);
        if (p < 0) continue;
        if (norm[i] === norm[p] || (lastWordIn(i, p) && key(i) !== '' && key(i) === key(p))) {
          report({ result: i, path: resultPath(i, 'statement'), message: messages.childRestatesParent({ parent: records[p]!.id }) });
          break;
        }
      }
    }
  },
});

const indicatorLabel = (id: string | undefined, statement: string): string => (id === undefined ? quote(statement, 60) : `${id} ${quote(statement, 60)}`);

/** An indicator that is the same as one of a parent's indicators. */
export const indicatorCopiedFromParent = defineRule({
  id: 'indicator-copied-from-parent',
  defaultSeverity: 'warning',
  family: 'duplicates',
  description: {
    id: 'IK kinerja tidak sama dengan IK induknya: kinerja di bawah mengukur kondisinya sendiri yang lebih spesifik.',
    en: 'A result does not reuse its parent\'s indicator: a result below measures its own, more specific condition.',
  },
  messages: ['indicatorCopiedFromParent'],
  check(ctx, report) {
    const { records, indexOf, parentOf, indicatorStart, indicators } = ctx;
    const { hash } = indicatorFacts(ctx);
    /** True when result `p` has an indicator with the normalised statement of indicator `q`. */
    const hasIndicator = (p: number, q: number): boolean => {
      for (let o = indicatorStart[p]!; o < indicatorStart[p + 1]!; o++) if (sameStatement(ctx, hash, o, q)) return true;
      return false;
    };
    for (let i = 0; i < records.length; i++) {
      const base = indicatorStart[i]!;
      const count = indicatorStart[i + 1]! - base;
      if (count === 0) continue;
      const r = records[i]!;
      if (r.parent === null && r.contributesTo.length === 0) continue;
      for (let k = 0; k < count; k++) {
        // The primary parent, then the further ones.
        for (let j = r.parent === null ? 0 : -1; j < r.contributesTo.length; j++) {
          const p = j < 0 ? parentOf[i]! : (indexOf.get(r.contributesTo[j]!) ?? -1);
          if (p < 0 || !hasIndicator(p, base + k)) continue;
          const ind = indicators[base + k]!;
          report({
            result: i,
            indicator: k,
            path: indicatorPath(i, k, 'statement'),
            message: messages.indicatorCopiedFromParent({ parent: records[p]!.id, indicator: indicatorLabel(ind.id, ind.statement) }),
          });
          break;
        }
      }
    }
  },
});

/** The same indicator twice on one result. */
export const duplicateIndicator = defineRule({
  id: 'duplicate-indicator',
  defaultSeverity: 'warning',
  family: 'duplicates',
  description: {
    id: 'Satu kinerja tidak memuat IK yang sama dua kali.',
    en: 'A result does not list the same indicator twice.',
  },
  messages: ['duplicateIndicator'],
  check(ctx, report) {
    const { records, indicatorStart, indicators } = ctx;
    const { hash } = indicatorFacts(ctx);
    for (let i = 0; i < records.length; i++) {
      const base = indicatorStart[i]!;
      const count = indicatorStart[i + 1]! - base;
      if (count < 2) continue;
      // Results hold a handful of indicators: a scan beats a map per result; a map for long lists.
      const seen = count > 16 ? new Map<string, number>() : undefined;
      for (let k = 0; k < count; k++) {
        let f: number | undefined;
        if (seen === undefined) {
          for (let j = 0; j < k; j++) {
            if (sameStatement(ctx, hash, base + j, base + k)) {
              f = j;
              break;
            }
          }
        } else {
          const norm = indicatorNorm(ctx, base + k);
          f = seen.get(norm);
          if (f === undefined) seen.set(norm, k);
        }
        if (f !== undefined) {
          const ind = indicators[base + k]!;
          report({ result: i, indicator: k, path: indicatorPath(i, k, 'statement'), message: messages.duplicateIndicator({ indicator: indicatorLabel(ind.id, ind.statement), first: f }) });
        }
      }
    }
  },
});

/** True when indicators `a` and `b` have the same normalised statement: the hashes first, the statements to be sure. */
function sameStatement(ctx: ReviewContext, hash: Int32Array, a: number, b: number): boolean {
  return hash[a] === hash[b] && indicatorNorm(ctx, a) === indicatorNorm(ctx, b);
}

/** The duplicate rules. */
export const duplicateRules = [duplicateSibling, duplicateStatement, childRestatesParent, indicatorCopiedFromParent, duplicateIndicator] as const;
