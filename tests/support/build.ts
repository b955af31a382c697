// Builds a register for a test: `npm run build` (scripts/build.ts) on the given content folder.
// Test files run in parallel, but Astro builds of one project share its `.astro/` folder, so
// builds take a lock on it and run one at a time; everything else runs beside them.
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { testBuildDate } from './site.ts';

const root = resolve(import.meta.dirname, '../..');
const lock = resolve(root, '.build-tmp/astro-build.lock');

/** Whether the process named in the lock still runs (false when the lock is gone meanwhile). */
function holderAlive(): boolean {
  try {
    process.kill(Number(readFileSync(resolve(lock, 'pid'), 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}

/** Moves the lock aside in one step, then removes it, so no other process ever finds it half removed. */
function removeLock(): void {
  const aside = `${lock}.removed-${randomUUID()}`;
  try {
    renameSync(lock, aside);
  } catch {
    return; // gone already
  }
  rmSync(aside, { recursive: true, force: true });
}

/** Runs `work` while no other test process builds with Astro. */
export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(resolve(root, '.build-tmp'), { recursive: true });
  // The lock appears with its pid in it (a folder made aside, then renamed into place in one
  // step), so a lock without a live holder is always one that a killed process left behind, however
  // slow the machine is.
  const mine = `${lock}.${process.pid}-${randomUUID()}`;
  for (;;) {
    rmSync(mine, { recursive: true, force: true });
    mkdirSync(mine);
    writeFileSync(resolve(mine, 'pid'), String(process.pid));
    try {
      renameSync(mine, lock); // atomic; fails while another process holds the lock
      break;
    } catch {
      rmSync(mine, { recursive: true, force: true });
      // Left behind by a process that was killed: take it over. Otherwise wait for its holder.
      if (!holderAlive()) removeLock();
      else await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    removeLock();
  }
}

export interface RunResult {
  status: number;
  output: string;
}

/** Runs a Node script of the project and collects its output; never throws on a non-zero exit. */
export function runNode(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd: root, env: { ...process.env, BUILD_DATE: testBuildDate, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = (error as { code?: unknown } | null)?.code;
      done({ status: error ? (typeof code === 'number' ? code : 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

/** `npm run build` of `content` into `out`, for the fixed test date; `env` adds or overrides variables, `args` are passed on (e.g. --production). */
export function buildSite(content: string, out: string, env: Record<string, string> = {}, args: string[] = []): Promise<RunResult> {
  return withBuildLock(() => runNode([resolve(root, 'scripts/build.ts'), ...args], { REGISTER_CONTENT_DIR: content, OUT_DIR: out, ...env }));
}
