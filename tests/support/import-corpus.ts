/**
 * A corpus of eight protocols written for the importer's tests and `npm run bench:import`, in
 * layouts unlike each other and unlike the five seeds: TUSSEN/EN, "De ondergetekenden 1° 2°"
 * with chapters and an annex table, parties in a table, the supervisory authority's template with
 * numbered sections and a data table, a federal art. 20 "protocol van akkoord" with "Gelet op"
 * and an annexed DPO advice, three parties exchanging mutually, running headers, footers and
 * hyphenation, and a two-column signature block. The texts are made up (bodies and numbers are
 * realistic, not real); each protocol carries the facts an editor would write in its file, by
 * hand, so the measure does not come from the importer. `renderPdf` draws each as a PDF with
 * positioned text (pdf-lib), table cells wrapped inside their column.
 */
import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

export type Block = { h: string } | { p: string } | { table: string[][]; widths: number[] } | { columns: [string[], string[]] } | { page: true };

export interface CorpusParty {
  /** The register's slug; for a party not in the register, the slug an editor would give it. */
  slug: string;
  known: boolean;
  name: string;
  kbo?: string;
  role: 'sends' | 'receives' | 'both';
  dpoAdviceDate?: string;
}

export interface CorpusProtocol {
  file: string;
  layout: string;
  header?: string;
  footer?: boolean;
  hyphenate?: boolean;
  blocks: Block[];
  expected: {
    title: string;
    subject: string;
    documentDate: string;
    entryIntoForce: string;
    endDate?: string;
    indefinite: boolean;
    periodicity: 'one-off' | 'permanent' | 'periodic' | 'on-event';
    channel: 'service-integrator' | 'drop-server' | 'email' | 'power-bi' | 'shared-application' | 'api' | 'other';
    gdpr: string[];
    parties: CorpusParty[];
    items: { label: string; categories: string[] }[];
  };
}

const decree = 'het decreet van 18 juli 2008 betreffende het elektronische bestuurlijke gegevensverkeer';

