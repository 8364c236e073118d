/**
 * Test helpers: run the CLI in-process and capture what it writes; make temporary folders.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, type RunIO } from '@pokin/cli';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The BKPSDM example. */
export const EXAMPLE = join(ROOT, 'examples', 'bkpsdm', 'pokin.yaml');
/** The built binary. */
export const BIN = join(ROOT, 'packages', 'cli', 'dist', 'bin.cjs');

/** What one CLI run produced. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly stdoutBytes: Buffer;
  /** Non-empty stderr lines. */
  readonly errLines: string[];
}

/**
 * The arguments with `--locale en` added unless a locale is given: the tests written before the
 * CLI spoke Indonesian by default assert its English words. Tests of the Indonesian output pass
 * `--locale id`.
 */
export function inEnglish(argv: readonly string[]): string[] {
  return argv.some((a) => a === '--locale' || a.startsWith('--locale=')) ? [...argv] : [...argv, '--locale', 'en'];
}

/** Runs `pokin ...argv` in-process (in English unless `--locale` is given: see {@link inEnglish}). */
export async function cli(argv: readonly string[], io: Omit<RunIO, 'stdout' | 'stderr'> & { tty?: boolean } = {}): Promise<CliResult> {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const sink = (to: Buffer[], tty: boolean) => ({
    isTTY: tty,
    write: (chunk: string | Uint8Array) => {
      to.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
      return true;
    },
  });
  const code = await run(inEnglish(argv), {
    stdin: io.stdin ?? '',
    env: io.env ?? {},
    cwd: io.cwd ?? ROOT,
    renderers: io.renderers,
    stdout: sink(out, io.tty === true),
    stderr: sink(err, io.tty === true),
  });
  const stdoutBytes = Buffer.concat(out);
  const stderr = Buffer.concat(err).toString('utf8');
  return { code, stdout: stdoutBytes.toString('utf8'), stderr, stdoutBytes, errLines: stderr.split('\n').filter((l) => l !== '') };
}

/** A fresh temporary folder; `files` are written into it (string or bytes). */
export function tempDir(files: Readonly<Record<string, string | Uint8Array>> = {}): {
  dir: string;
  path: (p: string) => string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'pokin-cli-'));
  for (const [name, data] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, data);
  }
  return { dir, path: (p) => join(dir, p), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A small valid tree: a goal, an ultimate outcome, ..., two outputs. Each result has an IK. */
export function smallTree(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const ik = (id: string, statement: string, unit: string) => ({ id, statement, unit, polarity: 'up' });
  return {
    pokin: 1,
    title: 'Pohon Kinerja Uji',
    agency: { name: 'Dinas Uji' },
    results: [
      {
        id: 'G1',
        level: 'goal',
        statement: 'Meningkatnya Kualitas Pelayanan Publik',
        indicators: [ik('G1.1', 'Indeks Kepuasan Masyarakat', 'indeks')],
      },
      {
        id: 'U1',
        level: 'ultimate-outcome',
        parent: 'G1',
        statement: 'Meningkatnya Kinerja Aparatur',
        indicators: [ik('U1.1', 'Persentase ASN berkinerja baik', '%')],
      },
      {
        id: 'I1',
        level: 'intermediate-outcome',
        parent: 'U1',
        statement: 'Meningkatnya Kompetensi ASN',
        indicators: [ik('I1.1', 'Indeks Profesionalitas ASN', 'indeks')],
      },
      {
        id: 'M1',
        level: 'immediate-outcome',
        parent: 'I1',
        statement: 'Terkelolanya Pengembangan Kompetensi',
        indicators: [ik('M1.1', 'Persentase ASN yang mengikuti pelatihan', '%')],
      },
      {
        id: 'O1',
        level: 'output',
        parent: 'M1',
        statement: 'Tersusunnya Dokumen Analisis Kebutuhan Diklat',
        indicators: [ik('O1.1', 'Jumlah dokumen analisis kebutuhan diklat', 'dokumen')],
      },
      {
        id: 'O2',
        level: 'output',
        parent: 'M1',
        statement: 'Terlaksananya Pelatihan Teknis',
        indicators: [ik('O2.1', 'Jumlah ASN yang mengikuti pelatihan teknis', 'orang')],
      },
    ],
    ...overrides,
  };
}
