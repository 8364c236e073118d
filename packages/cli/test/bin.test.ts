/**
 * The built `pokin` binary as a real process: help, version, the main job (render --to all and
 * review), a broken input, stdin. Builds the package first when dist/ is missing (the root
 * `pnpm test` builds before testing).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateDocument } from '@pokin/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cli, EXAMPLE, inEnglish, ROOT, smallTree, tempDir } from './support.js';

const dir = tempDir({ 'broken.json': '{\n  "pokin": 1,\n  "title": "x",\n}\n' });
afterAll(() => dir.cleanup());

beforeAll(() => {
  if (!existsSync(BIN)) execFileSync('pnpm', ['--filter', '@pokin/cli', 'build'], { cwd: ROOT, stdio: 'ignore' });
});

function pokin(args: readonly string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...inEnglish(args)], {
    cwd: dir.dir,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the pokin binary', () => {
  it('starts with a node shebang and is executable', () => {
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(BIN).mode & 0o111).not.toBe(0);
  });

  it('ships the Arimo font and its licence in dist/fonts, and the built PNG step uses them', async () => {
    const dist = join(ROOT, 'packages/cli/dist');
    for (const f of ['Arimo-Regular.ttf', 'Arimo-Bold.ttf', 'OFL.txt']) expect(existsSync(join(dist, 'fonts', f))).toBe(true);
    const built = (await import(join(dist, 'index.js'))) as { fontFiles(): string[] };
    expect(built.fontFiles()).toEqual([join(dist, 'fonts', 'Arimo-Regular.ttf'), join(dist, 'fonts', 'Arimo-Bold.ttf')]);
  });

  it('--help explains every command; --version prints the version', () => {
    const help = pokin(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['review', 'render', 'stats']) expect(help.stdout).toContain(c);
    for (const c of ['review', 'render', 'stats']) {
      const sub = pokin([c, '--help']);
      expect(sub.code).toBe(0);
      expect(sub.stdout).toContain(`Usage: pokin ${c}`);
      expect(sub.stdout).toContain('Examples:');
    }
    const version = pokin(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'packages/cli/package.json'), 'utf8')).version);
  });

  it('the main job: render --to all into a folder, then review', () => {
    const render = pokin(['render', EXAMPLE, '--to', 'all', '-o', 'out/bkpsdm']);
    expect(render.code, render.stderr).toBe(0);
    expect(readdirSync(join(dir.dir, 'out/bkpsdm')).sort()).toEqual([
      'pokin.csv',
      'pokin.html',
      'pokin.pdf',
      'pokin.png',
      'pokin.svg',
      'pokin.xlsx',
    ]);
    const review = pokin(['review', EXAMPLE]);
    expect(review.code, review.stderr).toBe(0);
    expect(review.stdout).toMatch(/\d+ errors?, \d+ warnings?, \d+ infos? in 1 file \(31 results\)/);
  });

  it('a broken input: exit 2, one line with file, line and column, no stack trace', () => {
    const r = pokin(['render', 'broken.json', '--to', 'svg', '-o', 'broken.svg']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('pokin: broken.json:3:15: invalid JSON: trailing comma before "}"\n');
    expect(existsSync(join(dir.dir, 'broken.svg'))).toBe(false);
    const unknown = pokin(['revew', 'x.yaml']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/^pokin: unknown command 'revew'.*review/);
  });

  it('reads stdin', () => {
    const r = pokin(['stats', '-', '--format', 'json'], JSON.stringify(smallTree()));
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ file: '-', results: 6 });
  });
});

describe('the examples in --help', () => {
  // Every example on one tree (pokin.yaml) is run on the bundled example: a wrong option or rule id
  // in the help text fails here.
  it('run as printed, on the bundled example', async () => {
    const dir = tempDir();
    try {
      const ran: string[] = [];
      for (const command of [[], ['review'], ['render'], ['stats'], ['init']]) {
        const help = await cli([...command, '--help']);
        const examples =
          help.stdout
            .split('\nExamples:\n')[1]
            ?.split('\n')
            .map((l) => l.trim())
            .filter((l) => l.startsWith('pokin ')) ?? [];
        expect(examples.length, `${command.join(' ') || 'pokin'} --help has examples`).toBeGreaterThan(0);
        for (const example of examples) {
          const words = example
            .replace(/\s*[>|].*$/, '')
            .split(/\s+/)
            .slice(1);
          // Inputs are the words that are neither options nor option values; run only pokin.yaml.
          const inputs = words.filter((w, i) => i > 0 && !w.startsWith('-') && !words[i - 1]!.startsWith('-'));
          if (inputs.length === 0 || inputs.some((w) => w !== 'pokin.yaml' && !(words[0] === 'init' && w === 'pokin.csv'))) continue;
          // init writes its file: into the temporary folder, over the one an earlier example wrote.
          const argv =
            words[0] === 'init'
              ? [...words.map((w) => (w.startsWith('pokin.') ? join(dir.dir, w) : w)), '--force']
              : words.map((w, i) => (w === 'pokin.yaml' ? EXAMPLE : words[i - 1] === '-o' ? join(dir.dir, w) : w));
          const r = await cli(argv);
          expect([0, 1], `${example}: ${r.stderr}`).toContain(r.code);
          // stderr names the files written, and nothing else.
          expect(
            r.errLines.filter((l) => !l.startsWith('pokin: wrote ') && !l.startsWith('Next: ')),
            example,
          ).toEqual([]);
          ran.push(example);
        }
      }
      expect(ran).toContain('pokin review pokin.yaml --rule baseline-missing=off');
      expect(ran.length).toBeGreaterThanOrEqual(6);
    } finally {
      dir.cleanup();
    }
  });
});

describe('pokin diff of two large files', () => {
  // Over THREAD_MIN_BYTES (8 MB): the new file is read in a worker thread (input/diff-read.ts).
  const big = tempDir({});
  afterAll(() => big.cleanup());
  // Records each worker the process starts, on stderr (Node's own Worker, wrapped before the CLI loads).
  const spy = join(big.dir, 'spy.mjs');

  beforeAll(() => {
    const doc = generateDocument({ results: 12_000, maxChildren: 5, indicatorsPerResult: 2, crosscutting: 0.02, seed: 3 });
    const next = structuredClone(doc);
    next.results[5]!.statement += ' Tahap 2';
    const referenced = new Set(
      next.results.flatMap((r) => [r.parent, ...(r.contributesTo ?? []).map((c) => (typeof c === 'string' ? c : c.to))]),
    );
    next.results.splice(
      next.results.findIndex((r, i) => i > 40 && !referenced.has(r.id)),
      1,
    );
    // Crosscutting: one link accepted, one dropped (the worker packs the entries with their status).
    const linked = next.results.filter((r) => (r.contributesTo ?? []).length === 1);
    linked[0]!.contributesTo = [{ to: linked[0]!.contributesTo![0] as string, status: 'accepted', reason: 'Sesuai Renstra' }];
    delete linked[1]!.contributesTo;
    next.results.push({
      id: 'BARU-1',
      level: next.results[9]!.level,
      statement: 'Tersusunnya dokumen baru',
      parent: next.results[9]!.parent ?? null,
    });
    writeFileSync(join(big.dir, 'lama.json'), JSON.stringify(doc));
    writeFileSync(join(big.dir, 'baru.json'), JSON.stringify(next));
    writeFileSync(join(big.dir, 'rusak.json'), `${JSON.stringify(next).slice(0, -2)},}`);
    writeFileSync(
      spy,
      [
        "import threads from 'node:worker_threads';",
        "import { syncBuiltinESMExports } from 'node:module';",
        'const Real = threads.Worker;',
        "threads.Worker = class extends Real { constructor(url, o) { process.stderr.write(`worker: ${String(url).split('/').pop()}\\n`); super(url, o); } };",
        'syncBuiltinESMExports();',
      ].join('\n'),
    );
  });

  const diff = (args: readonly string[], input?: string) => {
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(spy).href, BIN, 'diff', ...args, '--format', 'json'], {
      cwd: big.dir,
      input,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
      env: { ...process.env, NO_COLOR: '1', POKIN_LOCALE: 'en' },
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const changes = (stdout: string) => {
    const { summary, changes: list } = JSON.parse(stdout) as { summary: unknown; changes: unknown };
    return { summary, list };
  };

  it('reads the new file in a worker and reports what the main thread alone reports', () => {
    expect(statSync(join(big.dir, 'baru.json')).size).toBeGreaterThan(8 * 1024 * 1024);
    const threaded = diff(['lama.json', 'baru.json']);
    expect(threaded.code, threaded.stderr).toBe(0);
    expect(threaded.stderr).toBe('worker: diff-thread.js\n');
    // From stdin, the new file is read in the main thread.
    const alone = diff(['lama.json', '-'], readFileSync(join(big.dir, 'baru.json'), 'utf8'));
    expect(alone.code, alone.stderr).toBe(0);
    expect(alone.stderr).toBe('');
    expect(changes(threaded.stdout)).toEqual(changes(alone.stdout));
    expect((changes(threaded.stdout).summary as { changes: Record<string, number> }).changes).toMatchObject({
      added: 1,
      removed: 1,
      reworded: 1,
      'link-removed': 1,
      'link-changed': 1,
    });
  });

  it('a broken new file gets the main thread’s message; a broken old one stops the worker', () => {
    const broken = diff(['lama.json', 'rusak.json']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^worker: diff-thread\.js\npokin: rusak\.json:1:\d+: invalid JSON: trailing comma before "\}"\n$/);
    const first = diff(['rusak.json', 'baru.json']);
    expect(first.code).toBe(2);
    expect(first.stderr).toMatch(/pokin: rusak\.json:1:\d+: invalid JSON/);
    expect(first.stdout).toBe('');
  });
});

// The code cache (src/compile-cache.ts): a review plug-in hands the binary's cascade (core's
// CommonJS build) to core's ES module, and a second run reads the compiled code the first kept.
describe('the binary, run twice on one code cache', () => {
  const core = pathToFileURL(join(ROOT, 'packages/core/dist/index.js')).href;
  writeFileSync(
    dir.path('rows.mjs'),
    `import { layoutWorksheet } from ${JSON.stringify(core)};
export default {
  meta: { id: 'uji/rows', defaultSeverity: 'info', category: 'structure', basis: 'practice',
    description: { id: 'Baris lembar kerja.', en: 'Worksheet rows.' },
    messages: { rows: { id: 'Lembar kerja: {n} baris.', en: 'Worksheet: {n} rows.' } } },
  create(context) {
    return { document() { context.report({ messageId: 'rows', data: { n: layoutWorksheet(context.cascade).rowCount } }); } };
  },
};
`,
  );
  writeFileSync(dir.path('pokin.config.json'), JSON.stringify({ plugins: ['./rows.mjs'] }));

  const pokin = () =>
    spawnSync(process.execPath, [BIN, 'review', EXAMPLE, '--locale', 'en', '--format', 'json'], {
      cwd: dir.dir,
      encoding: 'utf8',
      env: { ...process.env, NODE_COMPILE_CACHE: dir.path('cache-bin'), NO_COLOR: '1' },
    });

  it('gives the same review both times, plug-in included, and keeps the compiled code', () => {
    const first = pokin();
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/Worksheet: \d+ rows\./);
    expect(readdirSync(dir.path('cache-bin')).length).toBeGreaterThan(0);
    const second = pokin();
    expect(second.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
  });
});
