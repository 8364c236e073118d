/**
 * Work shared by the test files of one vitest run (they run in separate workers): the first file
 * that asks does it, in the run's scratch folder (`test/support/run-folder.ts`); the others wait
 * for its answer, or its error. A `mkdir` that fails when the folder exists is the lock.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';

type Answer<T> = { value: T } | { error: string };

/**
 * Runs `make(dir)` once per vitest run under `name` and returns its JSON-serialisable value to
 * every caller; `dir` is an empty folder the work may fill, kept until the run ends.
 */
export async function oncePerRun<T>(name: string, make: (dir: string) => Promise<T>): Promise<T> {
  const dir = join(inject('runFolder'), name);
  const answerFile = `${dir}.json`;
  let mine = true;
  try {
    mkdirSync(dir);
  } catch {
    mine = false;
  }
  if (mine) {
    let answer: Answer<T>;
    try {
      answer = { value: await make(dir) };
    } catch (e) {
      answer = { error: e instanceof Error ? `${e.message}\n${(e as { stderr?: string }).stderr ?? ''}` : String(e) };
    }
    writeFileSync(`${answerFile}.tmp`, JSON.stringify(answer));
    renameSync(`${answerFile}.tmp`, answerFile);
  }
  while (!existsSync(answerFile)) await sleep(200);
  const answer = JSON.parse(readFileSync(answerFile, 'utf8')) as Answer<T>;
  if ('error' in answer) throw new Error(`${name} (shared by the test files of this run): ${answer.error}`);
  return answer.value;
}
