/**
 * The packed tarballs of the five packages, installed with npm into an empty folder, work as a
 * user would use them: `import` (ESM) and `require` (CJS) of each package, their types under
 * TypeScript's `node16` and `bundler` resolution, and the `pokin` binary.
 *
 * The release tarballs (`pnpm pack` of each package, which rewrites the `workspace:^` ranges to
 * real versions) installed together with npm, once per run (`release.ts`); third-party
 * dependencies come from npm (the cache when warm). The slow project's setup builds every
 * package first; one that is not built makes the packing fail, and `lint.test.ts` names it.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGES, ROOT, installable, notBuilt, run } from './packages.js';
import { installedRelease } from './release.js';

const chosen = installable();
const has = (name: string) => chosen.some((p) => p.name === name);
for (const p of PACKAGES) if (!has(p.name)) console.warn(`packaging/install: skipping ${notBuilt(p)} (or a @pokin dependency of it)`);

const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

/** Code that uses each installed package, shared by the ESM and CJS scripts. */
function usage(): string {
  const lines = [
    `const levels = [`,
    `  { key: 'goal', label: { id: 'Tujuan', en: 'Goal' }, tier: 'strategis' },`,
    `  { key: 'output', label: { id: 'Output', en: 'Output' }, tier: 'operasional' },`,
    `];`,
    `const doc = { pokin: 1, title: 'T', levels, results: [`,
    `  { id: 'G1', level: 'goal', statement: 'Meningkatnya Kualitas Layanan', indicators: [{ statement: 'Indeks Kepuasan Masyarakat', unit: 'Indeks' }] },`,
    `  { id: 'O1', level: 'output', parent: 'G1', statement: 'Tersedianya Dokumen Perencanaan', indicators: [{ statement: 'Jumlah dokumen perencanaan', unit: 'dokumen' }] },`,
    `] };`,
    `const cascade = core.parseCascade(doc);`,
    `const out = { results: cascade.results().length, leaves: cascade.leaves().map((r) => r.id) };`,
  ];
  if (has('@pokin/svg')) lines.push(`out.svg = svg.renderSvg(cascade).includes('<svg xmlns="http://www.w3.org/2000/svg"');`);
  if (has('@pokin/html')) lines.push(`out.html = html.renderHtml(cascade).includes('<table');`);
  if (has('@pokin/csv')) lines.push(`out.csv = csv.parseCsv(csv.renderCsv(cascade, { shape: 'results' }), { levels }).results().length;`);
  if (has('@pokin/cli')) {
    lines.push(`out.cli = cli.computeStats(cascade).results;`);
    // The PNG goes through @resvg/resvg-js, a native binding installed from npm for this platform.
    if (has('@pokin/svg')) {
      lines.push(`cli.svgToPng(svg.renderSvg(cascade)).then((png) => {`);
      lines.push(`  out.png = [...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('');`);
      lines.push(`  console.log(JSON.stringify(out));`);
      lines.push(`});`);
      return lines.join('\n');
    }
  }
  lines.push(`console.log(JSON.stringify(out));`);
  return lines.join('\n');
}

const binding = (name: string) => name.slice('@pokin/'.length);

const expected = () => ({
  results: 2,
  leaves: ['O1'],
  ...(has('@pokin/svg') ? { svg: true } : {}),
  ...(has('@pokin/html') ? { html: true } : {}),
  ...(has('@pokin/csv') ? { csv: 2 } : {}),
  ...(has('@pokin/cli') ? { cli: 2 } : {}),
  ...(has('@pokin/cli') && has('@pokin/svg') ? { png: 'PNG' } : {}),
});

