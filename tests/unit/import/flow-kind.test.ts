// The importer's proposals for what a flow is (issue 22): kind, trigger and authorising act, on
// made-up Dutch sentences (several phrasings per kind, and sentences that must not count), and
// in a draft: in `review` with the source line, never "hoog", never in `found`, never an ELI,
// and a file the check accepts once the review marks are cleared. Uses the fixture register.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { readContentFolder, splitFrontmatter } from '../../../src/lib/content/read.node.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { covers } from '../../../src/lib/content/publish-gate.ts';
import { draftProtocol } from '../../../src/lib/import/draft.ts';
import { findAuthorisingAct, findFlowKind, flowKindIn } from '../../../src/lib/import/flow-kind.ts';

const fixture = resolve(import.meta.dirname, '../../fixtures/content');
const seed = resolve(import.meta.dirname, '../../fixtures/seeds/000_b57d6fa1b32e35cd.txt');
const content = validateContent(readContentFolder(fixture));
const register = { parties: new Map(content.parties.map((p) => [p.id, p.data])), dataCategories: new Map(content.dataCategories.map((c) => [c.id, c.data])) };

describe('the kind of a flow, sentence by sentence', () => {
  it.each([
    ['De gegevens worden op verzoek van het Agentschap Opgroeien meegedeeld.', 'pull', 'op verzoek van het Agentschap Opgroeien meegedeeld'],
    ['Bij elke aanvraag van een premie raadpleegt de gemeente de gegevens van VDAB.', 'pull', 'Bij elke aanvraag van een premie raadpleegt de gemeente de gegevens van VDAB'],
    ['De ontvanger krijgt toegang via een raadpleging in de toepassing.', 'pull', undefined],
    ['Op gemotiveerde vraag van de stad, bezorgt het OCMW het attest.', 'pull', 'Op gemotiveerde vraag van de stad'],
    ['Het departement vraagt de diplomagegevens op wanneer een dossier wordt behandeld.', 'pull', undefined],
    // The kind of the first cue, the condition of another.
    ['De gegevens worden opgevraagd via de KSZ, telkens wanneer een werkzoekende zich inschrijft.', 'pull', 'telkens wanneer een werkzoekende zich inschrijft'],
  ])('pull: %s', (sentence, kind, trigger) => {
    const found = flowKindIn(sentence);
    expect(found?.kind).toBe(kind);
    expect(found?.trigger).toBe(trigger);
  });

  it.each([
    ['Maandelijks bezorgt VDAB een bestand met de werkzoekenden aan de gemeente.', 'maandelijks'],
    ['Het agentschap levert jaarlijks een lijst met de erkende voorzieningen aan het departement.', 'jaarlijks'],
    ['Elk kwartaal wordt een csv-bestand via de sftp-server overgemaakt aan TBT.', 'elk kwartaal'],
    ['De gegevens worden per maand in één zending aan de ontvanger gestuurd.', 'per maand'],
  ])('batch: %s', (sentence, trigger) => {
    expect(flowKindIn(sentence)).toMatchObject({ kind: 'batch', trigger, level: 'middel' });
  });

  it.each([
    [
      'Na elke beslissing over de tegemoetkoming deelt het agentschap de beslissing mee aan de gemeente.',
      'Na elke beslissing over de tegemoetkoming deelt het agentschap de beslissing mee aan de gemeente',
    ],
    ['Bij een wijziging van het adres worden de nieuwe gegevens doorgegeven.', 'Bij een wijziging van het adres worden de nieuwe gegevens doorgegeven'],
    ['De school meldt de inschrijving zodra de leerling ingeschreven is, via MAGDA.', 'zodra de leerling ingeschreven is'],
    ['Telkens wanneer een traject start, ontvangt TBT de gegevens van de werknemer.', 'Telkens wanneer een traject start'],
  ])('event: %s', (sentence, trigger) => {
    expect(flowKindIn(sentence)).toMatchObject({ kind: 'event', trigger });
  });

  it.each([
    'De gegevens zullen permanent worden meegedeeld door VLAIO aan VDAB.',
    'VDAB stuurt de gegevens automatisch door naar de gemeente.',
    'De mededeling van de gegevens uit bijlage 1 is doorlopend.',
  ])('push: %s', (sentence) => {
    const found = flowKindIn(sentence);
    expect(found?.kind).toBe('push');
    // A push is read from a sending verb and a word like "permanent": weaker than a named condition.
    expect(found?.level).toBe('laag');
    expect(found?.trigger).toBeUndefined();
  });

  it.each([
    // Negated: the data do not come on request, nor on any other cue.
    'De gegevens worden niet op verzoek meegedeeld.',
    'Er is geen raadpleging door de ontvanger.',
    // A period, but of a report, an evaluation or a meeting: not the data flow.
    'Jaarlijks bezorgt de functionaris voor gegevensbescherming een verslag aan het directiecomité.',
    'De partijen evalueren jaarlijks de werking van dit protocol.',
    'Elk kwartaal overleggen de partijen over de kwaliteit van de gegevens.',
    'Maandelijks wordt een lijst met statistieken gepubliceerd.',
    // About the protocol itself, or about the data subject's rights.
    'Het protocol wordt herzien op verzoek van een van de partijen.',
    'Dit protocol treedt in werking zodra het door alle partijen is ondertekend.',
    'De betrokkene krijgt op verzoek inzage in zijn gegevens.',
    // Sending without a condition or permanence, and a period without a file: too little to say.
    'VDAB deelt de gegevens mee aan de gemeente.',
    'De gegevens worden maandelijks bijgewerkt in de databank.',
    // "automatisch" about another act than sending.
    'AHOVOKS deelt aan VUTG de gegevens mee die nodig zijn om de schooltoeslag automatisch toe te kennen.',
    'ZORG deelt aan Gent mee wie een zorgbudget ontvangt, zodat Gent de toelage automatisch kan toekennen.',
    // "permanent" negated.
    'De gegevens worden niet permanent meegedeeld.',
  ])('nothing: %s', (sentence) => {
    expect(flowKindIn(sentence)).toBeUndefined();
  });

  it('reads "niet op verzoek, maar maandelijks in een bestand" as a batch', () => {
    expect(flowKindIn('De gegevens worden niet op verzoek meegedeeld, maar VDAB bezorgt maandelijks een bestand aan de gemeente.')).toMatchObject({
      kind: 'batch',
      trigger: 'maandelijks',
    });
  });

  it('takes the article on periodicity first, and rates a cue elsewhere lower', () => {
    const text = [
      'Artikel 3 - Doeleinden',
      'De gemeente raadpleegt de gegevens op verzoek van de burger.',
      'Artikel 5 - Periodiciteit van de mededeling',
      'Na elke beslissing over de premie deelt het agentschap de beslissing mee aan de gemeente.',
    ].join('\n');
    expect(findFlowKind(text)).toMatchObject({ kind: 'event', level: 'middel' });
    expect(findFlowKind(text.split('\n').slice(0, 2).join('\n'))).toMatchObject({ kind: 'pull', level: 'laag' });
    expect(findFlowKind('Artikel 1 - Voorwerp\nDit protocol regelt de mededeling.')).toBeUndefined();
  });
});

