// All or nothing: how scripts/build.ts takes its lock and publishes a site.
//
// The output folder (dist/, or OUT_DIR) is a symbolic link to one complete version in
// `<out>.releases/`. A build writes the new site beside the old one and switches the link in one
// rename(2), which is atomic: a reader, a server or an interrupted build sees the old site or
// the new one, never a mix. The previous version is kept (to roll back: point the link at it).
// A lock beside the output refuses a second build at the same time; folders left by a build
// that was killed are removed by the next one.
import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

export class PublishError extends Error {}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export interface BuildPaths {
  outDir: string;
  releases: string;
  lock: string;
  /** Prefix of this build's temporary files and folder (with the process id). */
  tmpPrefix: string;
}

export function buildPaths(outDir: string): BuildPaths {
  return { outDir, releases: `${outDir}.releases`, lock: `${outDir}.lock`, tmpPrefix: `${outDir}.tmp-` };
}

/**
 * Refuses an output folder the build cannot replace atomically: a mount point (the build would
 * have to empty it) or something that is not a folder or a link.
 */
export function checkOutDir(paths: BuildPaths): void {
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(paths.outDir);
  } catch {
    return;
  }
  if (stat.isSymbolicLink()) return;
  if (!stat.isDirectory()) throw new PublishError(`${paths.outDir} bestaat en is geen map; verwijder het of kies een andere OUT_DIR`);
  if (stat.dev !== statSync(dirname(paths.outDir)).dev)
    throw new PublishError(
      `${paths.outDir} is een koppelpunt (mount point): de build vervangt de uitvoer in één stap en kan een koppelpunt niet vervangen. Kies een map erbinnen, bv. OUT_DIR=${join(paths.outDir, 'site')}, en laat de webserver daarheen wijzen`,
    );
}

/**
 * Takes the lock, or throws naming the build that holds it. A lock of a build that died is taken
 * over. `lock` is the output's lock by default; Astro's step takes the project's lock as well,
 * since builds of one project share its `.astro/` folder whatever their output.
 */
export function acquireLock(paths: BuildPaths, lock = paths.lock, what = `naar ${paths.outDir}`): () => void {
  paths = { ...paths, lock };
  mkdirSync(dirname(paths.lock), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(paths.lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(paths.lock, 'utf8') === String(process.pid)) unlinkSync(paths.lock);
        } catch {}
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(paths.lock, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && alive(holder))
        throw new PublishError(`er loopt al een build ${what} (proces ${holder}). Wacht tot die klaar is, of stop ze; twee builds tegelijk zouden elkaars uitvoer overschrijven`);
      rmSync(paths.lock, { force: true });
    }
  }
  throw new PublishError(`het slot ${paths.lock} kan niet genomen worden`);
}

/** Removes what builds that were killed left behind (only while holding the lock). */
export function removeLeftovers(paths: BuildPaths): string[] {
  const dir = dirname(paths.outDir);
  if (!existsSync(dir)) return [];
  const prefix = basename(paths.tmpPrefix);
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix) || name.startsWith(`${prefix}${process.pid}`)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  // A link made but not yet switched in by a build that was killed.
  if (existsSync(paths.releases))
    for (const name of readdirSync(paths.releases))
      if (name.startsWith('.link-')) {
        rmSync(join(paths.releases, name), { force: true });
        removed.push(name);
      }
  return removed;
}

/** The release the output link points at, if any. */
export function currentRelease(paths: BuildPaths): string | undefined {
  try {
    return basename(readlinkSync(paths.outDir));
  } catch {
    return undefined;
  }
}

/**
 * Publishes the complete site in `siteDir`: it becomes a release and the output link switches to
 * it in one rename. `pause` lets the kill test stop the build at each step.
 */
let pending: { paths: BuildPaths; release: string } | undefined;

/** Interrupted before the switch: the new version that was never published goes. */
export function abandonPending(): void {
  if (!pending) return;
  if (currentRelease(pending.paths) !== basename(pending.release)) rmSync(pending.release, { recursive: true, force: true });
  rmSync(join(pending.paths.releases, `.link-${process.pid}`), { force: true });
  pending = undefined;
}

export async function publishSite(paths: BuildPaths, siteDir: string, pause: (step: string) => Promise<void>): Promise<void> {
  mkdirSync(paths.releases, { recursive: true });
  const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
  const release = join(paths.releases, name);
  const before = currentRelease(paths);
  pending = { paths, release };
  renameSync(siteDir, release);
  await pause('voor-wissel');
  // An output folder from before releases existed is moved into the releases once (kept as the
  // previous version); from then on the output is a link.
  const stat = (() => {
    try {
      return lstatSync(paths.outDir);
    } catch {
      return undefined;
    }
  })();
  const moved = `${name}-vorige`;
  if (stat?.isDirectory()) renameSync(paths.outDir, join(paths.releases, moved));
  const link = join(paths.releases, `.link-${process.pid}`);
  rmSync(link, { force: true });
  symlinkSync(join(basename(paths.releases), name), link);
  renameSync(link, paths.outDir);
  pending = undefined;
  await pause('na-wissel');
  // Keep the new version and the one published before it (to roll back); versions of builds that
  // were killed before their switch, and older ones, go.
  const keep = new Set([name, before ?? moved]);
  for (const entry of readdirSync(paths.releases)) if (!keep.has(entry) && !entry.startsWith('.')) rmSync(join(paths.releases, entry), { recursive: true, force: true });
}
