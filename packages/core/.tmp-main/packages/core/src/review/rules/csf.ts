/**
 * CSF rules (Langkah 2): every desired condition is realised by a result of the tree, and the
 * result named for it says the same thing.
 *
 * @module
 */
import { quote } from '../context.js';
import { messages } from '../messages.js';
import { defineRule } from '../rule.js';
import { normalizeStatement } from '../text.utils.js';

/** A desired condition no result realises. */
export const csfUnrealised = defineRule({
  id: 'csf-unrealised',
  defaultSeverity: 'warning',
  family: 'csf',
  description: {
    id: 'Setiap kondisi yang diinginkan CSF diwujudkan oleh satu kinerja pohon (`result`, atau kinerja dengan pernyataan yang sama).',
    en: 'Every CSF desired condition is realised by a result of the tree (`result`, or a result with the same statement).',
  },
  messages: ['csfUnrealised'],
  check(ctx, report) {
    const csf = ctx.cascade.csf;
    if (csf.length === 0) return;
    // The conditions no `result` realises, looked for among the statements in one scan (a set of
    // the few conditions, not of every statement of a large tree).
    const wanted = new Map<string, number[]>();
    csf.forEach((c, k) => {
      if (c.result !== undefined && ctx.indexOf.has(c.result)) return;
      const key = normalizeStatement(c.desiredCondition);
      const list = wanted.get(key);
      if (list === undefined) wanted.set(key, [k]);
      else list.push(k);
    });
    const { norm } = ctx;
    for (let i = 0; i < norm.length && wanted.size > 0; i++) wanted.delete(norm[i]!);
    const unrealised = [...wanted.values()].flat().sort((a, b) => a - b);
    for (const k of unrealised) report({ path: `csf[${k}]`, message: messages.csfUnrealised({ condition: quote(csf[k]!.desiredCondition) }) });
  },
});

/** A CSF whose result says something else. */
export const csfResultMismatch = defineRule({
  id: 'csf-result-mismatch',
  defaultSeverity: 'info',
  family: 'csf',
  description: {
    id: 'Kinerja yang disebut mewujudkan CSF (`result`) punya pernyataan yang sama dengan kondisi yang diinginkan.',
    en: 'The result named to realise a CSF (`result`) has the same statement as the desired condition.',
  },
  messages: ['csfResultMismatch'],
  check(ctx, report) {
    ctx.cascade.csf.forEach((c, k) => {
      if (c.result === undefined) return;
      const i = ctx.indexOf.get(c.result);
      if (i === undefined || ctx.norm[i] === normalizeStatement(c.desiredCondition)) return;
      report({
        result: i,
        path: `csf[${k}].result`,
        message: messages.csfResultMismatch({ condition: quote(c.desiredCondition), result: c.result, statement: quote(ctx.records[i]!.statement) }),
      });
    });
  },
});

/** The CSF rules. */
export const csfRules = [csfUnrealised, csfResultMismatch] as const;
