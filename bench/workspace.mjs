#!/usr/bin/env node
/**
 * `node bench/workspace.mjs [--runs=N] [--files=N]`: a Pemda workspace of 500 agencies' trees of
 * 100 results each (generated, with references across documents) loaded and reviewed in one
 * process; the target is under 10 s. Imports the built packages (`pnpm run build` first).
 */
import { loadPackages } from './lib/load.mjs';
import { WORKSPACE_FILES, WORKSPACE_LIMIT_MS, workspaceSweep } from './lib/workspace.mjs';

const args = process.argv.slice(2);
const value = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const { api } = await loadPackages();
if (api.loadWorkspace === undefined || api.generateDocument === undefined) {
  process.stderr.write('pokin bench/workspace: @pokin/core is not built with loadWorkspace; run `pnpm run build` first.\n');
  process.exit(2);
}
const r = workspaceSweep(
  api,
  { maxChildren: 5, indicatorsPerResult: 2, crosscutting: 0.02, seed: 1 },
  Number(value('runs') ?? 3),
  Number(value('files') ?? WORKSPACE_FILES),
);
const pass = r.median < WORKSPACE_LIMIT_MS;
process.stdout.write(
  `workspace: load + review of ${r.files} documents (${r.results.toLocaleString('en-US')} results, ${r.findings.toLocaleString('en-US')} findings): median ${Math.round(r.median)} ms wall, ${Math.round(r.cpu)} ms CPU (runs ${r.runs.join(', ')} ms) ${pass ? 'PASS' : 'FAIL'} < ${WORKSPACE_LIMIT_MS / 1000} s\n`,
);
