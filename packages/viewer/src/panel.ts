/**
 * The detail panel of the selected result: statement, level, indicators (IK) with unit, baseline
 * and targets, owner, budget codes, capaian, the review's findings, and crosscutting links.
 * Built with DOM methods and `textContent` only: no text is ever parsed as markup.
 *
 * @module
 */
import type { Cascade, Diagnostic, Locale, ResultRecord } from '@pokin/core';
import { formatPercent, capaianClass } from './draw.js';
import type { ViewerSettings } from './options.js';
import type { TreeIndex } from './tree.js';
import type { ViewerWords } from './words.js';

/** What the panel shows besides the result itself. */
export interface PanelData {
  readonly cascade: Cascade;
  readonly result: ResultRecord;
  readonly levelLabel: string;
  readonly findings: readonly Diagnostic[];
  readonly capaian: number | undefined;
  readonly supporters: readonly string[];
  readonly words: ViewerWords;
  readonly locale: Locale;
}

/** What the panel shows of `result`: its level's name, its `findings`, capaian and supporters. */
export function panelData(
  cascade: Cascade,
  result: ResultRecord,
  tree: TreeIndex | undefined,
  findings: readonly Diagnostic[],
  settings: Pick<ViewerSettings, 'locale' | 'capaian'>,
  words: ViewerWords,
): PanelData {
  const { locale, capaian } = settings;
  const levelLabel = cascade.level(result.level)?.label[locale] ?? result.level;
  const supporters = tree?.supporters.get(result.id) ?? [];
  return { cascade, result, levelLabel, findings, capaian: capaian?.(result), supporters, words, locale };
}

type Child = Node | string;

function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className: string | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (className) e.className = className;
  for (const c of children) e.append(c);
  return e;
}

/** A value as text: numbers in the locale's digits grouping, anything else as written. */
const show = (v: unknown, locale: string): string =>
  typeof v === 'number' ? v.toLocaleString(locale === 'en' ? 'en' : 'id') : typeof v === 'string' ? v : JSON.stringify(v);

function section(doc: Document, title: string, ...body: Child[]): HTMLElement {
  return h(doc, 'section', null, h(doc, 'h3', null, title), ...body);
}

/** A definition list of the present fields only. */
function fields(doc: Document, rows: readonly (readonly [string, string | undefined])[]): HTMLDListElement | null {
  const present = rows.filter((r): r is readonly [string, string] => r[1] !== undefined && r[1] !== '');
  if (present.length === 0) return null;
  const dl = h(doc, 'dl', null);
  for (const [k, v] of present) dl.append(h(doc, 'dt', null, k), h(doc, 'dd', null, v));
  return dl;
}

/** A link-like button that selects another result. */
function jump(doc: Document, cascade: Cascade, id: string): HTMLButtonElement {
  const r = cascade.result(id);
  const b = h(doc, 'button', 'jump', r ? `${id}: ${r.statement}` : id);
  b.type = 'button';
  b.dataset.select = id;
  return b;
}

/** Fills the panel for a result. */
export function panelContent(doc: Document, d: PanelData): HTMLElement {
  const { result: r, words: w, cascade } = d;
  const { locale } = d;
  const out = h(doc, 'div', 'detail');
  out.append(h(doc, 'p', 'eyebrow', `${d.levelLabel} · ${r.id}`), h(doc, 'h2', 'statement', r.statement));

  if (d.capaian !== undefined && Number.isFinite(d.capaian)) {
    out.append(section(doc, w.capaian, h(doc, 'p', `capaian ${capaianClass(d.capaian)}`, `${formatPercent(d.capaian)}%`)));
  }

  const iks = h(doc, 'ol', 'indicators');
  for (const ik of r.indicators) {
    const li = h(doc, 'li', null, h(doc, 'p', 'ik', ik.statement));
    const targets = Object.entries(ik.targets ?? {})
      .map(([year, v]) => `${year}: ${show(v, locale)}`)
      .join(' · ');
    const baseline = ik.baseline ? `${show(ik.baseline.value, locale)}${` (${ik.baseline.year})`}` : undefined;
    const dl = fields(doc, [
      [w.unit, ik.unit],
      [w.baseline, baseline],
      [w.targets, targets],
    ]);
    if (dl) li.append(dl);
    iks.append(li);
  }
  out.append(section(doc, w.indicators, r.indicators.length > 0 ? iks : h(doc, 'p', 'none', w.noIndicators)));

  const owner = r.owner ? [r.owner.position, r.owner.unit, r.owner.name].filter(Boolean).join(', ') : undefined;
  const who = fields(doc, [[w.owner, owner]]);
  if (who) out.append(who);
  const budget = fields(doc, [
    [w.program, r.budget?.program],
    [w.activity, r.budget?.activity],
    [w.subActivity, r.budget?.subActivity],
  ]);
  if (budget) out.append(section(doc, w.budget, budget));

  const list = h(doc, 'ul', 'findings');
  for (const f of d.findings) {
    list.append(
      h(doc, 'li', f.severity, h(doc, 'span', 'severity', w.severity[f.severity]), ' ', h(doc, 'code', null, f.rule), ' ', f.message),
    );
  }
  out.append(section(doc, w.findings, d.findings.length > 0 ? list : h(doc, 'p', 'none', w.noFindings)));

  if (r.parent !== null && cascade.result(r.parent)) out.append(section(doc, w.parent, jump(doc, cascade, r.parent)));
  if (r.contributesTo.length > 0) out.append(section(doc, w.contributesTo, ...r.contributesTo.map((id) => jump(doc, cascade, id))));
  if (d.supporters.length > 0) out.append(section(doc, w.supportedBy, ...d.supporters.map((id) => jump(doc, cascade, id))));
  if (r.notes) out.append(section(doc, w.notes, h(doc, 'p', null, r.notes)));
  return out;
}

/** Fills the panel's body: the selected result's details, or a hint to select a box. */
export function fillPanel(doc: Document, body: HTMLElement, data: PanelData | undefined, words: ViewerWords): void {
  if (data) {
    body.replaceChildren(panelContent(doc, data));
    return;
  }
  const p = doc.createElement('p');
  p.className = 'empty';
  p.textContent = words.noSelection;
  body.replaceChildren(p);
}
