// A protocol that another party joins later by accession is shown as one framework with its
// members and the date each joined, on the framework's page and on the accession's page, and
// the relation is shown in both directions.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';

import { buildSite } from '../support/build.ts';

const root = resolve(import.meta.dirname, '../..');

describe('frameworks and accessions', () => {
  it('shows the framework with its members and join dates on both pages', async () => {
    const work = mkdtempSync(join(tmpdir(), 'kader-'));
    const content = join(work, 'content');
    cpSync(resolve(root, 'tests/fixtures/attacks/_base'), content, { recursive: true });
    writeFileSync(
      join(content, 'parties/agentschap-west.yaml'),
      readFileSync(join(content, 'parties/agentschap-noord.yaml'), 'utf8')
        .replace('Agentschap Noord', 'Agentschap West')
        .replace('shortName: Noord', 'shortName: West')
        .replaceAll('noord.example', 'west.example'),
    );
    const framework = readFileSync(join(content, 'protocols/2025-noord-zuid-testprotocol.mdx'), 'utf8');
    const accession = framework
      .replace('title: "Protocol voor de elektronische mededeling van persoonsgegevens van Noord naar Zuid"', 'title: "Toetreding van West tot het protocol van Noord naar Zuid"')
      .replace('documentDate: 2025-03-01', 'documentDate: 2025-09-01')
      .replace('  date: 2025-03-01', '  date: 2025-09-15')
      .replaceAll('agentschap-noord', 'agentschap-west')
      .replace('end:\n  indefinite: true', 'end:\n  indefinite: true\nrelations:\n  - type: accedes-to\n    protocol: 2025-noord-zuid-testprotocol\n    date: 2025-09-01');
    writeFileSync(join(content, 'protocols/2025-west-toetreding.mdx'), accession);
    const out = join(work, 'dist');
    const result = await buildSite(content, out);
    expect(result.status, result.output).toBe(0);

    const text = (path: string) =>
      readFileSync(join(out, path), 'utf8')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ');
    const main = text('protocollen/2025-noord-zuid-testprotocol/index.html');
    const joined = text('protocollen/2025-west-toetreding/index.html');
    expect(main).toContain('Toetreding door: Toetreding van West tot het protocol van Noord naar Zuid');
    expect(joined).toContain('Treedt toe tot: Protocol voor de elektronische mededeling van persoonsgegevens van Noord naar Zuid');
    for (const page of [main, joined]) {
      expect(page).toMatch(/Agentschap Noord 1 maart 2025/);
      expect(page).toMatch(/Departement Zuid 1 maart 2025/);
      expect(page).toMatch(/Agentschap West 15 september 2025/);
    }
    rmSync(work, { recursive: true, force: true });
  });
});
