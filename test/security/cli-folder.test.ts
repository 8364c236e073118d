/**
 * A folder input is read as a tree of its own: regular files inside it only. Links that leave the
 * folder are skipped with a note (they once put another file's lines into the review table), and
 * FIFOs, devices and links to them are never opened (a FIFO once hung the run).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, expectWithinBudget, runCli, scratch } from './budget.js';

const tmp = scratch();
afterAll(() => tmp.cleanup());

const example = readFileSync(join(ROOT, 'examples', 'bkpsdm', 'pokin.yaml'), 'utf8');
const doc = (agency: string) =>
  JSON.stringify({
    pokin: 1,
    title: agency,
    agency: { name: agency },
    results: [{ id: 'G1', level: 'goal', statement: 'Meningkatnya kualitas layanan' }],
  });

describe('security: folder inputs read regular files inside the folder only', () => {
  it('skips links that leave the folder and never opens FIFOs or devices', async () => {
    const dir = tmp.path('trees');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    mkdirSync(tmp.path('outside'));
    writeFileSync(join(dir, 'a.yaml'), example);
    writeFileSync(join(dir, 'sub', 'b.json'), doc('Dinas B'));
    writeFileSync(tmp.path('outside/secret.json'), doc('Rahasia'));
    symlinkSync(join(dir, 'sub', 'b.json'), join(dir, 'inside-link.json'));
    symlinkSync(tmp.path('outside/secret.json'), join(dir, 'outside-link.json'));
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    symlinkSync(join(dir, 'pipe.yaml'), join(dir, 'pipe-link.yaml'));

    const m = await runCli(['review', dir, '--format', 'json'], { timeoutMs: 20_000 });
    expectWithinBudget(m);
    const files = [...new Set((JSON.parse(m.stdout) as { file: string }[]).map((r) => r.file.slice(dir.length + 1)))].sort();
    expect(files).toEqual(['a.yaml', 'inside-link.json', 'sub/b.json']);
    expect(m.stdout).not.toMatch(/Rahasia/);
    expect(m.stderr).toMatch(/outside-link\.json: note: skipped: a symbolic link to outside the folder/);
    expect(m.stderr).toMatch(/zero\.json: note: skipped: a symbolic link to outside the folder \(\/dev\/zero\)/);
    expect(m.stderr).toMatch(/pipe\.yaml: note: skipped: not a regular file/);
    expect(m.stderr).toMatch(/pipe-link\.yaml: note: skipped: not a regular file/);
  });

  it('says so in Indonesian by default', async () => {
    const dir = tmp.path('id');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.yaml'), example);
    execFileSync('mkfifo', [join(dir, 'pipe.csv')]);
    const m = await runCli(['stats', dir], { env: { POKIN_LOCALE: 'id' }, timeoutMs: 20_000 });
    expectWithinBudget(m);
    expect(m.code).toBe(0);
    expect(m.stderr).toMatch(/pipe\.csv: catatan: dilewati: bukan berkas biasa/);
  });
});
