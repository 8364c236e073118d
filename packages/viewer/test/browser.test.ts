// <pokin-tree> in Chromium: drawing (the same geometry checks as the SVG), expand and collapse,
// search, selection and the detail panel, keyboard navigation with tree-view roles, pan and zoom,
// export, and axe-core's accessibility rules.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseCascade, type Cascade } from '@pokin/core';
import { generateCascade } from '@pokin/core/testing';
import { sharedBrowser } from '../../../test/support/browser.js';
import { skipWithoutChromium } from '../../../test/support/env.js';
import { checkGeometry, type Measured } from '../../svg/test/geometry.js';
import { capaianDocument } from '../../../test/support/capaian-document.js';
import { linkedTree } from '../../../test/support/crosscutting.js';
import { axeSource, bkpsdmDocument, openPage } from './page.js';

declare global {
  interface Window {
    pokin: typeof import('@pokin/core') & typeof import('@pokin/core/testing') & typeof import('@pokin/viewer');
    tree: import('@pokin/viewer').PokinTreeElement;
    events: { type: string; detail: unknown }[];
  }
}

/** Mounts a document (or a generated tree) in the page and records the element's events. */
async function mountIn(page: Page, source: { doc: unknown } | { generate: number }, options: Record<string, unknown> = {}): Promise<void> {
  await page.evaluate(
    ([src, opts]) => {
      const p = window.pokin;
      const cascade =
        'doc' in src
          ? p.parseCascade(src.doc)
          : p.generateCascade({ results: src.generate, seed: 3, maxChildren: 5, indicatorsPerResult: 2 });
      document.getElementById('host')!.replaceChildren();
      window.events = [];
      window.tree = p.mount(document.getElementById('host')!, cascade, opts);
      for (const type of ['select', 'toggle'])
        window.tree.addEventListener(type, (e) =>
          window.events.push({ type, detail: { ...(e as CustomEvent).detail, result: undefined } }),
        );
    },
    [source, options] as const,
  );
}

/** The boxes as drawn, in page pixels, with the view set to scale 1 at the origin. */
async function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    window.tree.view = { scale: 1, x: 0, y: 0 };
    const root = window.tree.shadowRoot!;
    const svgText = window.tree.exportSvg();
    const width = Number(/width="([\d.]+)"/.exec(svgText)![1]);
    const height = Number(/height="([\d.]+)"/.exec(svgText)![1]);
    const origin = root.querySelector('svg.drawing')!.getBoundingClientRect();
    const r = (e: Element): { x: number; y: number; w: number; h: number } => {
      const b = e.getBoundingClientRect();
      return { x: b.x, y: b.y, w: b.width, h: b.height };
    };
    const groups = Array.from(root.querySelectorAll('g.result'));
    return {
      svg: { x: origin.x, y: origin.y, w: width, h: height },
      resultGroups: groups.length,
      boxes: groups.map((g) => ({
        id: g.getAttribute('data-id') ?? '',
        rect: r(g.querySelector('rect.box')!),
        lines: Array.from(g.querySelectorAll('tspan')).map(r),
        statement: Array.from(g.querySelectorAll('text.statement tspan')).map((t) => t.textContent ?? ''),
        statementTexts: g.querySelectorAll('text.statement').length,
      })),
    };
  });
}

const visible = (page: Page): Promise<string[]> => page.evaluate(() => window.tree.visibleIds());
const drawnIds = (page: Page): Promise<string[]> =>
  page.evaluate(() => Array.from(window.tree.shadowRoot!.querySelectorAll('g.result')).map((g) => g.getAttribute('data-id')!));
