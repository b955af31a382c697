import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { generateCorpus } from '../../../scripts/generate-synthetic.ts';
import { readContentFolder } from '../../../src/lib/content/read.node.ts';
import { hasErrors, formatIssues, validateContent } from '../../../src/lib/content/validate.ts';
import { isValidKbo } from '../../../src/lib/content/kbo.ts';
import { buildRegister, frameworkOf } from '../../../src/lib/model/register.ts';

const make = (seed: number) => {
  const out = join(mkdtempSync(join(tmpdir(), 'synth-')), 'corpus');
  generateCorpus({ protocols: 60, parties: 40, out, seed });
  return out;
};

describe('synthetic corpus generator', () => {
  const out = make(7);
  const result = validateContent(readContentFolder(out));

  it('writes a corpus that passes validation, with the asked counts', () => {
    expect(hasErrors(result.issues), formatIssues(result.issues)).toBe(false);
    expect(result.protocols).toHaveLength(60);
    expect(result.parties).toHaveLength(40);
  });
  it('has one-to-one, one-to-many, many-to-one and mutual flows', () => {
    const shapes = new Set(
      result.protocols.flatMap((p) => p.data.flows.map((f) => (f.mutual ? 'mutual' : `${f.from.length > 1 ? 'many' : 'one'}-to-${f.to.length > 1 ? 'many' : 'one'}`))),
    );
    expect([...shapes].sort()).toEqual(['many-to-one', 'mutual', 'one-to-many', 'one-to-one']);
  });
  it('gives every party a KBO number with a valid check digit, as written in its file', () => {
    // Read the raw files: entries that failed the schema would be missing from result.parties.
    const raw = readContentFolder(out).parties.map((p) => (p.data as { kbo?: string }).kbo);
    expect(raw).toHaveLength(40);
    expect(raw.every((kbo) => typeof kbo === 'string' && isValidKbo(kbo))).toBe(true);
    expect(new Set(raw).size).toBeGreaterThan(10);
  });
  it('includes a framework protocol that three parties joined later by accession', () => {
    const register = buildRegister(result, '2026-11-22');
    const accession = register.protocols.find((p) => p.data.relations.some((r) => r.type === 'accedes-to'));
    const framework = accession && frameworkOf(register, accession.id);
    expect(framework?.protocol.referencedBy.filter((r) => r.type === 'accedes-to')).toHaveLength(3);
    expect(new Set(framework?.members.map((m) => m.joined)).size).toBe(4);
  });
  it('writes protocol texts of realistic size (several kilobytes)', () => {
    const sizes = readdirSync(join(out, 'protocols')).map((f) => readFileSync(join(out, 'protocols', f)).length);
    expect(Math.min(...sizes)).toBeGreaterThan(4_000);
  });
  it('is deterministic for a seed and differs between seeds', () => {
    const read = (dir: string) =>
      readdirSync(join(dir, 'protocols'))
        .sort()
        .map((f) => readFileSync(join(dir, 'protocols', f), 'utf8'))
        .join('');
    expect(read(make(7))).toBe(read(out));
    expect(read(make(8))).not.toBe(read(out));
  });
  it('gives parties of every level and kind, with enterprise numbers of both KBO series', () => {
    const raw = readContentFolder(out).parties.map((p) => p.data as { kbo?: string; kind: string; governmentLevel: string });
    expect(new Set(raw.map((p) => p.governmentLevel))).toEqual(new Set(['local', 'flemish', 'federal']));
    expect(raw.some((p) => p.kind === 'municipality')).toBe(true);
    expect(raw.some((p) => p.kind === 'association')).toBe(true);
    expect(raw.some((p) => p.kbo?.startsWith('1'))).toBe(true);
    expect(raw.some((p) => p.kbo?.startsWith('0'))).toBe(true);
  });
  it('writes protocols with one to twelve data items and short and long texts', () => {
    const counts = result.protocols.map((p) => p.data.flows.reduce((n, f) => n + f.dataItems.length, 0));
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...counts)).toBeGreaterThan(5);
    expect(Math.max(...counts)).toBeLessThanOrEqual(12);
    const sizes = result.protocols.map((p) => (p.body ?? '').length);
    expect(Math.max(...sizes)).toBeGreaterThan(2 * Math.min(...sizes));
  });
  it('stays valid with far more parties than the 0-series offset allowed (distinct KBO numbers)', () => {
    const big = join(mkdtempSync(join(tmpdir(), 'synth-')), 'corpus');
    generateCorpus({ protocols: 40, parties: 1_200, out: big, seed: 3 });
    const check = validateContent(readContentFolder(big));
    expect(hasErrors(check.issues), formatIssues(check.issues.filter((i) => i.level === 'error').slice(0, 5))).toBe(false);
    const kbos = check.parties.map((p) => p.data.kbo).filter((k) => k && k !== '0316.380.841');
    expect(new Set(kbos).size).toBe(kbos.length);
    expect(check.parties).toHaveLength(1_200);
  }, 60_000); // 1,200 party files: seconds on a busy machine
  it('refuses to write into content/', () => {
    expect(() => generateCorpus({ protocols: 1, parties: 12, out: resolve(import.meta.dirname, '../../../content/synthetic'), seed: 1 })).toThrow(/nooit in content/);
  });
});
