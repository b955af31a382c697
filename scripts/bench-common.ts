// Shared by the benchmarks: make sure the synthetic corpus exists and build it.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { generateCorpus } from './generate-synthetic.ts';
import { childEnvironment } from '../src/lib/site/config.node.ts';

export const root = resolve(import.meta.dirname, '..');

export function ensureCorpus(protocols = 2000, parties = 300): string {
  // The folder names both counts: a corpus made for other parties is never taken for this one.
  const out = resolve(root, `synthetic/corpus-${protocols}-${parties}`);
  if (!existsSync(join(out, 'protocols')) || readdirSync(join(out, 'protocols')).length !== protocols) {
    console.log(`Synthetisch corpus maken: ${protocols} protocollen, ${parties} partijen …`);
    generateCorpus({ protocols, parties, out, seed: 1 });
  }
  return out;
}

/** Builds a content folder into outDir and returns the wall-clock seconds. */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [resolve(root, 'scripts/build.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: childEnvironment({ REGISTER_CONTENT_DIR: contentDir, OUT_DIR: outDir, BUILD_DATE: '2026-11-22', ...env }),
  });
  if (result.status !== 0) throw new Error(`bouwen van ${contentDir} mislukt`);
  return (performance.now() - started) / 1000;
}

export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) {
      bytes += stat.size;
      files++;
    }
  }
  return { bytes, files };
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}
