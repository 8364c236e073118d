/** Mutations of JSON documents for property tests. */

/** A JSON value. */
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Replaces, deletes or adds one value somewhere inside a document, steered by `picks`. */
export function mutate(doc: Json, picks: readonly number[], value: Json, action: 'replace' | 'delete' | 'add'): Json {
  const root = structuredClone(doc);
  let holder: Json = root;
  for (const pick of picks) {
    const keys: (string | number)[] = Array.isArray(holder)
      ? holder.map((_, i) => i)
      : typeof holder === 'object' && holder !== null
        ? Object.keys(holder)
        : [];
    if (keys.length === 0) break;
    const key = keys[pick % keys.length]!;
    const child: Json = (holder as Record<string | number, Json>)[key]!;
    const last = pick === picks[picks.length - 1] || typeof child !== 'object' || child === null;
    if (last) {
      if (action === 'delete') {
        if (Array.isArray(holder)) holder.splice(key as number, 1);
        else delete (holder as Record<string, Json>)[key];
      } else if (action === 'add') {
        if (Array.isArray(holder)) holder.push(value);
        else (holder as Record<string, Json>)[`x${pick}`] = value;
      } else (holder as Record<string | number, Json>)[key] = value;
      return root;
    }
    holder = child;
  }
  return root;
}
