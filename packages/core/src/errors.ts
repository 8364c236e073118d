/**
 * Typed errors. Messages start with the package and function, so a log line says where it came
 * from (as graphology's errors do).
 *
 * @module
 */

/**
 * Kinds of problem that {@link CascadeError} reports, each a stable code with its own parameters
 * (see `docs/file-format.md`, "Errors"). Schema problems: `not-object`, `version`, `unknown-key`,
 * `required`, `wrong-type`, `empty`, `no-results`, `too-few`, `invalid-id`, `invalid-reference`,
 * `invalid-year`, `invalid-key`, `invalid-value`, `out-of-range`, `not-integer`, `period-order`
 * (and `schema` for anything else); structure: `duplicate-id`, `duplicate-indicator-id`,
 * `missing-parent`, `missing-contributes-to`, `self-reference`, `cycle`, `unknown-level`,
 * `unknown-level-preset`, `duplicate-level`, `level-order`, `missing-csf-result`; input that is
 * not plain data: `not-data`; and `too-many-issues` after the first 1,000.
 */
export type CascadeIssueCode =
  | 'schema'
  | 'not-object'
  | 'version'
  | 'unknown-key'
  | 'required'
  | 'wrong-type'
  | 'empty'
  | 'no-results'
  | 'too-few'
  | 'invalid-id'
  | 'invalid-reference'
  | 'invalid-year'
  | 'invalid-key'
  | 'invalid-value'
  | 'out-of-range'
  | 'not-integer'
  | 'period-order'
  | 'duplicate-id'
  | 'duplicate-indicator-id'
  | 'missing-parent'
  | 'missing-contributes-to'
  | 'self-reference'
  | 'cycle'
  | 'unknown-level'
  | 'unknown-level-preset'
  | 'duplicate-level'
  | 'level-order'
  | 'missing-csf-result'
  | 'not-data'
  | 'too-many-issues';

/** One problem found in a document. */
export interface CascadeIssue {
  /** What kind of problem it is. */
  readonly code: CascadeIssueCode;
  /** Where: a path such as `results[3].parent` (empty for the document itself). */
  readonly path: string;
  /** The same place as segments, e.g. `['results', 3, 'parent']`, for mapping to a line. */
  readonly segments: readonly (string | number)[];
  /**
   * The issue's parameters: the document text it names (quoted and shortened, e.g. `id: '"OP7"'`)
   * and the other words of its message, so a program can say it in its own words or language.
   */
  readonly params: Readonly<Record<string, string | number>>;
  /** What is wrong, in the language `parseCascade` was asked for (English by default; see `formatIssue`). */
  readonly message: string;
}

/** Base class of every error that pokin throws. */
export class PokinError extends Error {
  override name = 'PokinError';
}

/** A programmer mistake such as asking for a result id that is not in the cascade. */
export class NotFoundError extends PokinError {
  override name = 'NotFoundError';
}

/** A function was called with an argument it cannot use. */
export class UsageError extends PokinError {
  override name = 'UsageError';
}

/**
 * The `UsageError` that `review` and `resolveRuleSettings` throw when a rule's options are refused
 * by its schema: it names the rule, the option and zod's reason, so a program (the CLI) can say
 * it in its own words or language.
 */
export class RuleOptionsError extends UsageError {
  override name = 'RuleOptionsError';
  /** The rule's id. */
  readonly ruleId: string;
  /** The option as a dotted path, e.g. `maxWords`; empty when the options as a whole are refused. */
  readonly option: string;
  /** Why, in zod's words (English). */
  readonly reason: string;

  constructor(ruleId: string, option: string, reason: string) {
    const where = option === '' ? '' : ` (${option})`;
    super(`@pokin/core review: options of rule "${ruleId}"${where}: ${reason}`);
    this.ruleId = ruleId;
    this.option = option;
    this.reason = reason;
  }
}

/** Formats path segments as `results[3].indicators[0].unit`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out === '' ? String(s) : `.${String(s)}`;
  }
  return out;
}

/**
 * A document that is not a valid cascade. `issues` lists every schema and structural problem at
 * once, each with its path, so a user can fix them all in one go.
 */
export class CascadeError extends PokinError {
  override name = 'CascadeError';
  /** Every problem found, in document order. */
  readonly issues: readonly CascadeIssue[];

