/**
 * Words a citizen will not know, explained once in plain Dutch on /begrippen/. The first use of
 * such a word in a protocol text links to its explanation.
 */
import { routes } from '../site/routes.ts';

export interface GlossaryTerm {
  /** Anchor on /begrippen/. */
  id: string;
  term: string;
  /** Forms in which the word appears in texts (matched whole, case-insensitive). */
  forms: string[];
  definition: string;
}

export const glossary: readonly GlossaryTerm[] = [
  {
    id: 'protocol',
    term: 'Protocol',
    forms: ['protocol'],
    definition:
      'Een afspraak tussen overheden die persoonsgegevens elektronisch aan elkaar doorgeven. Ze staat in artikel 8 van het decreet eGov en zegt welke gegevens, waarom, hoe en hoe lang. Elke partij moet het protocol op haar website publiceren.',
  },
  {
    id: 'avg',
    term: 'AVG',
    forms: ['AVG', 'algemene verordening gegevensbescherming', 'GDPR'],
    definition:
      'De Algemene Verordening Gegevensbescherming: de Europese privacywet (in het Engels GDPR). Ze zegt wanneer een organisatie persoonsgegevens mag gebruiken en welke rechten u hebt.',
  },
  {
    id: 'insz',
    term: 'INSZ',
    forms: ['INSZ', 'INSZ-nummer', 'identificatienummer van de sociale zekerheid', 'rijksregisternummer'],
    definition: 'Het identificatienummer van de sociale zekerheid. Voor de meeste mensen is dat hun rijksregisternummer. Met dat nummer kan een overheid u zeker herkennen.',
  },
  {
    id: 'functionaris',
    term: 'Functionaris voor gegevensbescherming (DPO)',
    forms: ['functionaris voor gegevensbescherming', 'functionarissen voor gegevensbescherming', 'DPO', 'FG'],
    definition:
      'De privacyverantwoordelijke van een organisatie. Bij hem of haar kunt u terecht met vragen over uw gegevens en om uw rechten uit te oefenen. Elke overheid moet er een hebben.',
  },
  {
    id: 'verwerkingsverantwoordelijke',
    term: 'Verwerkingsverantwoordelijke',
    forms: ['verwerkingsverantwoordelijke', 'verwerkingsverantwoordelijken'],
    definition: 'De organisatie die beslist waarom en hoe persoonsgegevens worden gebruikt. Zij is verantwoordelijk als er iets misloopt.',
  },
  {
    id: 'verwerker',
    term: 'Verwerker',
    forms: ['verwerker', 'verwerkers'],
    definition: 'Een bedrijf of dienst die persoonsgegevens verwerkt in opdracht van een overheid, bijvoorbeeld een IT-leverancier. De overheid blijft verantwoordelijk.',
  },
  {
    id: 'rechtsgrond',
    term: 'Rechtsgrond',
    forms: ['rechtsgrond', 'rechtsgronden', 'rechtvaardigingsgrond', 'rechtvaardigingsgronden'],
    definition: 'De reden in de wet waarom een overheid persoonsgegevens mag gebruiken, bijvoorbeeld omdat een decreet haar een taak geeft (AVG artikel 6).',
  },
  {
    id: 'bijzondere-persoonsgegevens',
    term: 'Bijzondere persoonsgegevens',
    forms: ['bijzondere persoonsgegevens', 'bijzondere categorieën van persoonsgegevens', 'gevoelige gegevens'],
    definition:
      'Extra gevoelige gegevens: over uw gezondheid, afkomst, godsdienst, politieke overtuiging, vakbondslidmaatschap, seksuele geaardheid, of strafrechtelijke feiten. Ze zijn extra beschermd (AVG artikelen 9 en 10).',
  },
  {
    id: 'betrokkene',
    term: 'Betrokkene',
    forms: ['betrokkene', 'betrokkenen'],
    definition: 'De persoon over wie de gegevens gaan.',
  },
  {
    id: 'proportionaliteit',
    term: 'Proportionaliteit',
    forms: ['proportionaliteit', 'proportioneel'],
    definition: 'Een overheid mag alleen de gegevens vragen die ze echt nodig heeft voor haar doel, en niet meer.',
  },
  {
    id: 'bewaartermijn',
    term: 'Bewaartermijn',
    forms: ['bewaartermijn', 'bewaartermijnen'],
    definition: 'Hoe lang de ontvanger de gegevens mag bijhouden. Daarna moet hij ze wissen.',
  },
  {
    id: 'dienstenintegrator',
    term: 'Dienstenintegrator',
    forms: ['dienstenintegrator', 'Vlaamse Dienstenintegrator'],
    definition:
      'Een overheidsdienst die gegevens veilig van de ene dienst naar de andere brengt en controleert wie welke gegevens mag krijgen, zoals de Vlaamse Dienstenintegrator.',
  },
  {
    id: 'kbo',
    term: 'KBO en ondernemingsnummer',
    forms: ['KBO', 'Kruispuntbank van Ondernemingen', 'ondernemingsnummer'],
    definition: 'De Kruispuntbank van Ondernemingen en het nummer waaronder een onderneming of overheid daarin staat. Veel Vlaamse diensten delen hetzelfde nummer.',
  },
  {
    id: 'vtc',
    term: 'Vlaamse Toezichtcommissie',
    forms: ['Vlaamse Toezichtcommissie', 'VTC'],
    definition: 'De Vlaamse toezichthouder op de verwerking van persoonsgegevens door Vlaamse overheden. U kunt er een klacht indienen.',
  },
  {
    id: 'led',
    term: 'LED',
    forms: ['LED', 'Leer- en Ervaringsbewijzendatabank'],
    definition: "De Leer- en Ervaringsbewijzendatabank: de Vlaamse databank met diploma's, getuigschriften en andere bewijzen van wat iemand geleerd heeft.",
  },
  {
    id: 'isced',
    term: 'ISCED',
    forms: ['ISCED'],
    definition: 'Een internationale indeling van opleidingen en studiegebieden, van de Verenigde Naties (UNESCO).',
  },
];

/** The glossary in Dutch alphabetical order, as /begrippen/ lists it. */
export const glossaryByTerm: readonly GlossaryTerm[] = [...glossary].sort((a, b) => a.term.localeCompare(b.term, 'nl'));

export function glossaryHref(id: string): string {
  return routes.glossary(id);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern per term: any of its forms as a whole word; acronyms match case-sensitively. */
export const glossaryPatterns: readonly { term: GlossaryTerm; pattern: RegExp }[] = glossary.map((term) => {
  const acronyms = term.forms.filter((form) => /^[A-Z]{2,}$/.test(form));
  const words = term.forms.filter((form) => !acronyms.includes(form));
  const parts = [...words.map((w) => `(?:${escapeRegExp(w)})`), ...acronyms.map((a) => `(?-i:${escapeRegExp(a)})`)];
  // Longest forms first, so "functionaris voor gegevensbescherming" wins over shorter forms.
  parts.sort((a, b) => b.length - a.length);
  return { term, pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${parts.join('|')})(?![\\p{L}\\p{N}-])`, 'iu') };
});
