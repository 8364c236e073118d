/**
 * A Pemda workspace: a Pemda tree of 25 sasaran and 500 agencies' trees of 100 results each
 * (50,000 results), every agency's goal hanging under a Pemda sasaran (`pemda#S3`) and one
 * result in twenty supporting a result of another agency (`ag-17#IM4`, in every status). Timed
 * as `pokin review FOLDER --workspace` does it in one process: parse each document from its JSON
 * text, `loadWorkspace`, `reviewWorkspace`.
 */
import { median } from './measure.mjs';

/** Agencies in the workspace. */
export const WORKSPACE_FILES = 500;
/** Results per agency. */
export const WORKSPACE_RESULTS = 100;
/** The budget, in milliseconds. */
export const WORKSPACE_LIMIT_MS = 10_000;

const STATUSES = ['disetujui', 'diusulkan', 'ditolak', undefined];

/** The documents as JSON texts: the Pemda's first. */
export function workspaceTexts(api, generator, files = WORKSPACE_FILES, size = WORKSPACE_RESULTS) {
  const sasaran = 25;
  const pemda = {
    pokin: 1,
    id: 'pemda',
    title: 'Pohon Kinerja Pemda',
    levels: [
      { key: 'tujuan', label: { id: 'Tujuan', en: 'Goal' }, tier: 'strategis' },
      { key: 'sasaran', label: { id: 'Sasaran', en: 'Objective' }, tier: 'strategis' },
    ],
    results: [
      {
        id: 'T1',
        level: 'tujuan',
        statement: 'Meningkatnya Kesejahteraan Masyarakat',
        indicators: [{ statement: 'Indeks Pembangunan Manusia', unit: 'Indeks' }],
      },
      ...Array.from({ length: sasaran }, (_, k) => ({
        id: `S${k + 1}`,
        level: 'sasaran',
        parent: 'T1',
        statement: `Meningkatnya Kinerja Bidang ${k + 1}`,
        indicators: [{ statement: `Indeks Kinerja Bidang ${k + 1}`, unit: 'Indeks' }],
      })),
    ],
  };
  const docs = [];
  for (let i = 0; i < files; i++) {
    const doc = api.generateDocument({ ...generator, results: size, seed: generator.seed + i });
    doc.id = `ag-${i}`;
    for (const r of doc.results) if (r.parent === undefined || r.parent === null) r.parent = `pemda#S${(i % sasaran) + 1}`;
    docs.push(doc);
  }
  // One result in twenty supports a result one level up in another agency.
  docs.forEach((doc, i) => {
    const other = docs[(i * 7 + 3) % files];
    if (other === doc) return;
    const byLevel = new Map();
    for (const r of other.results) if (!byLevel.has(r.level)) byLevel.set(r.level, r.id);
    doc.results.forEach((r, k) => {
      if (k % 20 !== 19 || r.level !== 'output') return;
      const target = byLevel.get('immediate-outcome');
      if (target === undefined) return;
      const status = STATUSES[k % STATUSES.length];
      r.contributesTo = [
        ...(r.contributesTo ?? []),
        status === undefined ? `${other.id}#${target}` : { to: `${other.id}#${target}`, status },
      ];
    });
  });
  return [JSON.stringify(pemda), ...docs.map((d) => JSON.stringify(d))];
}

/**
 * Times load + review of the workspace (`runs` times, after one untimed run).
 * @returns {{ files: number, results: number, findings: number, median: number, cpu: number, runs: number[] }}
 *   `median` is wall-clock time, `cpu` the process's CPU time (a fairer figure on a busy machine).
 */
export function workspaceSweep(api, generator, runs, files = WORKSPACE_FILES) {
  const texts = workspaceTexts(api, generator, files);
  let findings = 0;
  let results = 0;
  const once = () => {
    const inputs = texts.map((text, i) => ({ name: i === 0 ? 'pemda.json' : `ag-${i - 1}.json`, document: JSON.parse(text) }));
    const ws = api.loadWorkspace(inputs, { pemda: 'pemda' });
    results = ws.cascade.size;
    findings = api.reviewWorkspace(ws).length;
  };
  once();
  const times = [];
  const cpus = [];
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const c0 = cpu();
    once();
    times.push(performance.now() - t0);
    cpus.push(cpu() - c0);
  }
  return { files: texts.length, results, findings, median: median(times), cpu: median(cpus), runs: times.map((t) => Math.round(t)) };
}
