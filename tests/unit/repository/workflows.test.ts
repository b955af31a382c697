// The workflows as a repository host runs them: valid (action-validator), pinned to commits, the
// triggers and rights each one needs and no more; and `npm ci` has every platform in the lock.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { parse as parseYaml } from 'yaml';
import { inNpmKeyOrder, missingPlatformEntries, platformOf } from '../../../src/lib/repository/lockfile.ts';

const root = resolve(import.meta.dirname, '../../..');
const validator = resolve(root, 'node_modules/.bin/action-validator');
const workflows = readdirSync(resolve(root, '.github/workflows')).map((name) => resolve(root, '.github/workflows', name));

type Step = { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string };
type Job = { permissions?: Record<string, string>; environment?: { name: string }; steps: Step[]; needs?: string | string[]; strategy?: { matrix: Record<string, unknown> } };
type Workflow = { name: string; on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> };
const load = (name: string) => parseYaml(readFileSync(resolve(root, '.github/workflows', name), 'utf8')) as Workflow;
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const scripts = (workflow: Workflow) => steps(workflow).flatMap((step) => (step.run ? [step.run] : []));

describe('the workflows', () => {
  it('pass action-validator, and a broken workflow does not', () => {
    expect(workflows.map((file) => file.slice(file.lastIndexOf('/') + 1)).sort()).toEqual(['build-in-shards.yml', 'links.yml', 'pr-comment.yml', 'pr.yml', 'publish.yml']);
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

  it('pin every action to a full commit SHA with its version in a comment, the same SHA for the same version', () => {
    const versions = new Map<string, string>();
    for (const file of workflows) {
      const lines = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /^\s*(-\s+)?uses:/.test(line));
      for (const line of lines) {
        const match = /uses: ([\w.-]+\/[\w./-]+)@([0-9a-f]{40}) # (v\d+\.\d+\.\d+)$/.exec(line.trim().replace(/^-\s+/, ''));
        expect(match, `${file}: ${line.trim()}`).not.toBeNull();
        const [, action, sha, version] = match!;
        const key = `${action}@${version}`;
        expect(versions.get(key) ?? sha, `${key} met twee verschillende SHA's`).toBe(sha);
        versions.set(key, sha!);
      }
    }
    expect([...versions.keys()].map((key) => key.split('@')[0]).sort()).toEqual([
      'actions/checkout',
      'actions/deploy-pages',
      'actions/download-artifact',
      'actions/setup-node',
      'actions/upload-artifact',
      'actions/upload-pages-artifact',
    ]);
  });

  it('never run pull-request code with write rights, and never paste event data into a script', () => {
    for (const file of workflows) {
      const workflow = parseYaml(readFileSync(file, 'utf8')) as Workflow;
      expect(Object.keys(workflow.on), file).not.toContain('pull_request_target');
      for (const script of scripts(workflow)) expect(script, file).not.toMatch(/\$\{\{/);
    }
  });

  it('pull request: read-only, runs the check and every test, uploads the preview and the summary', () => {
    const pr = load('pr.yml');
    expect(Object.keys(pr.on)).toEqual(['pull_request']);
    expect(pr.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(pr.jobs)) expect(job.permissions ?? {}).toEqual({});
    const all = scripts(pr).join('\n');
    for (const command of ['npm ci', 'npm run check', 'npm test', 'pr-summary', 'changed-pages', 'npm run build', 'npm run preview:changed -- "origin/$BASE_REF"', 'CHROME_BIN'])
      expect(all).toContain(command);
    expect(all).not.toContain('chromium-browser');
    const uploads = steps(pr).filter((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(uploads.map((step) => step.with?.name)).toEqual(['voorbeeld-site', 'voorbeeld-wijzigingen', 'pr-comment']);
    expect(uploads[1]?.with?.path).toBe('.build-tmp/voorbeeld-wijzigingen/');
    expect(steps(pr).find((step) => step.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
  });

  it('comment: on workflow_run of the gate, may only write to pull requests, and runs no code of the pull request', () => {
    const comment = load('pr-comment.yml');
    expect(comment.on).toEqual({ workflow_run: { workflows: [load('pr.yml').name], types: ['completed'] } });
    expect(comment.permissions).toEqual({});
    const jobs = Object.values(comment.jobs);
    expect(jobs.map((job) => job.permissions)).toEqual([{ actions: 'read', 'pull-requests': 'write' }]);
    expect(steps(comment).filter((step) => step.uses)).toEqual([]);
    const all = scripts(comment).join('\n');
    expect(all).not.toMatch(/\b(npm|npx|node|git checkout|git clone|bash pr-comment|sh pr-comment|source)\b/);
    expect(all).toContain('gh run download');
    // The pull-request number from the artifact is only trusted when that pull request is at this run's commit.
    expect(all).toContain('.head.sha');
    // One comment, found again by its marker and updated.
    expect(all).toContain('(.body | startswith(');
    expect(all).toContain('--method PATCH');
  });

  it('publish: on main, every night early in Brussels and by hand; tests, production build for today in Brussels, deploy to Pages', () => {
    const publish = load('publish.yml');
    expect(Object.keys(publish.on).sort()).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect(publish.on.push).toEqual({ branches: ['main'] });
    const [cron] = (publish.on.schedule as { cron: string }[]).map((s) => s.cron.split(' '));
    // Hour in UTC: 01:00-04:00 UTC is 02:00-05:00 (winter) or 03:00-06:00 (summer) in Brussels.
    expect(Number(cron![1])).toBeGreaterThanOrEqual(1);
    expect(Number(cron![1])).toBeLessThanOrEqual(3);
    expect(cron!.slice(2)).toEqual(['*', '*', '*']);
    expect(publish.permissions).toEqual({ contents: 'read' });
    expect(publish.jobs.build!.permissions).toEqual({ contents: 'read' });
    expect(publish.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(publish.jobs.deploy!.environment?.name).toBe('github-pages');
    expect(publish.jobs.deploy!.needs).toBe('build');
    const build = publish.jobs.build!.steps;
    expect(build.find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
    const order = ['npm ci', 'npm run check', 'npm test', 'npm run build -- --production'].map((command) => build.findIndex((step) => step.run?.includes(command)));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(build.at(-1)?.uses).toMatch(/^actions\/upload-pages-artifact@/);
    expect(build.at(-1)?.with?.path).toBe('dist/');
    expect(publish.jobs.deploy!.steps.map((step) => step.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
    // The settings reach the production build only, so the tests run on their own fixtures.
    const production = build.find((step) => step.run?.includes('--production'))!;
    expect(production.run).toContain('BUILD_DATE="$(TZ=Europe/Brussels date +%F)"');
    expect(production.run!.indexOf('export BUILD_DATE')).toBeLessThan(production.run!.indexOf('npm run build'));
    expect(Object.keys(production.env ?? {}).sort()).toEqual(['CONTACT_EMAIL', 'PUBLISHER_NAME', 'PUBLISHER_URI', 'REPORT_ERRORS_TO', 'SITE_URL']);
  });

  it('build in shards: by hand, read-only, four shards of the same build merged into one artifact, publishing nothing', () => {
    const sharded = load('build-in-shards.yml');
    expect(Object.keys(sharded.on)).toEqual(['workflow_dispatch']);
    expect(sharded.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(sharded.jobs)) expect(job.permissions ?? {}).toEqual({});
    const shard = sharded.jobs.shard!;
    expect(shard.strategy?.matrix.shard).toEqual([1, 2, 3, 4]);
    const build = shard.steps.find((step) => step.run?.includes('npm run build'))!;
    expect(build.run).toBe('npm run build -- --shard "$SHARD/4"');
    expect(build.env).toEqual({ SHARD: '${{ matrix.shard }}' });
    expect(shard.steps.at(-1)?.with?.name).toBe('deel-${{ matrix.shard }}');
    const merge = sharded.jobs.merge!;
    expect(merge.needs).toBe('shard');
    const merging = merge.steps.find((step) => step.run?.includes('merge-shards.ts'))!.run!;
    // Shard 1 first: its search index stays in pagefind/, the others join it (mergeIndex).
    expect(merging.match(/deel-\d/g)).toEqual(['deel-1', 'deel-2', 'deel-3', 'deel-4']);
    expect(merge.steps.at(-1)?.with?.name).toBe('site-in-delen');
    // It publishes nothing: no Pages, no deploy, no production settings.
    expect(JSON.stringify(sharded)).not.toMatch(/deploy-pages|upload-pages-artifact|--production|SITE_URL/);
  });

  it('links: weekly and by hand only, read-only, so a broken website never fails a pull request', () => {
    const links = load('links.yml');
    expect(Object.keys(links.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const [cron] = (links.on.schedule as { cron: string }[]).map((s) => s.cron.split(' '));
    expect(cron![4]).toMatch(/^[0-6]$/);
    expect(links.permissions).toEqual({ contents: 'read' });
    expect(scripts(links).join('\n')).toContain('check-links');
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