export const corpus: CorpusProtocol[] = [
  {
    file: 'c1-tussen-en-vdab-kruisem.pdf',
    layout: 'TUSSEN/EN, artikels met streepje, gemeente met een ondernemingsnummer van de 1-reeks',
    blocks: [
      { h: 'PROTOCOL VOOR DE ELEKTRONISCHE MEDEDELING VAN PERSOONSGEGEVENS VAN VDAB AAN DE GEMEENTE KRUISEM IN HET KADER VAN DE ACTIVERING VAN LEEFLOONGERECHTIGDEN' },
      { p: 'Versie van 3 februari 2025' },
      { h: 'TUSSEN' },
      {
        p: 'De Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding, met maatschappelijke zetel te Keizerslaan 11, 1000 Brussel, ingeschreven in de Kruispuntbank van Ondernemingen onder het nummer 0887.010.362, vertegenwoordigd door Wim Adriaens, gedelegeerd bestuurder, hierna "VDAB", die de gegevens meedeelt,',
      },
      { h: 'EN' },
      {
        p: 'De gemeente Kruisem, met zetel te Markt 1, 9770 Kruisem, ingeschreven in de Kruispuntbank van Ondernemingen onder het nummer 1002.345.639, vertegenwoordigd door het college van burgemeester en schepenen, hierna "Kruisem", die de gegevens ontvangt.',
      },
      { h: 'NA TE HEBBEN UITEENGEZET' },
      {
        p: `A. Dit protocol wordt gesloten op grond van artikel 8, §1, van ${decree}. De gemeente Kruisem is op 1 januari 2025 ontstaan uit de samenvoeging van de gemeenten Kruishoutem en Zingem.`,
      },
      {
        p: 'B. De functionaris voor gegevensbescherming van VDAB heeft op 14 januari 2025 advies gegeven over dit protocol. De functionaris voor gegevensbescherming van Kruisem heeft op 20 januari 2025 advies gegeven.',
      },
      { h: 'WORDT OVEREENGEKOMEN WAT VOLGT' },
      { h: 'Artikel 1 – Voorwerp' },
      { p: 'Dit protocol regelt de mededeling van persoonsgegevens door VDAB aan Kruisem in het kader van de activering van leefloongerechtigden door het lokaal bestuur.' },
      { h: 'Artikel 2 – Doeleinden en rechtsgrond' },
      {
        p: 'De verwerking is gebaseerd op artikel 6, eerste lid, e) van de AVG. Kruisem verwerkt de gegevens om leefloongerechtigden te begeleiden naar werk, op grond van artikel 60 van de wet van 8 juli 1976 tot organisatie van de openbare centra voor maatschappelijk welzijn.',
      },
      { h: 'Artikel 3 – Gegevens' },
      { p: 'Gegeven 1: het INSZ van de werkzoekende, om de persoon eenduidig te identificeren.' },
      { p: 'Gegeven 2: de inschrijving als werkzoekende bij VDAB en de datum van inschrijving.' },
      { p: 'Gegeven 3: de naam van de trajectbegeleider van VDAB, om samen te werken in het traject.' },
      { h: 'Artikel 4 – Periodiciteit en duur' },
      {
        p: 'De gegevens worden permanent ter beschikking gesteld via de Vlaamse Dienstenintegrator. Dit protocol treedt in werking op 1 maart 2025 en geldt voor onbepaalde duur.',
      },
      { h: 'Artikel 5 – Beveiliging' },
      { p: 'De partijen nemen passende technische en organisatorische maatregelen. Enkel de maatschappelijk werkers van de dienst activering hebben toegang.' },
      { h: 'Artikel 6 – Sancties' },
      { p: 'Bij niet-naleving van dit protocol kan VDAB de mededeling schorsen.' },
      { p: 'Opgemaakt te Brussel op 3 februari 2025, in twee exemplaren.' },
      {
        columns: [
          ['Voor VDAB', 'Wim Adriaens', 'gedelegeerd bestuurder'],
          ['Voor Kruisem', 'Lies Van de Velde', 'algemeen directeur'],
        ],
      },
    ],
    expected: {
      title: 'Protocol voor de elektronische mededeling van persoonsgegevens van VDAB aan de gemeente Kruisem',
      subject: 'in het kader van de activering van leefloongerechtigden',
      documentDate: '2025-02-03',
      entryIntoForce: '2025-03-01',
      indefinite: true,
      periodicity: 'permanent',
      channel: 'service-integrator',
      gdpr: ['e'],
      parties: [
        { slug: 'vdab', known: true, name: 'Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding', kbo: '0887.010.362', role: 'sends', dpoAdviceDate: '2025-01-14' },
        { slug: 'gemeente-kruisem', known: false, name: 'Gemeente Kruisem', kbo: '1002.345.639', role: 'receives', dpoAdviceDate: '2025-01-20' },
      ],
      items: [
        { label: 'Gegeven 1', categories: ['insz', 'werkzoekendengegevens'] },
        { label: 'Gegeven 2', categories: ['werkzoekendengegevens'] },
        { label: 'Gegeven 3', categories: ['naam'] },
      ],
    },
  },
  {
    file: 'c2-ondergetekenden-opgroeien-ronse.pdf',
    layout: '"De ondergetekenden: 1° … 2° …", hoofdstukken, "Artikel N." en de gegevens in een tabel in bijlage',
    blocks: [
      { h: 'Protocol tot mededeling van persoonsgegevens van het Agentschap Opgroeien aan de stad Ronse in het kader van de ondersteuning van kwetsbare gezinnen' },
      { h: 'De ondergetekenden:' },
      {
        p: '1° het agentschap Opgroeien regie, met zetel te Hallepoortlaan 27, 1060 Brussel, met ondernemingsnummer 0207.124.593, vertegenwoordigd door Katrien Verhegge, administrateur-generaal, hierna "Opgroeien", de partij die de gegevens meedeelt;',
      },
      {
        p: '2° de stad Ronse, met zetel te Grote Markt 12, 9600 Ronse, met ondernemingsnummer 0207.345.319, vertegenwoordigd door het college van burgemeester en schepenen, hierna "de stad", de partij die de gegevens ontvangt;',
      },
      { p: `Gelet op ${decree}, inzonderheid artikel 8;` },
      { p: 'Gelet op het advies van de functionaris voor gegevensbescherming van Opgroeien, gegeven op 10 maart 2025;' },
      { p: 'Gelet op het advies van de functionaris voor gegevensbescherming van de stad, gegeven op 17 maart 2025;' },
      { p: 'komen het volgende overeen:' },
      { h: 'Hoofdstuk 1. Algemene bepalingen' },
      { h: 'Artikel 1.' },
      { p: 'Dit protocol regelt de mededeling door Opgroeien aan de stad van gegevens over gezinnen die een groeipakket ontvangen, zodat de stad hen kan ondersteunen.' },
      { h: 'Artikel 2.' },
      { p: 'De rechtsgrond van de verwerking is artikel 6, 1., c) en e) AVG: de verwerking is noodzakelijk voor een taak van algemeen belang van de stad.' },
      { h: 'Hoofdstuk 2. Gegevens en mededeling' },
      { h: 'Artikel 3.' },
      { p: 'De gegevens die worden meegedeeld staan in bijlage 1.' },
      { h: 'Artikel 4.' },
      { p: 'De gegevens worden elk kwartaal meegedeeld via een beveiligde sftp-server van Opgroeien. Driemaandelijks wordt een nieuw bestand klaargezet.' },
      { h: 'Hoofdstuk 3. Slotbepalingen' },
      { h: 'Artikel 5.' },
      { p: 'Dit protocol treedt in werking op 1 mei 2025 en eindigt op 30 april 2028. Het kan worden opgezegd met een opzegtermijn van drie maanden.' },
      { h: 'Artikel 6.' },
      { p: 'Elke partij die dit protocol niet naleeft, kan door de andere partij in gebreke worden gesteld; sancties volgen uit het decreet.' },
      { p: 'Opgemaakt te Ronse op 2 april 2025.' },
      {
        columns: [
          ['Voor Opgroeien', 'Katrien Verhegge'],
          ['Voor de stad Ronse', 'Luc Dupont'],
        ],
      },
      { page: true },
      { h: 'Bijlage 1. Gegevens die worden meegedeeld' },
      {
        widths: [70, 200, 200],
        table: [
          ['Nr.', 'Gegeven', 'Verantwoording'],
          ['Gegeven 1', 'Naam en voornaam van de ouder die het groeipakket ontvangt', 'Om het gezin te kunnen contacteren en de hulpverlening te richten'],
          ['Gegeven 2', 'Adres van het gezin', 'Om het gezin thuis te kunnen bezoeken'],
          ['Gegeven 3', 'Gezinssamenstelling: aantal kinderen en hun geboortedatum', 'Om het aanbod af te stemmen op de leeftijd van de kinderen'],
          ['Gegeven 4', 'Of het gezin een sociale toeslag ontvangt', 'Om de meest kwetsbare gezinnen eerst te bereiken'],
        ],
      },
    ],
    expected: {
      title: 'Protocol tot mededeling van persoonsgegevens van het Agentschap Opgroeien aan de stad Ronse',
      subject: 'in het kader van de ondersteuning van kwetsbare gezinnen',
      documentDate: '2025-04-02',
      entryIntoForce: '2025-05-01',
      endDate: '2028-04-30',
      indefinite: false,
      periodicity: 'periodic',
      channel: 'drop-server',
      gdpr: ['c', 'e'],
      parties: [
        { slug: 'opgroeien', known: false, name: 'Opgroeien regie', kbo: '0207.124.593', role: 'sends', dpoAdviceDate: '2025-03-10' },
        { slug: 'stad-ronse', known: false, name: 'Stad Ronse', kbo: '0207.345.319', role: 'receives', dpoAdviceDate: '2025-03-17' },
      ],
      items: [
        { label: 'Gegeven 1', categories: ['naam', 'gezinssituatie'] },
        { label: 'Gegeven 2', categories: ['contactgegevens'] },
        { label: 'Gegeven 3', categories: ['gezinssituatie', 'geboortedatum'] },
        { label: 'Gegeven 4', categories: ['gezinssituatie'] },
      ],
    },
  },
  {
    file: 'c3-partijentabel-ahovoks-groeipakket.pdf',
    layout: 'partijen in een tabel (naam, ondernemingsnummer, rol), korte artikels "Art. N"',
    blocks: [
      { h: 'Protocol betreffende de mededeling van studiegegevens van AHOVOKS aan het Agentschap Uitbetaling Groeipakket in het kader van de toekenning van de schooltoeslag' },
      { p: 'Brussel, 12 september 2024' },
      { h: 'Partijen' },
      {
        widths: [230, 110, 130],
        table: [
          ['Partij', 'Ondernemingsnummer', 'Rol'],
          ['Agentschap voor Hoger Onderwijs, Volwassenenonderwijs, Kwalificaties en Studietoelagen (AHOVOKS)', '0316.380.841', 'deelt de gegevens mee'],
          ['Agentschap Uitbetaling Groeipakket (VUTG)', '0245.678.135', 'ontvangt de gegevens'],
        ],
      },
      { p: `Dit protocol wordt gesloten op grond van artikel 8 van ${decree}.` },
      { h: 'Art. 1 Voorwerp' },
      { p: 'AHOVOKS deelt aan VUTG de gegevens mee die nodig zijn om de schooltoeslag van het groeipakket automatisch toe te kennen.' },
      { h: 'Art. 2 Rechtsgrond' },
      {
        p: 'De verwerking is noodzakelijk om te voldoen aan een wettelijke verplichting die op de verwerkingsverantwoordelijke rust (artikel 6, 1, c AVG), namelijk het decreet van 27 april 2018 tot regeling van de toelagen in het kader van het gezinsbeleid.',
      },
      { h: 'Art. 3 Gegevens' },
      { p: 'Gegeven 1 – INSZ van de leerling of student.' },
      { p: 'Gegeven 2 – de inschrijving in een opleiding en het schooljaar.' },
      { p: 'Gegeven 3 – de studietoelage die de leerling ontving.' },
      { h: 'Art. 4 Wijze van mededeling' },
      { p: 'De gegevens worden meegedeeld via de webservice van de Vlaamse Dienstenintegrator, telkens wanneer VUTG een dossier behandelt.' },
      { h: 'Art. 5 Adviezen' },
      {
        p: 'De functionaris voor gegevensbescherming van AHOVOKS heeft op 2 september 2024 advies gegeven. De functionaris voor gegevensbescherming van VUTG heeft op 4 september 2024 advies gegeven.',
      },
      { h: 'Art. 6 Duur' },
      {
        p: 'Dit protocol treedt in werking op 1 oktober 2024. Het wordt gesloten voor onbepaalde duur. Bij een inbreuk kan de mededeling worden geschorst; dat is de sanctie bij niet-naleving.',
      },
      {
        columns: [
          ['Voor AHOVOKS', 'Peter Parmentier'],
          ['Voor VUTG', 'Eva De Smet'],
        ],
      },
    ],
    expected: {
      title: 'Protocol betreffende de mededeling van studiegegevens van AHOVOKS aan het Agentschap Uitbetaling Groeipakket',
      subject: 'in het kader van de toekenning van de schooltoeslag',
      documentDate: '2024-09-12',
      entryIntoForce: '2024-10-01',
      indefinite: true,
      periodicity: 'on-event',
      channel: 'service-integrator',
      gdpr: ['c'],
      parties: [
        { slug: 'ahovoks', known: true, name: 'AHOVOKS', kbo: '0316.380.841', role: 'sends', dpoAdviceDate: '2024-09-02' },
        {
          slug: 'agentschap-uitbetaling-groeipakket',
          known: false,
          name: 'Agentschap Uitbetaling Groeipakket',
          kbo: '0245.678.135',
          role: 'receives',
          dpoAdviceDate: '2024-09-04',
        },
      ],
      items: [
        { label: 'Gegeven 1', categories: ['insz', 'onderwijsloopbaan'] },
        { label: 'Gegeven 2', categories: ['onderwijsloopbaan', 'opleidingen'] },
        { label: 'Gegeven 3', categories: ['onderwijsloopbaan', 'subsidiedossiers'] },
      ],
    },
  },
  {
    file: 'c4-vtc-sjabloon-vlaio-fio.pdf',
    layout: 'sjabloon van de toezichtcommissie: genummerde rubrieken, de gegevens in een tabel met drie kolommen',
    blocks: [
      {
        h: 'PROTOCOL VOOR DE ELEKTRONISCHE MEDEDELING VAN PERSOONSGEGEVENS VAN VLAIO AAN HET FONDS VOOR INNOVEREN EN ONDERNEMEN IN HET KADER VAN DE OPVOLGING VAN WIN-WINLENINGEN',
      },
      { h: '1. Identificatie van de partijen' },
      {
        p: 'Mededelende partij: het Agentschap Innoveren en Ondernemen, Koning Albert II-laan 35, 1030 Brussel, ondernemingsnummer 0316.380.841, hierna "VLAIO".',
      },
      { p: 'Ontvangende partij: het Fonds voor Innoveren en Ondernemen, Koning Albert II-laan 35, 1030 Brussel, ondernemingsnummer 0534.669.938, hierna "FIO".' },
      { h: '2. Functionarissen voor gegevensbescherming' },
      { p: 'De functionaris voor gegevensbescherming van VLAIO en FIO heeft op 5 juni 2024 advies gegeven over dit protocol.' },
      { h: '3. Doeleinden' },
      {
        p: 'FIO gebruikt de gegevens om de terugbetaling van win-winleningen op te volgen, overeenkomstig het decreet van 16 maart 2012 betreffende het economisch ondersteuningsbeleid.',
      },
      { h: '4. Rechtsgrond' },
      { p: 'Artikel 6, eerste lid, e) van de algemene verordening gegevensbescherming (AVG).' },
      { h: '5. Categorieën van persoonsgegevens' },
      {
        widths: [70, 200, 200],
        table: [
          ['Gegeven', 'Omschrijving', 'Proportionaliteit'],
          ['Gegeven 1', 'Ondernemingsnummer en naam van de onderneming die de lening ontving', 'Nodig om de lening aan de juiste onderneming te koppelen'],
          ['Gegeven 2', 'Naam en voornaam van de zaakvoerder', 'Nodig om de contactpersoon te kennen'],
          ['Gegeven 3', 'Het bedrag van de lening en de datum van uitbetaling', 'Nodig om de terugbetaling op te volgen'],
        ],
      },
      { h: '6. Periodiciteit' },
      { p: 'De mededeling gebeurt maandelijks.' },
      { h: '7. Wijze van mededeling' },
      { p: 'VLAIO zet een bestand klaar op een beveiligde dropserver.' },
      { h: '8. Duur' },
      { p: 'Het protocol treedt in werking op 1 juli 2024 en loopt tot en met 30 juni 2029.' },
      { h: '9. Sancties' },
      { p: 'Bij niet-naleving kan de mededelende partij de mededeling opschorten.' },
      { p: 'Datum: 18 juni 2024' },
    ],
    expected: {
      title: 'Protocol voor de elektronische mededeling van persoonsgegevens van VLAIO aan het Fonds voor Innoveren en Ondernemen',
      subject: 'in het kader van de opvolging van win-winleningen',
      documentDate: '2024-06-18',
      entryIntoForce: '2024-07-01',
      endDate: '2029-06-30',
      indefinite: false,
      periodicity: 'periodic',
      channel: 'drop-server',
      gdpr: ['e'],
      parties: [
        { slug: 'vlaio', known: true, name: 'VLAIO', kbo: '0316.380.841', role: 'sends', dpoAdviceDate: '2024-06-05' },
        { slug: 'fonds-innoveren-en-ondernemen', known: true, name: 'FIO', kbo: '0534.669.938', role: 'receives', dpoAdviceDate: '2024-06-05' },
      ],
      items: [
        { label: 'Gegeven 1', categories: ['ondernemingsgegevens'] },
        { label: 'Gegeven 2', categories: ['naam', 'functie-en-werk'] },
        { label: 'Gegeven 3', categories: ['financiele-gegevens', 'subsidiedossiers'] },
      ],
    },
  },
  {
    file: 'c5-federaal-akkoord-fod-vdab.pdf',
    layout: 'federaal "protocol van akkoord" (art. 20 wet 30 juli 2018) met "Gelet op" en het advies van de DPO in bijlage',
    blocks: [
      {
        h: 'PROTOCOL VAN AKKOORD tussen de Federale Overheidsdienst Sociale Zekerheid en VDAB betreffende de mededeling van gegevens over personen met een handicap in het kader van de begeleiding naar aangepast werk',
      },
      { p: 'Gelet op de wet van 30 juli 2018 betreffende de bescherming van natuurlijke personen met betrekking tot de verwerking van persoonsgegevens, inzonderheid artikel 20;' },
      { p: 'Gelet op de wet van 27 februari 1987 betreffende de tegemoetkomingen aan personen met een handicap;' },
      { p: 'Gelet op het advies van de functionaris voor gegevensbescherming van de FOD Sociale Zekerheid van 14 januari 2025 (bijlage 1);' },
      { p: 'Gelet op het advies van de functionaris voor gegevensbescherming van VDAB van 21 januari 2025;' },
      { h: 'Tussen' },
      {
        p: 'De Federale Overheidsdienst Sociale Zekerheid, ondernemingsnummer 0367.302.178, Kruidtuinlaan 50, 1000 Brussel, hierna "FOD Sociale Zekerheid", die de gegevens meedeelt,',
      },
      { p: 'en de Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding, ondernemingsnummer 0887.010.362, hierna "VDAB", die de gegevens ontvangt,' },
      { p: 'wordt overeengekomen wat volgt:' },
      { h: 'Artikel 1. Doel' },
      { p: 'VDAB ontvangt de gegevens om werkzoekenden met een handicap te begeleiden naar aangepast werk. De verwerking steunt op artikel 6.1.e en artikel 9.2.b AVG.' },
      { h: 'Artikel 2. Gegevens' },
      { p: 'Gegeven 1: het rijksregisternummer van de werkzoekende.' },
      { p: 'Gegeven 2: het feit dat de persoon een erkende handicap heeft en de graad van zelfredzaamheid.' },
      { h: 'Artikel 3. Mededeling' },
      { p: 'De gegevens worden opgevraagd via de Kruispuntbank van de Sociale Zekerheid, telkens wanneer een werkzoekende zich inschrijft.' },
      { h: 'Artikel 4. Duur' },
      {
        p: 'Dit protocol treedt in werking op 1 maart 2025 en wordt gesloten voor onbepaalde duur. Elke partij kan het opzeggen met een opzegtermijn van zes maanden. Bij niet-naleving gelden de sancties van de wet.',
      },
      { p: 'Opgemaakt te Brussel op 10 februari 2025.' },
      {
        columns: [
          ['Voor de FOD Sociale Zekerheid', 'Ingrid Van Daele, voorzitter'],
          ['Voor VDAB', 'Wim Adriaens, gedelegeerd bestuurder'],
        ],
      },
      { page: true },
      { h: 'Bijlage 1. Advies van de functionaris voor gegevensbescherming' },
      { p: 'Op 14 januari 2025 heeft de functionaris voor gegevensbescherming van de FOD Sociale Zekerheid een gunstig advies gegeven over het ontwerp van dit protocol.' },
    ],
    expected: {
      title: 'Protocol van akkoord tussen de Federale Overheidsdienst Sociale Zekerheid en VDAB betreffende de mededeling van gegevens over personen met een handicap',
      subject: 'in het kader van de begeleiding naar aangepast werk',
      documentDate: '2025-02-10',
      entryIntoForce: '2025-03-01',
      indefinite: true,
      periodicity: 'on-event',
      channel: 'service-integrator',
      gdpr: ['e'],
      parties: [
        { slug: 'fod-sociale-zekerheid', known: false, name: 'Federale Overheidsdienst Sociale Zekerheid', kbo: '0367.302.178', role: 'sends', dpoAdviceDate: '2025-01-14' },
        { slug: 'vdab', known: true, name: 'VDAB', kbo: '0887.010.362', role: 'receives', dpoAdviceDate: '2025-01-21' },
      ],
      items: [
        { label: 'Gegeven 1', categories: ['insz', 'werkzoekendengegevens'] },
        { label: 'Gegeven 2', categories: ['gezondheidsgegevens'] },
      ],
    },
  },
  {
    file: 'c6-drie-partijen-inburgering.pdf',
    layout: 'drie partijen die onderling gegevens uitwisselen, partijen als opsomming a), b), c)',
    blocks: [
      {
        h: 'Protocol voor de wederzijdse uitwisseling van persoonsgegevens tussen het Agentschap Integratie en Inburgering, Atlas en Amal in het kader van de opvolging van inburgeringstrajecten bij verhuizing',
      },
      { p: 'Dit protocol wordt gesloten tussen:' },
      { p: 'a) het Agentschap Integratie en Inburgering, Havenlaan 88, 1000 Brussel, KBO 0543.307.391, hierna "AgII";' },
      { p: 'b) Atlas, Integratie en Inburgering Antwerpen, Carnotstraat 110, 2060 Antwerpen, KBO 0421.722.346, hierna "Atlas";' },
      { p: 'c) Integratie en Inburgering Gent, Kongostraat 42, 9000 Gent, KBO 0507.873.093, hierna "Amal";' },
      { p: 'die elk de gegevens meedelen en ontvangen.' },
      { h: 'Artikel 1 Voorwerp' },
      {
        p: 'Wanneer een inburgeraar verhuist naar het werkgebied van een andere partij, deelt de partij die het traject begeleidde het inburgeringsdossier mee aan de nieuwe partij. De partijen wisselen de gegevens onderling uit.',
      },
      { h: 'Artikel 2 Rechtsgrond' },
      {
        p: 'De verwerking is noodzakelijk voor de vervulling van een taak van algemeen belang (artikel 6, lid 1, e) AVG), op grond van het decreet van 7 juni 2013 betreffende het Vlaamse integratie- en inburgeringsbeleid.',
      },
      { h: 'Artikel 3 Gegevens' },
      { p: 'Gegeven 1. Naam, voornaam en geboortedatum van de inburgeraar.' },
      { p: 'Gegeven 2. Het nieuwe adres van de inburgeraar.' },
      { p: 'Gegeven 3. De stand van het inburgeringstraject: cursus maatschappelijke oriëntatie en Nederlands.' },
      { h: 'Artikel 4 Periodiciteit en kanaal' },
      { p: 'De gegevens worden telkens bij een verhuizing meegedeeld via de gedeelde toepassing van de partijen.' },
      { h: 'Artikel 5 Adviezen' },
      { p: 'De functionarissen voor gegevensbescherming gaven advies: die van AgII op 3 oktober 2023, die van Atlas op 5 oktober 2023 en die van Amal op 6 oktober 2023.' },
      { h: 'Artikel 6 Duur en sancties' },
      { p: 'Dit protocol treedt in werking op 1 januari 2024 voor onbepaalde duur. Een partij die het niet naleeft, kan worden uitgesloten van de uitwisseling.' },
      { p: 'Opgemaakt op 20 november 2023.' },
    ],
    expected: {
      title: 'Protocol voor de wederzijdse uitwisseling van persoonsgegevens tussen het Agentschap Integratie en Inburgering, Atlas en Amal',
      subject: 'in het kader van de opvolging van inburgeringstrajecten bij verhuizing',
      documentDate: '2023-11-20',
      entryIntoForce: '2024-01-01',
      indefinite: true,
      periodicity: 'on-event',
      channel: 'shared-application',
      gdpr: ['e'],
      parties: [
        { slug: 'agentschap-integratie-en-inburgering', known: true, name: 'AgII', kbo: '0543.307.391', role: 'both', dpoAdviceDate: '2023-10-03' },
        { slug: 'atlas-antwerpen', known: true, name: 'Atlas', kbo: '0421.722.346', role: 'both', dpoAdviceDate: '2023-10-05' },
        { slug: 'amal-gent', known: true, name: 'Amal', kbo: '0507.873.093', role: 'both', dpoAdviceDate: '2023-10-06' },
      ],
      items: [
        { label: 'Gegeven 1', categories: ['naam', 'geboortedatum', 'inburgeringstraject'] },
        { label: 'Gegeven 2', categories: ['contactgegevens', 'inburgeringstraject'] },
        { label: 'Gegeven 3', categories: ['inburgeringstraject', 'opleidingen'] },
      ],
    },
  },
  {
    file: 'c7-kop-voet-afbreking-tbt-leiedal.pdf',
    layout: 'kop- en voettekst op elke bladzijde, paginanummers, woorden afgebroken aan het einde van een regel',
    header: 'Protocol TBT – Leiedal | versie 1.1 | vertrouwelijk',
    footer: true,
    hyphenate: true,
    blocks: [
      {
        h: 'Protocol voor de elektronische mededeling van persoonsgegevens van Team Bedrijfstrajecten aan de intercommunale Leiedal in het kader van de begeleiding van ondernemingen op bedrijventerreinen',
      },
      { p: 'Kortrijk, 7 mei 2025' },
      { h: 'TUSSEN' },
      {
        p: 'Team Bedrijfstrajecten vzw, Koning Albert II-laan 35, 1030 Brussel, met ondernemingsnummer 0687.655.467, vertegenwoordigd door Kurt Peys, algemeen directeur, hierna "TBT", die de gegevens meedeelt,',
      },
      { h: 'EN' },
      {
        p: 'De intercommunale Leiedal, President Kennedypark 10, 8500 Kortrijk, met ondernemingsnummer 0246.881.133, vertegenwoordigd door Bart Noels, algemeen directeur, hierna "Leiedal", die de gegevens ontvangt.',
      },
      { h: 'NA TE HEBBEN UITEENGEZET' },
      {
        p: 'De ondernemingsbegeleiding op bedrijventerreinen vraagt een nauwe samenwerking tussen de partijen. Leiedal beheert de bedrijventerreinen in de regio en wil ondernemingen die er gevestigd zijn gericht informeren over de steunmaatregelen van de Vlaamse overheid. Daarvoor zijn contactgegevens en beperkte ondernemingsgegevens nodig. De functionaris voor gegevensbescherming van TBT heeft op 22 april 2025 advies gegeven; de functionaris voor gegevensbescherming van Leiedal op 24 april 2025.',
      },
      { h: 'Artikel 1 - Onderwerp' },
      { p: 'TBT deelt aan Leiedal gegevens mee over ondernemingen op de bedrijventerreinen die Leiedal beheert, zodat Leiedal hen kan informeren en begeleiden.' },
      { h: 'Artikel 2 - Rechtsgrond' },
      { p: 'De verwerking is noodzakelijk voor de vervulling van een taak van algemeen belang, zoals bedoeld in artikel 6, 1, e) AVG.' },
      { h: 'Artikel 3 - Gegevens' },
      { p: 'Gegeven 1: ondernemingsnummer, naam en vestigingsadres van de onderneming.' },
      { p: 'Gegeven 2: naam en e-mailadres van de contactpersoon van de onderneming.' },
      { p: 'Gegeven 3: de steunmaatregelen waarvoor de onderneming een dossier heeft lopen.' },
      { h: 'Artikel 4 - Periodiciteit' },
      { p: 'De gegevens worden jaarlijks meegedeeld, telkens in januari.' },
      { h: 'Artikel 5 - Wijze van mededeling' },
      { p: 'De gegevens worden per beveiligde e-mail bezorgd aan een functioneel adres van Leiedal.' },
      { h: 'Artikel 6 - Beveiliging en bewaring' },
      {
        p: 'De ontvangende partij bewaart de gegevens niet langer dan twee jaar. Alleen de bedrijfsconsulenten van Leiedal hebben toegang. Elke inbreuk in verband met persoonsgegevens wordt binnen 48 uur gemeld aan de andere partij. De partijen nemen de nodige technische en organisatorische beveiligingsmaatregelen overeenkomstig de informatieclassificatie van de Vlaamse overheid.',
      },
      { h: 'Artikel 7 - Duur en sancties' },
      { p: 'Dit protocol treedt in werking op 1 juni 2025 en eindigt op 31 december 2027. Bij niet-naleving kan TBT de mededeling stopzetten.' },
      {
        columns: [
          ['Voor TBT', 'Kurt Peys'],
          ['Voor Leiedal', 'Bart Noels'],
        ],
      },
    ],
    expected: {
      title: 'Protocol voor de elektronische mededeling van persoonsgegevens van Team Bedrijfstrajecten aan de intercommunale Leiedal',
      subject: 'in het kader van de begeleiding van ondernemingen op bedrijventerreinen',
      documentDate: '2025-05-07',
      entryIntoForce: '2025-06-01',
      endDate: '2027-12-31',
      indefinite: false,
      periodicity: 'periodic',
      channel: 'email',
      gdpr: ['e'],
      parties: [
        { slug: 'team-bedrijfstrajecten', known: true, name: 'TBT', kbo: '0687.655.467', role: 'sends', dpoAdviceDate: '2025-04-22' },
        { slug: 'leiedal', known: false, name: 'Intercommunale Leiedal', kbo: '0246.881.133', role: 'receives', dpoAdviceDate: '2025-04-24' },
      ],
      items: [
        { label: 'Gegeven 1', categories: ['ondernemingsgegevens', 'naam', 'contactgegevens'] },
        { label: 'Gegeven 2', categories: ['naam', 'contactgegevens'] },
        { label: 'Gegeven 3', categories: ['subsidiedossiers', 'dossiers-en-vragen'] },
      ],
    },
  },
  {
    file: 'c8-handtekeningen-zorg-gent.pdf',
    layout: 'handtekeningen in twee kolommen met datum per partij, inwerkingtreding bij de laatste ondertekening',
    blocks: [
      { h: 'Protocol inzake de mededeling van persoonsgegevens door het Departement Zorg aan de stad Gent in het kader van het zorgbudget voor ouderen met een zorgnood' },
      { h: 'Partijen' },
      { p: 'Het Departement Zorg, Koning Albert II-laan 15, 1210 Brussel, ondernemingsnummer 0316.380.841, hierna "ZORG", mededelende partij;' },
      { p: 'De stad Gent, Botermarkt 1, 9000 Gent, ondernemingsnummer 0207.451.227, hierna "Gent", ontvangende partij.' },
      { h: 'Overwegingen' },
      {
        p: `Dit protocol wordt gesloten op grond van artikel 8, §1, van ${decree}. De stad Gent kent een aanvullende toelage toe aan ouderen die een zorgbudget ontvangen, op grond van het besluit van de Vlaamse Regering van 30 november 2018.`,
      },
      {
        p: 'De functionaris voor gegevensbescherming van ZORG heeft op 4 maart 2024 advies gegeven. De functionaris voor gegevensbescherming van Gent heeft op 6 maart 2024 advies gegeven.',
      },
      { h: 'Artikel 1: Voorwerp en doel' },
      { p: 'ZORG deelt aan Gent mee welke inwoners van Gent een zorgbudget voor ouderen met een zorgnood ontvangen, zodat Gent de aanvullende toelage automatisch kan toekennen.' },
      { h: 'Artikel 2: Rechtsgrond' },
      { p: 'Artikel 6, 1, e) AVG en artikel 9, 2, g) AVG.' },
      { h: 'Artikel 3: Gegevens' },
      { p: 'Gegeven 1: INSZ van de inwoner.' },
      { p: 'Gegeven 2: het feit dat de inwoner een zorgbudget voor ouderen ontvangt en de begindatum ervan.' },
      { h: 'Artikel 4: Mededeling' },
      { p: 'ZORG bezorgt de gegevens driemaandelijks via een beveiligde API-koppeling.' },
      { h: 'Artikel 5: Duur' },
      {
        p: 'Dit protocol treedt in werking op de datum van de laatste ondertekening en geldt voor onbepaalde duur. Bij niet-naleving kan de mededeling worden geschorst als sanctie.',
      },
      { h: 'Ondertekening' },
      {
        columns: [
          ['Voor het Departement Zorg', 'Karine Moykens', 'secretaris-generaal', 'Getekend op 18 maart 2024'],
          ['Voor de stad Gent', 'Mathias De Clercq', 'burgemeester', 'Getekend op 25 maart 2024'],
        ],
      },
    ],
    expected: {
      title: 'Protocol inzake de mededeling van persoonsgegevens door het Departement Zorg aan de stad Gent',
      subject: 'in het kader van het zorgbudget voor ouderen met een zorgnood',
      documentDate: '2024-03-25',
      entryIntoForce: '2024-03-25',
      indefinite: true,
      periodicity: 'periodic',
      channel: 'api',
      gdpr: ['e'],
      parties: [
        { slug: 'departement-zorg', known: true, name: 'Departement Zorg', kbo: '0316.380.841', role: 'sends', dpoAdviceDate: '2024-03-04' },
        { slug: 'stad-gent', known: false, name: 'Stad Gent', kbo: '0207.451.227', role: 'receives', dpoAdviceDate: '2024-03-06' },
      ],
      items: [
        { label: 'Gegeven 1', categories: ['insz'] },
        { label: 'Gegeven 2', categories: ['gezondheidsgegevens'] },
      ],
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Drawing: positioned text on A4 pages.

const A4 = [595, 842] as const;
const margin = 60;
const bodySize = 10;
const lineGap = 14;

/** Characters the standard PDF fonts cannot draw are replaced by their plain forms. */
const safe = (text: string) => text.replace(/[^\x20-\x7e\u00a0-\u00ff“”‘’–—•…€]/g, '');

function wrap(text: string, font: PDFFont, size: number, width: number, hyphenate = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of safe(text).split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    // Break a long word over two lines with a hyphen, as a word processor does.
    if (hyphenate && /^[a-zà-ÿ]{9,}[.,;:]?$/i.test(word)) {
      for (let cut = word.length - 4; cut >= 4; cut--) {
        const head = `${line ? `${line} ` : ''}${word.slice(0, cut)}-`;
        if (font.widthOfTextAtSize(head, size) <= width) {
          lines.push(head);
          line = word.slice(cut);
          break;
        }
        if (cut === 4) {
          lines.push(line);
          line = word;
        }
      }
      continue;
    }
    if (line) lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The protocol as a PDF: headings bold, paragraphs wrapped, table cells wrapped in their column. */
export async function renderPdf(protocol: CorpusProtocol): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const width = A4[0] - 2 * margin;
  let page: PDFPage = doc.addPage([...A4]);
  let y = A4[1] - margin - (protocol.header ? 20 : 0);
  const newPage = () => {
    page = doc.addPage([...A4]);
    y = A4[1] - margin - (protocol.header ? 20 : 0);
  };
  const need = (height: number) => {
    if (y - height < margin + 20) newPage();
  };
  const text = (value: string, x: number, at: number, f = font, size = bodySize) => page.drawText(value, { x, y: at, size, font: f });

  for (const block of protocol.blocks) {
    if ('page' in block) newPage();
    else if ('h' in block) {
      const lines = wrap(block.h, bold, 11, width);
      need(lines.length * lineGap + 10);
      y -= 6;
      for (const line of lines) {
        text(line, margin, y, bold, 11);
        y -= lineGap;
      }
      y -= 4;
    } else if ('p' in block) {
      const lines = wrap(block.p, font, bodySize, width, protocol.hyphenate);
      for (const line of lines) {
        need(lineGap);
        text(line, margin, y);
        y -= lineGap;
      }
      y -= 8;
    } else if ('table' in block) {
      for (const [r, row] of block.table.entries()) {
        const cells = row.map((cell, c) => wrap(cell, r === 0 ? bold : font, 9, block.widths[c]! - 8));
        const height = Math.max(...cells.map((c) => c.length)) * 12 + 6;
        need(height);
        let x = margin;
        cells.forEach((lines, c) => {
          lines.forEach((line, i) => {
            text(line, x + 4, y - i * 12, r === 0 ? bold : font, 9);
          });
          x += block.widths[c]!;
        });
        y -= height;
      }
      y -= 8;
    } else {
      const [left, right] = block.columns;
      need(Math.max(left.length, right.length) * lineGap + 30);
      y -= 24;
      for (let i = 0; i < Math.max(left.length, right.length); i++) {
        if (left[i]) text(safe(left[i]!), margin, y);
        if (right[i]) text(safe(right[i]!), margin + width / 2 + 10, y);
        y -= lineGap;
      }
      y -= 8;
    }
  }
  const pages = doc.getPages();
  pages.forEach((p, i) => {
    if (protocol.header) p.drawText(safe(protocol.header), { x: margin, y: A4[1] - 40, size: 8, font });
    if (protocol.footer) p.drawText(`Pagina ${i + 1} van ${pages.length}`, { x: A4[0] / 2 - 30, y: 30, size: 8, font });
  });
  return doc.save();
}

// ---------------------------------------------------------------------------------------------
// Measuring a draft against the facts.

const digits = (kbo: unknown) => String(kbo ?? '').replace(/\D/g, '');

/** The facts in the shape of a protocol file, for `compareFields`. */
export function expectedData(protocol: CorpusProtocol): Record<string, unknown> {
  const e = protocol.expected;
  const senders = e.parties.filter((p) => p.role !== 'receives').map((p) => p.slug);
  const receivers = e.parties.filter((p) => p.role !== 'sends').map((p) => p.slug);
  return {
    title: e.title,
    subject: e.subject,
    documentDate: e.documentDate,
    entryIntoForce: { date: e.entryIntoForce },
    end: { ...(e.endDate ? { date: e.endDate } : {}), indefinite: e.indefinite },
    periodicity: e.periodicity,
    channel: { type: e.channel },
    legalBasis: { gdpr: e.gdpr },
    parties: e.parties.map((p) => ({ party: p.slug, role: p.role, kboAsWritten: p.kbo, ...(p.dpoAdviceDate ? { dpoAdviceDate: p.dpoAdviceDate } : {}) })),
    flows: [{ from: senders, to: receivers, dataItems: e.items.map((i) => ({ label: i.label, dataCategories: i.categories })) }],
  };
}

/**
 * The draft with the slugs it gave to parties not in the register replaced by the slugs of the
 * facts, matched by enterprise number (a new party's slug is the editor's choice, not a fact);
 * and per new party whether a party file was drafted with its enterprise number.
 */
export function alignDraft(
  draft: { data: Record<string, unknown>; newParties: { slug: string; file: string }[] },
  protocol: CorpusProtocol,
): { data: Record<string, unknown>; newPartyFiles: { slug: string; drafted: boolean }[] } {
  const rename = new Map<string, string>();
  const parties = (draft.data.parties as { party: string; kboAsWritten?: string }[] | undefined) ?? [];
  for (const p of parties) {
    const fact = protocol.expected.parties.find((f) => !f.known && f.kbo && digits(f.kbo) === digits(p.kboAsWritten));
    if (fact && draft.newParties.some((n) => n.slug === p.party)) rename.set(p.party, fact.slug);
  }
  const map = (id: string) => rename.get(id) ?? id;
  const data = JSON.parse(JSON.stringify(draft.data)) as Record<string, unknown>;
  for (const p of (data.parties as { party: string }[] | undefined) ?? []) p.party = map(p.party);
  for (const flow of (data.flows as { from: string[]; to: string[] }[] | undefined) ?? []) {
    flow.from = flow.from.map(map);
    flow.to = flow.to.map(map);
  }
  const newPartyFiles = protocol.expected.parties
    .filter((p) => !p.known)
    .map((p) => ({ slug: p.slug, drafted: draft.newParties.some((n) => rename.get(n.slug) === p.slug && digits(/kbo: "?([\d.]+)/.exec(n.file)?.[1]) === digits(p.kbo)) }));
  return { data, newPartyFiles };
}
