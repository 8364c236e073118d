/**
 * The documentation site: typedoc builds it from typedoc.json (guides in docs/*.md plus the API of
 * every package) into a temp folder, with the same validation as `pnpm docs:build` (an
 * undocumented export or a broken link fails the build). Then Chromium opens the front page,
 * clicks through to every guide and every package's API page, and crawls every internal link of
 * the site, checking that each target page exists and each `#fragment` names an element on it.
 *
 * Needs every package built (`pnpm test` builds first): typedoc's packages mode reads the
 * packages' sources, and their `@pokin/*` imports resolve to the built types.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedBrowser } from '../support/browser.js';
import { hasChromium, requireTools } from '../support/env.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGES = ['core', 'svg', 'html', 'csv', 'pdf', 'viewer', 'cli'];
const unbuilt = PACKAGES.filter((p) => !existsSync(join(ROOT, 'packages', p, 'dist/index.d.ts')));
const config = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as { projectDocuments: string[] };
/** The guides, with the heading each page must show (front-matter `title`, else its first `# ` line). */
const GUIDES = config.projectDocuments.map((d) => {
  const text = readFileSync(join(ROOT, d), 'utf8');
  const title = /^---\n[\s\S]*?^title:\s*(.+)\n[\s\S]*?^---$/m.exec(text)?.[1] ?? /^# (.+)$/m.exec(text)?.[1] ?? d;
  return { file: d, title: title.trim() };
});

const skipBrowser = !hasChromium() && !requireTools();

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

/** Decodes the few entities typedoc writes inside attributes. */
const decodeEntities = (s: string) =>
  s.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** A static file server over `dir` on 127.0.0.1 (no directory listing, 404 for anything missing). */
