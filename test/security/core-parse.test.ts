/**
 * Reproductions of what the attack audit found in `@pokin/core`'s parser (issue 22): each test
 * failed (threw, hung or gave a broken Cascade) before the fix. Time budgets are generous for a
 * loaded 2-core machine; each case runs well under them.
 */
import { describe, expect, it } from 'vitest';
import { parseCascade, safeParseCascade, type Cascade, type CascadeError } from '@pokin/core';

const BUDGET_MS = 2_000;

/** Runs `f`, asserting it neither throws nor takes more CPU time than the budget (CPU, not wall time, so a loaded machine does not fail it). */
function timed<T>(f: () => T): T {
  const start = process.cpuUsage();
  const out = f();
  const used = process.cpuUsage(start);
  expect((used.user + used.system) / 1000).toBeLessThan(BUDGET_MS);
  return out;
}

const issuesOf = (input: unknown): CascadeError['issues'] => {
  const r = timed(() => safeParseCascade(input));
  expect(r.success).toBe(false);
  return r.success ? [] : r.error.issues;
};

/** Every invariant a renderer relies on: ids resolve, links resolve, the walk visits each result. */
function expectSound(c: Cascade): void {
  let visited = 0;
  c.walk(() => {
    visited++;
  });
  for (const r of c.results()) {
    expect(c.result(r.id)).toBe(r);
    if (r.parent !== null) expect(c.has(r.parent)).toBe(true);
    for (const p of r.contributesTo) expect(c.has(p)).toBe(true);
    expect(c.level(r.id)).toBeDefined();
  }
  expect(visited).toBe(c.size);
  expect(parseCascade(c.toDocument()).equals(c)).toBe(true);
}

const doc = (results: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  pokin: 1,
  title: 't',
  ...extra,
  results,
});

describe('safeParseCascade never throws', () => {
  it('on an object with 200,000 unknown keys (a spread into push overflowed the stack)', () => {
    const input: Record<string, unknown> = doc([{ id: 'G1', level: 'goal', statement: 's' }]);
    for (let i = 0; i < 200_000; i++) input[`k${i}`] = i;
    expect(issuesOf(input).map((i) => `${i.code} ${i.path} ${i.message}`)).toEqual([
      'not-data  an object with more than 10000 keys is not a pokin document',
    ]);
    const nested = doc([{ id: 'G1', level: 'goal', statement: 's', owner: input }]);
    expect(issuesOf(nested).map((i) => `${i.code} ${i.path}`)).toEqual(['not-data results[0].owner']);
  });

  it('on 9,000 unknown keys: the first 1,000 listed, the rest counted', () => {
    const input: Record<string, unknown> = doc([{ id: 'G1', level: 'goal', statement: 's' }]);
    for (let i = 0; i < 9_000; i++) input[`k${i}`] = i;
    const issues = issuesOf(input);
    expect(issues[0]!.code).toBe('unknown-key');
    expect(issues).toHaveLength(1_001);
    expect(issues[1_000]).toMatchObject({ code: 'too-many-issues', message: '... and 8000 more problems' });
  });

  it('on 9,900 unknown keys close to known ones: the "did you mean" hint is capped, not an edit distance per key', () => {
    const input: Record<string, unknown> = doc([{ id: 'G1', level: 'goal', statement: 's' }]);
    // 40 characters, the longest a hint is looked for, each within a few edits of nothing known.
    for (let i = 0; i < 9_900; i++) input[`${String(i).padStart(4, '0')}${'x'.repeat(36)}`] = i;
    input.titel = 'x';
    const issues = issuesOf(input);
    expect(issues[0]).toMatchObject({ code: 'unknown-key' });
    expect(issues.filter((i) => i.message.includes('did you mean'))).toHaveLength(0);
    const typos: Record<string, unknown> = doc([{ id: 'G1', level: 'goal', statement: 's' }]);
    for (let i = 0; i < 200; i++) typos[`titel${i}`] = i;
    const hinted = issuesOf(typos).filter((i) => i.message.includes('did you mean'));
    expect(hinted.length).toBeGreaterThan(0);
    expect(hinted.length).toBeLessThanOrEqual(50);
  });

  it('on a getter that throws', () => {
    const r = { id: 'G1', level: 'goal' } as Record<string, unknown>;
    Object.defineProperty(r, 'statement', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(issuesOf(doc([r])).map((i) => `${i.code} ${i.path}`)).toEqual(['not-data results[0].statement']);
    // A getter that gives a value is refused too: the input is taken as plain data only, and the
    // getter is never called.
    let calls = 0;
    const calm = { id: 'G1', level: 'goal' } as Record<string, unknown>;
    Object.defineProperty(calm, 'statement', { enumerable: true, get: () => (calls++, 's') });
    expect(issuesOf(doc([calm])).map((i) => `${i.code} ${i.path}`)).toEqual(['not-data results[0].statement']);
    expect(calls).toBe(0);
  });

  it('on revoked proxies, at the top and inside', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(issuesOf(proxy).map((i) => i.code)).toEqual(['not-data']);
    expect(issuesOf(doc([proxy])).map((i) => `${i.code} ${i.path}`)).toEqual(['not-data results[0]']);
    const arr = Proxy.revocable([], {});
    arr.revoke();
    expect(issuesOf(doc(arr.proxy as unknown as unknown[])).map((i) => `${i.code} ${i.path}`)).toEqual(['not-data results']);
  });

  it('on proxies whose traps throw', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    expect(issuesOf(doc([hostile])).map((i) => i.code)).toEqual(['not-data']);
  });

  it('on cycles in the data', () => {
    const r: Record<string, unknown> = { id: 'G1', level: 'goal', statement: 's' };
    r.indicators = [r];
    const d = doc([r]);
    d.context = { strategicIssues: [] };
    ((d.context as Record<string, unknown>).strategicIssues as unknown[]).push(d);
    expect(issuesOf(d).map((i) => `${i.code} ${i.path}`)).toEqual([
      'not-data context.strategicIssues[0]',
      'not-data results[0].indicators[0]',
    ]);
  });

  it('on data nested deeper than any document (a 100,000-deep list)', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const issues = issuesOf(doc([{ id: 'G1', level: 'goal', statement: 's', notes: deep }]));
    expect(issues.map((i) => i.code)).toContain('not-data');
  });
});