  /**
   * @param issues - every problem, in document order
   * @param source - who reports them, at the start of the message
   * @param locale - language of the message's own words (the issues' messages are already in theirs)
   */
  constructor(issues: readonly CascadeIssue[], source = '@pokin/core parseCascade', locale: 'id' | 'en' = 'en') {
    const n = issues.length;
    const id = locale === 'id';
    const short = (path: string): string => (path.length > 200 ? `${path.slice(0, 200)}...` : path);
    const lines = issues.slice(0, 50).map((i) => `  ${short(i.path) || (id ? '(dokumen)' : '(document)')}: ${i.message}`);
    if (n > 50) lines.push(id ? `  ... dan ${n - 50} lagi` : `  ... and ${n - 50} more`);
    const head = id ? `${n} masalah dalam dokumen` : `${n} problem${n === 1 ? '' : 's'} in the document`;
    super(`${source}: ${head}\n${lines.join('\n')}`);
    this.issues = Object.freeze([...issues]);
  }
}

/**
 * Kinds of problem that {@link RuleError} reports, each with its own `params`:
 *
 * - when the rules are loaded: `not-a-rule` (a plug-in entry without `meta.id` and `create`),
 *   `clash-builtin` (a plug-in rule with the id of one of pokin's rules), `clash-plugin` (two
 *   plug-ins' rules with one id; `other`, `otherIndex`: the first), `severity` (`value`),
 *   `messages-missing`, `message-text` (`messageId`: a message without its `id` or `en` text),
 *   `placeholders-differ` (`messageId`, `idNames`, `enNames`: the two texts' `{placeholders}`);
 * - when the review runs: `threw` (`where`: `create`, `document`, `result`, `indicator` or `exit`;
 *   `resultId` and `indicatorIndex` for a result or indicator visitor; `reason`: the error's
 *   message, the error itself is the `cause`), `create-promise`, `create-not-object` (`got`),
 *   `unknown-message` (`messageId`), `data-missing` (`messageId`, `placeholder`).
 */
export type RuleProblem =
  | 'not-a-rule'
  | 'clash-builtin'
  | 'clash-plugin'
  | 'severity'
  | 'messages-missing'
  | 'message-text'
  | 'placeholders-differ'
  | 'threw'
  | 'create-promise'
  | 'create-not-object'
  | 'unknown-message'
  | 'data-missing';

/**
 * The `UsageError` that `review`, `reviewWorkspace` and `resolveRuleSettings` throw for a rule
 * that cannot run: a plug-in's `meta` or id refused when the rules are loaded, or a rule that
 * throws, returns no visitors or reports what its `meta` does not define. It names the rule (and
 * the plug-in, when known) and carries the problem as a code with its parameters, so a program
 * (the CLI) can say it in its own words or language; a rule's own error is its `cause`.
 */
export class RuleError extends UsageError {
  override name = 'RuleError';
  /** What went wrong. */
  readonly code: RuleProblem;
  /** The rule's id (`?` when an entry is not a rule at all). */
  readonly ruleId: string;
  /** Position of the plug-in in `options.plugins`, when the problem is found while loading them. */
  readonly pluginIndex: number | undefined;
  /** The plug-in's `name`, when it has one. */
  readonly plugin: string | undefined;
  /** The problem's parameters (see {@link RuleProblem}). */
  readonly params: Readonly<Record<string, string | number>>;

  /**
   * @param code - what went wrong
   * @param ruleId - the rule
   * @param detail - the problem in English, after the rule's name
   * @param params - the problem's parameters
   * @param from - the plug-in, when known
   * @param cause - the error the rule threw
   */
  constructor(
    code: RuleProblem,
    ruleId: string,
    detail: string,
    params: Readonly<Record<string, string | number>> = {},
    from: { readonly index?: number; readonly name?: string } = {},
    cause?: unknown,
  ) {
    const plugin = from.name !== undefined ? `plugin "${from.name}"` : from.index !== undefined ? `plugins[${from.index}]` : '';
    super(`@pokin/core review: ${plugin === '' ? '' : `${plugin}: `}rule "${ruleId}": ${detail}`, cause === undefined ? {} : { cause });
    this.code = code;
    this.ruleId = ruleId;
    this.pluginIndex = from.index;
    this.plugin = from.name;
    this.params = Object.freeze({ ...params });
  }
}
