/**
 * The paged plan: the first page down to the deepest level that fits, "lanjutan" placeholders
 * under the results whose children continue elsewhere, and their pages (with stubs and a
 * breadcrumb), recursively; children too many for one page split into parts.
 *
 * @module
 */
import type { ResultRecord } from '@pokin/core';
import { fitRecords, type Fit } from './plan-fit.js';
import { PLACEHOLDER, type Area, type Continuation, type PlanInput, type PlannedPage, type TreePage } from './plan.js';
import type { TreeLayoutParams } from './layout-source.js';

const NO_OPEN: ReadonlyMap<string, number> = new Map();

/** A page's records at a depth cut: the full boxes, the stubs, and a placeholder under each cut result. */
interface Cut {
  readonly records: ResultRecord[];
  readonly full: ResultRecord[];
  /** Results whose children are left out, in document order. */
  readonly cut: ResultRecord[];
}

type Chosen = { cut: Cut; fit: Fit & { params: TreeLayoutParams } };

/** Plans the pages of a tree that does not fit one page (see `plan.ts`). */
export class Planner {
  readonly pages: PlannedPage[] = [];
  #placeholders = 0;

  constructor(
    readonly input: PlanInput,
    readonly kids: ReadonlyMap<string, readonly ResultRecord[]>,
  ) {}

