/**
 * A JSON or YAML input's parsed text to a {@link Cascade}: the result limit, core's issues as
 * located one-line errors in the order of the text, and stdin in JSON or flow-style YAML.
 *
 * @module
 */
import { formatIssue, safeParseCascade, type Cascade, type CascadeIssue } from '@pokin/core/review';
import { InputError } from '../errors.js';
import { input, same, t, type Text } from '../messages/index.js';
import { loadJsonText, parseYamlText, type ParsedText } from './document.js';
import { MAX_PROBLEMS, problems, type InputFormat, type LoadedInput, type LoadOptions } from './formats.js';

/**
 * Stdin that starts with `{` or `[` is JSON, or YAML in flow style (`{pokin: 1, ...}`): when it is
 * not valid JSON but is valid YAML (and within the YAML limit), it is read as YAML; otherwise the
 * JSON error stands, with a hint.
 */
export async function guessedJson(text: string, file: string, options: LoadOptions, yamlAllowed: boolean): Promise<LoadedInput> {
  let parsed: ParsedText;
  let format: InputFormat = 'json';
  try {
    parsed = await loadJsonText(text, file);
  } catch (jsonError) {
    if (!(jsonError instanceof InputError) || !yamlAllowed) throw jsonError;
    try {
      parsed = await parseYamlText(text, file);
      format = 'yaml';
    } catch {
      throw new InputError(
        jsonError.file,
        input.readAsJson(typeof jsonError.text === 'string' ? same(jsonError.text) : jsonError.text, text.trimStart()[0]!),
        jsonError.place,
        jsonError.kind,
      );
    }
  }
  return { file, format, cascade: toCascade(parsed, file, options), locate: parsed.locate };
}

/** The cascade of a parsed JSON or YAML text, or its problems thrown as located errors. */
export function toCascade(parsed: ParsedText, file: string, options: LoadOptions): Cascade {
  const value = parsed.value;
  if (typeof value === 'object' && value !== null && Array.isArray((value as { results?: unknown }).results)) {
    const n = (value as { results: unknown[] }).results.length;
    if (n > options.maxResults) {
      throw new InputError(
        file,
        input.tooManyResults(n, options.maxResults),
        { ...parsed.locate(['results']), field: '--max-results' },
        'limit',
      );
    }
  }
  // The value was parsed from the text just now and nothing else holds it: core need not copy it.
  const result = safeParseCascade(value, { fresh: true });
  if (result.success) return result.data;
  // A cycle always runs against the level order too; the cycle says more, so it stands alone.
  const cyclic = new Set(result.error.issues.filter((i) => i.code === 'cycle').map((i) => i.path));
  const issues = result.error.issues.filter((i) => !(i.code === 'level-order' && cyclic.has(i.path)));
  const errors = issues
    .slice(0, MAX_PROBLEMS)
    .map(
      (issue) =>
        new InputError(
          file,
          issueMessage(issue),
          { ...parsed.locate(issue.segments, issue.code === 'unknown-key'), field: issue.path || undefined },
          issue.code,
        ),
    );
  // In the order of the text, so the lines read top to bottom.
  errors.sort((a, b) => (a.place.line ?? 0) - (b.place.line ?? 0) || (a.place.column ?? 0) - (b.place.column ?? 0));
  throw problems(file, errors, issues.length);
}

/** Core's message in both languages, with a bare "required" saying what is. */
function issueMessage(issue: CascadeIssue): Text {
  const last = issue.segments[issue.segments.length - 1];
  if (issue.code === 'required' && typeof last === 'string') return t(`"${last}" wajib diisi`, `"${last}" is required`);
  return t(formatIssue(issue, 'id'), formatIssue(issue, 'en'));
}
