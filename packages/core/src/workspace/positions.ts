/**
 * Positions (Langkah 5 of PermenPAN-RB 89/2021): the tree turned into what each position carries.
 * The *peta cascading* lists, per position, the results and indicators it owns; the Perjanjian
 * Kinerja annex of a position and year lists its sasaran, IK and targets with the signature block.
 * Pure functions of a cascade (one document, or a workspace's combined cascade).
 *
 * @module
 */
import type { Cascade } from '../cascade.js';
import { TIERS, type Tier } from '../levels.js';
import type { ResultRecord } from '../result.js';
import type { Indicator, Owner, PositionType, Value } from '../schema.js';

/** A position (jabatan) as the owners of a tree name it. */
export interface Position {
  /** Identity: agency, unit and position, trimmed and lower case. */
  readonly key: string;
  /** The position's name (`owner.position`, else the unit). */
  readonly title: string;
  /** The owner's agency, when named. */
  readonly agency?: string;
  /** The unit (unit kerja). */
  readonly unit?: string;
  /** Jenis jabatan. */
  readonly positionType?: PositionType;
  /** Name of the official, the first one given. */
  readonly name?: string;
  /** NIP of the official, the first one given. */
  readonly nip?: string;
}

/** One result a position carries, with the indicators it answers for. */
export interface PositionItem {
  /** The result. */
  readonly result: ResultRecord;
  /** Its tier. */
  readonly tier: Tier;
  /** The indicators this position answers for (the result's own, less those owned elsewhere). */
  readonly indicators: readonly Readonly<Indicator>[];
}

/** What one position carries: the *peta cascading* of a position. */
export interface PositionPlan {
  /** The position. */
  readonly position: Position;
  /** The results it carries, in document order. */
  readonly items: readonly PositionItem[];
  /** The position above it: the owner of the nearest primary ancestor owned by another position. */
  readonly superior?: Position;
}

/**
 * One row of a position's table: one of its results with one of its indicators, or with none.
 * Shared by the HTML, PDF and xlsx renderers of the peta cascading. @internal
 */
export interface PositionLine {
  /** The result the row belongs to. */
  readonly item: PositionItem;
  /** The row's indicator; `undefined` on the one row of a result without indicators. */
  readonly ind: Readonly<Indicator> | undefined;
}

/**
 * The rows of a position's table (peta cascading): a row per indicator, or one per result without
 * any. Shared by the HTML, PDF and xlsx renderers. @internal
 */
export function positionLines(plan: PositionPlan): PositionLine[] {
  const lines: PositionLine[] = [];
  for (const item of plan.items) {
    if (item.indicators.length === 0) lines.push({ item, ind: undefined });
    for (const ind of item.indicators) lines.push({ item, ind });
  }
  return lines;
}

/** Jenis jabatan as the position outputs (Perjanjian Kinerja, peta cascading) print them. */
export const POSITION_TYPE_LABELS: Readonly<Record<PositionType, { readonly id: string; readonly en: string }>> = Object.freeze({
  'jpt-madya': { id: 'JPT Madya', en: 'Senior executive (JPT Madya)' },
  'jpt-pratama': { id: 'JPT Pratama', en: 'Executive (JPT Pratama)' },
  administrator: { id: 'Administrator', en: 'Administrator' },
  pengawas: { id: 'Pengawas', en: 'Supervisor (Pengawas)' },
  fungsional: { id: 'Fungsional', en: 'Functional' },
  pelaksana: { id: 'Pelaksana', en: 'Staff (Pelaksana)' },
});

