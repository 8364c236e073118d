// The web example in Chromium: paste the BKPSDM document, render, see the SVG and the review;
// an invalid document shows an error instead.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, skipWithoutChromium } from '../../test/support/env.js';
// @ts-expect-error: a plain .mjs script without types
import { build } from './build.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
};

/** A static server for this folder on 127.0.0.1 and a random port. */
function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^[/\\]+/, '');
    const file = join(here, path === '' ? 'index.html' : path);
    if (!file.startsWith(here)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(skipWithoutChromium())('examples/web in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let url: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await (build as (o?: { minify?: boolean }) => Promise<unknown>)();
    server = await serve();
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it('renders the pasted BKPSDM document as a tree and a review table', async () => {
    const yaml = await readFile(join(here, '..', 'bkpsdm', 'pokin.yaml'), 'utf8');
    await page.goto(url);
    await page.fill('#source', yaml);
    await page.click('#render');
    await page.waitForSelector('#diagram svg');
    expect(await page.locator('#diagram svg g.result').count()).toBe(31);
    expect(await page.locator('#diagram svg title').first().textContent()).toBe('Pohon Kinerja BKPSDM');
    await page.waitForSelector('#review table');
    // The example has findings (e.g. no targets yet), one row each, with a severity and a message.
    expect(await page.locator('#review table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('#review table tbody tr td').first().textContent()).toMatch(/^(kesalahan|peringatan|catatan)$/);
    expect(await page.locator('#review table thead th').first().textContent()).toBe('Tingkat');
    expect(await page.locator('#error').textContent()).toBe('');
    expect(await page.locator('#download').isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('switches language and options', async () => {
    await page.selectOption('#locale', 'en');
    await page.uncheck('#stackLeaves');
    await page.click('#render');
    await expect.poll(() => page.locator('#diagram svg .legend').textContent()).toContain('Strategic Performance');
    expect(await page.locator('#review table tbody tr td').first().textContent()).toMatch(/^(error|warning|info)$/);
    expect(await page.locator('#diagram svg g.result.stacked').count()).toBe(0);
  });

  it('loads the built-in example', async () => {
    await page.goto(url);
    await page.click('#example');
    await page.waitForSelector('#diagram svg');
    expect(await page.locator('#diagram svg g.result').count()).toBe(31);
  });

  it('shows an error message for invalid YAML, and no diagram', async () => {
    await page.goto(url);
    await page.fill('#source', 'pokin: 1\ntitle: [unclosed\nresults: {');
    await page.click('#render');
    await expect.poll(() => page.locator('#error').textContent()).toMatch(/^YAML tidak valid di baris \d+, kolom \d+/);
    expect(await page.locator('#output').isHidden()).toBe(true);
    // The mistake a planner makes first: an unquoted %.
    await page.fill('#source', 'pokin: 1\ntitle: T\nunit: %\n');
    await page.click('#render');
    await expect
      .poll(() => page.locator('#error').textContent())
      .toBe("YAML tidak valid di baris 3, kolom 7: tanda % di awal nilai harus diberi tanda kutip, misalnya unit: '%'.");
  });

  it('shows the problems of a document that is YAML but not a pokin document', async () => {
    await page.fill('#source', 'pokin: 1\ntitle: T\nresults:\n  - id: A\n    level: goal\n    statement: S\n    parent: MISSING\n');
    await page.click('#render');
    await expect.poll(() => page.locator('#error').textContent()).toMatch(/results\[0\]\.parent/);
    expect(await page.locator('#output').isHidden()).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
