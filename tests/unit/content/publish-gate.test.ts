// The publish gate and the one-run check, on a copy of the attack corpus's small base register:
// an unfinished file is refused with every problem named at once, and every warning can be
// answered by the note it asks for.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContentFolder } from '../../../src/lib/content/read.node.ts';
import { validateContent, type Issue } from '../../../src/lib/content/validate.ts';
import { covers, isProtocolField, namedFields } from '../../../src/lib/content/publish-gate.ts';
import { attacksDir } from '../../support/attacks.ts';
import { content, party, protocol, protocolData } from '../fixtures/content.ts';

const protocolFile = 'protocols/2025-noord-zuid-testprotocol.mdx';
const base = readFileSync(join(attacksDir, '_base', protocolFile), 'utf8');

/** Validates the base register with the protocol file replaced by `edit(base)`. */
function check(edit: (source: string) => string): Issue[] {
  const dir = mkdtempSync(join(tmpdir(), 'gate-'));
  cpSync(join(attacksDir, '_base'), dir, { recursive: true });
  writeFileSync(join(dir, protocolFile), edit(base));
  return validateContent(readContentFolder(dir, dir)).issues;
}
/** Errors as "field: code" (the rule codes of src/lib/content/rules/). */
const errors = (issues: Issue[]) => issues.filter((i) => i.level === 'error').map((i) => `${i.field}: ${i.code}`);
const replace = (source: string, from: string, to: string) => {
  if (!source.includes(from)) throw new Error(`not in the base file: ${from}`);
  return source.replace(from, to);
};

describe('the publish gate', () => {
  it('lets the finished base file through', () => {
    expect(errors(check((s) => s))).toEqual([]);
  });

  it('refuses the unfinished file of the issue, naming every problem in one run', () => {
    const issues = check((s) => {
      let out = replace(s, '        description: Naam en voornaam\n', '        description: "Gegeven 1"\n');
      out = replace(out, 'dataSubjects: [Deelnemers aan de test]', 'dataSubjects: ["Nog aan te vullen: over wie gaan de gegevens?"]');
      out = replace(out, '  - party: departement-zuid\n    text: Een test uitvoeren.', '  - text: Een test uitvoeren.');
      out = replace(out, '  summary: Eén jaar.', '  summary: "TODO"');
      out = replace(out, '  description: Een beveiligde koppeling.', '  description: "Via […]"');
      out = replace(out, 'subject: "in het kader van een test"', 'subject: "in het kader van …"');
      out = replace(out, '    role: receives\n', '    role: receives\n    dpoAdviceDate: 2007-03-01\n');
      out = replace(
        out,
        'end:\n  indefinite: true\n',
        'end:\n  indefinite: true\neditorNotes:\n  - field: "documentDatum"\n    text: Tikfout in het veld.\n  - field: "parties[5].alias"\n    text: Bestaat niet.\n',
      );
      return out;
    });
    expect(errors(issues)).toEqual(
      expect.arrayContaining([
        'flows[0].dataItems[0].description: P005',
        'dataSubjects[0]: P002',
        'purposes[0].party: P006',
        'retention.summary: P002',
        'channel.description: P002',
        'subject: P002',
        'parties[1].dpoAdviceDate: P009',
        'editorNotes[0].field: P011',
        'editorNotes[1].field: P011',
      ]),
    );
    expect(errors(issues)).toHaveLength(9);
  });

  it('refuses a DPO advice after its own party signed, unless a note confirms the source says so', () => {
    const signed = (s: string) =>
      replace(
        replace(s, '    role: receives\n', '    role: receives\n    dpoAdviceDate: 2025-04-01\n'),
        'end:\n',
        'signatures:\n  - { party: departement-zuid, name: Jan Zuid, date: 2025-03-01 }\nend:\n',
      );
    expect(errors(check(signed))).toEqual(['parties[1].dpoAdviceDate: P010']);
    const confirmed = check((s) =>
      replace(signed(s), 'end:\n  indefinite: true\n', 'end:\n  indefinite: true\neditorNotes:\n  - field: "parties[1].dpoAdviceDate"\n    text: De bron zegt het zo.\n'),
    );
    expect(errors(confirmed)).toEqual([]);
  });

  it('refuses an importer draft and dates outside the plausible range', () => {
    const issues = check((s) => replace(replace(s, 'documentDate: 2025-03-01', 'documentDate: 1970-01-01\ndraft: true'), '  date: 2025-03-01', '  date: 2250-03-01'));
    expect(errors(issues)).toEqual(expect.arrayContaining(['draft: P001', 'documentDate: P008', 'entryIntoForce.date: P008']));
  });

  it("refuses the importer's provenance line in source.note, which the page and the index would publish", () => {
    const issues = check((s) => replace(s, 'end:\n', 'source: { file: bron.pdf, note: "Ontwerp gemaakt door npm run import; nagekeken door de redactie." }\nend:\n'));
    expect(errors(issues)).toEqual(['source.note: P003']);
  });

  it('refuses internal recipients that do not say whose they are when there are several receivers', () => {
    const issues = check((s) => {
      let out = replace(s, '  - party: agentschap-noord\n    role: sends', '  - party: agentschap-noord\n    role: both');
      out = replace(out, 'recipients: {}', 'recipients:\n  internal: ["Dienst data", "Departement Zuid: de studiedienst", "Bij elke partij de dossierbehandelaars"]');
      return out;
    });
    expect(errors(issues).filter((e) => e.startsWith('recipients'))).toEqual(['recipients.internal[0]: P007']);
  });
});

