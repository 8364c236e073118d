/**
 * The baselines: what a user would otherwise reach for, run on the same input in the same
 * process (Graphviz in a child process, as a user would run it).
 */
import { spawnSync } from 'node:child_process';

/** True when Graphviz `dot` is on PATH. */
export function hasDot() {
  try {
    return spawnSync('dot', ['-V'], { stdio: 'ignore' }).status === 0;
  } catch {
    return false;
  }
}

/**
 * d3-hierarchy on the same tree: `stratify()` over the results (primary parents, under one
 * virtual root since a cascade may have several roots), then `tree()` with a fixed node size.
 * It places points only; it does not measure or wrap text, size boxes or route connectors.
 */
export function d3Layout(d3, records) {
  const rows = [{ id: '\u0000root', parent: null }];
  for (const r of records) rows.push({ id: r.id, parent: r.parent ?? '\u0000root' });
  const root = d3
    .stratify()
    .id((d) => d.id)
    .parentId((d) => d.parent)(rows);
  return d3.tree().nodeSize([220, 140])(root);
}

const escapeDot = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
const dotString = (s) => `"${escapeDot(s)}"`;

/** A text wrapped to lines of about `width` characters. */
function wrap(text, width = 28) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * The same tree as a Graphviz graph: one box per result, primary edges solid and crosscutting
 * edges dashed, top to bottom. Each box holds what renderSvg draws in it when `indicators` is
 * set (the level label, the statement, then each indicator as "IK: ...", wrapped), else the
 * statement alone.
 * @param {readonly import('@pokin/core').ResultRecord[]} records
 * @param {{ levelLabel?: (key: string) => string, indicators?: boolean }} [options]
 */
export function toDot(records, { levelLabel, indicators = false } = {}) {
  const out = [
    'digraph pokin {',
    '  rankdir=TB;',
    '  node [shape=box, style="rounded,filled", fillcolor="#e8f0fe", fontname="Liberation Sans", fontsize=10];',
  ];
  for (const r of records) {
    const lines = [];
    if (levelLabel !== undefined) lines.push(levelLabel(r.level));
    lines.push(...wrap(r.statement));
    if (indicators) for (const ind of r.indicators) lines.push(...wrap(`IK: ${ind.statement}`));
    out.push(`  ${dotString(r.id)} [label="${lines.map(escapeDot).join('\\n')}"];`);
  }
  for (const r of records) {
    if (r.parent !== null) out.push(`  ${dotString(r.parent)} -> ${dotString(r.id)};`);
    for (const c of r.contributesTo) out.push(`  ${dotString(c)} -> ${dotString(r.id)} [style=dashed, constraint=false];`);
  }
  out.push('}');
  return out.join('\n');
}

const seconds = (t) => {
  const m = /^(\d+)m([\d.]+)s$/.exec(t);
  return m === null ? Number.NaN : Number(m[1]) * 60 + Number(m[2]);
};

/**
 * Runs `dot -Tsvg` on a DOT text `runs` times, as a user would from a shell. Wall-clock time
 * includes starting the process; CPU time is dot's own (user + system, from the shell's `times`).
 * @returns {{ median: number, cpu: number, runs: number[] }} milliseconds
 */
export function timeDot(dot, runs) {
  const walls = [];
  const cpus = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const res = spawnSync('bash', ['-c', 'dot -Tsvg > /dev/null || exit 1; times'], { input: dot, encoding: 'utf8', maxBuffer: 1 << 20 });
    walls.push(performance.now() - t0);
    if (res.status !== 0) throw new Error(`dot failed: ${String(res.stderr).slice(0, 200)}`);
    const children = res.stdout.trim().split('\n')[1]?.trim().split(/\s+/) ?? [];
    cpus.push((seconds(children[0] ?? '') + seconds(children[1] ?? '')) * 1000);
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  return { median: med(walls), cpu: med(cpus), runs: walls.map((w) => Math.round(w * 100) / 100) };
}
