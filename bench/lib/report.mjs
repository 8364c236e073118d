/** The human-readable report: one table per size, the scale run, the verdicts. */
import { SCALE_LIMITS, fmtMs } from './targets.mjs';

const int = (x) => Math.round(x).toLocaleString('en-US');
const bytes = (b) =>
  b >= 1024 ** 3 ? `${(b / 1024 ** 3).toFixed(2)} GB` : b >= 1024 ** 2 ? `${(b / 1024 ** 2).toFixed(0)} MB` : `${int(b)} B`;
const verdict = (pass) => (pass === undefined ? 'n/a' : pass ? 'PASS' : 'MISS');

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) =>
    cells
      .map((c, i) => String(c ?? '').padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function ratioText(b) {
  if (b === undefined) return '';
  if (b.status !== undefined) return '';
  if (b.ratio >= 1) return `${b.ratio.toFixed(2)}x`;
  const faster = 1 / b.ratio;
  return `${b.ratio.toFixed(3)}x (${faster.toFixed(faster < 2 ? 2 : 1)}x faster)`;
}

/** Formats the whole run. */
export function formatReport(report) {
  const out = [];
  out.push(`pokin bench: ${report.machine.cpus} cores (${report.machine.cpuModel}), Node ${report.machine.node}, ${report.machine.date}`);
  out.push(`command: ${report.command}`);
  out.push(
    `clock: ${report.clock === 'cpu' ? 'process CPU time (--clock=cpu)' : 'wall-clock'}; load average before ${report.load.before.join(' ')}, after ${report.load.after.join(' ')}` +
      (report.load.before[0] > report.machine.cpus || report.load.after[0] > report.machine.cpus
        ? '  (BUSY machine: wall-clock figures are inflated; compare the cpu column or use --clock=cpu)'
        : ''),
  );
  out.push(`document: ${report.generator}; medians of ${report.runsText}`);
  if (report.missing.length > 0) out.push(`not built: ${report.missing.join('; ')}`);
  for (const size of report.sizes) {
    out.push('');
    out.push(`== ${int(size.results)} results (${int(size.indicators)} indicators, ${int(size.jsonBytes / 1024)} KB of JSON)`);
    const baseText = (b) => (b === undefined ? '' : b.status !== undefined ? `${b.name}: ${b.status}` : `${b.name}: ${fmtMs(b.median)}`);
    const rows = size.stages.flatMap((s) => {
      if (s.status !== undefined) return [[s.label, s.status, '', '', '', '', '', '']];
      const b = s.baseline;
      const targets = s.targets.map((t) => `${t.label} ${verdict(t.pass)}`).join('; ');
      const other = report.clock === 'cpu' ? fmtMs(s.wall) : fmtMs(s.cpu);
      const row = [
        s.label,
        fmtMs(s.median),
        other,
        `${int(s.throughput)}/s`,
        s.heapPerResult === undefined ? '' : `${int(s.heapPerResult)} B`,
        baseText(b),
        ratioText(b),
        targets,
      ];
      // Further baselines of the stage, for comparison only (no target).
      return [row, ...(s.otherBaselines ?? []).map((o) => ['', '', '', '', '', baseText(o), ratioText(o), ''])];
    });
    const otherHead = report.clock === 'cpu' ? 'wall' : 'cpu';
    out.push(table(['stage', 'median', otherHead, 'results/s', 'heap/result', 'baseline', 'ratio', 'target'], rows));
  }
  if (report.scale !== undefined) {
    const sc = report.scale;
    out.push('');
    out.push(`== Scale: ${int(sc.results ?? 1_000_000)} results, node ${sc.flags ?? ''}`);
    if (sc.error !== undefined && sc.stages === undefined) out.push(`failed: ${sc.error}`);
    else {
      out.push(
        table(
          ['stage', 'time', 'heap after (GC)', 'note'],
          sc.stages.map((s) => [
            s.label,
            s.status ?? (s.ms === undefined ? '' : fmtMs(s.ms)),
            s.heapAfter === undefined ? '' : bytes(s.heapAfter),
            s.note ?? '',
          ]),
        ),
      );
      out.push(
        `${(sc.counted ?? ['parse + build', 'review', 'CSV export']).join(' + ')}: ${fmtMs(sc.totalMs)} (target < ${fmtMs(SCALE_LIMITS.totalMs)} ${verdict(sc.timePass)}); ` +
          `peak heap ${bytes(sc.peakHeap)}, peak RSS ${bytes(sc.peakRss)} (target < 4 GB of heap ${verdict(sc.memoryPass)})`,
      );
    }
  }
  out.push('');
  out.push('== Targets');
  for (const v of report.verdicts) out.push(`${verdict(v.pass).padEnd(4)}  ${v.label}${v.value === undefined ? '' : `: ${v.value}`}`);
  return out.join('\n');
}

export { bytes, int };