describe('every problem of a file in one run', () => {
  it('lists schema, reference, role, signature, draft and body problems together', () => {
    const issues = check((s) => {
      let out = replace(s, 'periodicity: permanent', 'periodicity: wekelijks\ndraft: true');
      out = replace(out, '    to: [departement-zuid]', '    to: [agentschap-noord]');
      out = replace(out, 'end:\n', 'signatures:\n  - { party: agentschap-west, name: Iemand }\nend:\n');
      out = replace(out, 'Noord deelt de naam en voornaam mee.', 'Noord deelt de naam en voornaam mee. <script>alert(1)</script>');
      return out;
    });
    const list = errors(issues);
    expect(list).toEqual(expect.arrayContaining(['periodicity: S005', 'flows[0].to[0]: R005', 'signatures[0].party: R004', 'draft: P001', '(tekst): B006']));
  });

  it('checks the body of a file whose YAML does not parse', () => {
    const issues = check((s) =>
      replace(
        replace(s, 'subject: "in het kader van een test"', 'subject: "in het kader van een test'),
        'Noord deelt de naam',
        '<iframe src="https://x.example"></iframe> Noord deelt de naam',
      ),
    );
    const list = errors(issues);
    expect(list).toContain(': Y001');
    expect(list).toContain('(tekst): B006');
  });
});

describe('warnings an editor can clear', () => {
  const withoutSanctions = (s: string) => s;
  it('a missing element of the checklist names the note that clears it, and that note clears it', () => {
    const warned = check(withoutSanctions).filter((i) => i.level === 'warning' && i.field === 'checklist.sanctions');
    expect(warned).toHaveLength(1);
    expect(warned[0]!.fix).toContain('field: "checklist.sanctions"');
    const cleared = check((s) =>
      replace(s, 'end:\n  indefinite: true\n', 'end:\n  indefinite: true\neditorNotes:\n  - field: "checklist.sanctions"\n    text: De bron regelt geen sancties.\n'),
    );
    expect(cleared.filter((i) => i.field === 'checklist.sanctions')).toEqual([]);
    expect(errors(cleared)).toEqual([]);
  });

  it('every warning on the base file names the field or note that clears it', () => {
    for (const warning of check((s) => s).filter((i) => i.level === 'warning')) {
      expect(warning.fix, warning.message).toMatch(/field: "|vul |zet |voeg |noem |vervang /);
    }
  });
});

describe('fields an editor note may name', () => {
  const data = { parties: [{ party: 'a' }, { party: 'b' }], purposes: [{ text: 'x' }], end: { indefinite: true } };
  it('accepts paths of the format with positions that exist, "[]" for every position, and the text', () => {
    for (const field of [
      'documentDate',
      'parties[1].dpoAdviceDate',
      'parties[].dpoAdviceDate',
      'purposes[0].party',
      'end.date',
      'checklist.sanctions',
      'tekst (Artikel 8)',
      'parties[0].kbo',
    ])
      expect(isProtocolField(field, data), field).toBe(true);
    for (const field of ['documentDatum', 'parties[2].alias', 'end.datum', 'purposes[0].party.x', 'checklist.nothing', 'flows[0]'])
      expect(isProtocolField(field, data), field).toBe(false);
  });
  it('splits on commas outside brackets, and a note covers what lies inside its field', () => {
    expect(namedFields({ field: 'tekst (Na te hebben uiteengezet, A), end' })).toEqual(['tekst (Na te hebben uiteengezet, A)', 'end']);
    expect(covers('purposes', 'purposes[1].party')).toBe(true);
    expect(covers('parties[].dpoAdviceDate', 'parties[3].dpoAdviceDate')).toBe(true);
    expect(covers('parties[1]', 'parties[10].alias')).toBe(false);
    expect(covers('end', 'endDate')).toBe(false);
  });
});

describe('a replaced protocol that stays in force', () => {
  const replacing = (end: Record<string, unknown>) =>
    validateContent(
      content([
        protocol('oud', protocolData({ title: 'Oud', end })),
        protocol('nieuw', protocolData({ title: 'Nieuw', documentDate: '2025-01-10', entryIntoForce: { date: '2025-02-01' }, relations: [{ type: 'replaces', protocol: 'oud' }] })),
      ]),
    ).issues.filter((i) => i.field === 'relations[0]');
  it('is a warning on the replacing file, naming the end date to set in the replaced one', () => {
    const [open] = replacing({ indefinite: true });
    expect(open).toMatchObject({ code: 'R016', level: 'warning', file: 'content/protocols/nieuw.mdx' });
    expect(open!.fix).toContain('content/protocols/oud.mdx end.date');
    // The message names both dates, so the editor sees what overlaps.
    expect(replacing({ date: '2025-06-30' })[0]).toMatchObject({ code: 'R016', message: expect.stringContaining('2025-06-30') });
  });
  it('is gone once the replaced protocol ends before the new one begins', () => {
    expect(replacing({ date: '2025-01-31' })).toEqual([]);
  });
});

describe('a renamed party in one run', () => {
  it('names every place that still uses the old slug: parties, flows, purposes and signatures', () => {
    const raw = content(
      [
        protocol(
          'ab',
          protocolData({
            purposes: [{ party: 'b', text: 'Erkenning' }],
            signatures: [{ party: 'b', name: 'Iemand' }],
          }),
        ),
      ],
      { parties: [party('a'), party('b-nieuw', { formerSlugs: ['b'] }), party('c', { kbo: '0887.010.362' })] },
    );
    const fields = validateContent(raw)
      .issues.filter((i) => i.level === 'error' && i.code === 'R003')
      .map((i) => i.field)
      .sort();
    expect(fields).toEqual(['flows[0].to[0]', 'parties[1].party', 'purposes[0].party', 'signatures[0].party']);
  });
});
