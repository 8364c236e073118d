/** The program and its first arguments that run the workspace's pnpm (see pnpm-command.mjs). */
export declare function pnpmCommand(): [string, ...string[]];
