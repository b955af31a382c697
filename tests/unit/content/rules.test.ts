// The catalogue of the check's rules (src/lib/content/rules/): permanent, unique codes, one file
// per rule in its area's folder, every code the code base uses registered, and CONTRIBUTING.md
// listing exactly these rules.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { areas, catalogueMarkdown, protocolRules, retiredCodes, rules } from '../../../src/lib/content/rules/index.ts';
import { withCatalogue } from '../../../scripts/rules-catalogue.ts';

const root = resolve(import.meta.dirname, '../../..');
const rulesDir = join(root, 'src/lib/content/rules');

/**
 * Every code the register has ever given out. A code is permanent: a new rule appends its code
 * here; a removed rule moves its code to `retiredCodes`, never out of this list.
 */
const issuedCodes =
  'F001 F002 F003 F004 F005 F006 F007 F008 F009 F010 Y001 Y002 S001 S002 S003 S004 S005 S006 S007 S008 S009 T001 T002 T003 T004 T005 T006 T007 I001 I002 I003 B001 B002 B003 B004 B005 B006 B007 B008 B009 B010 B011 B012 B013 B014 B015 B016 R001 R002 R003 R004 R005 R006 R007 R008 R009 R010 R011 R012 R013 R014 R015 R016 D001 D002 D003 D004 D005 K001 C001 C002 C003 P001 P002 P003 P004 P005 P006 P007 P008 P009 P010 P011 V001 V002 V003 V004 U001 U002 U003 U004 U005 U006 U007 U008 U009 U010 U011 U012 G001 G002 G003 G004 G005 X001'.split(
    ' ',
  );

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

describe('the rule catalogue', () => {
  const codes = rules.map((rule) => rule.code);

  it('has unique codes of a letter per area and three digits, with a level, a title and a fix', () => {
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of rules) {
      expect(rule.code, rule.code).toMatch(/^[A-Z]\d{3}$/);
      expect(Object.keys(areas), rule.code).toContain(rule.code[0]);
      expect(['error', 'warning']).toContain(rule.level);
      expect(rule.title.length, rule.code).toBeGreaterThan(10);
      expect(rule.fix.length, rule.code).toBeGreaterThan(10);
    }
  });

  it('never drops or reuses a code: every code given out is in the catalogue or retired, and no retired code is back', () => {
    for (const code of issuedCodes) expect(codes.includes(code as never) || retiredCodes.includes(code), code).toBe(true);
    for (const code of retiredCodes) expect(codes, code).not.toContain(code);
    for (const code of codes) expect(issuedCodes, `${code} is nieuw: voeg het toe aan issuedCodes`).toContain(code);
  });

  it('has one file per rule, named by its code, in the folder of its area, all registered in the index', () => {
    const files = filesBelow(rulesDir)
      .map((path) => relative(rulesDir, path))
      .filter((path) => path.includes('/'));
    expect(files.length).toBe(rules.length);
    const index = readFileSync(join(rulesDir, 'index.ts'), 'utf8');
    for (const file of files) {
      const code = /\/([A-Z]\d{3})-[a-z0-9-]+\.ts$/.exec(file)?.[1];
      expect(code, file).toBeDefined();
      expect(codes, file).toContain(code);
      expect(readFileSync(join(rulesDir, file), 'utf8'), file).toContain(`code: '${code}'`);
      expect(index, file).toContain(`'./${file}'`);
    }
  });

  it('registers every code that a message of the check uses', () => {
    const used = new Set<string>();
    for (const dir of ['src/lib', 'src/astro', 'scripts'])
      for (const path of filesBelow(join(root, dir)).filter((p) => p.endsWith('.ts') && !p.startsWith(rulesDir))) {
        // A code is written as a string of its own ('R007') or shown in a message ([R007]); a rule
        // that carries its own check is used where its file is imported to be run.
        for (const match of readFileSync(path, 'utf8').matchAll(/'([A-Z]\d{3})'|\[([A-Z]\d{3})\]|\/([A-Z]\d{3})-[a-z0-9-]+\.ts'/g)) used.add((match[1] ?? match[2] ?? match[3])!);
      }
    // The rules on a protocol each carry their check, and validate.ts runs them all.
    for (const rule of protocolRules) {
      expect(rule.check, rule.code).toBeTypeOf('function');
      used.add(rule.code);
    }
    expect([...used].filter((code) => !codes.includes(code as never))).toEqual([]);
    // And no rule is in the catalogue without a message that uses it.
    expect(codes.filter((code) => !used.has(code))).toEqual([]);
  });

  it('is listed in CONTRIBUTING.md, rule for rule (node scripts/rules-catalogue.ts writes the list)', () => {
    const text = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');
    expect(withCatalogue(text), 'voer node scripts/rules-catalogue.ts uit').toBe(text);
    for (const code of codes) expect(catalogueMarkdown()).toContain(`| ${code} |`);
  });
});
