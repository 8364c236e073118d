/**
 * Runs every command of docs/panduan.md, the Indonesian guide for agencies, and checks that none
 * of them is bash-only: a planner on Windows types them into PowerShell or cmd.
 *
 * Extraction, in the order of the guide:
 * - a fenced block ```bash runs each of its lines as a command; ```bash norun (installing) does not;
 *   ```bash exit=N says every command of the block ends with exit code N (default 0);
 * - a fenced block with `file=NAME` in its info string (```yaml file=coba-salah.yaml) is a file the
 *   guide asks the reader to create in the editor: the test writes it there, at that point.
 * Every command, run or not, must be one line that PowerShell, cmd and bash read the same: `npx`
 * or `npm` and words of letters, digits and `-._/=:@,`, or double-quoted text; no redirection,
 * pipe, heredoc, variable, glob, single quote or line continuation.
 *
 * The commands run in one temporary folder set up the way the guide's section 1 leaves an
 * agency's folder: `@pokin/core` is in node_modules (for the schema) and bkpsdm.yaml is a copy of
 * examples/bkpsdm/pokin.yaml. Each `npx pokin ARGS` runs in-process through the CLI's `run` (the
 * same program the binary runs, with its output captured): a spawned `npx` costs a second of CPU
 * before pokin starts. The guide's first command also runs through bash and `npx`, against the
 * built binary (packages/cli/dist/bin.cjs, through node_modules/.bin/pokin), to prove that path.
 */
import { execFile } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '@pokin/cli';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GUIDE = join(ROOT, 'docs/panduan.md');
const BIN = join(ROOT, 'packages/cli/dist/bin.cjs');

/** One step of the guide: a command to run, or a file to create in the editor. */
export type GuideStep =
  | { readonly kind: 'command'; readonly text: string; readonly exit: number; readonly run: boolean; readonly line: number }
  | { readonly kind: 'file'; readonly name: string; readonly text: string; readonly line: number };

/** A command every shell reads the same way (see the module comment). */
export const PORTABLE_COMMAND = /^(npx|npm)( ((?:[A-Za-z0-9@]|\.\/)[\w./=:@,-]*|-[\w-]+|"[^"%!^`$]*"))+$/;

/** The steps of a guide, in order; throws on a fence it does not know. */
export function extractSteps(markdown: string): GuideStep[] {
  const lines = markdown.split(/\r?\n/);
  const steps: GuideStep[] = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(\S*)(?:\s+(.*))?$/.exec(lines[i]!);
    if (!fence || fence[1] === '') continue;
    const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
    if (end < 0) throw new Error(`panduan.md:${i + 1}: unclosed code block`);
    const [lang, info] = [fence[1]!, (fence[2] ?? '').trim()];
    const body = lines.slice(i + 1, end);
    const file = /(?:^|\s)file=(\S+)/.exec(info);
    if (file) steps.push({ kind: 'file', name: file[1]!, text: `${body.join('\n')}\n`, line: i + 1 });
    else if (['bash', 'sh', 'shell', 'powershell', 'ps1', 'cmd', 'bat', 'console'].includes(lang)) {
      const flags = info.split(/\s+/).filter((f) => f !== '');
      const unknown = flags.filter((f) => f !== 'norun' && !/^exit=\d+$/.test(f));
      if (lang !== 'bash' || unknown.length > 0)
        throw new Error(`panduan.md:${i + 1}: use \`\`\`bash, \`\`\`bash norun or \`\`\`bash exit=N, not "${lines[i]}"`);
      const exit = Number(/exit=(\d+)/.exec(info)?.[1] ?? 0);
      body.forEach((text, k) => {
        if (text.trim() !== '') steps.push({ kind: 'command', text, exit, run: !flags.includes('norun'), line: i + 2 + k });
      });
    }
    i = end;
  }
  return steps;
}

