// The attack corpus: tests/fixtures/attacks/<case>/ holds one hostile content file that is laid
// over the small valid register in _base/. The file says, in "# verwacht: <field> | <code>" comment
// lines, which field the check must name and the code of the rule its message must carry
// (src/lib/content/rules/); "# verwacht: niet: …" is text the report must not contain.
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { tmpdir } from 'node:os';

export const attacksDir = resolve(import.meta.dirname, '../fixtures/attacks');

export interface Expectation {
  field: string;
  /** The rule's code, e.g. "B004". */
  code: string;
}

export interface AttackCase {
  name: string;
  /** The hostile file, relative to the content folder (e.g. protocols/x.mdx). */
  file: string;
  expect: Expectation[];
  mustNotSay: string[];
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesBelow(path) : [path];
  });
}

export function attackCases(): AttackCase[] {
  return readdirSync(attacksDir)
    .filter((name) => !name.startsWith('_'))
    .sort()
    .map((name) => {
      const files = filesBelow(join(attacksDir, name));
      if (files.length !== 1) throw new Error(`${name}: één inhoudsbestand per aanval verwacht, gevonden: ${files.length}`);
      const file = files[0]!;
      const lines = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('# verwacht: '));
      const expect: Expectation[] = [];
      const mustNotSay: string[] = [];
      for (const line of lines) {
        const value = line.slice('# verwacht: '.length);
        if (value.startsWith('niet: ')) mustNotSay.push(value.slice('niet: '.length));
        else {
          const [field, code] = value.split(' | ');
          if (!/^[A-Z]\d{3}$/.test(code?.trim() ?? '')) throw new Error(`${name}: "# verwacht: ${value}" noemt geen regelcode (bv. B004)`);
          expect.push({ field: field!.trim(), code: code!.trim() });
        }
      }
      if (expect.length === 0) throw new Error(`${name}: geen regel "# verwacht:" in ${file}`);
      return { name, file: relative(join(attacksDir, name), file), expect, mustNotSay };
    });
}

/** A fresh content folder: the valid base with the case's file laid over it. */
export function contentWithAttack(attack: AttackCase): string {
  const dir = join(mkdtempSync(join(tmpdir(), `aanval-${attack.name}-`)), 'content');
  cpSync(join(attacksDir, '_base'), dir, { recursive: true });
  cpSync(join(attacksDir, attack.name), dir, { recursive: true });
  return dir;
}
