// The showOwner option: the owner in each box, a result of another agency marked by a border and words.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseCascade, UsageError } from '@pokin/core';
import { renderSvg, resolveSvgOptions, type SvgOptions } from '@pokin/svg';
import { bkpsdm, bkpsdmWithOwners, OTHER_AGENCY_IDS } from './fixtures.js';

/** The text of the note lines of one result's box. */
function note(svg: string, id: string): string {
  const group = new RegExp(`<g class="result[^"]*" id="pokin-box-${id}"[\\s\\S]*?</g>`).exec(svg)?.[0] ?? '';
  const text = /<text class="note"[\s\S]*?<\/text>/.exec(group)?.[0] ?? '';
  return [...text.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]).join(' ');
}

const marked = (svg: string): string[] => [...svg.matchAll(/<rect data-id="([^"]+)"[^>]*stroke-dasharray/g)].map((m) => m[1]!);

describe('showOwner', () => {
  it('is off by default and must be a boolean', () => {
    expect(resolveSvgOptions().showOwner).toBe(false);
    expect(resolveSvgOptions({ showOwner: true }).showOwner).toBe(true);
    expect(() => resolveSvgOptions({ showOwner: 'yes' } as unknown as SvgOptions)).toThrow(UsageError);
    const c = bkpsdmWithOwners();
    expect(renderSvg(c)).toBe(renderSvg(c, { showOwner: false }));
    expect(renderSvg(c)).not.toContain('Penanggung jawab');
  });

  it('prints the owner in each box, in Indonesian or English', () => {
    const c = bkpsdmWithOwners();
    const id = renderSvg(c, { showOwner: true });
    expect(note(id, 'G1')).toBe('Penanggung jawab: Kepala Bidang, Bidang Mutasi dan Promosi');
    expect(note(id, 'OP02')).toMatch(/^Penanggung jawab: Kepala Bidang/);
    const en = renderSvg(c, { showOwner: true, locale: 'en' });
    expect(note(en, 'G1')).toBe('Owner: Kepala Bidang, Bidang Mutasi dan Promosi');
  });

  it('marks exactly the results owned by another agency, with a border and words, and explains the border', () => {
    const c = bkpsdmWithOwners();
    const svg = renderSvg(c, { showOwner: true });
    expect(marked(svg).sort()).toEqual([...OTHER_AGENCY_IDS].sort());
    for (const id of OTHER_AGENCY_IDS) expect(note(svg, id)).toMatch(/^Instansi lain: Dinas Komunikasi dan Informatika \(Kepala Bidang, /);
    expect(svg).toContain('penanggung jawab di instansi lain');
    expect(note(renderSvg(c, { showOwner: true, locale: 'en' }), 'OP01')).toMatch(/^Other agency: Dinas Komunikasi dan Informatika/);
    // The drawing grows to hold the legend line.
    const height = (s: string): number => Number(/<svg[^>]* height="([\d.]+)"/.exec(s)![1]);
    expect(height(svg)).toBeGreaterThan(height(renderSvg(c)));
  });

  it('draws no mark and no legend when no result names another agency, and no note for a result without owner', () => {
    const svg = renderSvg(bkpsdm(), { showOwner: true });
    expect(marked(svg)).toEqual([]);
    expect(svg).not.toContain('other-agency-legend');
    expect(svg).not.toContain('class="note"');
  });

  it('keeps the capaian line and fill beside the owner', () => {
    const c = bkpsdmWithOwners();
    const svg = renderSvg(c, { showOwner: true, achievement: { year: 2025 } });
    expect(note(svg, 'G1')).toMatch(/^Penanggung jawab: .*; Capaian/);
    expect(svg).toContain('capaian-legend');
    expect(svg).toContain('other-agency-legend');
  });

  it("takes the agency of each result from resultAgency, by default the document's", () => {
    const c = bkpsdmWithOwners();
    const svg = renderSvg(c, { showOwner: true });
    expect(renderSvg(c, { showOwner: true, resultAgency: () => c.agency })).toBe(svg);
    const diskominfo = { name: 'Dinas Komunikasi dan Informatika' };
    const other = renderSvg(c, { showOwner: true, resultAgency: (r) => (r.id === 'OP01' ? diskominfo : c.agency) });
    expect(marked(other)).toEqual(['OP05']);
    expect(() => resolveSvgOptions({ resultAgency: 'x' } as unknown as SvgOptions)).toThrow(UsageError);
  });

  it('draws a single document byte for byte as before resultAgency (sha-256 recorded before the change)', () => {
    const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
    expect(sha(renderSvg(bkpsdm(), { showOwner: true }))).toBe('ec4f805f7b7f814f3c78af6450bb716794d88a5fc9bdcd55ae1d3d57908971f6');
    expect(sha(renderSvg(bkpsdmWithOwners(), { showOwner: true }))).toBe(
      '56b3471bc13fc5039a37543b8ff53533ea0aa31cbb4cd1a4fa07cff0f16fa1a1',
    );
  });

  it('escapes the owner text', () => {
    const c = bkpsdmWithOwners();
    const doc = c.toDocument() as unknown as { results: { owner?: Record<string, string> }[] };
    doc.results[0]!.owner = { unit: '<b>&"x"</b>', position: 'Kepala', agency: '<script>' };
    const svg = renderSvg(parseCascade(doc), { showOwner: true });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(note(svg, 'G1')).toBe('Instansi lain: &lt;script&gt; (Kepala, &lt;b&gt;&amp;"x"&lt;/b&gt;)');
  });
});
