/**
 * The rules of a review: pokin's own, then each plug-in's, with each plug-in rule's `meta` checked
 * when it is loaded rather than when its first finding is formatted.
 *
 * @module
 */
import { RuleError, UsageError } from '../errors.js';
import type { RuleModule } from './api.js';
import { BUILTIN_RULES, WORKSPACE_RULE_IDS } from './registry.js';
import type { ReviewOptions, ReviewPlugin } from './types.js';

const SEVERITIES = new Set<string>(['off', 'error', 'warning', 'info']);

/** Where a plug-in rule comes from. */
interface Source {
  readonly index: number;
  readonly name?: string;
}

/**
 * The rules of a review: the built-in ones (and `own`: pokin's other rules, the workspace rules in
 * a workspace review), then each plug-in's, in order. Throws a {@link RuleError} (a `UsageError`)
 * for an entry that is not a rule, a plug-in rule whose id is one of pokin's rules (the workspace
 * rules too, in either kind of review) or another plug-in's, or a `meta` the engine cannot use.
 */
export function collectRules(plugins: ReviewOptions['plugins'] = [], own: readonly RuleModule[] = []): RuleModule[] {
  const out: RuleModule[] = [...BUILTIN_RULES, ...own];
  const builtin = new Set([...out.map((r) => r.meta.id), ...WORKSPACE_RULE_IDS]);
  const taken = new Map<string, Source>();
  const add = (rule: RuleModule, from: Source): void => {
    if (rule === null || typeof rule !== 'object' || typeof rule.create !== 'function' || typeof rule.meta?.id !== 'string') {
      const id = typeof (rule as RuleModule | null)?.meta?.id === 'string' ? rule.meta.id : '?';
      throw new RuleError('not-a-rule', id, 'is not a rule (a rule has meta.id and create())', {}, from);
    }
    const { id } = rule.meta;
    if (builtin.has(id))
      throw new RuleError('clash-builtin', id, "has the id of pokin's built-in rule; give it the plug-in's prefix", {}, from);
    const first = taken.get(id);
    if (first !== undefined) {
      const other = first.name !== undefined ? `plugin "${first.name}"` : `plugins[${first.index}]`;
      throw new RuleError('clash-plugin', id, `is defined by ${other} too`, { other, otherIndex: first.index }, from);
    }
    checkMeta(rule.meta, from);
    taken.set(id, from);
    out.push(rule);
  };
  plugins.forEach((p, index) => {
    // A plug-in as the config file names it (a path) or nothing at all: typed away, so read as unknown.
    const given: unknown = p;
    if (given === null || typeof given !== 'object') {
      const what = typeof given === 'string' ? `the text "${given}"` : String(given);
      throw new UsageError(
        `@pokin/core review: plugins[${index}] is ${what}, not a plug-in: give the imported module (a path is read only from the CLI's config file)`,
      );
    }
    if ((p as RuleModule).meta !== undefined) add(p as RuleModule, { index });
    else {
      const plugin = p as ReviewPlugin;
      const from = typeof plugin.name === 'string' ? { index, name: plugin.name } : { index };
      const rules = Array.isArray(plugin.rules) ? plugin.rules : Object.values(plugin.rules ?? {});
      for (const r of rules) add(r as RuleModule, from);
    }
  });
  return out;
}

/** The `{placeholders}` of a message text, sorted, each once. */
export function placeholders(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(/\{([A-Za-z0-9_]+)\}/g), (m) => m[1]!))].sort();
}

/** A plug-in rule's `meta` as the engine needs it: a severity, and each message in both languages with the same placeholders. */
function checkMeta(meta: RuleModule['meta'], from: Source): void {
  const fail = (code: 'severity' | 'messages-missing' | 'message-text' | 'placeholders-differ', what: string, params = {}): never => {
    throw new RuleError(code, meta.id, what, params, from);
  };
  if (!SEVERITIES.has(meta.defaultSeverity))
    fail('severity', `meta.defaultSeverity is "${String(meta.defaultSeverity)}"; use "off", "error", "warning" or "info"`, {
      value: String(meta.defaultSeverity),
    });
  if (meta.messages === null || typeof meta.messages !== 'object')
    fail('messages-missing', 'meta.messages is missing (an object of messages, each { id, en })');
  for (const [key, m] of Object.entries(meta.messages)) {
    if (m === null || typeof m !== 'object' || typeof m.id !== 'string' || typeof m.en !== 'string')
      fail('message-text', `meta.messages.${key} needs an "id" (Bahasa Indonesia) and an "en" text`, { messageId: key });
    const id = placeholders(m.id).join(', ');
    const en = placeholders(m.en).join(', ');
    if (id !== en)
      fail(
        'placeholders-differ',
        `meta.messages.${key}: the "id" text has the placeholders {${id}} and the "en" text {${en}}; use the same`,
        {
          messageId: key,
          idNames: id,
          enNames: en,
        },
      );
  }
}
