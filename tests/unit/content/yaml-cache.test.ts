// The cache of parsed YAML: the same values as parsing, a fresh value for every caller, an edited
// file ignored, only the texts of the last run kept, and one user's run never dropping another's.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseYaml } from '../../../src/lib/content/read.node.ts';
import { jsonSafe, yamlCache } from '../../../src/lib/content/yaml-cache.node.ts';

const texts = ['title: Protocol A\nparties: [{ party: a, role: sender }]\n', 'title: "B: een titel"\nend: { indefinite: true }\n', 'n: 3\nlist: []\n'];

/** A parser that counts its calls. */
function counting() {
  const parse = (text: string) => {
    parse.calls++;
    return parseYaml(text);
  };
  parse.calls = 0;
  return parse;
}

/** A new cache folder after one run that parsed `text` and saved: the folder and its one file. */
function savedCache(text: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'yaml-cache-'));
  const run = yamlCache(dir, 'check');
  run.parse(text, parseYaml);
  run.save();
  return { dir, file: join(dir, readdirSync(dir)[0]!) };
}

describe('yamlCache', () => {
  it('gives what the parser gives, from the cache in a later run, and a fresh value to every caller', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yaml-cache-'));
    const first = counting();
    const cold = yamlCache(dir, 'check');
    const values = texts.map((text) => cold.parse(text, first));
    expect(values).toEqual(texts.map(parseYaml));
    expect(first.calls).toBe(3);
    cold.save();

    const second = counting();
    const warm = yamlCache(dir, 'check');
    const again = warm.parse(texts[0]!, second) as { title: string };
    expect(second.calls).toBe(0);
    expect(again).toEqual(parseYaml(texts[0]!));
    // A caller that changes its value (the check normalises strings in place) changes no other.
    again.title = 'gewijzigd';
    expect(warm.parse(texts[0]!, second)).toEqual(parseYaml(texts[0]!));
    expect(warm.parse('title: nieuw\n', second)).toEqual({ title: 'nieuw' });
    expect(second.calls).toBe(1);
    rmSync(dir, { recursive: true, force: true });
  });

  it('ignores an edited or torn file, and trusts one whose checksum fits (as it trusts node_modules)', () => {
    const { dir, file } = savedCache(texts[0]!);
    const stored = readFileSync(file, 'utf8');
    const edited = stored.replace('Protocol A', 'Protocol Z');
    for (const broken of [edited, stored.slice(0, -5), 'onzin']) {
      writeFileSync(file, broken);
      const parse = counting();
      expect(yamlCache(dir, 'check').parse(texts[0]!, parse)).toEqual(parseYaml(texts[0]!));
      expect(parse.calls).toBe(1);
    }
    const entries = edited.slice(edited.indexOf('\n') + 1);
    writeFileSync(file, `${createHash('sha256').update(entries).digest('hex')}\n${entries}`);
    expect(yamlCache(dir, 'check').parse(texts[0]!, parseYaml)).toMatchObject({ title: 'Protocol Z' });
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps only the texts of the last run, never a value JSON would change, and never an error', () => {
    const { dir, file } = savedCache(texts[0]!);
    const next = yamlCache(dir, 'check');
    next.parse(texts[1]!, parseYaml);
    expect(next.parse('n: .inf\n', parseYaml)).toEqual({ n: Number.POSITIVE_INFINITY });
    expect(() => next.parse('a: [1\n', parseYaml)).toThrow();
    next.save();
    const stored = readFileSync(file, 'utf8');
    const keys = Object.keys(JSON.parse(stored.slice(stored.indexOf('\n') + 1)) as object);
    expect(keys).toEqual([createHash('sha256').update(texts[1]!).digest('hex')]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("keeps each user's texts apart: the history's run, which read other texts, drops none of the check's", () => {
    const dir = mkdtempSync(join(tmpdir(), 'yaml-cache-'));
    const check = yamlCache(dir, 'check');
    for (const text of texts) check.parse(text, parseYaml);
    check.save();
    // The build reads the history after the check: only committed versions, here one other text.
    const history = yamlCache(dir, 'history');
    history.parse('title: Een oude versie\n', parseYaml);
    history.save();

    const parse = counting();
    const nextCheck = yamlCache(dir, 'check');
    expect(texts.map((text) => nextCheck.parse(text, parse))).toEqual(texts.map(parseYaml));
    const nextHistory = yamlCache(dir, 'history');
    expect(nextHistory.parse('title: Een oude versie\n', parse)).toEqual({ title: 'Een oude versie' });
    expect(parse.calls).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([expect.stringMatching(/^yaml-check-/), expect.stringMatching(/^yaml-history-/)]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('parses every time without a folder', () => {
    const parse = counting();
    const none = yamlCache(undefined, 'check');
    none.parse(texts[0]!, parse);
    none.save();
    none.parse(texts[0]!, parse);
    expect(parse.calls).toBe(2);
  });

  it('knows which values JSON keeps exactly', () => {
    expect(jsonSafe({ a: [1, 'x', null, true, { b: -2.5 }] })).toBe(true);
    expect(jsonSafe({ a: Number.NaN })).toBe(false);
    expect(jsonSafe({ a: new Date(0) })).toBe(false);
    expect(jsonSafe({ a: new Map() })).toBe(false);
    expect(jsonSafe({ a: undefined })).toBe(false);
  });
});
