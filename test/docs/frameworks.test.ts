// The React, Vue and Svelte pages of the viewer: each page's snippet (the fenced block after
// `<!-- snippet: NAME -->`) is bundled with esbuild (Svelte compiled first), run in Chromium with
// the real framework, and must show the BKPSDM tree (three levels open) and report a click on a box.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedBrowser } from '../support/browser.js';
import { skipWithoutChromium } from '../support/env.js';
import { ROOT, sourcesPlugin } from '../support/sources.js';

/** The fenced block after `<!-- snippet: NAME -->` in a docs page. */
function snippet(page: string, name: string): string {
  const text = readFileSync(join(ROOT, 'docs', page), 'utf8');
  const at = text.indexOf(`<!-- snippet: ${name} -->`);
  if (at < 0) throw new Error(`docs/${page} has no snippet ${name}`);
  const m = /```\w+\n([\s\S]*?)\n```/.exec(text.slice(at));
  if (!m) throw new Error(`docs/${page}: no code block after the snippet marker`);
  return m[1]!;
}

const dir = mkdtempSync(join(tmpdir(), 'pokin-frameworks-'));
const doc = parse(readFileSync(join(ROOT, 'examples', 'bkpsdm', 'pokin.yaml'), 'utf8')) as unknown;

async function bundle(entry: string, alias: Record<string, string> = {}): Promise<string> {
  const r = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    jsx: 'automatic',
    nodePaths: [join(ROOT, 'node_modules')],
    alias,
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: [sourcesPlugin],
    logLevel: 'silent',
  });
  return r.outputFiles[0]!.text;
}

const BUNDLES: Record<string, () => Promise<string>> = {
  async react() {
    writeFileSync(join(dir, 'PohonKinerja.tsx'), snippet('viewer-react.md', 'react'));
    writeFileSync(
      join(dir, 'react-main.tsx'),
      `import { createRoot } from 'react-dom/client';
       import { parseCascade } from '@pokin/core';
       import { PohonKinerja } from './PohonKinerja';
       const w = window as unknown as { doc: unknown; picked: (string | null)[] };
       w.picked = [];
       createRoot(document.getElementById('app')!).render(<PohonKinerja cascade={parseCascade(w.doc)} onSelect={(id) => w.picked.push(id)} />);`,
    );
    return bundle(join(dir, 'react-main.tsx'));
  },
  async vue() {
    writeFileSync(join(dir, 'pohon-vue.ts'), snippet('viewer-vue.md', 'vue'));
    writeFileSync(
      join(dir, 'vue-main.ts'),
      `import { mountPohon } from './pohon-vue';
       const w = window as unknown as { doc: unknown; picked: (string | null)[] };
       w.picked = [];
       mountPohon('#app', w.doc);
       document.addEventListener('select', (e) => w.picked.push((e as CustomEvent).detail.id));`,
    );
    // The full build of Vue compiles the template at run time.
    return bundle(join(dir, 'vue-main.ts'), { vue: join(ROOT, 'node_modules', 'vue', 'dist', 'vue.esm-bundler.js') });
  },
  async svelte() {
    const { compile } = (await import('svelte/compiler')) as typeof import('svelte/compiler');
    const out = compile(snippet('viewer-svelte.md', 'svelte'), { filename: 'PohonKinerja.svelte', generate: 'client' });
    writeFileSync(join(dir, 'PohonKinerja.js'), out.js.code);
    writeFileSync(
      join(dir, 'svelte-main.js'),
      `import { mount } from 'svelte';
       import { parseCascade } from '@pokin/core';
       import PohonKinerja from './PohonKinerja.js';
       window.picked = [];
       mount(PohonKinerja, { target: document.getElementById('app'), props: { cascade: parseCascade(window.doc), onselect: (id) => window.picked.push(id) } });`,
    );
    return bundle(join(dir, 'svelte-main.js'));
  },
};

describe.skipIf(skipWithoutChromium())('the viewer in React, Vue and Svelte (docs snippets, in Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await sharedBrowser();
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  for (const name of Object.keys(BUNDLES)) {
    it(`${name}: the snippet shows the tree and reports a selection`, async () => {
      const js = await BUNDLES[name]!();
      const page: Page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.route('http://pokin.test/**', (route) =>
        route.request().url().endsWith('/app.js')
          ? route.fulfill({ contentType: 'text/javascript', body: js })
          : route.fulfill({
              contentType: 'text/html; charset=utf-8',
              body: `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${name}</title></head><body><main id="app"></main><script>window.doc = ${JSON.stringify(doc)};</script><script src="/app.js"></script></body></html>`,
            }),
      );
      await page.goto('http://pokin.test/');
      await page.waitForFunction(() => (document.querySelector('pokin-tree')?.shadowRoot?.querySelectorAll('g.result').length ?? 0) > 0);
      // collapse-depth="3": the goal, the two ultimate and the four intermediate outcomes.
      expect(await page.evaluate(() => document.querySelector('pokin-tree')!.shadowRoot!.querySelectorAll('g.result').length)).toBe(7);
      expect(await page.evaluate(() => (document.querySelector('pokin-tree') as unknown as { locale: string }).locale)).toBe('id');
      const box = await page.evaluate(() => {
        const b = document
          .querySelector('pokin-tree')!
          .shadowRoot!.querySelector('g.result[data-id="G1"] rect.box')!
          .getBoundingClientRect();
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      });
      await page.mouse.click(box.x, box.y);
      await expect.poll(() => page.evaluate(() => (window as unknown as { picked: string[] }).picked)).toEqual(['G1']);
      if (name === 'vue') expect(await page.locator('p.dipilih').textContent()).toBe('Dipilih: G1');
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
