/**
 * `--levels`: the level scheme of CSV and `.xlsx` inputs, a preset name or a JSON/YAML file, read
 * once per run.
 *
 * @module
 */
import type { CascadeDocument } from '@pokin/core';
import { LEVEL_PRESETS, formatIssue, isLevelPresetName, safeParseCascade } from '@pokin/core/review';
import { CliUsageError, InputError } from '../errors.js';
import { input, t } from '../messages/index.js';
import type { ResolvedIO } from '../io.js';
import { decodeText } from './decode.js';
import { loadJsonText, parseYamlText } from './document.js';
import { DEFAULT_MAX_YAML_BYTES, formatOfPath, type LoadOptions } from './formats.js';
import { readBytes } from './read.js';

/**
 * The scheme `--levels` names: a preset name as is, else the `levels` of the JSON or YAML file at
 * that path (a document, or the list alone). Read once per run.
 */
export async function levelsOption(spec: string, io: ResolvedIO): Promise<CascadeDocument['levels']> {
  if (isLevelPresetName(spec)) return spec;
  let cached = levelsCache.get(io);
  if (cached?.spec !== spec) {
    cached = { spec, levels: readLevelsFile(spec, io) };
    levelsCache.set(io, cached);
  }
  return cached.levels;
}

/**
 * Reads the `--levels` file, if any, before the first input, so a bad one stops the command once
 * (a {@link CliUsageError}, exit 2) instead of failing every CSV input in turn.
 */
export async function prepareLoad(options: LoadOptions, io: ResolvedIO): Promise<void> {
  if (options.levels === undefined) return;
  try {
    await levelsOption(options.levels, io);
  } catch (e) {
    if (e instanceof InputError) {
      const line = (locale: 'id' | 'en') => `--levels: ${e.format(locale).replace(/^pokin: /, '')}`;
      throw new CliUsageError(t(line('id'), line('en')));
    }
    throw e;
  }
}

const levelsCache = new WeakMap<ResolvedIO, { spec: string; levels: Promise<CascadeDocument['levels']> }>();

async function readLevelsFile(spec: string, io: ResolvedIO): Promise<CascadeDocument['levels']> {
  const format = formatOfPath(spec);
  if (format !== 'json' && format !== 'yaml') {
    throw new InputError(spec, input.levelsNotPreset(spec, Object.keys(LEVEL_PRESETS)), {}, 'usage-error');
  }
  const text = decodeText(await readBytes(spec, io, DEFAULT_MAX_YAML_BYTES, format === 'yaml'), spec);
  const parsed = format === 'json' ? await loadJsonText(text, spec) : await parseYamlText(text, spec);
  const value = parsed.value as { levels?: unknown } | unknown[] | null;
  const levels = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? value.levels : undefined;
  if (levels === undefined) throw new InputError(spec, input.levelsMissing(), {}, 'usage-error');
  // The scheme is checked as a document would check it, with one placeholder result.
  const check = safeParseCascade({ pokin: 1, title: '-', levels, results: [] });
  const problem = check.success ? undefined : check.error.issues.find((i) => i.segments[0] === 'levels');
  if (problem !== undefined) {
    const at = Array.isArray(value) ? problem.segments.slice(1) : problem.segments;
    const text = t(formatIssue(problem, 'id'), formatIssue(problem, 'en'));
    throw new InputError(spec, text, { ...parsed.locate(at), field: problem.path }, 'usage-error');
  }
  return levels as CascadeDocument['levels'];
}
