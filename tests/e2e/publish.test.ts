// All or nothing: a build killed at any step leaves the previous site complete in its output
// folder, a second build at the same time is refused, and what a killed build left behind is
// removed by the next one. The build stops itself at a named step (REGISTER_BUILD_PAUSE_AT) and
// the test kills it there: no timing involved.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { buildSite, runNode, withBuildLock } from '../support/build.ts';
import { testBuildDate } from '../support/site.ts';

const root = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'publiceren-'));
const content = join(work, 'content');
cpSync(resolve(root, 'tests/fixtures/attacks/_base'), content, { recursive: true });
const out = join(work, 'dist');

function filesOf(dir: string): string[] {
  const list: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else list.push(relative(dir, path));
    }
  };
  walk(dir);
  return list.sort();
}

/** Starts a build that stops at `step`, kills it there with `signal`, and resolves with its output. */
function killAt(step: string, signal: NodeJS.Signals): Promise<string> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve(root, 'scripts/build.ts')], {
      cwd: root,
      env: { ...process.env, BUILD_DATE: testBuildDate, REGISTER_CONTENT_DIR: content, OUT_DIR: out, REGISTER_BUILD_PAUSE_AT: step },
    });
    let output = '';
    let killed = false;
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (!killed && output.includes(`[pauze: ${step}]`)) {
        killed = true;
        child.kill(signal);
      }
    };
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    child.once('close', () => done(output));
  });
}

const leftovers = () => readdirSync(work).filter((name) => name.includes('.tmp-') || name.endsWith('.lock'));

describe('publishing a build', () => {
  it('keeps a complete site in the output folder whichever step a build is killed at', async () => {
    const first = await buildSite(content, out);
    expect(first.status, first.output.slice(-2000)).toBe(0);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    const complete = filesOf(out);
    expect(complete).toContain('index.html');
    expect(complete).toContain('_headers');
    expect(complete).toContain('pagefind/pagefind.js');

    for (const [step, signal] of [
      ['na-controle', 'SIGKILL'],
      ['na-astro', 'SIGTERM'],
      ['na-zoekindex', 'SIGKILL'],
      ['voor-wissel', 'SIGTERM'],
      ['voor-wissel', 'SIGKILL'],
      ['na-wissel', 'SIGKILL'],
    ] as const) {
      const output = await withBuildLock(() => killAt(step, signal));
      expect(output, `${step}: de build kwam niet tot die stap`).toContain(`[pauze: ${step}]`);
      expect(filesOf(out), `${step} (${signal}): ${out} is geen volledige site`).toEqual(complete);
      if (signal === 'SIGTERM') {
        expect(output).toContain('Bouwen onderbroken');
        expect(leftovers(), `${step}: een onderbroken build laat niets achter`).toEqual([]);
      }
    }

    // The next build removes what the killed builds left behind, and keeps two versions.
    const last = await buildSite(content, out);
    expect(last.status, last.output.slice(-2000)).toBe(0);
    expect(filesOf(out)).toEqual(complete);
    expect(leftovers()).toEqual([]);
    expect(readdirSync(`${out}.releases`).filter((name) => !name.startsWith('.')).length).toBeLessThanOrEqual(2);
  }, 600_000);

  it('refuses a second build to the same output while one runs', async () => {
    await withBuildLock(
      () =>
        new Promise<void>((done, reject) => {
          const child = spawn(process.execPath, [resolve(root, 'scripts/build.ts')], {
            cwd: root,
            env: { ...process.env, BUILD_DATE: testBuildDate, REGISTER_CONTENT_DIR: content, OUT_DIR: out, REGISTER_BUILD_PAUSE_AT: 'na-controle' },
          });
          let output = '';
          child.stdout.on('data', async (chunk: Buffer) => {
            output += chunk.toString();
            if (!output.includes('[pauze: na-controle]') || output.includes('#tweede')) return;
            output += '#tweede';
            const second = await runNode([resolve(root, 'scripts/build.ts')], { REGISTER_CONTENT_DIR: content, OUT_DIR: out });
            try {
              expect(second.status).toBe(1);
              expect(second.output).toContain(`er loopt al een build naar ${out} (proces ${child.pid})`);
              expect(existsSync(join(out, 'index.html'))).toBe(true);
            } catch (error) {
              reject(error);
            }
            child.kill('SIGTERM');
          });
          child.once('close', () => done());
        }),
    );
    // The lock went with the build that held it.
    expect(existsSync(`${out}.lock`)).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<html');
    rmSync(work, { recursive: true, force: true });
  }, 300_000);
});