/** The words of a portable command (see {@link PORTABLE_COMMAND}): double quotes group, and go. */
export function commandWords(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

interface StepResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `text` through bash, as a reader's shell would (`npx pokin` finds the built binary). */
function spawnStep(text: string, cwd: string): Promise<StepResult> {
  return new Promise((resolve) => {
    execFile(
      'bash',
      ['-c', text],
      { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', POKIN_LOCALE: '' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** Runs `npx pokin ARGS` in-process: the CLI's `run` in folder `cwd`, its output captured. */
async function runStep(text: string, cwd: string): Promise<StepResult> {
  const [npx, pokin, ...argv] = commandWords(text);
  if (npx !== 'npx' || pokin !== 'pokin') throw new Error(`not a pokin command: ${text}`);
  const out: string[] = [];
  const err: string[] = [];
  const sink = (to: string[]) => ({
    write: (c: string | Uint8Array) => to.push(typeof c === 'string' ? c : Buffer.from(c).toString('utf8')),
  });
  const code = await run(argv, { cwd, stdin: '', env: { NO_COLOR: '1', FORCE_COLOR: '0' }, stdout: sink(out), stderr: sink(err) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const steps = extractSteps(readFileSync(GUIDE, 'utf8'));
const commands = steps.filter((s): s is Extract<GuideStep, { kind: 'command' }> => s.kind === 'command');
/** The one command that runs through bash, `npx` and the built binary. */
const SPAWNED = commands.find((c) => c.run);

describe('docs/panduan.md: extraction', () => {
  it('finds commands to run, install commands not to run, and files to create in the editor', () => {
    expect(commands.filter((c) => c.run).length).toBeGreaterThanOrEqual(15);
    expect(commands.filter((c) => !c.run).length).toBeGreaterThanOrEqual(1);
    expect(steps.filter((s) => s.kind === 'file').length).toBeGreaterThanOrEqual(1);
    // Installing and downloading stay out of the test run.
    for (const c of commands.filter((x) => x.run)) expect(c.text, `panduan.md:${c.line}`).not.toMatch(/npm (install|i|init) /);
  });

  it('reads files, exit codes and norun blocks', () => {
    const md = [
      '```bash',
      'npx pokin a',
      '```',
      '```yaml file=x.yaml',
      'a: 1',
      '```',
      '```bash exit=2',
      'npx pokin b',
      '```',
      '```bash norun',
      'npm install x',
      '```',
    ].join('\n');
    expect(extractSteps(md)).toEqual([
      { kind: 'command', text: 'npx pokin a', exit: 0, run: true, line: 2 },
      { kind: 'file', name: 'x.yaml', text: 'a: 1\n', line: 4 },
      { kind: 'command', text: 'npx pokin b', exit: 2, run: true, line: 8 },
      { kind: 'command', text: 'npm install x', exit: 0, run: false, line: 11 },
    ]);
    expect(() => extractSteps('```sh\nls\n```')).toThrow(/use ```bash/);
  });

  it('no command is bash-only: each reads the same in PowerShell, cmd and bash', () => {
    for (const c of commands) expect(c.text, `panduan.md:${c.line}`).toMatch(PORTABLE_COMMAND);
    for (const bad of [
      'npx pokin review a.yaml > out.txt',
      "cat > x <<'EOF'",
      'cp a b dir/',
      'npx pokin review a.yaml | head',
      'npx pokin review *.yaml',
      'npx pokin review $HOME/a.yaml',
      "npx pokin init --agency 'Dinas'",
      'npx pokin review a.yaml && echo ok',
      'npx pokin review a.yaml   # exit: 1',
    ]) {
      expect(bad).not.toMatch(PORTABLE_COMMAND);
    }
    expect('npx pokin init pokin.yaml --period 2025-2029 --agency "Dinas Kesehatan"').toMatch(PORTABLE_COMMAND);
  });
});

describe('docs/panduan.md: every step runs', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pokin-panduan-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'pohon-kinerja', private: true, version: '1.0.0' }));
    mkdirSync(join(dir, 'node_modules/@pokin'), { recursive: true });
    mkdirSync(join(dir, 'node_modules/.bin'));
    symlinkSync(join(ROOT, 'packages/core'), join(dir, 'node_modules/@pokin/core'), 'dir');
    symlinkSync(join(ROOT, 'packages/cli'), join(dir, 'node_modules/@pokin/cli'), 'dir');
    const shim = join(dir, 'node_modules/.bin/pokin');
    writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(shim, 0o755);
    copyFileSync(join(ROOT, 'examples/bkpsdm/pokin.yaml'), join(dir, 'bkpsdm.yaml'));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const step of steps) {
    if (step.kind === 'file') {
      it(`panduan.md:${step.line}: create ${step.name} in the editor`, () => {
        mkdirSync(dirname(join(dir, step.name)), { recursive: true });
        writeFileSync(join(dir, step.name), step.text);
      });
      continue;
    }
    if (!step.run) continue;
    const c = step;
    it.skipIf(c === SPAWNED && !existsSync(BIN))(`panduan.md:${c.line}: ${c.text}`, async () => {
      const result = c === SPAWNED ? await spawnStep(c.text, dir) : await runStep(c.text, dir);
      expect(result.code, `exit code of panduan.md:${c.line}\n${result.stdout}\n${result.stderr}`).toBe(c.exit);
      // Success says only which files it wrote (and, for init, what to do next).
      if (c.exit === 0) expect(result.stderr, 'no error output').not.toMatch(/^pokin: (?!ditulis: )/m);
      // The guide says the broken example reports all four problems at once, each with its line.
      if (c.text.includes('review coba-salah.yaml')) {
        for (const word of ['indikator', 'G9', 'OP1', 'keluaran'])
          expect(result.stderr).toMatch(new RegExp(`coba-salah\\.yaml:\\d+:\\d+: .*${word}`));
      }
      // Every file the command writes exists and is not empty; a refused command writes none.
      for (const m of c.text.matchAll(/(?:-o|init)\s+([^\s-]\S*)/g)) {
        if (c.exit !== 0) {
          expect(existsSync(join(dir, m[1]!)), `${m[1]} not written`).toBe(false);
          continue;
        }
        if (m[1] === 'cetak/semua') continue; // a folder: checked below
        const target = join(dir, m[1]!);
        expect(existsSync(target) && statSync(target).size > 0, `${m[1]} written`).toBe(true);
      }
      if (/--to all -o cetak\/semua/.test(c.text)) {
        for (const ext of ['svg', 'html', 'csv', 'png']) expect(existsSync(join(dir, `cetak/semua/bkpsdm.${ext}`)), ext).toBe(true);
      }
      // A CSV for Excel in Indonesian: ";" between fields and a byte order mark.
      for (const m of c.text.matchAll(/--csv-profile excel-id -o (\S+)/g)) {
        const bytes = readFileSync(join(dir, m[1]!));
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        expect(bytes.toString('utf8').split('\n')[0]).toContain(';');
      }
    });
  }
});
