// The layer rule (tests/support/layers.ts) over the real src/ tree, and proof that it fails.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLayers, importsOf, layerOf, type SourceModule, type Violation } from '../support/layers.ts';

const root = resolve(import.meta.dirname, '../..');

function sourceTree(): SourceModule[] {
  return (readdirSync(join(root, 'src'), { recursive: true }) as string[])
    .map((path) => `src/${path.split('\\').join('/')}`)
    .filter((file) => /\.(ts|astro)$/.test(file))
    .map((file) => ({ file, source: readFileSync(join(root, file), 'utf8') }));
}

/** What the rule reports for the real tree with some modules added or replaced, beyond what it reports for the real tree. */
function violationsWith(...modules: SourceModule[]): Violation[] {
  const tree = sourceTree();
  const before = new Set(checkLayers(tree).map((v) => JSON.stringify(v)));
  const replaced = new Set(modules.map((module) => module.file));
  return checkLayers([...tree.filter((module) => !replaced.has(module.file)), ...modules]).filter((v) => !before.has(JSON.stringify(v)));
}

describe('the layer rule', () => {
  it('puts every module under src/ in a layer', () => {
    const outside = sourceTree()
      .map((module) => module.file)
      .filter((file) => layerOf(file) === undefined);
    expect(outside).toEqual([]);
  });

  it('holds for the real tree: no module imports a layer above its own, browser code only browser-safe modules', () => {
    const tree = sourceTree();
    expect(tree.length).toBeGreaterThan(100);
    expect(checkLayers(tree)).toEqual([]);
  });

  it('reads every kind of import: static, type-only, re-export, dynamic, and those of an .astro file', () => {
    const ts = [
      "import { a } from './a.ts';",
      "import type { B } from './b.ts';",
      "export { c } from './c.ts';",
      "export type { D } from './d.ts';",
      "const e = await import('./e.ts');",
      "import './f.ts';",
    ].join('\n');
    expect(importsOf({ file: 'src/lib/x.ts', source: ts })).toEqual(['./a.ts', './b.ts', './c.ts', './d.ts', './e.ts', './f.ts']);
    const astro = "---\nimport type { P } from '../lib/p.ts';\n---\n<p>from 'nothing'</p>\n<script>\nimport '../client/q.ts';\n</script>";
    expect(importsOf({ file: 'src/pages/x.astro', source: astro })).toEqual(['../lib/p.ts', '../client/q.ts']);
  });

  it('fails when content imports the model, also for a type only', () => {
    const body = readFileSync(join(root, 'src/lib/content/body.ts'), 'utf8');
    const violations = violationsWith({ file: 'src/lib/content/body.ts', source: `import type { Register } from '../model/register.ts';\n${body}` });
    expect(violations).toEqual([
      { file: 'src/lib/content/body.ts', import: '../model/register.ts', why: expect.stringContaining('content (layer 3) may not import model (layer 4)') },
    ]);
  });

  it('fails when the model imports a view, and when site imports the model', () => {
    const violations = violationsWith(
      { file: 'src/lib/views/party.ts', source: 'export const party = 1;\n' },
      { file: 'src/lib/model/extra.ts', source: "import { party } from '../views/party.ts';\nexport const x = party;\n" },
      { file: 'src/lib/site/extra.ts', source: "import { computeStatus } from '../model/status.ts';\nexport const y = computeStatus;\n" },
    );
    expect(violations.map((v) => [v.file, v.import])).toEqual([
      ['src/lib/model/extra.ts', '../views/party.ts'],
      ['src/lib/site/extra.ts', '../model/status.ts'],
    ]);
    expect(violations[0]?.why).toContain('model (layer 4) may not import views (layer 6)');
  });

  it('fails when text helpers import content, and when a page imports the importer', () => {
    const violations = violationsWith(
      { file: 'src/lib/extra.ts', source: "import type { Protocol } from './content/schemas.ts';\nexport type P = Protocol;\n" },
      { file: 'src/pages/extra.astro', source: "---\nimport { draftProtocol } from '../lib/import/draft.ts';\n---\n<p>{String(draftProtocol)}</p>\n" },
    );
    expect(violations.map((v) => [v.file, v.import])).toEqual([
      ['src/lib/extra.ts', './content/schemas.ts'],
      ['src/pages/extra.astro', '../lib/import/draft.ts'],
    ]);
    expect(violations[1]?.why).toContain('only src/astro/ may import it');
  });

  it('fails when browser code imports a Node built-in, zod, astro or a Node-only module, directly or through another module', () => {
    const violations = violationsWith(
      { file: 'src/client/a.ts', source: "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n" },
      { file: 'src/client/b.ts', source: "import { z } from 'astro/zod';\nexport const b = z;\n" },
      { file: 'src/client/c.ts', source: "import { siteUrl } from '../lib/site/config.node.ts';\nexport const c = siteUrl;\n" },
      { file: 'src/client/d.ts', source: "import type { Protocol } from '../lib/content/schemas.ts';\nexport type D = Protocol;\n" },
      {
        file: 'src/client/e.ts',
        source: [
          "import { statusLabels } from '../lib/labels.ts';",
          "import { computeStatus } from '../lib/model/status.ts';",
          "import { validityPeriod } from '../lib/model/describe.ts';",
          "import { formatDate, todayInBelgium } from '../lib/format.ts';",
          "import { routes } from '../lib/site/routes.ts';",
          "import { buildExcerpt } from '../lib/search/excerpt.ts';",
          'export const e = [statusLabels, computeStatus, validityPeriod, formatDate, todayInBelgium, routes, buildExcerpt];',
        ].join('\n'),
      },
    );
    expect(violations.map((v) => [v.file, v.import])).toEqual([
      ['src/client/a.ts', 'node:fs'],
      ['src/client/b.ts', 'astro/zod'],
      ['src/client/c.ts', '../lib/site/config.node.ts'],
      ['src/client/d.ts', '../lib/content/schemas.ts'],
    ]);
    expect(violations[2]?.why).toContain('src/lib/site/config.node.ts is Node-only');
    expect(violations[3]?.why).toContain('src/lib/content/schemas.ts -> astro/zod is build-time only');
  });

  it('fails when a module of src/lib imports a Node built-in without being named *.node.ts', () => {
    const violations = violationsWith({ file: 'src/lib/content/extra.ts', source: "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n" });
    expect(violations).toEqual([{ file: 'src/lib/content/extra.ts', import: 'node:fs', why: expect.stringContaining('name it *.node.ts') }]);
    expect(violationsWith({ file: 'src/lib/site/extra.ts', source: 'export const dir = () => process.env.REGISTER_CONTENT_DIR;\n' })).toEqual([
      { file: 'src/lib/site/extra.ts', import: 'process.env', why: expect.stringContaining('name it *.node.ts') },
    ]);
    expect(violationsWith({ file: 'src/lib/content/extra.node.ts', source: "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n" })).toEqual([]);
  });
});
