/**
 * What `pokin pk` checks of the positions before it prints: the `--position` text matches some
 * position, the results no position owns (left out, said on stderr), an agreement whose two
 * parties are the same position under two units, and an agency still named as `pokin init`'s
 * sample (both said on stderr).
 *
 * @module
 */
import type { Cascade, PerjanjianKinerja } from '@pokin/core';
import type { CommandContext } from '../context.js';
import { CliUsageError } from '../errors.js';
import { workspace as words } from '../messages/index.js';

const norm = (s: string | undefined): string => (s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
const named = (o: { position?: string; unit?: string; name?: string } | undefined): boolean =>
  o !== undefined && [o.position, o.unit, o.name].some((s) => s !== undefined && s.trim() !== '');

/** How many ids a message lists before "...". */
const SHOWN = 5;

/** The agreements the `--position` text selects (as the renderers select them); refused when it selects none. */
export function checkPosition(all: readonly PerjanjianKinerja[], position: string | undefined): readonly PerjanjianKinerja[] {
  const needle = norm(position);
  if (needle === '') return all;
  const hits = all.filter((pk) => [pk.position.title, pk.position.unit, pk.position.name].some((s) => norm(s).includes(needle)));
  if (hits.length === 0) throw new CliUsageError(words.pkNoPosition(position!.trim(), [...new Set(all.map((pk) => pk.position.title))]));
  return hits;
}

/** Says on stderr which results no position owns (they are in no agreement and no peta). */
export function noteUnowned(ctx: CommandContext, cascade: Cascade): void {
  const ids = cascade
    .results()
    .filter((r) => !named(r.owner) && !r.indicators.some((i) => named(i.owner)))
    .map((r) => r.id);
  if (ids.length === 0) return;
  const shown = ids.slice(0, SHOWN).join(', ') + (ids.length > SHOWN ? ', ...' : '');
  ctx.errLine(ctx.ce.yellow(`pokin: ${ctx.say(words.pkUnowned(ids.length, shown))}`));
}

/** Warns of an agency still named as `pokin init`'s sample: the name is printed on the agreements. */
export function warnSampleAgency(ctx: CommandContext, cascade: Cascade, sample: string): void {
  if (norm(cascade.agency?.name) === norm(sample)) ctx.errLine(ctx.ce.yellow(`pokin: ${ctx.say(words.pkPlaceholderAgency(sample))}`));
}

/** Warns of an agreement whose Pihak Pertama and Pihak Kedua are the same position (named under two units). */
export function warnSameParties(ctx: CommandContext, agreements: readonly PerjanjianKinerja[]): void {
  for (const { position: p, superior: s } of agreements) {
    if (s === undefined || norm(p.title) !== norm(s.title) || norm(p.agency) !== norm(s.agency)) continue;
    ctx.errLine(ctx.ce.yellow(`pokin: ${ctx.say(words.pkSameParties(p.title, s.unit ?? '-', p.unit ?? '-'))}`));
  }
}
