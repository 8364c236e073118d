// Loaded with `node --import` in front of the pokin binary by budget.ts: when the process exits,
// it writes its CPU time and peak memory (resident set) to the file POKIN_MEASURE_FILE names.
import { writeFileSync } from 'node:fs';

const file = process.env.POKIN_MEASURE_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKb: u.maxRSS }));
  });
}
