import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseSource, findDate, joinLines, renderDraft } from '../../src/lib/draft.ts';
import { readContentFolder, splitFrontmatter } from '../../src/lib/content-files.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { parse } from 'yaml';

// Copies of the five source protocols (../shared/seeds), so the tests run from a clean clone.
const seeds = resolve(import.meta.dirname, '../fixtures/seeds');
const known = validateContent(readContentFolder(resolve(import.meta.dirname, '../fixtures/content')));
const parties = new Map(known.parties.map((p) => [p.id, p.data]));
const seed = (prefix: string) => readFileSync(resolve(seeds, readdirSync(seeds).find((f) => f.startsWith(prefix))!), 'utf8');

describe('drafting a protocol from its source text', () => {
  it('finds written and numeric dates', () => {
    expect(findDate('Brussel, 15 december 2025')).toBe('2025-12-15');
    expect(findDate('04/10/2023')).toBe('2023-10-04');
    expect(findDate('geen datum')).toBeUndefined();
  });
  it('joins hard line breaks into paragraphs', () => {
    expect(joinLines('een\ntwee \n\n drie')).toBe('een twee\n\ndrie');
  });
  it('recognises seed 001: date, three parties by their "hierna" name, the misprinted VDAB number, three data items', () => {
    const draft = analyseSource(seed('001'), parties);
    expect(draft.documentDate).toBe('2025-10-13');
    expect(draft.parties.map((p) => p.party)).toEqual(['vlaio', 'team-bedrijfstrajecten', 'vdab']);
    expect(draft.parties[2].kboAsWritten).toBe('0887.010.632');
    expect(draft.warnings.join(' ')).toContain('0887.010.632');
    expect(draft.dataItems).toEqual(['Gegeven 1', 'Gegeven 2', 'Gegeven 3']);
    expect(draft.subject).toMatch(/^in het kader van een gestroomlijnde dienstverlening/);
  });
  it('recognises seed 000 with its subject line and WEWIS', () => {
    const draft = analyseSource(seed('000'), parties);
    expect(draft.subject).toBe('in het kader van uitgaventoetsing arbeidsmarktgerichte opleidingen voor volwassenen');
    expect(draft.documentDate).toBe('2025-12-15');
    expect(draft.parties.map((p) => p.party)).toEqual(['vlaio', 'departement-wewis']);
  });
  it('writes a draft whose frontmatter parses and that validation sends back to the editor with TODOs', () => {
    const source = seed('004');
    const draft = analyseSource(source, parties);
    const text = renderDraft(draft, source, '004.txt');
    const parts = splitFrontmatter(text)!;
    const data = parse(parts.frontmatter);
    expect(data.parties.map((p: { party: string }) => p.party)).toEqual(['ahovoks', 'departement-zorg']);
    expect(parts.body).toContain('### Artikel 1: Onderwerp');
    const raw = readContentFolder(resolve(import.meta.dirname, '../fixtures/content'));
    raw.protocols = [{ id: draft.slug, file: `drafts/${draft.slug}.mdx`, data, body: parts.body }];
    const issues = validateContent(raw).issues.filter((i) => i.file.startsWith('drafts/'));
    expect(issues.map((i) => i.field)).toEqual(expect.arrayContaining(['parties[0].role', 'periodicity', 'entryIntoForce.date']));
  });
});
