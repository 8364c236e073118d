// The viewer in Chromium: its sources bundled with esbuild (as a portal's bundler would), served
// on a fake origin with a test page, and axe-core ready to inject.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { Page } from 'playwright-core';
import { ROOT, sourcesPlugin } from '../../../test/support/sources.js';

const require = createRequire(import.meta.url);

let bundled: string | undefined;

/** The test bundle: core, core/testing and the viewer, on `window.pokin`. */
export async function testBundle(): Promise<string> {
  if (bundled) return bundled;
  const r = await esbuild.build({
    stdin: {
      contents: `import * as core from '@pokin/core'; import * as testing from '@pokin/core/testing'; import * as viewer from '@pokin/viewer';
        window.pokin = { ...core, ...testing, ...viewer };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    plugins: [sourcesPlugin],
    logLevel: 'warning',
  });
  bundled = r.outputFiles[0]!.text;
  return bundled;
}

/** axe-core's browser script. */
export const axeSource = (): string => readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The BKPSDM example as a parsed document. */
export async function bkpsdmDocument(): Promise<unknown> {
  const { parse } = await import('yaml');
  return parse(readFileSync(join(ROOT, 'examples', 'bkpsdm', 'pokin.yaml'), 'utf8'));
}

const PAGE = (width: number, height: number): string => `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><title>pokin viewer test</title>
<style>body { margin: 0; font-family: Arimo, Arial, sans-serif; } pokin-tree { height: ${height}px; width: ${width}px; }</style>
</head><body><main><h1>Pohon kinerja</h1><div id="host"></div></main><script src="/viewer.js"></script></body></html>`;

/** Opens the test page (viewer bundle loaded, nothing mounted yet). */
export async function openPage(page: Page, size = { width: 1100, height: 700 }): Promise<void> {
  const js = await testBundle();
  await page.route('http://pokin.test/**', (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/viewer.js') return route.fulfill({ contentType: 'text/javascript', body: js });
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE(size.width, size.height) });
  });
  await page.goto('http://pokin.test/');
}
