/**
 * A factory for the "statement form" rules: one level (or every result but the nomenclature
 * levels), one test on the statement's grammatical form, one message.
 *
 * @module
 */
import { defineRule } from '../../api.js';
import type { LevelRole, ResultNode, RuleModule, RuleModuleMeta, RuleVisitors, StatementForm } from '../../api.js';
import { capital, statementForm } from '../../text.utils.js';
import { documentOutcomes, isNomenclature, levelWord } from './index.js';

/** What a statement-form test sees: the form and head read from the statement, and the normalised statement. */
export interface StatementFacts {
  readonly form: StatementForm;
  readonly head: string;
  readonly norm: string;
}

/** A statement-form rule: its meta (its message is given `{level}` and `{head}`) and its test. */
export interface StatementFormSpec {
  /** The message reported, a key of `meta.messages`. */
  readonly messageId: string;
  /** The level role checked; omitted, every result whose level is not a nomenclature level. */
  readonly role?: 'outcome' | 'output';
  /** True when the statement is phrased wrongly: the rule reports it. */
  readonly test: (s: StatementFacts) => boolean;
  /**
   * Tests for the statements of a Renstra nomenclature level too (a program's outcome or a
   * kegiatan's result as the agency words it), each with its own message or the rule's. Omitted,
   * those levels are not checked.
   */
  readonly nomenclature?: readonly {
    readonly role: 'program' | 'kegiatan';
    readonly test: (s: StatementFacts) => boolean;
    readonly messageId?: string;
  }[];
  /** Also check Langkah 1's outcome and the CSF desired conditions, as outcomes. @default false */
  readonly documentOutcomes?: boolean;
  readonly meta: RuleModuleMeta;
}

const OUTCOME = { id: 'outcome', en: 'outcome' };

/** Checks the level then the form. */
function applies(role: LevelRole | undefined, r: ResultNode): boolean {
  return role === undefined ? !isNomenclature(r.level?.role) : r.level?.role === role;
}

/** Builds a rule that reports each statement of `role` for which `test` holds, at its `statement`. */
export function statementFormRule(spec: StatementFormSpec): RuleModule {
  const { messageId } = spec;
  return defineRule({
    meta: spec.meta,
    create(context) {
      const visitors: RuleVisitors = {
        result(r) {
          const role = r.level?.role;
          const other = role === 'program' || role === 'kegiatan' ? spec.nomenclature?.find((n) => n.role === role) : undefined;
          if (other === undefined ? !applies(spec.role, r) || !spec.test(r) : !other.test(r)) return;
          const data = { level: levelWord(r), head: capital(r.head) };
          context.report({ messageId: other?.messageId ?? messageId, data, result: r, path: r.path('statement') });
        },
      };
      if (spec.documentOutcomes === true)
        visitors.document = (doc) => {
          for (const d of documentOutcomes(doc.cascade)) {
            const norm = context.text.normalize(d.text);
            const f = statementForm(norm);
            if (spec.test({ ...f, norm })) context.report({ messageId, data: { level: OUTCOME, head: capital(f.head) }, path: d.path });
          }
        };
      return visitors;
    },
  });
}