const norm = (s: string | undefined): string => (s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/** The key of an owner, or `undefined` when it names no position, unit or official. */
function keyOf(o: Readonly<Owner> | undefined): string | undefined {
  if (o === undefined) return undefined;
  const title = o.position ?? o.unit ?? o.name;
  if (title === undefined || title.trim() === '') return undefined;
  return `${norm(o.agency)}|${norm(o.unit)}|${norm(o.position ?? o.name)}`;
}

function positionOf(key: string, o: Readonly<Owner>): Position {
  const p: { -readonly [K in keyof Position]: Position[K] } = { key, title: (o.position ?? o.unit ?? o.name)!.trim() };
  if (o.agency !== undefined) p.agency = o.agency;
  if (o.unit !== undefined) p.unit = o.unit;
  if (o.positionType !== undefined) p.positionType = o.positionType;
  if (o.name !== undefined) p.name = o.name;
  if (o.nip !== undefined) p.nip = o.nip;
  return p;
}

/** Adds what a later mention of the same position says (type, name, NIP) that the first did not. */
function enrich(p: Position, o: Readonly<Owner>): Position {
  if (
    (p.positionType !== undefined || o.positionType === undefined) &&
    (p.name !== undefined || o.name === undefined) &&
    (p.nip !== undefined || o.nip === undefined)
  )
    return p;
  return {
    ...p,
    ...(p.positionType === undefined && o.positionType !== undefined ? { positionType: o.positionType } : {}),
    ...(p.name === undefined && o.name !== undefined ? { name: o.name } : {}),
    ...(p.nip === undefined && o.nip !== undefined ? { nip: o.nip } : {}),
  };
}

/**
 * The *peta cascading* by position: every position named as `owner` (of a result, or of an
 * indicator, which then belongs to that position rather than the result's owner), with the
 * results and indicators it carries and its superior. Positions come in the order they first
 * appear in the document (top of the tree first).
 */
export function positionPlans(cascade: Cascade): PositionPlan[] {
  const positions = new Map<string, Position>();
  const items = new Map<string, PositionItem[]>();
  const ownerOf = new Map<string, string>();
  const add = (key: string, result: ResultRecord, tier: Tier, ind: Readonly<Indicator> | undefined): void => {
    let list = items.get(key);
    if (list === undefined) items.set(key, (list = []));
    const last = list[list.length - 1];
    if (last !== undefined && last.result === result) {
      if (ind !== undefined) (last.indicators as Readonly<Indicator>[]).push(ind);
    } else list.push({ result, tier, indicators: ind === undefined ? [] : [ind] });
  };
  const note = (o: Readonly<Owner>): string | undefined => {
    const key = keyOf(o);
    if (key === undefined) return undefined;
    const p = positions.get(key);
    positions.set(key, p === undefined ? positionOf(key, o) : enrich(p, o));
    return key;
  };
  for (const r of cascade.results()) {
    const tier = cascade.level(r.level)?.tier ?? 'operasional';
    const own = r.owner === undefined ? undefined : note(r.owner);
    if (own !== undefined) ownerOf.set(r.id, own);
    const mine: Readonly<Indicator>[] = [];
    for (const ind of r.indicators) {
      const k = ind.owner === undefined ? undefined : note(ind.owner);
      if (k !== undefined && k !== own) add(k, r, tier, ind);
      else mine.push(ind);
    }
    if (own !== undefined) {
      add(own, r, tier, undefined);
      const list = items.get(own)!;
      (list[list.length - 1]!.indicators as Readonly<Indicator>[]).push(...mine);
    }
  }
  const out: PositionPlan[] = [];
  for (const [key, list] of items) {
    let superior: Position | undefined;
    for (let p = list[0]!.result.parent; p !== null && superior === undefined;) {
      const k = ownerOf.get(p);
      if (k !== undefined && k !== key) superior = positions.get(k);
      p = cascade.result(p)?.parent ?? null;
    }
    out.push({ position: positions.get(key)!, items: list, ...(superior === undefined ? {} : { superior }) });
  }
  return out;
}

/** Results with and without an owner, per tier. */
export type OwnerCoverage = Readonly<Record<Tier, { readonly owned: number; readonly unowned: number }>>;

/** How many results of each tier name an owner (on the result, or on one of its indicators). */
export function ownerCoverage(cascade: Cascade): OwnerCoverage {
  const out = Object.fromEntries(TIERS.map((t) => [t, { owned: 0, unowned: 0 }])) as Record<Tier, { owned: number; unowned: number }>;
  for (const r of cascade.results()) {
    const tier = cascade.level(r.level)?.tier ?? 'operasional';
    const owned = keyOf(r.owner) !== undefined || r.indicators.some((i) => keyOf(i.owner) !== undefined);
    out[tier][owned ? 'owned' : 'unowned']++;
  }
  return out;
}

/** One row of a Perjanjian Kinerja annex: a sasaran with one of its indicators and the year's target. */
export interface PerjanjianKinerjaRow {
  /** The result (sasaran / kinerja). */
  readonly result: ResultRecord;
  /** True on the first row of its result (the sasaran cell spans its indicators). */
  readonly first: boolean;
  /** Rows of its result (on the first row). */
  readonly span: number;
  /** The indicator, or undefined for a result without one. */
  readonly indicator?: Readonly<Indicator>;
  /** The target of the year, as written. */
  readonly target?: Value;
}

/** The Perjanjian Kinerja annex of one position and year. */
export interface PerjanjianKinerja {
  /** The year. */
  readonly year: number;
  /** The position (Pihak Pertama). */
  readonly position: Position;
  /** The superior (Pihak Kedua), when the tree names one. */
  readonly superior?: Position;
  /**
   * True for the Kepala Daerah (a position titled Bupati, Wali Kota or Gubernur with no superior in
   * the tree): the Perjanjian Kinerja of a Kepala Daerah is a statement the Kepala Daerah signs
   * alone (PermenPAN-RB 53/2014, the format for the Bupati/Wali Kota), with no Pihak Kedua.
   */
  readonly headOfRegion?: true;
  /** The rows, in document order. */
  readonly rows: readonly PerjanjianKinerjaRow[];
}

/** The title of a Kepala Daerah: Bupati, Wali Kota (Walikota), Gubernur, as the first word. */
const HEAD_OF_REGION = /^(?:bupati|wali\s?kota|gubernur)\b/i;

/** The Perjanjian Kinerja annexes of a year: one per position of {@link positionPlans}, in its order. */
export function perjanjianKinerja(cascade: Cascade, year: number): PerjanjianKinerja[] {
  return positionPlans(cascade).map((plan) => {
    const rows: PerjanjianKinerjaRow[] = [];
    for (const item of plan.items) {
      const inds = item.indicators;
      if (inds.length === 0) rows.push({ result: item.result, first: true, span: 1 });
      inds.forEach((ind, k) => {
        const target = ind.targets?.[String(year)];
        rows.push({
          result: item.result,
          first: k === 0,
          span: inds.length,
          indicator: ind,
          ...(target === undefined ? {} : { target }),
        });
      });
    }
    const head = plan.superior === undefined && HEAD_OF_REGION.test(plan.position.title);
    return {
      year,
      position: plan.position,
      ...(plan.superior === undefined ? {} : { superior: plan.superior }),
      ...(head ? { headOfRegion: true as const } : {}),
      rows,
    };
  });
}
