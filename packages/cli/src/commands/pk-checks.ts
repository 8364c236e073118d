/**
 * What `pokin pk` checks of the positions before it prints: the `--position` text matches some
 * position.
 *
 * @module
 */
import type { PerjanjianKinerja } from '@pokin/core';
import { CliUsageError } from '../errors.js';
import { workspace as words } from '../messages/index.js';

const norm = (s: string | undefined): string => (s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/** The agreements the `--position` text selects (as the renderers select them); refused when it selects none. */
export function checkPosition(all: readonly PerjanjianKinerja[], position: string | undefined): readonly PerjanjianKinerja[] {
  const needle = norm(position);
  if (needle === '') return all;
  const hits = all.filter((pk) => [pk.position.title, pk.position.unit, pk.position.name].some((s) => norm(s).includes(needle)));
  if (hits.length === 0) throw new CliUsageError(words.pkNoPosition(position!.trim(), [...new Set(all.map((pk) => pk.position.title))]));
  return hits;
}
