// The pull-request gate as a repository host runs it: the workflow is valid (action-validator),
// safe (pull_request, read-only, pinned actions), and `npm ci` has every platform in the lock.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { inNpmKeyOrder, missingPlatformEntries, platformOf } from '../../src/lib/repository/lockfile.ts';

const root = resolve(import.meta.dirname, '../..');
const validator = resolve(root, 'node_modules/.bin/action-validator');
const workflows = readdirSync(resolve(root, '.github/workflows')).map((name) => resolve(root, '.github/workflows', name));

describe('the pull-request workflow', () => {
  it('passes action-validator, and a broken workflow does not', () => {
    for (const file of workflows) {
      const result = spawnSync(validator, [file], { encoding: 'utf8' });
      expect(result.status, `${file}\n${result.stdout}${result.stderr}`).toBe(0);
    }
    const broken = join(mkdtempSync(join(tmpdir(), 'workflow-')), 'kapot.yml');
    writeFileSync(
      broken,
      'name: kapot\non: pull_request\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v4\n        wiht: { fetch-depth: 0 }\n      - run: 1\n        shell: 3\n',
    );
    expect(spawnSync(validator, [broken], { encoding: 'utf8' }).status).not.toBe(0);
  });

  it('runs on pull_request with read-only rights and actions pinned to a commit', () => {
    for (const file of workflows) {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/^\s*pull_request_target\s*:/m);
      expect(text).toMatch(/^on:\n  pull_request:/m);
      expect(text).toMatch(/permissions:\n\s+contents: read/);
      for (const [, ref] of text.matchAll(/uses: [\w./-]+@(\S+)/g)) expect(ref).toMatch(/^[0-9a-f]{40}$/);
      expect(text).toContain('npm ci');
      expect(text).toContain('npm test');
      expect(text).toContain('pr-summary');
    }
  });
});

describe('the lockfile', () => {
  it('has an entry for every optional platform package, so npm ci works on every platform', () => {
    const lock = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, Record<string, unknown>> };
    expect(missingPlatformEntries(lock)).toEqual({});
  });

  it('writes platform entries as npm writes them (key order, dev flag), so npm install leaves the lockfile unchanged', () => {
    const lock = {
      packages: {
        '': { name: 'x', devDependencies: { tool: '1.0.0' } },
        'node_modules/tool': { version: '1.0.0', integrity: 'sha512-x', dev: true, optionalDependencies: { '@tool/cli-linux-arm64-musl': '1.0.0' } },
      },
    };
    const added = missingPlatformEntries(lock)['node_modules/@tool/cli-linux-arm64-musl']!;
    expect(JSON.stringify(added)).toBe('{"version":"1.0.0","cpu":["arm64"],"dev":true,"libc":["musl"],"optional":true,"os":["linux"]}');
    // The committed lockfile: every platform entry (no integrity: added by lock:platforms) in npm's order.
    const committed = JSON.parse(readFileSync(resolve(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, Record<string, unknown>> };
    const platform = Object.entries(committed.packages).filter(([path, entry]) => path && !entry.integrity && !entry.link);
    expect(platform.length).toBeGreaterThan(0);
    for (const [path, entry] of platform) expect(Object.keys(inNpmKeyOrder(entry)), path).toEqual(Object.keys(entry));
  });

  it('reads the platform from a package name', () => {
    expect(platformOf('@astrojs/compiler-binding-linux-x64-musl')).toEqual({ os: ['linux'], cpu: ['x64'], libc: ['musl'] });
    expect(platformOf('@pagefind/windows-x64')).toEqual({ os: ['win32'], cpu: ['x64'] });
    expect(platformOf('@biomejs/cli-darwin-arm64')).toEqual({ os: ['darwin'], cpu: ['arm64'] });
    expect(platformOf('@astrojs/compiler-binding-wasm32-wasi')).toEqual({ cpu: ['wasm32'] });
  });
});
