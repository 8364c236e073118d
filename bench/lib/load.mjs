/**
 * Loads the BUILT packages (packages/<name>/dist) and the baseline libraries. A package that is
 * not built, or an export that does not exist yet, leaves its entry undefined: the stage that
 * needs it is then reported as "n/a (not built)" instead of failing the run.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a file in the repository. */
export const repoPath = (rel) => fileURLToPath(new URL(rel, pathToFileURL(ROOT)));

async function importDist(pkg, entry = 'index.js') {
  const file = repoPath(`packages/${pkg}/dist/${entry}`);
  if (!existsSync(file)) return { module: undefined, reason: `packages/${pkg}/dist/${entry} missing` };
  try {
    return { module: await import(pathToFileURL(file).href) };
  } catch (error) {
    return { module: undefined, reason: `packages/${pkg}/dist/${entry} failed to load: ${error.message}` };
  }
}

const fn = (module, name) => (module !== undefined && typeof module[name] === 'function' ? module[name] : undefined);

/**
 * @returns {Promise<{ api: Record<string, Function | undefined>, schema: any, missing: string[] }>}
 *   `api` holds every function the bench calls; `missing` says which package is not built.
 */
export async function loadPackages() {
  const [core, testing, svg, html, csv] = await Promise.all([
    importDist('core'),
    importDist('core', 'testing/index.js'),
    importDist('svg'),
    importDist('html'),
    importDist('csv'),
  ]);
  const missing = [core, testing, svg, html, csv].filter((m) => m.module === undefined).map((m) => m.reason);
  const api = {
    parseCascade: fn(core.module, 'parseCascade'),
    review: fn(core.module, 'review'),
    loadWorkspace: fn(core.module, 'loadWorkspace'),
    reviewWorkspace: fn(core.module, 'reviewWorkspace'),
    generateDocument: fn(testing.module, 'generateDocument'),
    layoutCascade: fn(svg.module, 'layoutCascade'),
    renderSvg: fn(svg.module, 'renderSvg'),
    renderHtml: fn(html.module, 'renderHtml'),
    renderCsv: fn(csv.module, 'renderCsv'),
    writeCsvChunks: fn(csv.module, 'writeCsvChunks'),
    parseCsv: fn(csv.module, 'parseCsv'),
  };
  const schema = core.module?.DocumentSchema;
  return { api, schema, missing };
}

/** The baseline libraries a user would otherwise reach for (root devDependencies). */
export async function loadBaselines() {
  const out = { d3: undefined, papa: undefined };
  try {
    out.d3 = await import('d3-hierarchy');
  } catch {
    /* reported as n/a */
  }
  try {
    const papa = await import('papaparse');
    out.papa = papa.default ?? papa;
  } catch {
    /* reported as n/a */
  }
  return out;
}
