// ELK on worker threads: layouts asked for at once come back in the right order, each the same as
// when asked for alone, and a graph ELK refuses fails its own layout only.
import { describe, expect, it } from 'vitest';
import { elkLayout } from '../../../src/lib/graph/elk-pool.node.ts';

/** A chain of `n` boxes of different widths: each graph has its own layout. */
const chain = (n: number) => ({
  id: 'root',
  layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT' },
  children: Array.from({ length: n }, (_, i) => ({ id: `n${i}`, width: 40 + 10 * i, height: 30 })),
  edges: Array.from({ length: n - 1 }, (_, i) => ({ id: `e${i}`, sources: [`n${i}`], targets: [`n${i + 1}`] })),
});

/** The result without ELK's own object numbers ("$H"), which depend on what the worker did before. */
const positions = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, v) => (key.startsWith('$') ? undefined : v)));

describe('the ELK worker pool', () => {
  it('lays out many graphs at once, each as it is laid out alone', async () => {
    const sizes = Array.from({ length: 12 }, (_, i) => i + 2);
    const alone = [];
    for (const n of sizes) alone.push(await elkLayout(chain(n)));
    const together = await Promise.all(sizes.map((n) => elkLayout(chain(n))));
    expect(together.map(positions)).toEqual(alone.map(positions));
    // Each result is its own graph's: n boxes, side by side from left to right.
    for (const [i, n] of sizes.entries()) {
      const xs = together[i]!.children!.map((c) => c.x!);
      expect(xs).toHaveLength(n);
      expect([...xs].sort((a, b) => a - b)).toEqual(xs);
      expect(together[i]!.width).toBeGreaterThan(xs.at(-1)!);
    }
  });

  it('a graph ELK refuses fails alone, and the pool goes on', async () => {
    const broken = { id: 'root', children: [{ id: 'a', width: 10, height: 10 }], edges: [{ id: 'e', sources: ['a'], targets: ['nergens'] }] };
    const [bad, good] = await Promise.allSettled([elkLayout(broken), elkLayout(chain(3))]);
    expect(bad.status).toBe('rejected');
    expect(String((bad as PromiseRejectedResult).reason)).toMatch(/^Error: ELK: /);
    expect(good.status).toBe('fulfilled');
    expect((await elkLayout(chain(2))).children).toHaveLength(2);
  });
});