function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(unbuilt.length > 0)(
  `docs site (needs every package built${unbuilt.length ? `; not built: ${unbuilt.join(', ')}` : ''})`,
  () => {
    let out: string;
    let build: { ok: boolean; log: string };

    beforeAll(async () => {
      out = mkdtempSync(join(tmpdir(), 'pokin-docs-'));
      const typedoc = join(ROOT, 'node_modules/typedoc/bin/typedoc');
      build = await run(process.execPath, [typedoc, '--options', join(ROOT, 'typedoc.json'), '--out', out], {
        cwd: ROOT,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      }).then(
        (r) => ({ ok: true, log: r.stdout + r.stderr }),
        (e: { stdout?: string; stderr?: string }) => ({ ok: false, log: `${e.stdout ?? ''}${e.stderr ?? ''}` }),
      );
      // typedoc over every package takes minutes on a busy 2-core machine; only a hang should stop it.
    }, 900_000);

    afterAll(() => {
      if (out) rmSync(out, { recursive: true, force: true });
    });

    it('typedoc builds the site with no warning (validation: notExported, invalidLink, notDocumented)', () => {
      expect(build.ok, build.log).toBe(true);
      expect(build.log).not.toMatch(/\[warning\]|\[error\]/);
      expect(existsSync(join(out, 'index.html'))).toBe(true);
    });

    describe.skipIf(skipBrowser)('in Chromium (skipped when /usr/bin/chromium is missing, unless POKIN_REQUIRE_BROWSER=1)', () => {
      let browser: Browser;
      let server: Server;
      let base: string;

      beforeAll(async () => {
        if (!build.ok) return;
        server = await serve(out);
        base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
        browser = await sharedBrowser();
      });

      afterAll(async () => {
        await new Promise((r) => (server ? server.close(r) : r(undefined)));
      });

      it('the front page leads to every guide and every package by clicking its link', async () => {
        expect(build.ok, 'site not built').toBe(true);
        const page = await browser.newPage();
        await page.goto(base);
        // The front page's own content (docs/index.md), not the navigation sidebar.
        const content = page.locator('.col-content');
        const guideHrefs = [
          ...new Set(await content.locator('a[href^="documents/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))),
        ];
        expect(guideHrefs.length, 'one link per guide').toBe(GUIDES.length);
        // Each link is clicked on the one loaded front page and opens in a second window, so the
        // front page (typedoc's navigation and search scripts) is not loaded again for every link:
        // the link gets that window's name as its target just before the click.
        const [reached] = await Promise.all([
          page.waitForEvent('popup'),
          page.evaluate(() => void window.open('about:blank', 'pokin-reached')),
        ]);
        const follow = async (link: Locator, href: string) => {
          await link.evaluate((a) => a.setAttribute('target', 'pokin-reached'));
          // The popup took the focus, and a page in the background gets no animation frames, which
          // the click waits for to see the link stable.
          await page.bringToFront();
          await Promise.all([reached.waitForURL(`${base}${href}`), link.click()]);
        };
        const headings: string[] = [];
        for (const href of guideHrefs) {
          await follow(content.locator(`a[href="${href}"]`).first(), href);
          headings.push(((await reached.locator('.col-content h1, .col-content .tsd-typography h1').first().textContent()) ?? '').trim());
        }
        // Each guide was reached: its page shows its heading (front-matter title or first heading).
        for (const g of GUIDES) {
          const h1 =
            readFileSync(join(ROOT, g.file), 'utf8')
              .match(/^# (.+)$/m)?.[1]
              ?.trim() ?? g.title;
          expect(headings, `${g.file} reached from the front page`).toContain(h1);
        }
        for (const p of PACKAGES) {
          const href = `modules/_pokin_${p}.html`;
          const link = content.locator(`a[href="${href}"]`).first();
          expect(await link.count(), `front page links to @pokin/${p}`).toBe(1);
          await follow(link, href);
          expect(await reached.locator('h1').first().textContent()).toContain(`@pokin/${p}`);
          // The package page lists its exports, each linking to its own page.
          const members = await reached
            .locator('.col-content a[href]')
            .evaluateAll((as) =>
              as
                .map((a) => a.getAttribute('href')!)
                .filter((h) => /^(?:\.\.\/(?:functions|classes|interfaces|variables|types)\/|_pokin_)/.test(h)),
            );
          expect(members.length, `@pokin/${p} lists its exports`).toBeGreaterThan(0);
        }
        await reached.close();
        await page.close();
      });

      it('every internal link of the site resolves: the page exists and its #fragment names an element', async () => {
        expect(build.ok, 'site not built').toBe(true);
        // The front page in Chromium, after typedoc's script has filled the navigation: its links
        // (the whole navigation tree included) seed the crawl.
        const page = await browser.newPage();
        await page.goto(base, { waitUntil: 'networkidle' });
        const seeds = await page.evaluate(() => Array.from(document.querySelectorAll('a[href]')).map((a) => (a as HTMLAnchorElement).href));
        await page.close();
        expect(seeds.length).toBeGreaterThan(GUIDES.length + PACKAGES.length);

        // Then every page reached, read from disk: static HTML holds every other link.
        const file = (url: string) => join(out, decodeURIComponent(new URL(url).pathname));
        const ids = new Map<string, Set<string>>();
        const links: { from: string; to: string; hash: string }[] = [];
        const broken: string[] = [];
        const seen = new Set<string>([base]);
        const queue: string[] = [];
        const visit = (from: string, href: string) => {
          if (!href.startsWith(base)) return;
          const u = new URL(href);
          const hash = decodeURIComponent(u.hash.slice(1));
          u.hash = '';
          u.search = '';
          const to = u.pathname.endsWith('/') ? `${u.href}index.html` : u.href;
          links.push({ from, to, hash });
          if (seen.has(to)) return;
          seen.add(to);
          if (!existsSync(file(to)) || !statSync(file(to)).isFile()) broken.push(`${from} -> ${to}: missing`);
          else if (to.endsWith('.html')) queue.push(to);
        };
        for (const href of seeds) visit(base, href);
        const front = `${base}index.html`;
        seen.add(front);
        queue.unshift(front);
        while (queue.length > 0) {
          const url = queue.shift()!;
          const html = readFileSync(file(url), 'utf8');
          ids.set(url, new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => decodeEntities(m[1]!))));
          for (const m of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) visit(url, new URL(decodeEntities(m[1]!), url).href);
        }
        for (const l of links) {
          const to = l.to === base ? front : l.to;
          const targetIds = ids.get(to);
          if (l.hash && targetIds && !targetIds.has(l.hash)) broken.push(`${l.from} -> ${to}#${l.hash}: no such element`);
        }
        expect(broken).toEqual([]);
        // Every guide and every package page was reached from the front page.
        expect([...seen].filter((u) => u.startsWith(`${base}documents/`)).length, 'every guide reached').toBe(GUIDES.length);
        for (const p of PACKAGES) expect(seen.has(`${base}modules/_pokin_${p}.html`), `package ${p}`).toBe(true);
      });
    });
  },
);
