/**
 * Where the CLI writes: `-o` replaces a regular file whole and keeps its mode, refuses devices and
 * symbolic links unless `--write-special` asks, and leaves nothing half-written or moved aside
 * when a signal stops it; a standard output that cannot be written is one line and exit code 3.
 */
import {
  closeSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
  chmodSync,
  cpSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, expectWithinBudget, runCli, scratch, type Measured } from './budget.js';

const tmp = scratch();
afterAll(() => tmp.cleanup());
const EXAMPLE = join(ROOT, 'examples', 'bkpsdm', 'pokin.yaml');

describe('security: -o writes safely', () => {
  it('replaces an existing regular file keeping its mode', async () => {
    const out = tmp.path('mode.csv');
    writeFileSync(out, 'old');
    chmodSync(out, 0o640);
    const m = await runCli(['render', EXAMPLE, '--to', 'csv', '-o', out]);
    expectWithinBudget(m);
    expect(m.code, m.stderr).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^result_id/);
    expect(statSync(out).mode & 0o777).toBe(0o640);
  });

  it('refuses a symbolic link unless --write-special, then writes through it', async () => {
    const target = tmp.path('target.svg');
    const link = tmp.path('link.svg');
    writeFileSync(target, 'old');
    symlinkSync(target, link);
    const refused = await runCli(['render', EXAMPLE, '--to', 'svg', '-o', link]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /^pokin: .*link\.svg: refused: this is a symbolic link \(to .*target\.svg\); to write to the file it points to, add --write-special$/m,
    );
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);

    const through = await runCli(['render', EXAMPLE, '--to', 'svg', '-o', link, '--write-special']);
    expect(through.code, through.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readFileSync(target, 'utf8')).toMatch(/<svg /);
  });

  it('refuses a device (/dev/null stays a device) unless --write-special', async () => {
    const refused = await runCli(['render', EXAMPLE, '--to', 'svg', '-o', '/dev/null'], { env: { POKIN_LOCALE: 'id' } });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /^pokin: \/dev\/null: ditolak: ini perangkat atau pipa, bukan berkas biasa; untuk menulis ke sana, tambahkan --write-special$/m,
    );
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    const asked = await runCli(['render', EXAMPLE, '--to', 'svg', '-o', '/dev/null', '--write-special']);
    expect(asked.code, asked.stderr).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    // The table commands say it in the same words (they said "Error: refused" in English).
    const review = await runCli(['review', EXAMPLE, '-o', '/dev/null'], { env: { POKIN_LOCALE: 'id' } });
    expect(review.stderr).toMatch(/^pokin: \/dev\/null: ditolak: ini perangkat atau pipa, bukan berkas biasa/m);
  });

  // The folder of old files, rendered once for both signals (each test works on its own copy).
  let rendered: Promise<Measured> | undefined;
  const oldFiles = tmp.path('signal-old');

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`${signal} while the files are written leaves the old files and nothing hidden`, async () => {
      const dir = tmp.path(`signal-${signal}`);
      const first = await (rendered ??= runCli(['render', EXAMPLE, '--to', 'all', '-o', oldFiles]));
      expect(first.code, first.stderr).toBe(0);
      cpSync(oldFiles, dir, { recursive: true });
      const before = readdirSync(dir).sort();
      const svg = readFileSync(join(dir, 'pokin.svg'), 'utf8');
      writeFileSync(join(dir, 'pokin.svg'), `${svg}<!-- old -->`);
      const m = await runCli(['render', EXAMPLE, '--to', 'all', '-o', dir], {
        env: { POKIN_TEST_PAUSE_BEFORE_RENAME: '1' },
        onSpawn: (child) => {
          child.stderr?.on('data', (b: Buffer) => {
            if (b.toString().includes('paused before rename')) child.kill(signal);
          });
        },
      });
      expect(m.signal, m.stderr).toBe(signal);
      expect(readdirSync(dir).sort()).toEqual(before);
      expect(readFileSync(join(dir, 'pokin.svg'), 'utf8')).toBe(`${svg}<!-- old -->`);
    });
  }
});

describe('security: a standard output that cannot be written', () => {
  it('> /dev/full: one line on stderr, exit code 3, no stack trace', async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const m = await runCli(['review', EXAMPLE], { stdoutTo: fd });
      expectWithinBudget(m);
      expect(m.code).toBe(3);
      expect(m.stderr).toBe('pokin: cannot write to standard output: no space left on the device\n');
    } finally {
      closeSync(fd);
    }
  });

  it('a pipe closed by its reader (EPIPE): one line, exit code 3', async () => {
    const big = tmp.path('big.json');
    const results: unknown[] = [{ id: 'G', level: 'goal', statement: 'Meningkatnya kualitas layanan' }];
    for (let i = 0; i < 3000; i++) results.push({ id: `O${i}`, level: 'output', parent: 'G', statement: `Tersedianya dokumen ${i}` });
    const levels = [
      { key: 'goal', label: { id: 'Tujuan', en: 'Goal' }, tier: 'strategis' },
      { key: 'output', label: { id: 'Output', en: 'Output' }, tier: 'operasional' },
    ];
    writeFileSync(big, JSON.stringify({ pokin: 1, title: 'T', levels, results }));
    const m = await runCli(['review', big, '--format', 'json'], { onSpawn: (child) => child.stdout?.destroy() });
    expect(m.code, m.stderr).toBe(3);
    expect(m.stderr).toBe('pokin: cannot write to standard output: the pipe was closed by its reader\n');
  });
});