describe('the act that authorises the communication', () => {
  const section = (sentence: string) => ['Artikel 2 - Rechtsgrond van de mededeling', sentence, 'Artikel 3 - Doeleinden', 'De gegevens worden verwerkt.'].join('\n');

  it('takes a dated article that allows the communication, as written, without an ELI', () => {
    const act = findAuthorisingAct(section('Het agentschap mag deze gegevens meedelen op grond van artikel 46 van het decreet van 8 juli 2022 over de werk- en zorgtrajecten.'));
    expect(act).toEqual({
      title: 'Artikel 46 van het decreet van 8 juli 2022 over de werk- en zorgtrajecten',
      evidence: 'Het agentschap mag deze gegevens meedelen op grond van artikel 46 van het decreet van 8 juli 2022 over de werk- en zorgtrajecten.',
    });
    expect(act).not.toHaveProperty('eli');
  });

  it('reads other headings of the legal-basis section', () => {
    const text = [
      'Artikel 4 - Grondslagen van de mededeling',
      'Artikel 12, §2, van het decreet van 30 april 2009 staat toe dat de gegevens worden verstrekt aan de gemeenten.',
    ].join('\n');
    expect(findAuthorisingAct(text)?.title).toBe('Artikel 12, §2, van het decreet van 30 april 2009');
  });

  it.each([
    // The eGov decree is the framework of every protocol, not the act behind this flow.
    'De mededeling gebeurt op grond van artikel 8 van het decreet van 18 juli 2008 betreffende het elektronische bestuurlijke gegevensverkeer.',
    // No article, or no date: not a clear citation.
    'Het decreet van 8 juli 2022 over de werk- en zorgtrajecten laat de mededeling toe.',
    'VLAIO kan persoonsgegevens meedelen op basis van artikel 56 van het AVG-decreet VLAIO.',
    // A cited article that does not say it allows the communication.
    'De ontvanger is opgericht bij artikel 3 van het decreet van 7 mei 2004.',
  ])('no act: %s', (sentence) => {
    expect(findAuthorisingAct(section(sentence))).toBeUndefined();
  });

  it('only in the legal-basis section', () => {
    const text = [
      'Artikel 2 - Doeleinden',
      'Het agentschap mag deze gegevens meedelen op grond van artikel 46 van het decreet van 8 juli 2022 over de werk- en zorgtrajecten.',
    ].join('\n');
    expect(findAuthorisingAct(text)).toBeUndefined();
  });
});

