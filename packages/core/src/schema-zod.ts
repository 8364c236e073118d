import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * What core's schemas need from zod besides `zod/mini` itself. The schemas are written with
 * `zod/mini` (functions instead of methods), which loads in about half the time of classic zod;
 * classic zod did two things mini does not:
 *
 * - it set English messages (`en`) on first use; zod mini sets none, and a rule option or a
 *   workspace manifest that zod refuses is reported with zod's message. English is set the same
 *   way here: only when no locale is set yet.
 * - `.describe(text)` gave a copy of a schema with a description; {@link described} does that.
 *
 * @module
 */

if (z.config().localeError === undefined) z.config(en());

/**
 * A copy of `schema` with a description, as classic zod's `.describe()` makes it: the copy is
 * registered in zod's global registry, where `toJSONSchema` reads it; `schema` keeps its own.
 */
export function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, { description });
  return copy;
}

/**
 * {@link described} for a schema built in the same expression, which nothing else holds: the
 * description is registered on `schema` itself, as on a copy no one else sees, and no copy is
 * built (a third of the schemas core builds at import were such copies).
 */
export function describedNew<T extends z.ZodMiniType>(schema: T, description: string): T {
  z.globalRegistry.add(schema, { description });
  return schema;
}

/**
 * `schema.safeParse(value)` for any zod 4 schema: a classic or mini schema (a plug-in rule's
 * options, possibly from the plug-in's own copy of zod) parses itself, with its copy's messages;
 * a bare `zod/v4/core` schema is parsed by core's zod.
 */
export function safeParse<T>(schema: z.core.$ZodType<T>, value: unknown): z.util.SafeParseResult<T> {
  const own = (schema as { safeParse?: unknown }).safeParse;
  return typeof own === 'function' ? (own.call(schema, value) as z.util.SafeParseResult<T>) : z.safeParse(schema, value);
}
