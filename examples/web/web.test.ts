// The web demo in Chromium: paste or upload the BKPSDM document (YAML, CSV, .xlsx), see the
// interactive tree and the review side by side;
// an invalid document shows an error instead.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser } from '../../test/support/browser.js';
import { skipWithoutChromium } from '../../test/support/env.js';
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
  let page: Page;
  let url: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await (build as (o?: { minify?: boolean }) => Promise<unknown>)();
    server = await serve();
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    page = await (await sharedBrowser()).newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });
  afterAll(async () => {
    await page?.close();
    await new Promise((r) => server?.close(r));
  });

  it('renders the pasted BKPSDM document as a tree and a review table', async () => {
    const yaml = await readFile(join(here, '..', 'bkpsdm', 'pokin.yaml'), 'utf8');
    await page.goto(url);
    await page.fill('#source', yaml);
    await page.click('#render');
    await page.waitForSelector('pokin-tree');
    expect(await page.locator('pokin-tree svg g.result').count()).toBe(31);
    expect(await page.locator('pokin-tree svg[role=tree]').getAttribute('aria-label')).toBe('Pohon Kinerja BKPSDM');
    await page.waitForSelector('#review table');
    // The example has findings (e.g. no targets yet), one row each, with a severity and a message.
    expect(await page.locator('#review table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('#review table tbody tr td').first().textContent()).toMatch(/^(kesalahan|peringatan|catatan)$/);
    expect(await page.locator('#review table thead th').first().textContent()).toBe('Tingkat');
    expect(await page.locator('#error').textContent()).toBe('');
    expect(await page.locator('#summary').textContent()).toMatch(/^31 kinerja, \d+ temuan reviu\.$/);
    // A review row selects its result in the tree, whose panel shows it.
    await page.locator('#review button.result-link').first().click();
    const id = await page.locator('#review button.result-link').first().textContent();
    expect(await page.evaluate(() => (document.querySelector('pokin-tree') as unknown as { selected: string }).selected)).toBe(id);
    await expect.poll(() => page.locator('pokin-tree .detail .eyebrow').textContent()).toContain(id!);
    expect(pageErrors).toEqual([]);
  });

  it('switches language and options', async () => {
    await page.selectOption('#locale', 'en');
    await page.uncheck('#showIndicators');
    await page.click('#render');
    await expect.poll(() => page.locator('pokin-tree svg .legend').textContent()).toContain('Strategic Performance');
    expect(await page.locator('#review table tbody tr td').first().textContent()).toMatch(/^(error|warning|info)$/);
    expect(await page.locator('pokin-tree svg text.indicator').count()).toBe(0);
    expect(await page.locator('pokin-tree button[data-action=fit]').textContent()).toBe('Fit to screen');
  });

  it('loads the built-in example', async () => {
    await page.goto(url);
    await page.click('#example');
    await page.waitForSelector('pokin-tree');
    expect(await page.locator('pokin-tree svg g.result').count()).toBe(31);
  });

  it('opens a generated 2,000-result tree folded to three levels', async () => {
    await page.goto(url);
    await page.click('#generated');
    await page.waitForSelector('pokin-tree');
    const shown = await page.evaluate(
      () => (document.querySelector('pokin-tree') as unknown as { visibleIds(): string[] }).visibleIds().length,
    );
    expect(shown).toBeGreaterThan(1);
    expect(shown).toBeLessThan(300);
    expect(await page.locator('#summary').textContent()).toMatch(/^2\.000 kinerja/);
    expect(await page.locator('#workbook').textContent()).toContain('2.000 kinerja dimuat');
  });

  it('shows the generated tree again with "Tampilkan" (also in another language), until the text changes', async () => {
    // The generated tree stays the document: "Tampilkan" redraws it (it said "Dokumen kosong").
    await page.click('#render');
    await expect.poll(() => page.locator('#summary').textContent()).toMatch(/^2\.000 kinerja/);
    expect(await page.locator('#error').textContent()).toBe('');
    expect(await page.locator('#output').isHidden()).toBe(false);
    await page.selectOption('#locale', 'en');
    await page.click('#render');
    await expect.poll(() => page.locator('#summary').textContent()).toMatch(/^2,000 results/);
    expect(await page.locator('pokin-tree svg[role=tree]').getAttribute('aria-label')).toBe('Sample tree of 2,000 results (generated)');
    expect(await page.locator('#workbook').textContent()).toContain('sample tree of 2,000 results');
    // Typing in the text box makes the text the document again.
    await page.fill('#source', ' ');
    await page.click('#render');
    await expect.poll(() => page.locator('#error').textContent()).toMatch(/^The document is empty/);
    expect(await page.locator('#workbook').textContent()).toBe('');
    expect(pageErrors).toEqual([]);
  });

  it('reads an uploaded CSV (results shape) and an .xlsx workbook', async () => {
    const { parseCascade } = await import('@pokin/core');
    const { renderCsv } = await import('@pokin/csv');
    const { renderXlsx } = await import('@pokin/xlsx');
    const { parse } = await import('yaml');
    const c = parseCascade(parse(await readFile(join(here, '..', 'bkpsdm', 'pokin.yaml'), 'utf8')));
    await page.goto(url);
    await page.setInputFiles('#file', { name: 'pokin.csv', mimeType: 'text/csv', buffer: Buffer.from(renderCsv(c, { shape: 'results' })) });
    await page.waitForSelector('pokin-tree');
    expect(await page.locator('pokin-tree svg g.result').count()).toBe(31);
    await page.goto(url);
    const xlsx = renderXlsx(c);
    await page.setInputFiles('#file', { name: 'pokin.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from(xlsx) });
    await page.waitForSelector('pokin-tree');
    expect(await page.locator('pokin-tree svg g.result').count()).toBe(31);
    expect(await page.locator('#workbook').textContent()).toContain('pokin.xlsx');
    expect(pageErrors).toEqual([]);
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
