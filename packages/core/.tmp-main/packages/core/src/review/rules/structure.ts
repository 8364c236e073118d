/**
 * Structure rules: every result is measured, branches end in outputs, outputs end branches, every
 * result leads up to the top of the tree.
 *
 * @module
 */
import { resultPath } from '../context.js';
import { messages } from '../messages.js';
import { defineRule } from '../rule.js';

/** A result without any indicator. */
export const indicatorMissing = defineRule({
  id: 'indicator-missing',
  defaultSeverity: 'error',
  family: 'structure',
  description: {
    id: 'Setiap kinerja punya minimal satu indikator kinerja (IK).',
    en: 'Every result has at least one performance indicator.',
  },
  messages: ['indicatorMissing'],
  check(ctx, report) {
    const { records, indicatorStart } = ctx;
    for (let i = 0; i < records.length; i++) {
      if (indicatorStart[i + 1] === indicatorStart[i]) report({ result: i, path: resultPath(i, 'indicators'), message: messages.indicatorMissing() });
    }
  },
});

/** A branch that ends above the output level. */
export const leafNotOutput = defineRule({
  id: 'leaf-not-output',
  defaultSeverity: 'warning',
  family: 'structure',
  description: {
    id: 'Setiap cabang berakhir pada output: kinerja tanpa turunan berada di level output.',
    en: 'Every branch ends in outputs: a result with nothing below it is at the output level.',
  },
  messages: ['leafNotOutput'],
  check(ctx, report) {
    const { records, childCount, profile, cascade } = ctx;
    for (let i = 0; i < records.length; i++) {
      if (childCount[i] !== 0 || profile[i]!.leaf || ctx.rank[i]! < 0) continue;
      report({ result: i, path: resultPath(i, 'level'), message: messages.leafNotOutput({ level: cascade.levels[ctx.rank[i]!]!.label }) });
    }
  },
});

/** An output with results below it. */
export const outputHasChildren = defineRule({
  id: 'output-has-children',
  defaultSeverity: 'warning',
  family: 'structure',
  description: {
    id: 'Output adalah ujung pohon: tidak ada kinerja di bawah output.',
    en: 'Outputs end their branch: no result sits below an output.',
  },
  messages: ['outputHasChildren'],
  check(ctx, report) {
    const { records, childCount, profile, cascade } = ctx;
    for (let i = 0; i < records.length; i++) {
      if (childCount[i] === 0 || profile[i]!.statement !== 'output') continue;
      const level = cascade.levels[ctx.rank[i]!]!.label;
      report({ result: i, path: resultPath(i), message: messages.outputHasChildren({ level, count: childCount[i]! }) });
    }
  },
});

/** A root below the top of the tree, linked to nothing above. */
export const orphanResult = defineRule({
  id: 'orphan-result',
  defaultSeverity: 'warning',
  family: 'structure',
  description: {
    id: 'Setiap kinerja terhubung ke atas sampai kinerja tertinggi pohon; kinerja tanpa induk hanya ada di level teratas.',
    en: 'Every result leads up to the top of the tree; only results at the top level have no parent.',
  },
  messages: ['orphanResult'],
  check(ctx, report) {
    const { records, rank, cascade } = ctx;
    let top = Infinity;
    for (let i = 0; i < records.length; i++) if (records[i]!.parent === null && rank[i]! >= 0 && rank[i]! < top) top = rank[i]!;
    if (top === Infinity) return;
    const topLabel = cascade.levels[top]!.label;
    for (let i = 0; i < records.length; i++) {
      const r = records[i]!;
      if (r.parent !== null || r.contributesTo.length > 0 || rank[i]! <= top) continue;
      report({ result: i, path: resultPath(i, 'parent'), message: messages.orphanResult({ level: cascade.levels[rank[i]!]!.label, top: topLabel }) });
    }
  },
});

/** A result that only one result brings about. */
export const singleChild = defineRule({
  id: 'single-child',
  defaultSeverity: 'info',
  family: 'structure',
  description: {
    id: 'Kinerja yang hanya diwujudkan oleh satu kinerja di bawahnya: periksa kecukupan sebab-akibatnya.',
    en: 'A result brought about by a single result below it: check that the cause is sufficient.',
  },
  messages: ['singleChild'],
  check(ctx, report) {
    const { records, childCount, childStart, childList } = ctx;
    for (let i = 0; i < records.length; i++) {
      if (childCount[i] !== 1 || childStart[i + 1]! - childStart[i]! !== 1) continue;
      const child = records[childList[childStart[i]!]!]!.id;
      report({ result: i, path: resultPath(i), message: messages.singleChild({ child }) });
    }
  },
});

/** The structure rules. */
export const structureRules = [indicatorMissing, leafNotOutput, outputHasChildren, orphanResult, singleChild] as const;