describe.skipIf(chosen.length === 0)('packaging: tarballs installed with npm into an empty folder', () => {
  let dir: string;

  beforeAll(async () => {
    // The release tarballs installed once per run (shared with release-tarballs.test.ts); this
    // file's scripts go in a folder of their own inside that npm project.
    dir = join(await installedRelease(), 'use');
    mkdirSync(dir);
    const app = dir;
    writeFileSync(join(app, 'use.mjs'), chosen.map((p) => `import * as ${binding(p.name)} from '${p.name}';`).join('\n') + '\n' + usage());
    writeFileSync(join(app, 'use.cjs'), chosen.map((p) => `const ${binding(p.name)} = require('${p.name}');`).join('\n') + '\n' + usage());
    const ts = [
      ...chosen.map((p) => `import * as ${binding(p.name)} from '${p.name}';`),
      `import type { Cascade, CascadeDocument, Renderer } from '@pokin/core';`,
      `import { generateCascade } from '@pokin/core/testing';`,
      `const doc: CascadeDocument = { pokin: 1, title: 'T', results: [{ id: 'G1', level: 'goal', statement: 'S' }] };`,
      `const cascade: Cascade = core.parseCascade(doc);`,
      `const n: number = cascade.results().length;`,
      `const g: Cascade = generateCascade({ results: 5 });`,
      ...(has('@pokin/svg') ? [`const s: string = svg.renderSvg(cascade); const r1: Renderer<any> = svg.svgRenderer;`] : []),
      ...(has('@pokin/html') ? [`const h: string = html.renderHtml(cascade); const r2: Renderer<any> = html.htmlRenderer;`] : []),
      ...(has('@pokin/csv') ? [`const c: Cascade = csv.parseCsv(csv.renderCsv(cascade, { shape: 'results' }));`] : []),
      ...(has('@pokin/cli')
        ? [
            `const stats: number = cli.computeStats(cascade).results; const png: Promise<Uint8Array> = cli.svgToPng('<svg xmlns="http://www.w3.org/2000/svg"/>');`,
          ]
        : []),
      `export { n, g };`,
    ].join('\n');
    for (const mode of ['node16', 'bundler'] as const) {
      const sub = join(app, `types-${mode}`);
      mkdirSync(sub);
      writeFileSync(join(sub, mode === 'node16' ? 'use.mts' : 'use.ts'), ts);
      writeFileSync(
        join(sub, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            module: mode === 'node16' ? 'node16' : 'esnext',
            moduleResolution: mode,
            target: 'es2022',
            strict: true,
            noEmit: true,
            // As `tsc --init` sets it. With skipLibCheck false, node16 ESM also reports an error
            // inside graphology's own typings (its d.ts default-exports a class from a CJS
            // package), which core's `CascadeGraph` type re-exposes (reported to the lead).
            skipLibCheck: true,
            types: [],
            lib: ['es2023', 'dom'],
          },
        }),
      );
    }
    copyFileSync(join(ROOT, 'examples/bkpsdm/pokin.yaml'), join(app, 'pokin.yaml'));
  });

  const app = () => dir;

  it('works through import (ESM)', async () => {
    const { stdout } = await run(process.execPath, ['use.mjs'], { cwd: app() });
    expect(JSON.parse(stdout)).toEqual(expected());
  });

  it('works through require (CJS)', async () => {
    const { stdout } = await run(process.execPath, ['use.cjs'], { cwd: app() });
    expect(JSON.parse(stdout)).toEqual(expected());
  });

  for (const mode of ['node16', 'bundler'] as const) {
    it(`types resolve and check with moduleResolution ${mode}`, async () => {
      const result = await run(process.execPath, [TSC, '-p', join(app(), `types-${mode}`)], { cwd: app() }).catch(
        (e: { stdout?: string; stderr?: string }) => ({ stdout: `${e.stdout ?? ''}${e.stderr ?? ''}`, failed: true }),
      );
      expect(result.stdout).toBe('');
    });
  }

  it('@pokin/core/schema.json is shipped', async () => {
    const { stdout } = await run(process.execPath, ['-e', `console.log(typeof require('@pokin/core/schema.json').properties.results)`], {
      cwd: app(),
    });
    expect(stdout.trim()).toBe('object');
  });

  it.skipIf(!has('@pokin/cli'))('the pokin binary runs: --version and review', async () => {
    const version = await run('npx', ['--no-install', 'pokin', '--version'], { cwd: app() });
    expect(version.stdout.trim()).toMatch(/\d+\.\d+\.\d+/);
    const review = await run('npx', ['--no-install', 'pokin', 'review', 'pokin.yaml'], { cwd: app() }).catch(
      (e: { code?: number; stdout?: string }) => ({ ...e, stdout: e.stdout ?? '' }),
    );
    expect((review as { code?: number }).code ?? 0, review.stdout).toBe(0);
    expect(review.stdout).toMatch(/G1|OP|BKPSDM|warning|peringatan/i);
  });
});
