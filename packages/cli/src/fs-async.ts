/**
 * Promise forms of the file system calls that reading inputs and writing outputs make, from
 * `node:fs` itself. Importing `node:fs/promises` loads about ten more of Node's own modules (its
 * file handles, streams and readline), about 2 ms of every command's start, `pokin review` of one
 * file included.
 *
 * @module
 */
import { close, fstat, lstat, mkdir, open, readdir, readFile, readlink, realpath, stat, writeFile } from 'node:fs';
import { promisify } from 'node:util';

/** `fs.promises.stat`. */
export const statFile = promisify(stat);
/** `fs.promises.lstat`. */
export const lstatFile = promisify(lstat);
/** `fs.promises.readFile`, of a path or an open file descriptor. */
export const readWholeFile = promisify(readFile);
/** `fs.promises.writeFile`. */
export const writeWholeFile = promisify(writeFile);
/** `fs.promises.readdir`. */
export const readFolder = promisify(readdir);
/** `fs.promises.mkdir`. */
export const makeFolder = promisify(mkdir);
/** `fs.promises.readlink`. */
export const readLink = promisify(readlink);
/** `fs.promises.realpath` (the system's own, as `fs.promises` uses). */
export const realPath = promisify(realpath.native);
/** `fs.open`, as a promise of the file descriptor. */
export const openFile = promisify(open);
/** `fs.fstat` of an open file descriptor. */
export const statOpenFile = promisify(fstat);
/** `fs.close`. */
export const closeFile = promisify(close);
