// Real geometry in Chromium: text stays inside its box, boxes do not overlap and fit the viewBox,
// every statement is drawn once, and the browser's font has the metrics the measurer assumes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseCascade } from '@pokin/core';
import { arimoMeasurer, renderSvg } from '@pokin/svg';
import { sharedBrowser } from '../../../test/support/browser.js';
import { skipWithoutChromium } from '../../../test/support/env.js';
import { bkpsdm, bkpsdmWithOwners, OTHER_AGENCY_IDS, variedCascades } from './fixtures.js';
import { checkGeometry as check, type Measured } from './geometry.js';

const CAPAIAN_YAML = new URL('../../../examples/bkpsdm-capaian/pokin.yaml', import.meta.url);

async function measure(page: Page, svg: string): Promise<Measured> {
  await page.route('http://pokin.test/diagram.svg', (route) => route.fulfill({ contentType: 'image/svg+xml', body: svg }));
  await page.goto('http://pokin.test/diagram.svg');
  return page.evaluate(() => {
    const r = (e: Element): { x: number; y: number; w: number; h: number } => {
      const b = e.getBoundingClientRect();
      return { x: b.x + window.scrollX, y: b.y + window.scrollY, w: b.width, h: b.height };
    };
    const root = document.documentElement;
    const groups = Array.from(root.querySelectorAll('g.result'));
    return {
      svg: r(root),
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

describe.skipIf(skipWithoutChromium())('in Chromium', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await sharedBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await page?.close();
  });

  it('has a font with the metrics the default measurer assumes', async () => {
    await page.setContent('<canvas></canvas>');
    const samples = [
      'Meningkatnya Kualitas Tata Kelola Manajemen ASN',
      'IK: Persentase ASN yang mengikuti pendidikan',
      'WWW iii 0123456789 ÁÉÍÓÚ ñ',
    ];
    for (const weight of ['normal', 'bold'] as const) {
      const widths = await page.evaluate(
        ([texts, w]) => {
          const ctx = document.querySelector('canvas')!.getContext('2d')!;
          ctx.font = `${w} 100px Arimo, Arial, 'Liberation Sans', Helvetica, sans-serif`;
          return texts.map((t) => ctx.measureText(t).width);
        },
        [samples, weight] as const,
      );
      samples.forEach((t, i) => {
        const expected = arimoMeasurer.measure(t, 100, weight);
        // Kerning may tighten a little; it never widens.
        expect(widths[i]!).toBeLessThanOrEqual(expected + 0.5);
        expect(widths[i]!).toBeGreaterThan(expected * 0.98);
      });
    }
  });

  it('draws the BKPSDM tree with every text inside its box', async () => {
    const c = bkpsdm();
    check(c, await measure(page, renderSvg(c)));
  });

  it('draws the BKPSDM tree in English, without stacking and without indicators', async () => {
    const c = bkpsdm();
    check(c, await measure(page, renderSvg(c, { locale: 'en', stackLeaves: false })));
    check(c, await measure(page, renderSvg(c, { showIndicators: false, boxWidth: 120, fontSize: 11 })));
  });

  it('draws the capaian colouring (the illustrative BKPSDM year) with every text inside its box and the legend inside the drawing', async () => {
    const c = parseCascade(parse(readFileSync(CAPAIAN_YAML, 'utf8')));
    for (const locale of ['id', 'en'] as const) {
      const svg = renderSvg(c, { locale, achievement: { year: 2025 } });
      check(c, await measure(page, svg));
      const legend = await page.evaluate(() => {
        const root = document.documentElement.getBoundingClientRect();
        return Array.from(document.querySelectorAll('g.capaian-legend text, g.capaian-legend rect')).map((e) => {
          const b = e.getBoundingClientRect();
          return b.x >= root.x && b.y >= root.y && b.right <= root.right + 0.5 && b.bottom <= root.bottom + 0.5;
        });
      });
      expect(legend.length).toBe(13);
      expect(legend.every(Boolean)).toBe(true);
    }
  });

  it('draws the owners (showOwner) with every text inside its box, the other-agency marks inside their boxes and the legend inside the drawing', async () => {
    const c = bkpsdmWithOwners();
    for (const locale of ['id', 'en'] as const) {
      for (const achievement of [undefined, { year: 2025 }]) {
        check(c, await measure(page, renderSvg(c, { locale, showOwner: true, ...(achievement ? { achievement } : {}) })));
        const drawn = await page.evaluate(() => {
          const root = document.documentElement.getBoundingClientRect();
          const inside = (b: DOMRect, o: DOMRect): boolean =>
            b.x >= o.x && b.y >= o.y && b.right <= o.right + 0.5 && b.bottom <= o.bottom + 0.5;
          const marks = Array.from(document.querySelectorAll('g.other-agency-marks rect')).map((m) => {
            const box = document.querySelector(`g.result[data-id="${m.getAttribute('data-id') ?? ''}"] rect.box`)!;
            return { id: m.getAttribute('data-id'), inBox: inside(m.getBoundingClientRect(), box.getBoundingClientRect()) };
          });
          const legend = Array.from(document.querySelectorAll('g.legend text, g.legend rect')).map((e) =>
            inside(e.getBoundingClientRect(), root),
          );
          return { marks, legend };
        });
        expect(drawn.marks.map((m) => m.id).sort()).toEqual([...OTHER_AGENCY_IDS].sort());
        expect(drawn.marks.every((m) => m.inBox)).toBe(true);
        expect(drawn.legend.length).toBeGreaterThan(3);
        expect(drawn.legend.every(Boolean)).toBe(true);
      }
    }
  });

  for (const { name, cascade } of variedCascades(16)) {
    it(`draws ${name}`, async () => {
      check(cascade, await measure(page, renderSvg(cascade)));
    });
  }
});
