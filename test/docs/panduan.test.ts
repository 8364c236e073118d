/**
 * Runs every shell command of docs/panduan.md, the Indonesian guide for agencies.
 *
 * Extraction: every fenced block whose info string is exactly `bash` is run; blocks fenced as
 * `bash norun` (installing Node packages, downloading the example) are not. A block is split
 * into commands by line, keeping `\` continuations and here-documents (`<<'EOF'` ... `EOF`)
 * together. A trailing comment `# exit: N` gives the exit code a command must end with
 * (default 0). Commands run in order, through bash, in one temporary folder set up the way the
 * guide's section 1 leaves an agency's folder: `npx pokin` runs the built CLI
 * (packages/cli/dist/bin.js, through node_modules/.bin/pokin), `@pokin/core` is in node_modules
 * (for the schema), and bkpsdm.yaml is a copy of examples/bkpsdm/pokin.yaml.
 */
import { execFile } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GUIDE = join(ROOT, 'docs/panduan.md');
const BIN = join(ROOT, 'packages/cli/dist/bin.js');

/** One command of the guide. */
interface GuideCommand {
  /** The command text, as bash gets it. */
  readonly text: string;
  /** Exit code it must end with. */
  readonly exit: number;
  /** Line in docs/panduan.md where it starts (1-based). */
  readonly line: number;
}

/** The commands of the runnable ```bash blocks, in order; throws on an unknown bash fence. */
export function extractCommands(markdown: string): { commands: GuideCommand[]; runBlocks: number; skippedBlocks: number } {
  const lines = markdown.split(/\r?\n/);
  const commands: GuideCommand[] = [];
  let runBlocks = 0;
  let skippedBlocks = 0;
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(\S*)(?:\s+(.*))?$/.exec(lines[i]!);
    if (!fence || fence[1] === '') continue;
    const end = lines.findIndex((l, j) => j > i && l.startsWith('```'));
    if (end < 0) throw new Error(`panduan.md:${i + 1}: unclosed code block`);
    const [lang, flags] = [fence[1]!, (fence[2] ?? '').trim()];
    if (lang === 'bash' || lang === 'sh' || lang === 'shell') {
      if (lang !== 'bash' || (flags !== '' && flags !== 'norun')) throw new Error(`panduan.md:${i + 1}: use \`\`\`bash or \`\`\`bash norun, not "${lines[i]}"`);
      if (flags === 'norun') skippedBlocks++;
      else {
        runBlocks++;
        const body = lines.slice(i + 1, end);
        for (let k = 0; k < body.length; k++) {
          const first = body[k]!;
          if (first.trim() === '' || first.trim().startsWith('#')) continue;
          const start = k;
          let text = first;
          const heredoc = /<<-?\s*'?"?(\w+)'?"?/.exec(first);
          if (heredoc) {
            const close = body.findIndex((l, j) => j > k && l.trim() === heredoc[1]);
            if (close < 0) throw new Error(`panduan.md:${i + 2 + k}: here-document ${heredoc[1]} not closed`);
            text = body.slice(k, close + 1).join('\n');
            k = close;
          } else {
            while (text.endsWith('\\') && k + 1 < body.length) text = `${text.slice(0, -1)} ${body[++k]!.trim()}`;
          }
          const exit = /#\s*exit:\s*(\d+)\s*$/.exec(first);
          commands.push({ text, exit: exit ? Number(exit[1]) : 0, line: i + 2 + start });
        }
      }
    }
    i = end;
  }
  return { commands, runBlocks, skippedBlocks };
}

const guide = readFileSync(GUIDE, 'utf8');
const { commands, runBlocks, skippedBlocks } = extractCommands(guide);

describe('docs/panduan.md: extraction', () => {
  it('finds runnable blocks and install blocks marked norun', () => {
    expect(runBlocks).toBeGreaterThanOrEqual(5);
    expect(skippedBlocks).toBeGreaterThanOrEqual(1);
    expect(commands.length).toBeGreaterThanOrEqual(10);
    // Installing and downloading stay out of the test run.
    for (const c of commands) expect(c.text, `panduan.md:${c.line}`).not.toMatch(/npm (install|i) |curl |wget /);
  });

  it('handles continuations, here-documents and exit markers', () => {
    const md = ['```bash', 'a \\', '  b', "cat > x <<'EOF'", 'y', 'EOF', 'false   # exit: 1', '```', '```bash norun', 'npm i -g x', '```'].join('\n');
    expect(extractCommands(md)).toEqual({
      commands: [
        { text: 'a  b', exit: 0, line: 2 },
        { text: "cat > x <<'EOF'\ny\nEOF", exit: 0, line: 4 },
        { text: 'false   # exit: 1', exit: 1, line: 7 },
      ],
      runBlocks: 1,
      skippedBlocks: 1,
    });
  });
});

describe.skipIf(!existsSync(BIN))('docs/panduan.md: every command runs (needs packages/cli/dist: run `pnpm build`)', () => {
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

  for (const c of commands) {
    it(`panduan.md:${c.line}: ${c.text.split('\n')[0]}`, async () => {
      const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile('bash', ['-o', 'pipefail', '-c', c.text], { cwd: dir, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
          resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
        );
      });
      expect(result.code, `exit code of panduan.md:${c.line}\n${result.stdout}\n${result.stderr}`).toBe(c.exit);
      if (c.exit === 0) expect(result.stderr, 'no error output').not.toMatch(/^pokin: (?!ditulis: |wrote )/m);
      // The guide says the broken example reports all four problems at once, each with its line.
      if (c.text.includes('review coba-salah.yaml')) {
        for (const word of ['indikator', 'G9', 'OP1', 'keluaran']) expect(result.stderr).toMatch(new RegExp(`coba-salah\\.yaml:\\d+:\\d+: .*${word}`));
      }
      // Every file the command writes (-o FILE or > FILE) exists and is not empty.
      for (const m of c.text.matchAll(/(?:-o|>)\s+(\S+)/g)) {
        const target = join(dir, m[1]!);
        if (m[1]!.startsWith('cetak/semua')) continue; // a folder: checked below
        expect(existsSync(target) && statSync(target).size > 0, `${m[1]} written`).toBe(true);
      }
      if (/--to all -o cetak\/semua/.test(c.text)) {
        for (const ext of ['svg', 'html', 'csv', 'png']) expect(existsSync(join(dir, `cetak/semua/bkpsdm.${ext}`)), ext).toBe(true);
      }
    });
  }
});
