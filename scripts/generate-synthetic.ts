// npm run generate:synthetic -- --protocols 2000 --parties 300 [--out synthetic/corpus-2000] [--seed 1]
// Writes a realistic synthetic content folder (parties, data categories, protocols) for
// benchmarks. Never writes into content/. The output passes `npm run check`.
import { currentUrls, formatLedger, ledgerFileName } from '../src/lib/repository/url-ledger.ts';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { readContentFolder } from '../src/lib/content/read.node.ts';
import { formatIssues, hasErrors } from '../src/lib/content/validate.ts';
import { loadContent } from '../src/lib/repository/load.node.ts';
import { defaultContentDir } from '../src/lib/site/config.node.ts';
import { kboWithCheckDigit } from '../src/lib/content/kbo.ts';
import { dutchMonths as months } from '../src/lib/format.ts';

const root = resolve(import.meta.dirname, '..');

export interface GenerateOptions {
  protocols: number;
  parties: number;
  out: string;
  seed: number;
}

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const domains = [
  'Onderwijs en Vorming',
  'Zorg',
  'Welzijn en Samenleving',
  'Werk en Sociale Economie',
  'Omgeving',
  'Mobiliteit en Openbare Werken',
  'Financiën en Begroting',
  'Cultuur, Jeugd en Media',
  'Landbouw en Visserij',
  'Kanselarij en Bestuur',
  'Economie en Innovatie',
  'Wonen',
  'Justitie en Handhaving',
];
const agencyWords = ['Agentschap', 'Departement', 'Fonds', 'Dienst', 'Instituut', 'Huis'];
const topics = [
  'Studietoelagen',
  'Kinderopvang',
  'Wegen en Verkeer',
  'Natuur en Bos',
  'Landbouwsteun',
  'Woonpremies',
  'Erfgoed',
  'Sport',
  'Jeugdhulp',
  'Gezondheidszorg',
  'Belastingen',
  'Toerisme',
  'Energie',
  'Ondernemen',
  'Opleiding',
  'Personeel',
  'Digitale Overheid',
  'Statistiek',
  'Handhaving',
  'Mobiliteit',
  'Huisvesting',
  'Integratie',
  'Welzijn',
  'Onderwijsdiensten',
  'Media',
  'Innovatie',
  'Ruimtelijke Ordening',
  'Water',
  'Zorgbudgetten',
  'Inspectie',
];
const cities = [
  'Antwerpen',
  'Gent',
  'Brugge',
  'Leuven',
  'Mechelen',
  'Aalst',
  'Kortrijk',
  'Hasselt',
  'Sint-Niklaas',
  'Oostende',
  'Genk',
  'Roeselare',
  'Turnhout',
  'Dendermonde',
  'Beveren',
  'Vilvoorde',
  'Lokeren',
  'Geel',
  'Lier',
  'Ieper',
];
const extraCategories: [string, string, string[]][] = [
  ['voertuiggegevens', 'Voertuigen', ['nummerplaat', 'inschrijving voertuig', 'auto']],
  ['kadaster-en-eigendom', 'Eigendom en kadaster', ['kadaster', 'eigendom', 'perceel', 'woning']],
  ['studietoelagen', 'Studietoelagen', ['schooltoelage', 'studiebeurs', 'toelage']],
  ['woonpremies', 'Premies voor wonen', ['renovatiepremie', 'mijn verbouwpremie', 'huurpremie']],
  ['kinderopvanggegevens', 'Kinderopvang', ['opvang', 'crèche', 'onthaalouder']],
  ['vergunningen', 'Vergunningen', ['omgevingsvergunning', 'bouwvergunning', 'toelating']],
  ['energiegegevens', 'Energieverbruik', ['energie', 'EPC', 'verbruik']],
  ['zorgbudgetten', 'Zorgbudgetten', ['zorgbudget', 'persoonsvolgend budget', 'PVB']],
  ['verblijfsgegevens', 'Verblijf en nationaliteit', ['verblijfsstatus', 'nationaliteit', 'vreemdeling']],
  ['sanctiegegevens', 'Administratieve sancties', ['boete', 'GAS-boete', 'sanctie']],
];

