// The memory of a process tree, from /proc (Linux): what `npm run bench:build` reports as peak
// memory. The build starts Astro and Pagefind as child processes and the check starts worker
// threads (threads share their process's RSS), so the peak of the build is the largest sum of the
// resident memory of the build process and all its descendants, sampled while it runs.
//
// `parseStat` and `treeRss` are pure (tested with fixture data in
// tests/unit/scripts/process-tree.test.ts); `readProcSnapshot` reads the live /proc.
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessSample {
  pid: number;
  ppid: number;
  /** Resident set size in bytes. */
  rss: number;
}

/** The page size of /proc/<pid>/stat's rss field (4 KiB on x86-64 and arm64 Linux). */
export const pageSize = 4096;

/**
 * One line of /proc/<pid>/stat: "pid (comm) state ppid … rss …". The command name may contain
 * spaces and parentheses, so the fields are counted from the last ")". Undefined for a line that
 * is not a stat line.
 */
export function parseStat(line: string, page = pageSize): ProcessSample | undefined {
  const close = line.lastIndexOf(')');
  const pid = Number.parseInt(line, 10);
  if (close < 0 || !Number.isInteger(pid)) return undefined;
  // After ") ": field 3 (state) is [0], field 4 (ppid) is [1], field 24 (rss, in pages) is [21].
  const fields = line
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  const ppid = Number(fields[1]);
  const pages = Number(fields[21]);
  if (!Number.isInteger(ppid) || !Number.isFinite(pages)) return undefined;
  return { pid, ppid, rss: pages * page };
}

/** The resident memory of `rootPid` and all its descendants in one snapshot of the process table. */
export function treeRss(snapshot: readonly ProcessSample[], rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const { pid, ppid, rss: bytes } of snapshot) {
    rss.set(pid, bytes);
    const siblings = children.get(ppid);
    if (siblings) siblings.push(pid);
    else children.set(ppid, [pid]);
  }
  let total = 0;
  const seen = new Set<number>();
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    // A pid is counted once, even in a malformed table where it is its own ancestor.
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Every process in /proc now; a process that ends while it is read is left out. */
export function readProcSnapshot(proc = '/proc'): ProcessSample[] {
  const samples: ProcessSample[] = [];
  for (const name of readdirSync(proc)) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const sample = parseStat(readFileSync(`${proc}/${name}/stat`, 'utf8'));
      if (sample) samples.push(sample);
    } catch {
      // The process ended while we looked.
    }
  }
  return samples;
}

/** Samples the tree of `rootPid` every `intervalMs` until `stop()`; `stop` returns the largest sum seen. */
export function sampleTreePeak(rootPid: number, intervalMs = 200): { stop: () => number } {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, treeRss(readProcSnapshot(), rootPid));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
