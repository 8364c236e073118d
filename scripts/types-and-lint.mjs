#!/usr/bin/env node
/**
 * The type check and ESLint in one process, over one TypeScript program: `tsc --noEmit -p
 * tsconfig.json` and `eslint .` as `pnpm test` runs them. Run apart, each parsed, bound and
 * checked the whole workspace (ESLint's type-aware rules build the same program from the same
 * tsconfig.json); here the program is built and checked once, then ESLint's rules read the
 * types the check already worked out (`parserOptions.programs`). Reports as both tools do and
 * exits non-zero when either finds an error.
 *
 * @module
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The program of tsconfig.json, as `tsc -p tsconfig.json` builds it. */
function buildProgram() {
  const host = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => report([d]) };
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, host);
  if (config === undefined) process.exit(2);
  report(config.errors);
  return ts.createProgram({ rootNames: config.fileNames, options: config.options, configFileParsingDiagnostics: config.errors });
}

/** Prints diagnostics as tsc does; returns how many there were. */
function report(diagnostics) {
  if (diagnostics.length === 0) return 0;
  const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' };
  // As tsc: colours and source context on a terminal, one line per diagnostic otherwise.
  const format = process.stdout.isTTY ? ts.formatDiagnosticsWithColorAndContext : ts.formatDiagnostics;
  process.stdout.write(format(diagnostics, host));
  return diagnostics.length;
}

const program = buildProgram();
const typeErrors = report(ts.getPreEmitDiagnostics(program));

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: { files: ['**/*.ts'], languageOptions: { parserOptions: { programs: [program] } } },
});
const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
const text = await formatter.format(results);
if (text !== '') process.stdout.write(text);
const lintErrors = results.reduce((n, r) => n + r.errorCount, 0);

if (typeErrors > 0) process.stdout.write(`tsc: ${typeErrors} error(s)\n`);
process.exitCode = typeErrors > 0 || lintErrors > 0 ? 1 : 0;