const isoDate = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export function generateCorpus(options: GenerateOptions): { protocols: number; parties: number; bytes: number } {
  const out = resolve(options.out);
  // The register's own parties and data categories are the corpus's starting point.
  const contentDir = resolve(root, defaultContentDir);
  if (out === contentDir || out.startsWith(`${contentDir}/`) || contentDir.startsWith(`${out}/`)) {
    throw new Error(`weigert te schrijven in ${relative(root, out) || out}: de synthetische inhoud mag nooit in content/ terechtkomen; kies bv. --out synthetic/corpus`);
  }
  const random = mulberry32(options.seed);
  const pick = <T>(list: readonly T[]): T => {
    const value = list[Math.floor(random() * list.length)];
    if (value === undefined) throw new Error('kies uit een lege lijst');
    return value;
  };
  /** The i-th element, going round: the party number decides its topic and city. */
  const cycle = <T>(list: readonly T[], i: number): T => {
    const value = list[i % list.length];
    if (value === undefined) throw new Error('lege lijst');
    return value;
  };
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  rmSync(out, { recursive: true, force: true });
  for (const folder of ['parties', 'data-categories', 'protocols']) mkdirSync(join(out, folder), { recursive: true });
  let bytes = 0;
  const write = (path: string, text: string) => {
    writeFileSync(join(out, path), text);
    bytes += Buffer.byteLength(text);
  };

  // Real parties and vocabulary, plus generated ones.
  cpSync(join(contentDir, 'parties'), join(out, 'parties'), { recursive: true });
  cpSync(join(contentDir, 'data-categories'), join(out, 'data-categories'), { recursive: true });
  const realParties = readdirSync(join(contentDir, 'parties')).map((f) => f.replace(/\.yaml$/, ''));
  const categories = readdirSync(join(contentDir, 'data-categories')).map((f) => f.replace(/\.yaml$/, ''));
  for (const [id, label, synonyms] of extraCategories) {
    write(`data-categories/${id}.yaml`, stringify({ label, description: `Gegevens over ${label.toLowerCase()}.`, synonyms }));
    categories.push(id);
  }
  const ordinary = categories.filter((c) => !['gezondheidsgegevens', 'strafrechtelijke-gegevens'].includes(c));

  const parties: { id: string; shortName: string; name: string }[] = realParties.map((id) => ({ id, shortName: id.toUpperCase(), name: id }));
  const usedShort = new Set<string>();
  // Enterprise numbers: the 0-series (bases up to 9,999,999) and, as the KBO has given since
  // September 2023, the 1-series; distinct per party, never one of the real parties' numbers.
  const usedKbo = new Set(readContentFolder(contentDir).parties.map((p) => (p.data as { kbo?: string }).kbo));
  const nextKbo = (i: number) => {
    const oneSeries = i % 3 === 0;
    let base = (oneSeries ? 10_000_000 : 1_000_000) + ((i * 4_391) % 8_900_000);
    let kbo = kboWithCheckDigit(base);
    while (usedKbo.has(kbo)) kbo = kboWithCheckDigit(++base);
    usedKbo.add(kbo);
    return kbo;
  };
  // The shape of Belgian government: mostly local bodies, agencies and departments, some
  // intermunicipal companies and federal services.
  type Shape = { word: string; kind: string; level: 'local' | 'flemish' | 'federal'; legalForm: string; prefix: string };
  const shapes: [number, Shape][] = [
    [0.16, { word: 'Gemeente', kind: 'municipality', level: 'local', legalForm: 'lokaal bestuur', prefix: 'lokaal' }],
    [0.06, { word: 'Stad', kind: 'municipality', level: 'local', legalForm: 'lokaal bestuur', prefix: 'lokaal' }],
    [0.1, { word: 'OCMW', kind: 'municipal-agency', level: 'local', legalForm: 'openbaar centrum voor maatschappelijk welzijn', prefix: 'lokaal' }],
    [0.04, { word: 'AGB', kind: 'municipal-agency', level: 'local', legalForm: 'autonoom gemeentebedrijf', prefix: 'lokaal' }],
    [0.08, { word: 'Intercommunale', kind: 'association', level: 'local', legalForm: 'dienstverlenende vereniging', prefix: 'intercommunaal' }],
    [0.08, { word: 'Federale Overheidsdienst', kind: 'other', level: 'federal', legalForm: 'federale overheidsdienst', prefix: 'federaal' }],
    [1, { word: '', kind: '', level: 'flemish', legalForm: 'agentschap van de Vlaamse overheid', prefix: 'vlaams' }],
  ];
  const shapeOf = (): Shape => {
    let r = random();
    for (const [share, shape] of shapes) {
      if (r < share) return shape;
      r -= share;
    }
    return shapes.at(-1)![1];
  };
  for (let i = parties.length; i < options.parties; i++) {
    const shape = shapeOf();
    const local = shape.level === 'local';
    const federal = shape.level === 'federal';
    const topic = cycle(topics, i);
    const city = cycle(cities, i);
    const word = shape.word || pick(agencyWords);
    const name = local ? `${word} ${city} – ${topic} ${i}` : `${word} ${topic} ${i}`;
    let shortName = (local ? `${word.slice(0, 3)}${city.slice(0, 3)}` : `${word[0]}${topic.replace(/[^A-Z]/g, '') || topic.slice(0, 2)}`).toUpperCase() + i;
    while (usedShort.has(shortName)) shortName += 'X';
    usedShort.add(shortName);
    const id = `synth-${shape.prefix}-${i}`;
    const flemishShared = shape.level === 'flemish' && random() < 0.6;
    const kind = shape.kind || (word === 'Departement' ? 'department' : word === 'Fonds' ? 'fund' : 'agency');
    write(
      `parties/${id}.yaml`,
      stringify(
        {
          name,
          shortName,
          ...(random() < 0.1 ? { formerNames: [{ name: `${name} (oude naam)`, shortName: `${shortName}-OUD`, until: isoDate(int(2015, 2023), int(1, 12), int(1, 28)) }] } : {}),
          kind,
          legalForm: shape.legalForm,
          ...(flemishShared ? { legalEntity: 'Vlaamse Gemeenschap' } : {}),
          governmentLevel: shape.level,
          policyDomain: local ? 'Lokaal bestuur' : federal ? 'Federale overheid' : domains[i % domains.length],
          kbo: flemishShared ? '0316.380.841' : nextKbo(i),
          website: `https://www.${id}.example`,
          dpo: { email: `dpo@${id}.example` },
          description: `${name} is een synthetische partij voor tests en metingen.`,
        },
        { lineWidth: 0 },
      ),
    );
    parties.push({ id, shortName, name });
  }

  // Popularity: a few hubs take part in many protocols.
  const weights = parties.map((_, i) => 1 / (i + 1) ** 0.7);
  const total = weights.reduce((a, b) => a + b, 0);
  const weighted = () => {
    let r = random() * total;
    for (const [i, party] of parties.entries()) {
      r -= weights[i] ?? 0;
      if (r <= 0) return party;
    }
    return cycle(parties, parties.length - 1);
  };
  const distinct = (n: number) => {
    const chosen = new Map<string, (typeof parties)[number]>();
    while (chosen.size < n) {
      const party = weighted();
      chosen.set(party.id, party);
    }
    return [...chosen.values()];
  };

  const articleTexts = [
    'De partijen verbinden zich ertoe om de persoonsgegevens enkel te verwerken voor de doeleinden die in dit protocol zijn vermeld en om elke verdere verwerking vooraf te toetsen aan de regelgeving inzake de bescherming van natuurlijke personen bij de verwerking van persoonsgegevens.',
    'Enkel personeelsleden die omwille van hun functieprofiel de gegevens nodig hebben voor de uitvoering van hun taken krijgen toegang. De toegangen worden gelogd en periodiek gecontroleerd door de informatieveiligheidsconsulent.',
    'Zodra een partij vaststelt dat gegevens foutief, onvolledig of verouderd zijn, meldt zij dat onmiddellijk aan de andere partij, die binnen een redelijke termijn de gepaste maatregelen neemt en de andere partijen daarover informeert.',
    'Onverminderd haar recht om een schadevergoeding te vorderen kan de meedelende partij de gegevensstroom middels eenvoudige kennisgeving en zonder voorafgaandelijke ingebrekestelling schorsen indien de ontvanger de gegevens verwerkt in strijd met dit protocol.',
    'De partijen stellen elkaar zonder onredelijke vertraging en uiterlijk binnen 48 uur op de hoogte van elk gegevenslek dat een impact heeft op de meegedeelde gegevens en overleggen onmiddellijk over de maatregelen om de gevolgen te beperken.',
    'Betrokkenen kunnen hun rechten uit de artikelen 15 tot en met 22 van de algemene verordening gegevensbescherming uitoefenen bij elk van de partijen. De partijen informeren elkaar over een verzoek dat beide partijen aanbelangt.',
    'Dit protocol wordt beheerst door het Belgisch recht. Alle geschillen die voortvloeien uit of verband houden met dit protocol worden beslecht door de bevoegde rechtbank in Brussel.',
  ];
  const channels = ['service-integrator', 'drop-server', 'email', 'api', 'shared-application'] as const;
  const protocolIds = new Set<string>();
  const documentKeys = new Set<string>();
  let lastProtocol:
    | {
        id: string;
        frontmatter: { title: string; subject: string; parties: { party: string }[]; flows: { to: string[]; dataItems: unknown[] }[]; entryIntoForce: { date: string } } & Record<
          string,
          unknown
        >;
        body: string;
      }
    | undefined;
  // With room for it, the last three protocols are accessions to a framework (see below).
  const regular = options.protocols > 10 ? options.protocols - 3 : options.protocols;
  for (let n = 0; n < regular; n++) {
    const shape = random();
    const mutual = shape > 0.93;
    const count = mutual ? int(2, 4) : shape > 0.8 ? int(3, 5) : 2;
    const members = distinct(count);
    const manyToOne = !mutual && count > 2 && random() < 0.5;
    const senders = mutual ? members : manyToOne ? members.slice(0, -1) : members.slice(0, 1);
    const receivers = mutual ? members : manyToOne ? members.slice(-1) : members.slice(1);
    const year = int(2018, 2026);
    // The duplicate check refuses two documents with the same parties and date: move on a day.
    const partyKey = members
      .map((p) => p.id)
      .sort()
      .join(',');
    const day = new Date(`${isoDate(year, int(1, 12), int(1, 28))}T00:00:00Z`);
    while (documentKeys.has(`${partyKey}|${day.toISOString().slice(0, 10)}`)) day.setUTCDate(day.getUTCDate() + 1);
    const documentDate = day.toISOString().slice(0, 10);
    documentKeys.add(`${partyKey}|${documentDate}`);
    const start = new Date(`${documentDate}T00:00:00Z`);
    start.setUTCDate(start.getUTCDate() + int(0, 200));
    const startIso = start.toISOString().slice(0, 10);
    const periodicity = pick(['permanent', 'permanent', 'permanent', 'one-off', 'periodic', 'on-event'] as const);
    const endKind = random();
    const endDate = new Date(start);
    endDate.setUTCFullYear(endDate.getUTCFullYear() + int(1, 4));
    const end =
      endKind < 0.35
        ? { date: endDate.toISOString().slice(0, 10) }
        : endKind < 0.8
          ? { indefinite: true }
          : { note: 'Het protocol eindigt van rechtswege wanneer er geen rechtsgrond meer bestaat.' };
    const items = Array.from({ length: random() < 0.7 ? int(1, 4) : int(5, 12) }, (_, i) => {
      const cats = [...new Set(Array.from({ length: int(1, 3) }, () => pick(ordinary)))];
      return {
        label: `Gegeven ${i + 1}`,
        description: `Gegevens over ${cats.join(', ').replace(/-/g, ' ')} van de betrokkenen, zoals bekend bij ${cycle(senders, 0).shortName}.`,
        dataCategories: cats,
        proportionality: `Dit gegeven is nodig om ${pick(topics).toLowerCase()} correct te kunnen behandelen; zonder dit gegeven kan de ontvanger zijn decretale opdracht niet uitvoeren.`,
      };
    });
    const topic = pick(topics);
    const sender = cycle(senders, 0);
    const receiver = cycle(receivers, 0);
    let id =
      `${year}-${sender.id.replace(/^synth-/, '')}-${(receivers.find((r) => r.id !== sender.id) ?? receiver).id.replace(/^synth-/, '')}-${topic.toLowerCase().replace(/[^a-z]+/g, '-')}`.replace(
        /-+/g,
        '-',
      );
    while (protocolIds.has(id)) id += `-${n}`;
    protocolIds.add(id);
    const names = (list: typeof parties) => list.map((p) => p.shortName).join(', ');
    const frontmatter = {
      title: `Protocol voor de elektronische mededeling van persoonsgegevens van ${names(senders)} ${mutual ? 'onderling' : `aan ${names(receivers)}`}`,
      subject: `in het kader van ${topic.toLowerCase()} (${n + 1})`,
      summary: `${names(senders)} ${mutual ? 'wisselen onderling' : `geeft aan ${names(receivers)}`} gegevens door over ${topic.toLowerCase()}. Zo kan de ontvanger zijn opdracht uitvoeren. De gegevens worden bewaard zolang nodig voor dat doel.`,
      documentDate,
      legalFramework: 'Artikel 8, §1, van het decreet van 18 juli 2008 betreffende het elektronische bestuurlijke gegevensverkeer (decreet eGov)',
      parties: members.map((p) => ({ party: p.id, alias: p.shortName, role: mutual ? 'both' : senders.includes(p) ? 'sends' : 'receives' })),
      flows: [{ from: senders.map((p) => p.id), to: receivers.map((p) => p.id), mutual, dataItems: items }],
      dataSubjects: [`Burgers en ondernemingen die een dossier hebben over ${topic.toLowerCase()}`],
      volume: `ongeveer ${int(1, 900) * 100} personen`,
      purposes: [{ party: receiver.id, text: `De uitvoering van de opdrachten van ${receiver.shortName} inzake ${topic.toLowerCase()}.` }],
      legalBasis: { gdpr: random() < 0.3 ? ['c', 'e'] : ['e'], articles: [`Artikel ${int(2, 80)} van het decreet van ${int(1, 28)} ${pick(months)} ${int(2000, 2022)}`] },
      retention: { summary: `De ontvanger bewaart de gegevens ${int(1, 10)} jaar.` },
      recipients: { internal: [`Dossierbehandelaars van ${receiver.shortName}`], thirdParties: [] },
      periodicity,
      channel: { type: pick(channels), description: 'Beveiligd kanaal zoals beschreven in artikel 6.' },
      securityMeasures: ['Toegang enkel op basis van functieprofiel', 'Logging van alle toegangen', 'Versleuteling tijdens transport'],
      entryIntoForce: { date: startIso },
      end,
      noticePeriod: pick(['één maand', 'drie maanden', 'zes maanden', '12 maanden']),
    };
    // Short protocols (a few articles) and long ones (every article, several paragraphs each).
    const long = random() < 0.3;
    const articles = Array.from({ length: long ? 12 : int(7, 11) }, (_, a) => {
      const paragraphs = Array.from({ length: long ? int(3, 6) : int(1, 3) }, () => pick(articleTexts)).join('\n\n');
      return `### Artikel ${a + 1}: ${['Onderwerp', 'Rechtvaardigingsgronden', 'De gegevens en de proportionaliteit', 'Ontvangers', 'Periodiciteit en duur', 'Beveiligingsmaatregelen', 'Kwaliteit', 'Sanctie', 'Meldingsplichten', 'Rechten van de betrokkene', 'Toepasselijk recht', 'Inwerkingtreding en opzegging'][a]}\n\n${paragraphs}\n`;
    });
    const table = [
      '| Gegeven | Omschrijving | Verantwoording proportionaliteit |',
      '| --- | --- | --- |',
      ...items.map((i) => `| ${i.label} | ${i.description} | ${i.proportionality} |`),
    ].join('\n');
    articles.splice(3, 0, `#### Tabel bij artikel 3\n\n${table}\n`);
    const body = `## Aanhef\n\n${frontmatter.title.toUpperCase()}\n\n${frontmatter.subject}\n\n${documentDate}\n\n## Partijen\n\n${members.map((p) => `${p.name}, vertegenwoordigd door de leidend ambtenaar, hierna: “${p.shortName}”;`).join('\n\nEN\n\n')}\n\n## Na te hebben uiteengezet\n\n${Array.from({ length: int(3, 8) }, (_, i) => `${String.fromCharCode(65 + i)}. ${pick(articleTexts)} Dit geldt in het bijzonder voor ${pick(topics).toLowerCase()} in ${pick(cities)}.`).join('\n\n')}\n\n## Wordt overeengekomen wat volgt\n\n${articles.join('\n')}\n## Handtekeningen\n\n${members.map((p) => `- Voor ${p.shortName}`).join('\n')}\n`;
    write(`protocols/${id}.mdx`, `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}`);
    lastProtocol = { id, frontmatter, body };
  }
  // A framework protocol that other parties join later by accession, as real registers have:
  // the last generated protocol becomes the framework, and three parties accede to it.
  if (lastProtocol && regular < options.protocols) {
    const framework = lastProtocol;
    const existing = new Set(framework.frontmatter.parties.map((p) => p.party));
    const joiners = parties.filter((p) => !existing.has(p.id)).slice(0, 3);
    joiners.forEach((joiner, i) => {
      const start = new Date(`${framework.frontmatter.entryIntoForce.date}T00:00:00Z`);
      start.setUTCMonth(start.getUTCMonth() + 3 * (i + 1));
      const date = start.toISOString().slice(0, 10);
      const receiver = framework.frontmatter.flows[0]!.to[0]!;
      const accession = {
        ...framework.frontmatter,
        title: `Toetreding van ${joiner.shortName} tot ${framework.frontmatter.title.charAt(0).toLowerCase()}${framework.frontmatter.title.slice(1)}`,
        subject: `${framework.frontmatter.subject}, toetreding ${i + 1}`,
        documentDate: date,
        parties: [
          { party: joiner.id, alias: joiner.shortName, role: 'sends' as const },
          { party: receiver, alias: parties.find((p) => p.id === receiver)?.shortName ?? receiver, role: 'receives' as const },
        ],
        flows: [{ from: [joiner.id], to: [receiver], mutual: false, dataItems: framework.frontmatter.flows[0]!.dataItems }],
        entryIntoForce: { date },
        relations: [{ type: 'accedes-to', protocol: framework.id, date }],
      };
      write(`protocols/${framework.id}-toetreding-${i + 1}.mdx`, `---\n${stringify(accession, { lineWidth: 0 })}---\n\n${framework.body}`);
    });
  }
  // The ledger of published URLs, as "npm run urls:update" would write it: a build requires it.
  const ids = (folder: string, extension: string) =>
    readdirSync(join(out, folder))
      .filter((name) => name.endsWith(extension))
      .map((name) => ({ id: name.slice(0, -extension.length), data: {} }));
  write(ledgerFileName, formatLedger(currentUrls({ protocols: ids('protocols', '.mdx'), parties: ids('parties', '.yaml'), dataCategories: ids('data-categories', '.yaml') })));
  return { protocols: options.protocols, parties: parties.length, bytes };
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { protocols: { type: 'string', default: '2000' }, parties: { type: 'string', default: '300' }, out: { type: 'string' }, seed: { type: 'string', default: '1' } },
  });
  const protocols = Number(values.protocols);
  const options = { protocols, parties: Number(values.parties), seed: Number(values.seed), out: resolve(values.out ?? join(root, `synthetic/corpus-${protocols}`)) };
  const started = performance.now();
  try {
    const result = generateCorpus(options);
    const check = await loadContent(options.out);
    if (hasErrors(check.issues)) {
      console.error(formatIssues(check.issues.filter((i) => i.level === 'error').slice(0, 50)));
      process.exit(1);
    }
    console.log(
      `Synthetisch corpus in ${relative(process.cwd(), options.out)}: ${result.protocols} protocollen, ${result.parties} partijen, ${(result.bytes / 1e6).toFixed(1)} MB, ${((performance.now() - started) / 1000).toFixed(1)} s (gevalideerd, ${check.issues.length} waarschuwingen).`,
    );
  } catch (error) {
    console.error(`Fout: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  if (!existsSync(options.out)) process.exit(1);
}
