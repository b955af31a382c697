import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseStat, readProcSnapshot, treeRss, type ProcessSample } from '../../../scripts/process-tree.ts';

// Lines as /proc/<pid>/stat writes them (fields 1–24 and a few more); rss (field 24) in pages.
const stat = (pid: number, comm: string, ppid: number, rssPages: number) =>
  `${pid} (${comm}) S ${ppid} ${pid} ${pid} 0 -1 4194560 1000 0 0 0 50 10 0 0 20 0 11 0 12345 1048576000 ${rssPages} 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n`;

describe('parseStat', () => {
  it('reads pid, parent and resident memory', () => {
    expect(parseStat(stat(4321, 'node', 4000, 1000))).toEqual({ pid: 4321, ppid: 4000, rss: 1000 * 4096 });
  });
  it('counts fields from the last parenthesis: a command name may hold spaces and ")"', () => {
    expect(parseStat(stat(77, 'pagefind ) x (y', 70, 3))).toEqual({ pid: 77, ppid: 70, rss: 3 * 4096 });
  });
  it('refuses what is not a stat line', () => {
    expect(parseStat('')).toBeUndefined();
    expect(parseStat('no parenthesis here')).toBeUndefined();
    expect(parseStat('12 (short) S')).toBeUndefined();
  });
});

describe('treeRss', () => {
  // init → shell → build (10) → astro (11) → esbuild (12); build → pagefind (13); a sibling tree (20, 21).
  const snapshot: ProcessSample[] = [
    { pid: 1, ppid: 0, rss: 5 },
    { pid: 2, ppid: 1, rss: 7 },
    { pid: 10, ppid: 2, rss: 1000 },
    { pid: 11, ppid: 10, rss: 2000 },
    { pid: 12, ppid: 11, rss: 300 },
    { pid: 13, ppid: 10, rss: 4000 },
    { pid: 20, ppid: 2, rss: 99_999 },
    { pid: 21, ppid: 20, rss: 99_999 },
  ];
  it('sums the process and all its descendants, and nothing else', () => {
    expect(treeRss(snapshot, 10)).toBe(7300);
    expect(treeRss(snapshot, 11)).toBe(2300);
    expect(treeRss(snapshot, 13)).toBe(4000);
  });
  it('is 0 for a process that has ended', () => {
    expect(treeRss(snapshot, 999)).toBe(0);
  });
  it('counts each process once, even in a table with a cycle', () => {
    expect(
      treeRss(
        [
          { pid: 5, ppid: 6, rss: 1 },
          { pid: 6, ppid: 5, rss: 2 },
        ],
        5,
      ),
    ).toBe(3);
  });
  it('reads a /proc snapshot from stat files, skipping what is not a process', () => {
    const proc = mkdtempSync(join(tmpdir(), 'proc-'));
    for (const [pid, ppid, pages] of [
      [10, 1, 100],
      [11, 10, 200],
      [12, 11, 50],
    ] as const) {
      mkdirSync(join(proc, String(pid)));
      writeFileSync(join(proc, String(pid), 'stat'), stat(pid, 'node', ppid, pages));
    }
    mkdirSync(join(proc, 'self-like'));
    mkdirSync(join(proc, '13')); // ended: no stat file
    const snap = readProcSnapshot(proc);
    expect(snap.map((s) => s.pid).sort()).toEqual([10, 11, 12]);
    expect(treeRss(snap, 10)).toBe(350 * 4096);
  });
});