const focusedId = (page: Page): Promise<string | null> =>
  page.evaluate(() => window.tree.shadowRoot!.activeElement?.closest('g.result')?.getAttribute('data-id') ?? null);

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource() });
  return page.evaluate(async () => {
    const a = (
      window as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const r = await a.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe.skipIf(skipWithoutChromium())('<pokin-tree> in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let doc: unknown;
  let bkpsdm: Cascade;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await sharedBrowser();
    doc = await bkpsdmDocument();
    bkpsdm = parseCascade(doc);
  });
  afterAll(async () => {
    await page?.close();
  });
  beforeEach(async () => {
    await page?.close();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await openPage(page);
  });

  it('draws the BKPSDM tree whole, as tree items, with the SVG geometry', async () => {
    await mountIn(page, { doc });
    expect(await drawnIds(page)).toEqual(bkpsdm.results().map((r) => r.id));
    checkGeometry(bkpsdm, await measure(page));
    const roles = await page.evaluate(() => {
      const root = window.tree.shadowRoot!;
      const items = Array.from(root.querySelectorAll('[role=treeitem]'));
      return {
        tree: root.querySelectorAll('svg[role=tree]').length,
        items: items.length,
        first: ['aria-level', 'aria-setsize', 'aria-posinset', 'aria-expanded', 'aria-label'].map((a) => items[0]!.getAttribute(a)),
        tabStops: items.filter((i) => i.getAttribute('tabindex') === '0').length,
      };
    });
    expect(roles.tree).toBe(1);
    expect(roles.items).toBe(31);
    expect(roles.first.slice(0, 4)).toEqual(['1', '1', '1', 'true']);
    expect(roles.first[4]).toContain('Meningkatnya Kualitas Tata Kelola Manajemen ASN');
    expect(roles.tabStops).toBe(1);
    expect(errors).toEqual([]);
  });

  it('draws every result and connector with the elements and attributes of renderSvg', async () => {
    const generated = generateCascade({ results: 300, seed: 5, maxChildren: 4, crosscutting: 0.05 }).toDocument();
    for (const [source, crosscutting, count] of [
      [{ doc }, false, bkpsdm.results().length],
      [{ doc: generated }, true, 300],
    ] as const) {
      await mountIn(page, source, { collapseDepth: Infinity });
      // Boxes beyond the first 200 are drawn in later tasks: wait for every one (a slow machine takes longer).
      await expect
        .poll(() => page.evaluate(() => window.tree.shadowRoot!.querySelectorAll('g.result').length), { timeout: 20_000 })
        .toBe(count);
      const differences = await page.evaluate((crosscutting) => {
        const COORDS: Record<string, 'x' | 'y'> = { x: 'x', x1: 'x', x2: 'x', y: 'y', y1: 'y', y2: 'y' };
        const OWN = /^(?:id|role|tabindex|transform|aria-.*)$/;
        /** Elements, attributes and texts of a node, and its coordinates (moved by dx, dy) apart. */
        const describe = (n: Element, dx: number, dy: number, coords: number[] = []): { markup: string; coords: number[] } => {
          const attrs = Array.from(n.attributes)
            .filter((a) => !OWN.test(a.name))
            .map((a) => {
              if (a.name === 'd') {
                // Path data: M/L and x y pairs.
                for (const [, x, y] of a.value.matchAll(/[ML]([-\d.e]+) ([-\d.e]+)/g)) coords.push(Number(x) - dx, Number(y) - dy);
                return `d=${a.value.replace(/[-\d.e]+/g, '')}`;
              }
              const axis = COORDS[a.name];
              // The viewer's own id prefix (pokin-v1-…) against the standalone file's (pokin-…).
              if (!axis) return `${a.name}=${a.value.replace(/#pokin-v\d+-/, '#pokin-')}`;
              coords.push(Number(a.value) - (axis === 'x' ? dx : dy));
              return a.name;
            });
          const kids = Array.from(n.childNodes)
            .map((k) => (k.nodeType === 1 ? describe(k as Element, dx, dy, coords).markup : (k.textContent ?? '').trim()))
            .filter((k) => k !== '');
          return { markup: `<${n.localName} ${attrs.join(' ')}>${kids.join('')}`, coords };
        };
        const same = (a: ReturnType<typeof describe>, b: ReturnType<typeof describe>): boolean =>
          a.markup === b.markup && a.coords.length === b.coords.length && a.coords.every((v, i) => Math.abs(v - b.coords[i]!) < 0.02);
        /** Where an element's coordinates are in its layer: the sum of its and its groups' translations. */
        const offset = (e: Element, layer: Element): [number, number] => {
          let x = 0;
          let y = 0;
          for (let n: Element | null = e; n && n !== layer; n = n.parentElement) {
            const [, tx, ty] = /translate\(([-\d.e]+) ([-\d.e]+)\)/.exec(n.getAttribute('transform') ?? '') ?? ['', '0', '0'];
            x += Number(tx);
            y += Number(ty);
          }
          return [x, y];
        };
        const root = window.tree.shadowRoot!;
        const exported = new DOMParser().parseFromString(window.tree.exportSvg(), 'image/svg+xml');
        const out: string[] = [];
        for (const g of Array.from(exported.querySelectorAll('g.result'))) {
          const id = g.getAttribute('data-id')!;
          const drawn = Array.from(root.querySelectorAll('g.result')).find((d) => d.getAttribute('data-id') === id);
          if (!drawn) {
            out.push(`${id}: not drawn`);
            continue;
          }
          const [tx, ty] = offset(drawn, root.querySelector('g.results')!);
          const want = describe(g, tx, ty);
          const got = describe(drawn, 0, 0);
          if (!same(want, got)) out.push(`${id}:\n  svg    ${JSON.stringify(want)}\n  viewer ${JSON.stringify(got)}`);
        }
        if (crosscutting && exported.querySelectorAll('g.crosscutting path[data-from]').length === 0) out.push('no crosscutting connector');
        for (const kind of ['connectors', 'crosscutting']) {
          const want = exported.querySelector(`g.${kind}:not(.legend-item)`);
          const got = root.querySelector(`g.${kind}:not(.legend-item)`)!;
          // The viewer nests the primary connectors in groups: each path moved by its groups' translations.
          const paths = (g: Element | null): ReturnType<typeof describe>[] =>
            Array.from(g?.querySelectorAll('path') ?? [])
              .map((p) => {
                const [x, y] = offset(p, g!);
                return describe(p, -x, -y);
              })
              .sort((a, b) => (a.markup < b.markup ? -1 : a.markup > b.markup ? 1 : 0));
          const [w, d] = [paths(want), paths(got)];
          if (w.length !== d.length || !w.every((p, i) => same(p, d[i]!))) out.push(`${kind} differ`);
          const head = (g: Element): string => describe(g, 0, 0).markup.split('>')[0]!;
          if (want && head(want) !== head(got)) out.push(`${kind} group differs: ${head(want)} / ${head(got)}`);
        }
        return out;
      }, crosscutting);
      expect(differences).toEqual([]);
    }
    expect(errors).toEqual([]);
  });

  it('draws a proposed crosscutting link dotted, with its legend entry, and no rejected one, as renderSvg does', async () => {
    const link = (status: string) => linkedTree([{ to: 'C', status }]);
    const drawn = (): Promise<{ dash: (string | null)[]; legend: string[] }> =>
      page.evaluate(() => {
        const root = window.tree.shadowRoot!;
        return {
          dash: Array.from(root.querySelectorAll('g.crosscutting:not(.legend-item) path')).map((p) => p.getAttribute('stroke-dasharray')),
          legend: Array.from(root.querySelectorAll('g.legend-item.crosscutting')).map(
            (g) => `${g.getAttribute('class')}: ${g.textContent}`,
          ),
        };
      });
    await mountIn(page, { doc: link('diusulkan') });
    expect(await drawn()).toEqual({
      dash: ['1.5 3.5'],
      legend: ['legend-item crosscutting proposed: Kontribusi lintas diusulkan (belum disetujui)'],
    });
    expect(await page.evaluate(() => window.tree.exportSvg())).toContain('stroke-dasharray="1.5 3.5" data-from="C" data-to="D"');
    await mountIn(page, { doc: link('disetujui') });
    expect(await drawn()).toEqual({ dash: [null], legend: ['legend-item crosscutting: Kontribusi lintas (crosscutting)'] });
    // The links are faint until a box is chosen; the legend's swatch of them is not.
    const opacity = (selector: string): Promise<string> =>
      page.evaluate((sel) => getComputedStyle(window.tree.shadowRoot!.querySelector(sel)!).opacity, selector);
    expect(await opacity('g.crosscutting:not(.legend-item) path')).toBe('0.18');
    expect(await opacity('g.legend-item.crosscutting path')).toBe('1');
    await mountIn(page, { doc: link('ditolak') });
    expect(await drawn()).toEqual({ dash: [], legend: [] });
    expect(errors).toEqual([]);
  });

  it('opens a 2,000-result tree folded below three levels; expands and collapses a subtree', async () => {
    await mountIn(page, { generate: 2000 });
    const c = generateCascade({ results: 2000, seed: 3, maxChildren: 5, indicatorsPerResult: 2 });
    const shallow = new Set(
      c
        .results()
        .filter((r) => c.depth(r.id) < 3)
        .map((r) => r.id),
    );
    expect(new Set(await drawnIds(page))).toEqual(shallow);
    checkGeometry(c, await measure(page), shallow);

    const folded = [...shallow].find((id) => c.depth(id) === 2 && c.primaryChildren(id).length > 0)!;
    const kids = c.primaryChildren(folded).map((r) => r.id);
    await page.evaluate((id) => window.tree.expand(id), folded);
    const after = new Set(await drawnIds(page));
    for (const k of kids) expect(after.has(k)).toBe(true);
    expect(
      await page.evaluate(
        (id) => window.tree.shadowRoot!.querySelector(`g.result[data-id="${id}"]`)!.getAttribute('aria-expanded'),
        folded,
      ),
    ).toBe('true');
    checkGeometry(c, await measure(page), after);

    await page.evaluate((id) => window.tree.collapse(id), folded);
    expect(new Set(await drawnIds(page))).toEqual(shallow);
    const events = await page.evaluate(() => window.events);
    expect(events).toEqual([
      { type: 'toggle', detail: { id: folded, expanded: true, result: undefined } },
      { type: 'toggle', detail: { id: folded, expanded: false, result: undefined } },
    ]);

    // Clicking the toggle under a box unfolds it too.
    await page.evaluate((id) => {
      window.tree.selected = id;
    }, folded);
    const at = await page.evaluate((id) => {
      const b = window.tree.shadowRoot!.querySelector(`g.toggle[data-toggle="${id}"] circle`)!.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }, folded);
    await page.mouse.click(at.x, at.y);
    expect(new Set(await drawnIds(page)).has(kids[0]!)).toBe(true);
  });

  it('searches: unfolds, highlights and selects the matches, and counts them', async () => {
    await mountIn(page, { generate: 2000 });
    const c = generateCascade({ results: 2000, seed: 3, maxChildren: 5, indicatorsPerResult: 2 });
    const deep = c.results().find((r) => c.depth(r.id) === 4)!;
    expect((await drawnIds(page)).includes(deep.id)).toBe(false);
    const found = await page.evaluate((q) => window.tree.search(q), deep.id);
    expect(found[0]).toBe(deep.id);
    expect(await page.evaluate(() => window.tree.selected)).toBe(deep.id);
    const state = await page.evaluate((id) => {
      const root = window.tree.shadowRoot!;
      const g = root.querySelector(`g.result[data-id="${id}"]`)!;
      const box = g.querySelector('rect.box')!.getBoundingClientRect();
      const stage = root.querySelector('.stage')!.getBoundingClientRect();
      return {
        match: g.classList.contains('current-match'),
        inStage: box.left >= stage.left && box.right <= stage.right && box.top >= stage.top && box.bottom <= stage.bottom,
        count: root.querySelector('.count')!.textContent,
        panel: root.querySelector('.detail h2')!.textContent,
      };
    }, deep.id);
    expect(state).toEqual({ match: true, inStage: true, count: `1 dari ${found.length} hasil`, panel: deep.statement });

    // Typing in the search box (Indonesian words, case and diacritics ignored) finds the same.
    const word = deep.statement.split(' ')[1]!;
    await page.evaluate(() => {
      const input = window.tree.shadowRoot!.querySelector('input[type=search]') as HTMLInputElement;
      input.value = '';
      input.focus();
    });
    await page.keyboard.type(word.toUpperCase());
    await page.keyboard.press('Enter');
    const typed = await page.evaluate(() => window.tree.shadowRoot!.querySelectorAll('g.result.match').length);
    expect(typed).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.tree.search('tidak-ada-yang-cocok-xyz'))).toEqual([]);
    expect(await page.evaluate(() => window.tree.shadowRoot!.querySelector('.count')!.textContent)).toBe('Tidak ditemukan');
  });

  it('selects a box on click: select event, detail panel with IK, targets, findings', async () => {
    await mountIn(page, { doc });
    const r = bkpsdm.results().find((x) => x.level === 'output' && x.indicators.length > 0)!;
    await page.evaluate(() => window.tree.expandAll());
    // Findings come from review() right after the first paint.
    await page.waitForFunction(() => window.tree.shadowRoot!.querySelectorAll('g.badge.findings').length > 0);
    await page.evaluate((id) => {
      window.tree.view = { scale: 1, x: 0, y: 0 };
      const g = window.tree.shadowRoot!.querySelector(`g.result[data-id="${id}"]`)!;
      window.tree.shadowRoot!.querySelector('.stage')!.scrollIntoView();
      const b = g.getBoundingClientRect();
      window.tree.view = { scale: 1, x: 300 - b.left, y: 300 - b.top };
    }, r.id);
    const box = await page.evaluate((id) => {
      const b = window.tree.shadowRoot!.querySelector(`g.result[data-id="${id}"] rect.box`)!.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }, r.id);
    await page.mouse.click(box.x, box.y);
    const panel = await page.evaluate(() => {
      const root = window.tree.shadowRoot!;
      return {
        statement: root.querySelector('.detail h2')!.textContent,
        iks: Array.from(root.querySelectorAll('.detail .ik')).map((e) => e.textContent),
        text: root.querySelector('.detail')!.textContent,
        selected: root.querySelector('g.result[aria-selected=true]')?.getAttribute('data-id'),
      };
    });
    expect(panel.statement).toBe(r.statement);
    expect(panel.iks).toEqual(r.indicators.map((i) => i.statement));
    expect(panel.text).toContain('Temuan reviu');
    expect(panel.selected).toBe(r.id);
    expect(await page.evaluate(() => window.events.filter((e) => e.type === 'select'))).toEqual([
      { type: 'select', detail: { id: r.id, result: undefined } },
    ]);
  });

  it('navigates with the keyboard as a tree view', async () => {
    await mountIn(page, { generate: 300 });
    const c = generateCascade({ results: 300, seed: 3, maxChildren: 5, indicatorsPerResult: 2 });
    const order = await visible(page);
    await page.evaluate(() => (window.tree.shadowRoot!.querySelector('g.result[tabindex="0"]') as SVGGElement).focus());
    expect(await focusedId(page)).toBe(order[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedId(page)).toBe(order[1]);
    await page.keyboard.press('ArrowUp');
    expect(await focusedId(page)).toBe(order[0]);
    await page.keyboard.press('End');
    expect(await focusedId(page)).toBe(order[order.length - 1]);
    await page.keyboard.press('Home');
    // Right on an expanded item goes to its first child; left folds an expanded item, and on a
    // folded one goes back to the parent.
    await page.keyboard.press('ArrowRight');
    expect(await focusedId(page)).toBe(order[1]);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedId(page)).toBe(order[1]);
    expect((await visible(page)).length).toBeLessThan(order.length);
    await page.keyboard.press('ArrowRight');
    expect(await visible(page)).toEqual(order);
    await page.keyboard.press('ArrowUp');
    expect(await focusedId(page)).toBe(order[0]);
    // Walk down to a folded item (depth 2 with children): right unfolds it, left folds it.
    const folded = order.find((id) => c.depth(id) === 2 && c.primaryChildren(id).length > 0)!;
    for (let i = 0; i < order.indexOf(folded); i++) await page.keyboard.press('ArrowDown');
    expect(await focusedId(page)).toBe(folded);
    await page.keyboard.press('ArrowRight');
    expect((await visible(page)).length).toBeGreaterThan(order.length);
    expect(await focusedId(page)).toBe(folded);
    await page.keyboard.press('ArrowLeft');
    expect(await visible(page)).toEqual(order);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.tree.selected)).toBe(folded);
    // Focus is visible: the focused box gets a wider outline colour.
    const stroke = await page.evaluate(
      () => getComputedStyle(window.tree.shadowRoot!.activeElement!.querySelector('rect.box')!).strokeWidth,
    );
    expect(stroke).toBe('4px');
  });

  it('zooms and pans with keys, the wheel and the mouse, and fits to the screen', async () => {
    await mountIn(page, { doc });
    // The first view is readable: the whole tree if it is readable so, else the top of the root.
    expect((await page.evaluate(() => window.tree.view)).scale).toBeGreaterThanOrEqual(0.55);
    await page.evaluate(() => (window.tree.shadowRoot!.querySelector('g.result[tabindex="0"]') as SVGGElement).focus());
    await page.keyboard.press('0');
    const fitted = await page.evaluate(() => window.tree.view);
    expect(fitted.scale).toBeLessThan(0.55);
    await page.keyboard.press('+');
    expect((await page.evaluate(() => window.tree.view)).scale).toBeCloseTo(fitted.scale * 1.25, 5);
    await page.keyboard.press('-');
    expect((await page.evaluate(() => window.tree.view)).scale).toBeCloseTo(fitted.scale, 5);
    const stage = await page.evaluate(() => {
      const b = window.tree.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height - 20 };
    });
    await page.mouse.move(stage.x, stage.y);
    await page.mouse.wheel(0, -300);
    await page.waitForFunction((s) => window.tree.view.scale > s, fitted.scale);
    /**
     * Zooms by `factor` (none for 1), then reads where the first box is on the screen, the
     * drawing's own transform and the pane's, in the same task (before a zoom can settle).
     */
    const drawn = (factor = 1) =>
      page.evaluate((f) => {
        if (f !== 1) window.tree.zoomBy(f);
        const root = window.tree.shadowRoot!;
        const b = root.querySelector('g.result rect.box')!.getBoundingClientRect();
        return {
          x: b.x,
          y: b.y,
          width: b.width,
          transform: root.querySelector<SVGSVGElement>('svg.drawing')!.style.transform,
          pane: root.querySelector<HTMLElement>('.pane')!.style.transform,
        };
      }, factor);
    const settled = () => page.waitForFunction(() => window.tree.shadowRoot!.querySelector<HTMLElement>('.pane')!.style.transform === '');
    // While a zoom goes on, the pane scales the drawing as it is drawn (no text is laid out again);
    // once it stops, the drawing is drawn at the new scale: the boxes stand in the same place.
    await settled();
    const during = await drawn(1.25);
    expect(during.pane).toBe('scale(1.25)');
    await settled();
    const before = await drawn();
    expect(before.x).toBeCloseTo(during.x, 0);
    expect(before.y).toBeCloseTo(during.y, 0);
    expect(before.width).toBeCloseTo(during.width, 0);
    expect(before.transform).not.toBe(during.transform);
    const zoomed = await page.evaluate(() => window.tree.view);
    await page.mouse.move(stage.x, stage.y);
    await page.mouse.down();
    await page.mouse.move(stage.x - 100, stage.y - 50, { steps: 5 });
    await page.mouse.up();
    const panned = await page.evaluate(() => window.tree.view);
    expect(panned.x).toBeCloseTo(zoomed.x - 100, 0);
    expect(panned.y).toBeCloseTo(zoomed.y - 50, 0);
    // The boxes move on the screen with the pointer, while the drawing's own transform (its zoom)
    // stays as it was: a new transform on the <svg> lays out every text again (camera.ts).
    const after = await drawn();
    expect(after.x - before.x).toBeCloseTo(-100, 0);
    expect(after.y - before.y).toBeCloseTo(-50, 0);
    expect(after.transform).toBe(before.transform);
    expect(after.transform).toMatch(/^scale\([\d.]+\)$/);
    await page.evaluate(() => (window.tree.shadowRoot!.querySelector('g.result[tabindex="0"]') as SVGGElement).focus());
    await page.keyboard.press('0');
    expect(await page.evaluate(() => window.tree.view)).toEqual(fitted);
    await page.evaluate(() => (window.tree.shadowRoot!.querySelector('button[data-action=zoom-in]') as HTMLButtonElement).click());
    expect((await page.evaluate(() => window.tree.view)).scale).toBeCloseTo(fitted.scale * 1.25, 5);
  });

  it('keeps only the boxes near the view of a big unfolded tree in the drawing, and brings back what the view reaches', async () => {
    await mountIn(page, { generate: 600 }, { collapseDepth: Infinity });
    await page.evaluate(() => window.tree.ready);
    const c = generateCascade({ results: 600, seed: 3, maxChildren: 5, indicatorsPerResult: 2 });
    const root = c.roots()[0]!.id;
    // The last leaf in the tree's order stands far to the right of the root.
    const far = c
      .results()
      .filter((r) => c.primaryChildren(r.id).length === 0)
      .at(-1)!.id;
    const near = new Set(await drawnIds(page));
    expect(near.size).toBeGreaterThan(0);
    expect(near.size).toBeLessThan(600);
    expect(near.has(root)).toBe(true);
    expect(near.has(far)).toBe(false);

    // Going to a far box (a search) draws it in the stage and takes the root's box out.
    expect((await page.evaluate((q) => window.tree.search(q), far))[0]).toBe(far);
    const there = await page.evaluate((id) => {
      const r = window.tree.shadowRoot!;
      const box = r.querySelector(`g.result[data-id="${id}"] rect.box`)!.getBoundingClientRect();
      const stage = r.querySelector('.stage')!.getBoundingClientRect();
      return box.left >= stage.left && box.right <= stage.right && box.top >= stage.top && box.bottom <= stage.bottom;
    }, far);
    expect(there).toBe(true);
    const drawnThere = new Set(await drawnIds(page));
    expect(drawnThere.has(root)).toBe(false);
    expect(drawnThere.size).toBeLessThan(600);

    // The keyboard reaches boxes out of the drawing: Home focuses the root's box, which comes back.
    await page.evaluate((id) => (window.tree.shadowRoot!.querySelector(`g.result[data-id="${id}"]`) as SVGGElement).focus(), far);
    await page.keyboard.press('Home');
    expect(await focusedId(page)).toBe(root);
    // The tab stop stays in the drawing whatever the view.
    await page.evaluate((id) => window.tree.search(id), far);
    expect(await page.evaluate(() => window.tree.shadowRoot!.querySelectorAll('g.result[tabindex="0"]').length)).toBe(1);

    // Folded to a few boxes, the drawing holds every box shown again.
    await page.evaluate(() => window.tree.collapseAll());
    expect(new Set(await drawnIds(page))).toEqual(new Set(await visible(page)));
    expect(errors).toEqual([]);
  });

  it('exports the current view as SVG and PNG', async () => {
    await mountIn(page, { generate: 2000 });
    const out = await page.evaluate(async () => {
      const svg = window.tree.exportSvg();
      const png = await window.tree.exportPng(1);
      const head = Array.from(new Uint8Array(await png.slice(0, 8).arrayBuffer()));
      const bitmap = await createImageBitmap(png);
      return {
        boxes: (svg.match(/class="result /g) ?? []).length,
        type: png.type,
        head,
        width: bitmap.width,
        visible: window.tree.visibleIds().length,
      };
    });
    expect(out.boxes).toBe(out.visible);
    expect(out.type).toBe('image/png');
    expect(out.head).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    expect(out.width).toBeGreaterThan(100);
  });

  it('shows capaian from achievement() as badges and in the panel', async () => {
    await page.evaluate((source) => {
      const p = window.pokin;
      const c = p.parseCascade(source);
      document.getElementById('host')!.replaceChildren();
      window.tree = p.mount(document.getElementById('host')!, c, { capaian: p.achievement(c, { year: 2025 }), findings: false });
      window.tree.selected = 'G1';
    }, capaianDocument());
    const seen = await page.evaluate(() => {
      const root = window.tree.shadowRoot!;
      return {
        badges: Array.from(root.querySelectorAll('g.badge.capaian text')).map((t) => t.textContent),
        panel: root.querySelector('.detail')!.textContent,
        label: root.querySelector('g.result[data-id="G1"]')!.getAttribute('aria-label'),
      };
    });
    expect(seen.badges.length).toBeGreaterThan(0);
    expect(seen.badges.every((b) => /^\d+(?:\.\d)?%$/.test(b ?? ''))).toBe(true);
    expect(seen.panel).toContain('Capaian');
    expect(seen.label).toMatch(/capaian \d+(?:\.\d)?%/);
  });

  it('refuses a zoom factor or a view that is not a finite number, keeping the view it has', async () => {
    await mountIn(page, { doc });
    const seen = await page.evaluate(() => {
      const before = JSON.stringify(window.tree.view);
      const errors: string[] = [];
      for (const f of [() => window.tree.zoomBy(Number.NaN), () => (window.tree.view = { x: 0, y: 0, scale: Number.NaN })]) {
        try {
          f();
        } catch (e) {
          errors.push((e as Error).message);
        }
      }
      return { errors, same: JSON.stringify(window.tree.view) === before };
    });
    expect(seen.errors).toEqual([
      '@pokin/viewer zoomBy: the factor must be a number above 0, got NaN',
      '@pokin/viewer view: x, y and scale must be finite numbers, and scale above 0',
    ]);
    expect(seen.same).toBe(true);
  });

  it('refuses a document not passed through parseCascade, leaving nothing in the host', async () => {
    const seen = await page.evaluate((source) => {
      const host = document.getElementById('host')!;
      host.replaceChildren();
      let message = '';
      try {
        window.pokin.mount(host, source as never);
      } catch (e) {
        message = (e as Error).message;
      }
      return { message, children: host.childElementCount };
    }, doc);
    expect(seen.message).toMatch(/^@pokin\/viewer mount: expected a Cascade \(from parseCascade\), got a plain object/);
    expect(seen.children).toBe(0);
  });

  it('speaks English when asked, and escapes every text', async () => {
    const evil = {
      pokin: 1,
      title: '<img src=x onerror="window.hacked=1">',
      results: [{ id: 'A', level: 'goal', statement: '<script>window.hacked=1</script> & "kutip"' }],
    };
    await mountIn(page, { doc: evil }, { locale: 'en' });
    const seen = await page.evaluate(() => {
      const root = window.tree.shadowRoot!;
      window.tree.selected = 'A';
      return {
        buttons: Array.from(root.querySelectorAll('.toolbar button')).map((b) => b.textContent),
        statement: root.querySelector('.detail h2')!.textContent,
        hacked: (window as unknown as { hacked?: number }).hacked,
        scripts: root.querySelectorAll('script, img').length,
      };
    });
    expect(seen.buttons).toContain('Fit to screen');
    expect(seen.statement).toBe('<script>window.hacked=1</script> & "kutip"');
    expect(seen.hacked).toBeUndefined();
    expect(seen.scripts).toBe(0);
  });

  it('has no axe-core violation, folded and unfolded, with a selection, in both languages', async () => {
    await mountIn(page, { doc });
    await page.waitForFunction(() => window.tree.shadowRoot!.querySelectorAll('g.badge.findings').length > 0);
    expect(await axe(page)).toEqual([]);
    await page.evaluate(() => {
      window.tree.selected = window.tree.visibleIds()[3]!;
    });
    expect(await axe(page)).toEqual([]);
    await mountIn(page, { generate: 400 }, { locale: 'en' });
    await page.evaluate(() => window.tree.search('Meningkatnya'));
    expect(await axe(page)).toEqual([]);
  });
});
