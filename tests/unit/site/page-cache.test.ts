// The seal on Astro's page cache: a cache is used only exactly as the last successful build left it.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { openPageCache, sealPageCache } from '../../../src/lib/site/page-cache.node.ts';

/** A cache as Astro leaves it: a manifest and two cached pages, sealed. */
function sealedCache(): string {
  const dir = mkdtempSync(join(tmpdir(), 'page-cache-'));
  mkdirSync(join(dir, 'dist/protocollen/a'), { recursive: true });
  mkdirSync(join(dir, 'dist/partijen/b'), { recursive: true });
  writeFileSync(join(dir, 'incremental-build.json'), '{"version":1,"routes":{}}');
  writeFileSync(join(dir, 'dist/protocollen/a/index.html'), '<h1>A</h1>');
  writeFileSync(join(dir, 'dist/partijen/b/index.html'), '<h1>B</h1>');
  // Astro's other files in the same folder (its content store) are not part of the page cache.
  writeFileSync(join(dir, 'data-store.json'), '{}');
  sealPageCache(dir);
  return dir;
}

const isGone = (dir: string) => !existsSync(join(dir, 'dist')) && !existsSync(join(dir, 'incremental-build.json'));

describe('openPageCache', () => {
  it('says an empty folder is empty', () => {
    expect(openPageCache(mkdtempSync(join(tmpdir(), 'page-cache-')))).toEqual({ state: 'empty', pages: 0 });
  });

  it('keeps a cache exactly as sealed, and takes the seal away while Astro runs', () => {
    const dir = sealedCache();
    expect(openPageCache(dir)).toEqual({ state: 'kept', pages: 2 });
    expect(existsSync(join(dir, 'incremental-seal.json'))).toBe(false);
    expect(existsSync(join(dir, 'dist/protocollen/a/index.html'))).toBe(true);
    expect(existsSync(join(dir, 'data-store.json'))).toBe(true);
    // Opened again without a new seal (the build stopped half-way): thrown away.
    expect(openPageCache(dir)).toMatchObject({ state: 'discarded', reason: expect.stringContaining('zegel') });
    expect(isGone(dir)).toBe(true);
  });

  const damages: [string, (dir: string) => void, string][] = [
    ['an edited page', (dir) => writeFileSync(join(dir, 'dist/protocollen/a/index.html'), '<h1>A, gewijzigd</h1>'), 'dist/protocollen/a/index.html is gewijzigd'],
    ['an edited manifest', (dir) => writeFileSync(join(dir, 'incremental-build.json'), '{"version":1,"routes":{"x":{}}}'), 'incremental-build.json is gewijzigd'],
    ['a page added', (dir) => writeFileSync(join(dir, 'dist/extra.html'), 'x'), 'dist/extra.html hoort er niet bij'],
    ['a page removed', (dir) => rmSync(join(dir, 'dist/partijen/b/index.html')), 'dist/partijen/b/index.html ontbreekt'],
    [
      'a symbolic link for a page',
      (dir) => (rmSync(join(dir, 'dist/partijen/b/index.html')), symlinkSync('/etc/hostname', join(dir, 'dist/partijen/b/index.html'))),
      'dist/partijen/b/index.html is gewijzigd',
    ],
    ['a garbled seal', (dir) => writeFileSync(join(dir, 'incremental-seal.json'), '{ niet af'), 'zegel'],
    ['a seal of another format', (dir) => writeFileSync(join(dir, 'incremental-seal.json'), '{"format":2,"files":{}}'), 'zegel'],
  ];
  for (const [what, damage, reason] of damages)
    it(`throws the whole cache away after ${what}`, () => {
      const dir = sealedCache();
      damage(dir);
      expect(openPageCache(dir)).toEqual({ state: 'discarded', pages: 0, reason: expect.stringContaining(reason) });
      expect(isGone(dir)).toBe(true);
      expect(existsSync(join(dir, 'data-store.json'))).toBe(true);
      // Once thrown away, the next build starts empty.
      expect(openPageCache(dir).state).toBe('empty');
    });
});