describe('safeParseCascade never returns a broken Cascade', () => {
  const g1 = { id: 'G1', level: 'goal', statement: 'g' };
  /** A result whose `key` reads `first` once and `then` after (a getter). */
  const flipping = (key: string, first: unknown, then: unknown, base: Record<string, unknown>) => {
    let n = 0;
    const r = { ...base };
    Object.defineProperty(r, key, { enumerable: true, get: () => (n++ === 0 ? first : then) });
    return r;
  };
  const outcome = (r: ReturnType<typeof safeParseCascade>): string => {
    if (r.success) expectSound(r.data);
    return r.success ? 'ok' : r.error.issues.map((i) => `${i.code} ${i.path}`).join(', ');
  };

  it('from an id that reads differently twice (the result could not be found by its own id): refused', () => {
    const r = flipping('id', 'A', 'B', { level: 'ultimate-outcome', statement: 's', parent: 'G1' });
    expect(outcome(timed(() => safeParseCascade(doc([g1, r]))))).toBe('not-data results[1].id');
  });

  it('from a parent that reads as a missing id once and null after (the constructor threw): refused', () => {
    const r = flipping('parent', 'ZZ', null, { id: 'U1', level: 'ultimate-outcome', statement: 's' });
    expect(outcome(timed(() => safeParseCascade(doc([g1, r]))))).toBe('not-data results[1].parent');
  });

  it('from a cycle where a text belongs (notes): refused, not carried into the Cascade', () => {
    const notes: unknown[] = [];
    notes.push(notes);
    expect(outcome(timed(() => safeParseCascade(doc([{ ...g1, notes }]))))).toBe(
      'not-data results[0].notes[0], wrong-type results[0].notes',
    );
  });

  it('from a transparent proxy: its plain data is copied once, and the Cascade holds no proxy', () => {
    const r = timed(() => safeParseCascade(doc([new Proxy({ ...g1 }, {})])));
    expect(outcome(r)).toBe('ok');
    if (r.success) expect(r.data.toDocument().results[0]).toEqual(g1);
  });

  it('from a proxy whose descriptors change on every read: it is read once, consistently', () => {
    let n = 0;
    const value = (k: string | symbol) =>
      k === 'id' ? (n++ % 2 === 0 ? 'A' : 'B') : k === 'level' ? 'ultimate-outcome' : k === 'statement' ? 's' : 'G1';
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => ['id', 'level', 'statement', 'parent'],
        getOwnPropertyDescriptor: (_t, k) => ({ configurable: true, enumerable: true, writable: true, value: value(k) }),
        get: (_t, k) => value(k),
      },
    );
    const r = timed(() => safeParseCascade(doc([g1, proxy])));
    expect(outcome(r)).toBe('ok');
  });
});

