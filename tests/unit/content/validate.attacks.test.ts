// Every hostile content file in tests/fixtures/attacks is refused by the check, with the file,
// the field, the line (for bodies) and the code of the rule the case names.
import { describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readContentFolder } from '../../../src/lib/content/read.node.ts';
import { validateContent, formatIssues } from '../../../src/lib/content/validate.ts';
import { levelOf } from '../../../src/lib/content/rules/index.ts';
import { attackCases, attacksDir, contentWithAttack } from '../../support/attacks.ts';

describe('the attack corpus', () => {
  it('has a valid base register to lay the attacks over', () => {
    const result = validateContent(readContentFolder(join(attacksDir, '_base')));
    expect(result.issues.filter((i) => i.level === 'error')).toEqual([]);
    expect(result.protocols).toHaveLength(1);
  });

  for (const attack of attackCases()) {
    it(`refuses ${attack.name}`, () => {
      const dir = contentWithAttack(attack);
      const started = performance.now();
      const result = validateContent(readContentFolder(dir, dir));
      // The time of the check on each hostile file, printed (bounded work; not a timed assertion).
      console.log(`aanval ${attack.name}: gecontroleerd in ${(performance.now() - started).toFixed(0)} ms`);
      const report = formatIssues(result.issues);
      const errors = result.issues.filter((i) => i.level === 'error' && i.file === attack.file);
      for (const expected of attack.expect) {
        const field = expected.field === '(bestand)' ? '' : expected.field;
        const match = errors.find((issue) => issue.field === field && issue.code === expected.code);
        expect(match, `${attack.name}: verwacht ${expected.field}: ${expected.code}\n${report}`).toBeDefined();
        expect(report, 'de melding toont haar code').toContain(`[${expected.code}] `);
        expect(match!.fix.length, 'elke melding zegt hoe het op te lossen').toBeGreaterThan(10);
        expect(match!.line, 'elke melding noemt de regel').toBeGreaterThan(0);
      }
      for (const text of attack.mustNotSay) expect(report).not.toContain(text);
      // Every message carries its rule's code, at the rule's level.
      for (const issue of result.issues) expect(issue.level, `${issue.code} ${issue.message}`).toBe(levelOf(issue.code));
      // No protocol with a hostile body is handed on to be rendered.
      for (const protocol of result.protocols) expect(protocol.rendered?.html ?? '').not.toMatch(/<(script|iframe|img|object|embed|form|style)\b|javascript:|onerror|onclick/i);
      rmSync(dirname(dir), { recursive: true, force: true });
    });
  }
});
