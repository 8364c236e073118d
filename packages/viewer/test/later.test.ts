import { describe, expect, it } from 'vitest';
import { Later } from '../src/later.js';

describe('Later', () => {
  it('runs the steps one per task, in order, and settles ready after the last', async () => {
    const later = new Later();
    const seen: string[] = [];
    later.run([() => seen.push('a'), () => seen.push('b')]);
    expect(seen).toEqual([]);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(['a']);
    await later.ready;
    expect(seen).toEqual(['a', 'b']);
  });

  it('runs the waiting steps at once when flushed or when new steps come', async () => {
    const later = new Later();
    const seen: string[] = [];
    later.run([() => seen.push('a'), () => seen.push('b')]);
    later.run([() => seen.push('c')]);
    expect(seen).toEqual(['a', 'b']);
    later.flush();
    expect(seen).toEqual(['a', 'b', 'c']);
    await later.ready;
  });

  it('drops the waiting steps when cancelled', async () => {
    const later = new Later();
    const seen: string[] = [];
    later.run([() => seen.push('a')]);
    later.cancel();
    await later.ready;
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual([]);
  });
});
