/**
 * The review's configuration file: `pokin.config.json` or `pokin.config.js` (looked for from the
 * working folder upwards), or the file named with `--config`. It sets rules (`"off"`, a severity,
 * or `[severity, options]`) and loads plug-ins (rule modules or `{ name, rules }` objects), the
 * way an ESLint or stylelint config does:
 *
 * ```json
 * { "plugins": ["./rules/prov-jatim.js"], "rules": { "single-child": "off", "statement-length": ["info", { "maxWords": 30 }] } }
 * ```
 *
 * A JavaScript config exports the same object as its default export and may hold rule modules
 * directly. A plug-in named by a string is a path relative to the config file or a package name,
 * imported (a package as Node's `import` finds it from the config file's folder: see
 * `resolve-package.ts`); its default export (or the module itself) is the rule or the plug-in.
 *
 * @module
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  RuleError,
  RuleOptionsError,
  UsageError,
  resolveRuleSettings,
  type ReviewOptions,
  type ReviewPlugin,
  type RuleEntry,
  type RuleModule,
} from '@pokin/core/review';
import { CliUsageError } from './errors.js';
import { plugin as pluginWords, usage } from './messages/index.js';
import { importModule } from './import-module.js';
import { resolvePackage } from './resolve-package.js';

/** Names looked for, in this order, in each folder from the working folder upwards. */
export const CONFIG_NAMES = ['pokin.config.json', 'pokin.config.js', 'pokin.config.mjs'] as const;

/** What a config gives the review. */
export interface ReviewConfig {
  /** The file it came from, undefined when there is none. */
  readonly file?: string;
  readonly rules: Readonly<Record<string, RuleEntry>>;
  readonly plugins: NonNullable<ReviewOptions['plugins']>;
  /** Each plug-in as the config names it (the string it gives, else the plug-in's `name`), for messages. */
  readonly pluginNames: readonly string[];
}

const EMPTY: ReviewConfig = Object.freeze({ rules: {}, plugins: [], pluginNames: [] });

/** The config file for `cwd`: the explicit one, or the first found upwards; undefined when none. */
export function findConfig(cwd: string, explicit?: string): string | undefined {
  if (explicit !== undefined) {
    const file = isAbsolute(explicit) ? explicit : resolve(cwd, explicit);
    if (!existsSync(file) || !statSync(file).isFile()) throw new CliUsageError(usage.configMissing(explicit));
    return file;
  }
  for (let dir = resolve(cwd), depth = 0; depth < 64; depth++) {
    for (const name of CONFIG_NAMES) {
      const file = join(dir, name);
      if (existsSync(file) && statSync(file).isFile()) return file;
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

/** Loads the review config for `cwd` (see the module comment). Errors are `CliUsageError`s naming the file. */
export async function loadReviewConfig(cwd: string, explicit?: string): Promise<ReviewConfig> {
  const file = findConfig(cwd, explicit);
  if (file === undefined) return EMPTY;
  let raw: unknown;
  if (file.endsWith('.json')) {
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new CliUsageError(usage.configNotJson(file, (e as Error).message));
    }
  } else {
    try {
      const mod = (await importModule(pathToFileURL(file).href)) as { default?: unknown };
      raw = mod.default ?? mod;
    } catch (e) {
      throw new CliUsageError(usage.configNotLoaded(file, (e as Error).message));
    }
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new CliUsageError(usage.configNotObject(file));
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) if (key !== 'rules' && key !== 'plugins') throw new CliUsageError(usage.configUnknownKey(file, key));
  const rules = obj.rules ?? {};
  if (rules === null || typeof rules !== 'object' || Array.isArray(rules)) throw new CliUsageError(usage.configRulesNotObject(file));
  const list = obj.plugins ?? [];
  if (!Array.isArray(list)) throw new CliUsageError(usage.configPluginsNotList(file));
  const plugins: (RuleModule | ReviewPlugin)[] = [];
  const pluginNames: string[] = [];
  for (const [i, p] of list.entries()) {
    plugins.push(typeof p === 'string' ? await importPlugin(file, p) : (p as RuleModule | ReviewPlugin));
    const name = typeof p === 'string' ? p : (p as { name?: unknown } | null)?.name;
    pluginNames.push(typeof name === 'string' ? `"${name}"` : `plugins[${i}]`);
  }
  return { file, rules: rules as Record<string, RuleEntry>, plugins, pluginNames };
}

async function importPlugin(configFile: string, spec: string): Promise<RuleModule | ReviewPlugin> {
  const base = dirname(configFile);
  // A path is taken as written (its import says when it is missing); a package name is looked up
  // as Node's import would, from the config file's folder.
  const target = spec.startsWith('.') || isAbsolute(spec) ? resolve(base, spec) : resolvePackage(spec, base);
  if (target === undefined) throw new CliUsageError(usage.pluginNotFound(configFile, spec));
  try {
    const mod = (await importModule(pathToFileURL(target).href)) as { default?: unknown };
    return (mod.default ?? mod) as RuleModule | ReviewPlugin;
  } catch (e) {
    throw new CliUsageError(usage.pluginNotLoaded(configFile, spec, (e as Error).message));
  }
}

/**
 * Checks the rule settings a review will run with (the config's, after `--rule`), before any output:
 * options a rule refuses, an unknown rule id or setting become one `CliUsageError` naming the
 * config file. `extra` are rules known besides the config's plug-ins (the workspace rules).
 */
export function checkRuleSettings(
  config: ReviewConfig,
  rules: Readonly<Record<string, RuleEntry>>,
  extra: readonly RuleModule[] = [],
): void {
  try {
    resolveRuleSettings(rules, config.plugins, extra);
  } catch (e) {
    const file = config.file ?? '--rule';
    if (e instanceof RuleError) throw pluginError(config, e);
    if (e instanceof RuleOptionsError) throw new CliUsageError(usage.ruleOptions(file, e.ruleId, e.option, e.reason));
    if (e instanceof UsageError)
      throw new CliUsageError(
        usage.configRuleSettings(file, e.message.replace(/^@pokin\/core review: /, '').replace(/ in options\.rules$/, '')),
      );
    throw e;
  }
}

/** The plug-in of `config` that holds the rule `id`, by position; -1 for none (one of pokin's rules). */
function pluginOf(config: ReviewConfig, id: string): number {
  return config.plugins.findIndex((p) =>
    'meta' in p ? p.meta?.id === id : Object.values(p.rules ?? {}).some((r) => (r as RuleModule | undefined)?.meta?.id === id),
  );
}

/**
 * A {@link RuleError} of the review (a plug-in that cannot be loaded, a rule that failed) as one
 * `CliUsageError` naming the config file, the plug-in and the rule, in the user's language.
 */
export function pluginError(config: ReviewConfig, e: RuleError): CliUsageError {
  const at = e.pluginIndex ?? pluginOf(config, e.ruleId);
  const name = at < 0 ? undefined : (config.pluginNames[at] ?? `plugins[${at}]`);
  const otherAt = e.params.otherIndex;
  const other = typeof otherAt === 'number' ? (config.pluginNames[otherAt] ?? `plugins[${otherAt}]`) : '';
  return new CliUsageError(pluginWords.problem(e, config.file, name, other));
}

/** Runs `review` (or `reviewWorkspace`) with `config`: a rule that fails is one `CliUsageError` (see {@link pluginError}). */
export function withPlugins<T>(config: ReviewConfig, review: () => T): T {
  try {
    return review();
  } catch (e) {
    if (e instanceof RuleError) throw pluginError(config, e);
    throw e;
  }
}