describe('in a draft', () => {
  // A seed text with a made-up periodicity article and a made-up citation in its legal basis.
  const text = readFileSync(seed, 'utf8')
    .replace(
      /Artikel 5 - Periodiciteit van de mededeling en de duur van de mededeling[\s\S]*?oefening is\./,
      'Artikel 5 - Periodiciteit van de mededeling en de duur van de mededeling\n\nElk kwartaal bezorgt VLAIO een bestand met de gegevens aan WEWIS.',
    )
    .replace(
      'a. Toelaatbaarheid',
      'a. Toelaatbaarheid\n\nVLAIO mag deze gegevens meedelen op grond van artikel 46 van het decreet van 8 juli 2022 over de werk- en zorgtrajecten.\n',
    );
  const draft = draftProtocol(text.split('\f'), register, 'kwartaal.txt');
  const flow = (draft.data.flows as Record<string, unknown>[])[0]!;

  it('proposes kind, trigger and act, each in review with its source line, none as found', () => {
    expect(flow.kind).toBe('batch');
    expect(flow.trigger).toBe('elk kwartaal');
    expect(flow.authorisingAct).toEqual({ title: 'Artikel 46 van het decreet van 8 juli 2022 over de werk- en zorgtrajecten' });
    for (const field of ['flows[0].kind', 'flows[0].trigger', 'flows[0].authorisingAct']) {
      const note = draft.review.find((r) => r.field === field)?.note ?? '';
      expect(note).toMatch(/bron: ".+"/);
      expect(draft.confidence.find((c) => c.field === field)?.level).toBe('middel');
    }
    expect(draft.review.find((r) => r.field === 'flows[0].kind')?.note).toContain('Elk kwartaal bezorgt VLAIO een bestand');
    expect(draft.found.join(' ')).not.toMatch(/batch|kwartaal|artikel 46/i);
    expect(draft.file).not.toContain('eli:');
  });

  it('is a file the check accepts once the review marks are cleared, with the proposals in it', () => {
    const cleared = { ...(parseYaml(splitFrontmatter(draft.file)!.frontmatter) as Record<string, unknown>), draft: false, review: [] };
    const result = validateContent({
      ...readContentFolder(fixture),
      protocols: [{ id: draft.slug, file: `drafts/${draft.slug}.mdx`, data: parseYaml(stringify(cleared)), body: splitFrontmatter(draft.file)!.body }],
    });
    const named = draft.review.map((r) => r.field);
    expect(result.issues.filter((i) => i.level === 'error' && !named.some((f) => covers(f, i.field))).map((i) => `${i.field}: ${i.message}`)).toEqual([]);
    expect(result.issues.filter((i) => /kind|trigger|authorisingAct/.test(i.field))).toEqual([]);
    const published = result.protocols.find((p) => p.id === draft.slug);
    expect(published?.data.flows[0]).toMatchObject({
      kind: 'batch',
      trigger: 'elk kwartaal',
      authorisingAct: { title: 'Artikel 46 van het decreet van 8 juli 2022 over de werk- en zorgtrajecten' },
    });
  });

  it('without a cue in the article on periodicity, proposes a cue elsewhere at "laag", and no act without a citation', () => {
    const plain = draftProtocol(
      readFileSync(seed, 'utf8')
        .replace(/Artikel 5 - Periodiciteit[\s\S]*?oefening is\./, 'Artikel 5 - Periodiciteit\n\nZie bijlage.')
        .split('\f'),
      register,
      'zonder.txt',
    );
    const f = (plain.data.flows as Record<string, unknown>[])[0]!;
    expect(f.kind).toBe('pull');
    expect(f).not.toHaveProperty('trigger');
    expect(f).not.toHaveProperty('authorisingAct');
    expect(plain.confidence.find((c) => c.field === 'flows[0].kind')?.level).toBe('laag');
    expect(plain.review.find((r) => r.field === 'flows[0].kind')?.note).toContain('persoonsgegevens die worden opgevraagd');
    expect(plain.review.some((r) => r.field === 'flows[0].authorisingAct' || r.field === 'flows[0].trigger')).toBe(false);
  });
});
