// The settings that only the build, tests and benchmarks set, all read in src/lib/site/config.node.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  astroCacheDir,
  astroNodeFlags,
  benchSettings,
  buildHandover,
  buildPauseAt,
  childEnvironment,
  contentDir,
  graphSettings,
  bodyCacheDir,
  yamlCacheDir,
  outDir,
  pageSelectionSettings,
} from '../../../src/lib/site/config.node.ts';

const root = resolve(import.meta.dirname, '../../..');

/** The code files of the site and its commands. */
function codeFiles(): string[] {
  const files = ['astro.config.mjs'];
  for (const folder of ['src', 'scripts'])
    for (const name of readdirSync(join(root, folder), { recursive: true }) as string[]) if (/\.(ts|mjs|astro)$/.test(name)) files.push(join(folder, name));
  return files;
}

describe('the environment', () => {
  it('is read in src/lib/site/config.node.ts only', () => {
    const readers = codeFiles().filter((file) => file !== join('src', 'lib', 'site', 'config.node.ts') && readFileSync(join(root, file), 'utf8').includes('process.env'));
    expect(readers).toEqual([]);
  });

  it('the scan covers config.node.ts, which reads it', () => {
    expect(codeFiles()).toContain(join('src', 'lib', 'site', 'config.node.ts'));
    expect(readFileSync(join(root, 'src/lib/site/config.node.ts'), 'utf8')).toContain('process.env');
  });
});

describe('contentDir', () => {
  it('is content/ by default, else REGISTER_CONTENT_DIR, else the folder a command names, always absolute', () => {
    expect(contentDir(undefined, {})).toBe(resolve('content'));
    expect(contentDir(undefined, { REGISTER_CONTENT_DIR: '' })).toBe(resolve('content'));
    expect(contentDir(undefined, { REGISTER_CONTENT_DIR: 'synthetic/corpus-10/' })).toBe(resolve('synthetic/corpus-10'));
    expect(contentDir('elders', { REGISTER_CONTENT_DIR: 'synthetic' })).toBe(resolve('elders'));
  });
});

describe('build settings', () => {
  it('outDir is dist/ in the root unless OUT_DIR names another folder', () => {
    expect(outDir('/repo', {})).toBe('/repo/dist');
    expect(outDir('/repo', { OUT_DIR: '' })).toBe('/repo/dist');
    expect(outDir('/repo', { OUT_DIR: '/tmp/uit' })).toBe('/tmp/uit');
  });

  it("Astro's cache is the one the build chose, else Astro's default", () => {
    expect(astroCacheDir({})).toBe('./node_modules/.astro');
    expect(astroCacheDir({ ASTRO_CACHE_DIR: '/tmp/cache' })).toBe('/tmp/cache');
  });

  it('an empty variable counts as unset', () => {
    expect(buildHandover({ REGISTER_CONTENT_SNAPSHOT: '', REGISTER_HISTORY: '' })).toEqual({ contentSnapshot: undefined, historyFile: undefined });
    expect(buildHandover({ REGISTER_CONTENT_SNAPSHOT: '/tmp/a.bin', REGISTER_HISTORY: '/tmp/h.json' })).toEqual({ contentSnapshot: '/tmp/a.bin', historyFile: '/tmp/h.json' });
    expect(buildPauseAt({ REGISTER_BUILD_PAUSE_AT: '' })).toBeUndefined();
    expect(buildPauseAt({ REGISTER_BUILD_PAUSE_AT: 'na-astro' })).toBe('na-astro');
  });

  it('reads a shard as [i, N] and refuses a malformed one', () => {
    expect(pageSelectionSettings({ REGISTER_SHARD: '2/3' }).shard).toEqual([2, 3]);
    for (const value of ['', '0/2', '3/2', '1/', 'a/b']) expect(pageSelectionSettings({ REGISTER_SHARD: value }).shard).toBeUndefined();
    expect(pageSelectionSettings({ REGISTER_ONLY: '/tmp/sel.json' }).onlyFile).toBe('/tmp/sel.json');
    expect(pageSelectionSettings({}).onlyFile).toBeUndefined();
  });

  it('draws graphs unless REGISTER_GRAPH=off, with the layout cache in .cache/ unless GRAPH_LAYOUT_CACHE', () => {
    expect(graphSettings({})).toEqual({ enabled: true, layoutCacheDir: resolve('.cache/graph-layout') });
    expect(graphSettings({ REGISTER_GRAPH: 'off', GRAPH_LAYOUT_CACHE: '/tmp/c' })).toEqual({ enabled: false, layoutCacheDir: '/tmp/c' });
  });

  it('keeps the body cache outside the repository unless told otherwise, and can turn it off', () => {
    expect(bodyCacheDir({})).toBe(resolve('node_modules/.cache/protocollenregister/bodies'));
    expect(bodyCacheDir({ BODY_CACHE_DIR: '' })).toBe(resolve('node_modules/.cache/protocollenregister/bodies'));
    expect(bodyCacheDir({ BODY_CACHE_DIR: '/tmp/bodies' })).toBe('/tmp/bodies');
    expect(bodyCacheDir({ BODY_CACHE_DIR: 'off' })).toBeUndefined();
    expect(yamlCacheDir({})).toBe(resolve('node_modules/.cache/protocollenregister/yaml'));
    expect(yamlCacheDir({ YAML_CACHE_DIR: '/tmp/y' })).toBe('/tmp/y');
    expect(yamlCacheDir({ YAML_CACHE_DIR: 'off' })).toBeUndefined();
  });

  it('passes only flags to the Astro step', () => {
    expect(astroNodeFlags({})).toEqual([]);
    expect(astroNodeFlags({ ASTRO_NODE_FLAGS: ' --max-old-space-size=3072  --max-semi-space-size=32 ' })).toEqual(['--max-old-space-size=3072', '--max-semi-space-size=32']);
    expect(astroNodeFlags({ ASTRO_NODE_FLAGS: 'evil.js --x' })).toEqual(['--x']);
  });

  it('has defaults for the benchmarks', () => {
    expect(benchSettings({})).toEqual({ protocols: 2000, parties: 300, skipBuild: false, rebuild: false, buildRuns: 2 });
    expect(benchSettings({ BENCH_PROTOCOLS: '50', BENCH_SKIP_BUILD: '1', BENCH_REBUILD: '1', BENCH_BUILD_RUNS: '1' })).toMatchObject({
      protocols: 50,
      skipBuild: true,
      rebuild: true,
      buildRuns: 1,
    });
  });

  it('a child process gets this environment with the overrides', () => {
    const env = childEnvironment({ OUT_DIR: '/tmp/x' });
    expect(env.OUT_DIR).toBe('/tmp/x');
    expect(env.PATH).toBe(process.env.PATH);
  });
});
