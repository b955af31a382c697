// Each hostile content file stops `npm run build` at the check, before Astro compiles anything,
// and no code from it ever runs: the marker file its body would write never appears, even when
// Astro is started directly without the check in front of it.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { attackCases, contentWithAttack } from '../support/attacks.ts';
import { runNode, withBuildLock } from '../support/build.ts';

const root = resolve(import.meta.dirname, '../..');
const marker = '/tmp/protocollenregister-aanval-marker.txt';
describe('building hostile content', () => {
  const cases = attackCases();

  it('fails every attack at the check, names the file and the fix, and compiles nothing', async () => {
    rmSync(marker, { force: true });
    const results: string[] = [];
    // A few at a time: each build is a Node process that stops after the check, before Astro
    // starts, so these need no build lock.
    for (let i = 0; i < cases.length; i += 4) {
      await Promise.all(
        cases.slice(i, i + 4).map(async (attack) => {
          const content = contentWithAttack(attack);
          const out = join(mkdtempSync(join(tmpdir(), 'aanval-uit-')), 'dist');
          const { status, output } = await runNode([resolve(root, 'scripts/build.ts')], { REGISTER_CONTENT_DIR: content, OUT_DIR: out });
          const problems = [
            status === 1 ? '' : `exit ${status}`,
            output.includes('Bouwen mislukt') ? '' : 'geen "Bouwen mislukt"',
            attack.expect.every((e) => output.includes(`[${e.code}] `)) ? '' : `melding ontbreekt: ${attack.expect.map((e) => e.code).join(' / ')}`,
            output.includes('oplossing:') ? '' : 'geen oplossing',
            /\[build\]|\[content\]|\[vite\]/.test(output) ? 'Astro is gestart' : '',
            existsSync(out) ? 'er is uitvoer gepubliceerd' : '',
          ].filter(Boolean);
          if (problems.length) results.push(`${attack.name}: ${problems.join('; ')}\n${output.slice(-1500)}`);
          rmSync(dirname(content), { recursive: true, force: true });
          rmSync(dirname(out), { recursive: true, force: true });
        }),
      );
    }
    expect(results).toEqual([]);
    expect(existsSync(marker)).toBe(false);
  }, 240_000);

  it('refuses a body with code in the content loader too, when Astro is started without the check', async () => {
    rmSync(marker, { force: true });
    const attack = cases.find((c) => c.name === 'esm-import-voert-commando-uit')!;
    const content = contentWithAttack(attack);
    const out = join(mkdtempSync(join(tmpdir(), 'aanval-astro-')), 'dist');
    const { status, output } = await withBuildLock(() =>
      runNode([resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
        REGISTER_CONTENT_DIR: content,
        REGISTER_CONTENT_SNAPSHOT: '',
        ASTRO_TELEMETRY_DISABLED: '1',
        ASTRO_CACHE_DIR: join(out, '..', 'cache'),
      }),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('[B004] ');
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    rmSync(dirname(content), { recursive: true, force: true });
    rmSync(dirname(out), { recursive: true, force: true });
  });
});
