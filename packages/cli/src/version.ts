/**
 * The package version, read from package.json next to `src/` or `dist/`.
 *
 * @module
 */
import { readFileSync } from 'node:fs';

/** The version of `@pokin/cli`. */
export function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
