/**
 * The complete example of docs/writing-a-renderer.md (the ```ts block after the marker
 * `<!-- guide-example: dot-renderer -->`) is real code: it is transpiled, run against the built
 * `@pokin/core`, and must render the BKPSDM example and escape hostile text.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { safeParseCascade } from '@pokin/core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORE = join(ROOT, 'packages/core/dist/index.js');

/** The code block that follows `<!-- guide-example: NAME -->` in a guide. */
export function guideExample(markdown: string, name: string): string {
  const marker = `<!-- guide-example: ${name} -->`;
  const at = markdown.indexOf(marker);
  if (at < 0) throw new Error(`no ${marker}`);
  const m = /```ts\n([\s\S]*?)\n```/.exec(markdown.slice(at));
  if (!m) throw new Error(`no ts block after ${marker}`);
  return m[1]!;
}

describe.skipIf(!existsSync(CORE))('docs/writing-a-renderer.md: the DOT renderer example (needs packages/core/dist)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pokin-guide-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function load() {
    const source = guideExample(readFileSync(join(ROOT, 'docs/writing-a-renderer.md'), 'utf8'), 'dot-renderer');
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    const file = join(dir, 'dot-renderer.mjs');
    writeFileSync(file, js.replaceAll("'@pokin/core'", JSON.stringify(pathToFileURL(CORE).href)));
    const core = (await import(pathToFileURL(CORE).href)) as typeof import('@pokin/core');
    const mod = (await import(pathToFileURL(file).href)) as {
      renderDot: (c: unknown, o?: unknown) => string;
      dotRenderer: { name: string; mediaType: string; extension: string; render: (c: unknown, o?: unknown) => string };
    };
    return { core, ...mod };
  }

  it('type-checks against @pokin/core', () => {
    const source = guideExample(readFileSync(join(ROOT, 'docs/writing-a-renderer.md'), 'utf8'), 'dot-renderer');
    const file = join(dir, 'dot-renderer.ts');
    writeFileSync(file, source.replaceAll("'@pokin/core'", JSON.stringify(join(ROOT, 'packages/core/dist/index.js'))));
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      skipLibCheck: true,
      types: [],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });

  it('renders the BKPSDM example: a node per result, an edge per parent link', async () => {
    const { core, dotRenderer } = await load();
    const cascade = core.parseCascade(parse(readFileSync(join(ROOT, 'examples/bkpsdm/pokin.yaml'), 'utf8')));
    const dot = dotRenderer.render(cascade, { direction: 'LR' });
    expect(dot.startsWith('digraph "Pohon Kinerja BKPSDM" {\n  rankdir=LR;')).toBe(true);
    expect(dot.match(/\[label=/g)).toHaveLength(cascade.size);
    expect(dot.match(/ -> /g)).toHaveLength(cascade.results().filter((r) => r.parent !== null).length);
    expect(dotRenderer.render(cascade, { direction: 'LR' })).toBe(dot);
    expect([dotRenderer.name, dotRenderer.extension, dotRenderer.mediaType]).toEqual(['dot', 'gv', 'text/vnd.graphviz']);
  });

  it('escapes quotes, backslashes, line breaks and control characters', async () => {
    const { core, renderDot } = await load();
    const cascade = core.parseCascade({
      pokin: 1,
      title: 'A "title"',
      results: [{ id: 'G1', level: 'goal', statement: 'x" ] ; y -> z \\ \n<script>\u0007' }],
    });
    const dot = renderDot(cascade, { locale: 'en' });
    expect(dot).toContain('digraph "A \\"title\\"" {');
    expect(dot).toContain('"G1" [label="Goal / Ultimate Outcome\\nx\\" ] ; y -> z \\\\ \\n<script>\\n0 indicators"');
    expect(dot).not.toContain('\u0007');
  });
});

describe('guides: every complete document example parses', () => {
  const guides = ['getting-started', 'file-format', 'level-schemes', 'panduan'];
  const examples = guides.flatMap((g) => {
    const text = readFileSync(join(ROOT, `docs/${g}.md`), 'utf8');
    return [...text.matchAll(/```(yaml|json)\n([\s\S]*?)\n```/g)]
      .map((m) => ({ guide: g, lang: m[1]!, body: m[2]!, line: text.slice(0, m.index).split('\n').length + 1 }))
      .filter((e) => /^\s*"?pokin"?:\s*1/m.test(e.body) && /^\s*"?results"?:/m.test(e.body));
  });

  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  for (const e of examples) {
    it(`docs/${e.guide}.md:${e.line} (${e.lang})`, () => {
      const value = e.lang === 'json' ? JSON.parse(e.body) : parse(e.body);
      const result = safeParseCascade(value);
      expect(result.success ? [] : result.error.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([]);
    });
  }
});