  /** The fit of `records` on `area`, or undefined when they cannot fit. */
  #fit(records: readonly ResultRecord[], area: Area): (Fit & { params: TreeLayoutParams }) | undefined {
    const f = fitRecords(this.input.cascade, records, area, this.input.paged, 1, this.input.minFontSize);
    return f?.ok === true ? f : undefined;
  }

  /**
   * Plans the pages of `members` (the roots, or the children of the `stubs`) and, recursively, of
   * every branch that does not fit. Returns the first page of the group.
   */
  group(
    breadcrumb: readonly ResultRecord[],
    stubs: readonly ResultRecord[],
    stubPage: TreePage | undefined,
    members: readonly ResultRecord[],
    part: TreePage['part'],
    whole?: Chosen,
  ): TreePage {
    const area = stubs.length === 0 ? this.input.first : this.input.next;
    // The deepest uniform cut that fits, trying shallow cuts first (each deeper one is larger);
    // none when the whole group is known to fit.
    let chosen: Chosen | undefined = whole;
    let depth = 0;
    for (let d = 0; whole === undefined; d++) {
      const cut = this.cut(stubs, members, d);
      const f = this.#fit(cut.records, area);
      if (f === undefined) break;
      chosen = { cut, fit: f };
      depth = d;
      if (cut.cut.length === 0) break;
    }
    if (chosen === undefined && members.length > 1) return this.split(breadcrumb, stubs, stubPage, members);
    // Then the cut branches, smallest first, drawn here too while the page still fits: whole, or
    // else one level more (two misses in a row end the tries).
    if (chosen !== undefined && chosen.cut.cut.length > 0 && chosen.fit.scale >= 0.95) {
      const open = new Map<string, number>();
      const sizes = new Map(chosen.cut.cut.map((r) => [r.id, this.input.cascade.descendants(r.id).length] as const));
      let misses = 0;
      for (const r of [...chosen.cut.cut].sort((a, b) => sizes.get(a.id)! - sizes.get(b.id)!)) {
        let hit = false;
        for (const levels of [Infinity, 1]) {
          open.set(r.id, levels);
          const cut = this.cut(stubs, members, depth, open);
          const f = this.#fit(cut.records, area);
          if (f !== undefined) {
            chosen = { cut, fit: f };
            hit = true;
            break;
          }
          open.delete(r.id);
          if (sizes.get(r.id)! === this.kids.get(r.id)!.length) break;
        }
        if (hit) misses = 0;
        else if (++misses === 2) break;
      }
    }
    // A single result too large for a page even alone (a huge statement): drawn smaller.
    if (chosen === undefined) {
      const cut = this.cut(stubs, members, 0);
      chosen = { cut, fit: fitRecords(this.input.cascade, cut.records, area, this.input.paged, 1, 0)! };
    }
    const continuations = new Map<string, Continuation>();
    const page: PlannedPage = {
      breadcrumb,
      stubs,
      stubPage,
      part,
      results: chosen.cut.full,
      layout: chosen.fit.layout,
      scale: chosen.fit.scale,
      params: chosen.fit.params,
      continuations,
      number: 0,
    };
    this.pages.push(page);
    const placeholderOf = new Map<string, string>();
    for (const r of chosen.cut.records) if (r.id.startsWith(PLACEHOLDER)) placeholderOf.set(r.parent!, r.id);
    // The cut branches continue on pages of their own; neighbours small enough share one.
    for (const { pack, whole } of this.packs(chosen.cut.cut)) {
      const target = this.group(
        this.commonAncestors(pack),
        pack,
        page,
        pack.flatMap((r) => this.kids.get(r.id)!),
        undefined,
        whole,
      );
      for (const r of pack) continuations.set(placeholderOf.get(r.id)!, { of: r.id, target });
    }
    return page;
  }

  /** Consecutive cut results whose whole branches fit one continuation page together, with that fit. */
  packs(cut: readonly ResultRecord[]): { pack: ResultRecord[]; whole: Chosen | undefined }[] {
    const packs: { pack: ResultRecord[]; whole: Chosen | undefined }[] = [];
    const whole = (stubs: readonly ResultRecord[]): Chosen | undefined => {
      const c = this.cut(
        stubs,
        stubs.flatMap((r) => this.kids.get(r.id)!),
        Infinity,
      );
      const f = this.#fit(c.records, this.input.next);
      return f === undefined ? undefined : { cut: c, fit: f };
    };
    let current: { pack: ResultRecord[]; whole: Chosen | undefined } | undefined;
    for (const r of cut) {
      if (current?.whole !== undefined) {
        const both = whole([...current.pack, r]);
        if (both !== undefined) {
          current = { pack: [...current.pack, r], whole: both };
          continue;
        }
      }
      if (current !== undefined) packs.push(current);
      current = { pack: [r], whole: whole([r]) };
    }
    if (current !== undefined) packs.push(current);
    return packs;
  }

  /** The primary ancestors the results of a pack share, root first. */
  commonAncestors(pack: readonly ResultRecord[]): ResultRecord[] {
    const { cascade } = this.input;
    const chains = pack.map((r) => {
      const chain: ResultRecord[] = [];
      for (let id = r.parent; id !== null;) {
        const a = cascade.result(id)!;
        chain.unshift(a);
        id = a.parent;
      }
      return chain;
    });
    const common: ResultRecord[] = [];
    for (let i = 0; chains.every((c) => c[i] !== undefined && c[i]!.id === chains[0]![i]!.id); i++) common.push(chains[0]![i]!);
    return common;
  }

  /** Splits members that do not fit side by side into consecutive parts that do. */
  split(
    breadcrumb: readonly ResultRecord[],
    stubs: readonly ResultRecord[],
    stubPage: TreePage | undefined,
    members: readonly ResultRecord[],
  ): TreePage {
    const area = stubs.length === 0 ? this.input.first : this.input.next;
    const parts: ResultRecord[][] = [];
    let rest = members.slice();
    while (rest.length > 0) {
      // The largest prefix that fits at depth 0 (binary search; one member always goes).
      let lo = 1;
      let hi = rest.length;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        const part = rest.slice(0, mid);
        if (this.#fit(this.cut(this.stubsOf(stubs, part), part, 0).records, area) !== undefined) lo = mid;
        else hi = mid - 1;
      }
      parts.push(rest.slice(0, lo));
      rest = rest.slice(lo);
    }
    let first: TreePage | undefined;
    parts.forEach((p, i) => {
      const page = this.group(breadcrumb, this.stubsOf(stubs, p), stubPage, p, { index: i + 1, count: parts.length });
      first ??= page;
    });
    return first!;
  }

  /** The stubs that are parents of some of `members`. */
  stubsOf(stubs: readonly ResultRecord[], members: readonly ResultRecord[]): ResultRecord[] {
    const parents = new Set(members.map((m) => m.parent));
    return stubs.filter((s) => parents.has(s.id));
  }

  /**
   * The records of a page: the stubs (compact), the members and their descendants down to depth
   * `d` (members at 0) and below that the descendants of the `open` results (as many levels as
   * given), a placeholder under
   * each result whose children are left out.
   */
  cut(stubs: readonly ResultRecord[], members: readonly ResultRecord[], d: number, open: ReadonlyMap<string, number> = NO_OPEN): Cut {
    const full: ResultRecord[] = [];
    const cut: ResultRecord[] = [];
    // Each entry carries how many levels below the cut it may still open.
    let level: { r: ResultRecord; budget: number }[] = members.map((r) => ({ r, budget: 0 }));
    for (let depth = 0; level.length > 0; depth++) {
      const next: { r: ResultRecord; budget: number }[] = [];
      for (const { r, budget } of level) {
        full.push(r);
        const children = this.kids.get(r.id);
        if (children === undefined) continue;
        const left = depth < d ? 1 : Math.max(budget, open.get(r.id) ?? 0);
        if (left <= 0) cut.push(r);
        else for (const c of children) next.push({ r: c, budget: depth < d ? 0 : left - 1 });
      }
      level = next;
    }
    const { cascade } = this.input;
    full.sort((a, b) => cascade.indexOf(a.id) - cascade.indexOf(b.id));
    cut.sort((a, b) => cascade.indexOf(a.id) - cascade.indexOf(b.id));
    const onPage = new Set(full.map((r) => r.id));
    const stubIds = new Set(stubs.map((r) => r.id));
    const records: ResultRecord[] = stubs.map((r) => ({ ...r, parent: null, contributesTo: [], contributions: [], indicators: [] }));
    for (const r of full) {
      const parent = r.parent !== null && (onPage.has(r.parent) || stubIds.has(r.parent)) ? r.parent : null;
      const contributesTo = r.contributesTo.filter((c) => onPage.has(c));
      records.push(parent === r.parent && contributesTo.length === r.contributesTo.length ? r : { ...r, parent, contributesTo });
    }
    for (const r of cut) {
      const child = this.kids.get(r.id)![0]!;
      records.push({
        id: `${PLACEHOLDER}${this.#placeholders++}`,
        level: child.level,
        statement: 'lanjutan di halaman 000',
        parent: r.id,
        contributesTo: [],
        contributions: [],
        indicators: [],
      });
    }
    return { records, full, cut };
  }
}
