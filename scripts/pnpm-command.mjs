/**
 * The command line that runs the workspace's pnpm: the pnpm running this process when there is
 * one (`pnpm test`, `pnpm release:pack` set `npm_execpath`), else the pinned version through npx,
 * which costs a second or two more.
 *
 * @module
 */
import { readFileSync } from 'node:fs';

/**
 * @returns {[string, ...string[]]} the program and its first arguments, to which pnpm's own follow
 */
export function pnpmCommand() {
  const exec = process.env.npm_execpath;
  if (exec && /pnpm/i.test(exec)) return /\.[cm]?js$/.test(exec) ? [process.execPath, exec] : [exec];
  const pinned = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).packageManager;
  return ['npx', '-y', pinned];
}
