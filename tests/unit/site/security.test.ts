// docs/hosting.md gives the security headers for nginx and Apache by hand; this test fails when
// they drift from what the build writes to _headers (src/lib/site/security.node.ts).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { headersFile } from '../../../src/lib/site/security.node.ts';

const docs = readFileSync(resolve(import.meta.dirname, '../../../docs/hosting.md'), 'utf8');

/** The headers per path pattern in a _headers file. */
function sections(file: string): Map<string, [string, string][]> {
  const out = new Map<string, [string, string][]>();
  let current: [string, string][] | undefined;
  for (const line of file.split('\n')) {
    if (line.startsWith('/')) {
      current = [];
      out.set(line, current);
    } else if (current && /^ {2}[A-Z]/.test(line)) {
      const at = line.indexOf(': ');
      current.push([line.slice(2, at), line.slice(at + 2)]);
    }
  }
  return out;
}

describe('docs/hosting.md', () => {
  const built = sections(headersFile());
  const all = built.get('/*')!;
  const embedPolicy = built.get('/embed/*')!.find(([name]) => name === 'Content-Security-Policy')![1];

  it('reads the headers of _headers (five for every path, an own policy for the embeds)', () => {
    expect(all.map(([name]) => name)).toEqual(['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Cross-Origin-Opener-Policy', 'Content-Security-Policy']);
    expect(embedPolicy).toContain('frame-ancestors *');
  });

  it('lists every header as the build writes it, for nginx and for Apache', () => {
    for (const [name, value] of all.filter(([name]) => name !== 'Content-Security-Policy')) {
      expect(docs).toContain(`\n${name}: ${value}\n`);
      expect(docs).toContain(`add_header ${name} "${value}" always;`);
      expect(docs).toContain(`Header always set ${name} "${value}"`);
    }
    // The policies carry the hashes of one build (copied from its _headers), shown as 'sha256-…'.
    const withHashes = (policy: string) =>
      policy.replace("script-src 'self' 'wasm-unsafe-eval'", "script-src 'self' 'wasm-unsafe-eval' 'sha256-…'").replace("style-src 'self'", "style-src 'self' 'sha256-…'");
    const pagePolicy = all.find(([name]) => name === 'Content-Security-Policy')![1];
    for (const policy of [pagePolicy, embedPolicy]) {
      expect(docs).toContain(`add_header Content-Security-Policy "${withHashes(policy)}" always;`);
      expect(docs).toContain(`Header always set Content-Security-Policy "${withHashes(policy)}"`);
    }
    expect(docs).toContain(`\nContent-Security-Policy: ${withHashes(pagePolicy)}\n`);
    expect(docs).not.toMatch(/-src [^;\n]*'unsafe-inline'/);
  });
});
