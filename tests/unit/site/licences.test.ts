import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dependencyLicences } from '../../../src/lib/site/licences.node.ts';

describe('dependency licences for /over/', () => {
  it('lists every runtime dependency with the licence its package declares', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const list = dependencyLicences();
    for (const name of Object.keys(manifest.dependencies)) expect(list.find((d) => d.name === name)?.licence, name).toMatch(/^[A-Z0-9.-]+( OR [A-Za-z0-9.-]+)?$/);
    expect(list.find((d) => d.name === 'elkjs')?.licence).toBe('EPL-2.0 OR GPL-3.0-or-later');
    expect(list.find((d) => d.name === 'pagefind')).toMatchObject({ inBrowser: true });
  });
});