describe('level keys and ids that are names of Object.prototype', () => {
  const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

  it('work like any other name, as level keys and as ids', () => {
    const levels = names.map((key, i) => ({ key, label: { id: key, en: key }, tier: i === 0 ? 'strategis' : 'operasional' }));
    const results = names.map((id, i) =>
      i === 0 ? { id, level: names[i], statement: `s${i}` } : { id, level: names[i], statement: `s${i}`, parent: names[i - 1] },
    );
    const c = timed(() => parseCascade(doc(results, { levels })));
    expectSound(c);
    expect(c.levelRank('__proto__')).toBe(2);
    expect(c.level('constructor')?.key).toBe('constructor');
    expect(c.tier('toString')).toBe('operasional');
    expect(c.pathToRoot('valueOf').map((r) => r.id)).toEqual([...names].reverse());
    expect(c.atLevel('__proto__').map((r) => r.id)).toEqual(['__proto__']);
  });

  it('refuse a key "__proto__" in data instead of dropping it silently (targets, scale)', () => {
    const ind = JSON.parse('{"statement": "i", "scale": {"__proto__": 4, "WTP": 3}}') as unknown;
    expect(issuesOf(doc([{ id: 'G1', level: 'goal', statement: 's', indicators: [ind] }])).map((i) => `${i.code} ${i.path}`)).toEqual([
      'not-data results[0].indicators[0].scale.__proto__',
    ]);
    const unknownLevel = { id: 'G1', level: 'constructor', statement: 's' };
    expect(issuesOf(doc([unknownLevel])).map((i) => i.code)).toEqual(['unknown-level']);
  });
});

describe('a long custom level scheme', () => {
  const scheme = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      key: `L${i}`,
      label: { id: `Level ${i}`, en: `Level ${i}` },
      tier: 'operasional',
      ...(i % 2 === 1 ? { optional: true } : {}),
    }));

  it('parses in time linear in results + levels, even when children skip most levels', () => {
    // 20,000 levels (over 1 MB of JSON) and 2,000 results: 40 million steps before, each result
    // listing the 10,000 required levels it skipped.
    const n = 20_000;
    const results: unknown[] = [{ id: 'R0', level: 'L0', statement: 's' }];
    for (let i = 1; i < 2_000; i++) results.push({ id: `R${i}`, level: `L${n - 2}`, statement: 's', parent: 'R0' });
    const issues = issuesOf(doc(results, { levels: scheme(n) }));
    expect(issues[0]!.code).toBe('level-order');
    // The message names a few of the skipped levels, not all 10,000.
    for (const i of issues) expect(i.message.length).toBeLessThan(400);
  });

  it('keeps the error text bounded for results at unknown levels', () => {
    const results = Array.from({ length: 2_000 }, (_, i) => ({ id: `R${i}`, level: 'nope', statement: 's' }));
    const issues = issuesOf(doc(results, { levels: scheme(10_000) }));
    expect(issues.length).toBeLessThanOrEqual(1_001);
    for (const i of issues) expect(i.message.length).toBeLessThan(400);
    const error = safeParseCascade(doc(results, { levels: scheme(10_000) }));
    expect(error.success ? '' : error.error.message.length).toBeLessThan(50_000);
  });

  it('keeps long ids and keys short in messages', () => {
    const long = 'x'.repeat(1_000_000);
    const issues = issuesOf(
      doc([
        { id: long, level: 'goal', statement: 's', parent: long },
        { id: long, level: 'goal', statement: 's', [long]: 1 },
      ]),
    );
    for (const i of issues) expect(i.message.length).toBeLessThan(400);
  });
});
