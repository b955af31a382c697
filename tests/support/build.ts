// Builds a register for a test: `npm run build` (scripts/build.ts) on the given content folder.
// Test files run in parallel, but Astro builds of one project share its `.astro/` folder, so
// builds take a lock on it and run one at a time; everything else runs beside them.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { testBuildDate } from './site.ts';

const root = resolve(import.meta.dirname, '../..');
const lock = resolve(root, '.build-tmp/astro-build.lock');

function holderAlive(): boolean {
  try {
    process.kill(Number(readFileSync(resolve(lock, 'pid'), 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}

/** Runs `work` while no other test process builds with Astro. */
export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  mkdirSync(resolve(root, '.build-tmp'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock); // atomic: only one process creates it
      writeFileSync(resolve(lock, 'pid'), String(process.pid));
      break;
    } catch {
      // Left behind by a process that was killed: take it over.
      await sleep(250);
      if (!holderAlive()) {
        await sleep(250); // the holder may be between mkdir and writing its pid
        if (!holderAlive()) rmSync(lock, { recursive: true, force: true });
      }
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
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
