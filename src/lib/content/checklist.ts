/**
 * What a protocol must contain. Two lists, one per legal framework:
 * - article 8, §1, of the Flemish decree of 18 July 2008 on electronic administrative data
 *   traffic (as amended in 2018) and the template of the Vlaamse Toezichtcommissie;
 * - article 20 of the federal law of 30 July 2018 (a "protocol van akkoord" of a federal body).
 * Modelled once; every protocol is measured against the list of its own framework from its
 * structured data and its text. A present element says the protocol addresses it, not that it
 * is good.
 */
import type { Protocol } from './schemas.ts';
import { legalFrameworkOf } from './vocabularies.ts';
import type { LegalFrameworkId } from '../enums.ts';
import { checklistSources } from '../labels.ts';
import { countOf } from '../format.ts';

/** The Flemish decree's list: the framework of every protocol that names no other. */
export const checklistSource = checklistSources['flemish-egov-decree'];

export interface ChecklistFinding {
  id: ChecklistElementId;
  present: boolean;
  /** Where the register found it, or what is missing, in plain Dutch. */
  note: string;
}

interface ChecklistElement {
  id: string;
  /** Plain Dutch, lower case, usable in a sentence ("ontbreekt: sancties"). */
  label: string;
  check: (protocol: Protocol, text: string) => { present: boolean; note: string };
}

const mentions = (text: string, pattern: RegExp) => pattern.test(text);

const elements = [
  {
    id: 'parties',
    label: 'identificatie van de partijen en hun functionarissen voor gegevensbescherming',
    check: (p, text) => {
      const dpo = mentions(text, /functionaris(sen)? voor (de )?gegevensbescherming|\bDPO\b|data protection officer/i);
      return {
        present: p.parties.length >= 2 && dpo,
        note: dpo ? `${p.parties.length} partijen en hun functionarissen genoemd` : 'de tekst noemt geen functionaris voor gegevensbescherming',
      };
    },
  },
  {
    id: 'purposes',
    label: 'doeleinden',
    check: (p) => ({ present: p.purposes.length > 0, note: countOf(p.purposes.length, 'doel', 'doelen') }),
  },
  {
    id: 'data',
    label: 'categorieën van persoonsgegevens',
    check: (p) => {
      const items = p.flows.reduce((sum, flow) => sum + flow.dataItems.length, 0);
      return { present: items > 0, note: `${countOf(items, 'gegeven', 'gegevens')} beschreven` };
    },
  },
  {
    id: 'recipients',
    label: 'categorieën van ontvangers',
    check: (p) => {
      const present = p.recipients.internal.length > 0 || p.recipients.thirdParties.length > 0 || Boolean(p.recipients.onwardSharing);
      return { present, note: present ? 'ontvangers binnen de organisatie of derden beschreven' : 'geen ontvangers beschreven' };
    },
  },
  {
    id: 'legal-basis',
    label: 'rechtsgrond',
    check: (p) => ({
      present: p.legalBasis.gdpr.length > 0 && p.legalBasis.articles.length > 0,
      note:
        p.legalBasis.articles.length > 0 ? `AVG art. 6.1 ${p.legalBasis.gdpr.join(', ')} en ${p.legalBasis.articles.length} regelgeving` : 'geen specifieke regelgeving genoemd',
    }),
  },
  {
    id: 'channel',
    label: 'manier van doorgeven',
    check: (p) => ({ present: Boolean(p.channel.description), note: p.channel.description }),
  },
  {
    id: 'security',
    label: 'beveiligingsmaatregelen',
    check: (p) => ({ present: p.securityMeasures.length > 0, note: p.securityMeasures.length > 0 ? `${p.securityMeasures.length} maatregelen` : 'geen maatregelen beschreven' }),
  },
  {
    id: 'rights',
    label: 'rechten van de betrokkenen en hun beperkingen',
    check: (_p, text) => {
      const present = mentions(text, /rechten van de betrokkene|rechten van betrokkenen|beperking(en)? van (de )?rechten|artikel 23 (van de )?AVG/i);
      return { present, note: present ? 'de tekst behandelt de rechten van de betrokkenen' : 'de tekst zegt niets over de rechten van de betrokkenen' };
    },
  },
  {
    id: 'periodicity',
    label: 'periodiciteit',
    check: (p) => ({ present: true, note: p.periodicityNote ?? 'vastgelegd' }),
  },
  {
    id: 'duration',
    label: 'duur van het protocol',
    check: (p) => {
      const present = Boolean(p.end.date || p.end.indefinite || p.end.tiedTo || p.end.note || p.periodicity === 'one-off');
      return { present, note: present ? 'einddatum, onbepaalde duur of eindvoorwaarde vastgelegd' : 'geen einddatum, duur of eindvoorwaarde' };
    },
  },
  {
    id: 'sanctions',
    label: 'sancties',
    check: (_p, text) => {
      const present = mentions(text, /sanctie/i);
      return { present, note: present ? 'de tekst bevat een bepaling over sancties' : 'de tekst zegt niet wat er gebeurt als het protocol niet wordt nageleefd' };
    },
  },
  {
    id: 'dpo-advice',
    label: 'advies van de functionaris van elke partij',
    check: (p) => {
      const without = p.parties.filter((party) => !party.dpoAdviceDate).map((party) => party.alias ?? party.party);
      return { present: without.length === 0, note: without.length === 0 ? 'adviesdatum voor elke partij' : `geen adviesdatum voor ${without.join(', ')}` };
    },
  },
] as const satisfies readonly ChecklistElement[];

const flemish = Object.fromEntries(elements.map((element) => [element.id, element])) as Record<(typeof elements)[number]['id'], ChecklistElement>;
const mentionsDpoContact = (text: string) =>
  /functionaris(sen)? voor (de )?gegevensbescherming|\bDPO\b|data protection officer/i.test(text) && /@|e-?mail|telefoon|contactgegevens/i.test(text);

/**
 * Article 20 of the federal law of 30 July 2018: parties, controllers, DPO contacts, purposes,
 * categories and format, recipients, legal basis, communication rules, specific measures,
 * restrictions of rights, rights at the recipient, periodicity, duration, sanctions.
 */
const federalElements = [
  {
    id: 'parties',
    label: 'identificatie van de federale overheid die de gegevens doorgeeft en van de ontvanger',
    check: (p: Protocol) => ({ present: p.parties.length >= 2, note: `${p.parties.length} partijen` }),
  },
  {
    id: 'controllers',
    label: 'identificatie van de verwerkingsverantwoordelijken',
    check: (_p: Protocol, text: string) => {
      const present = mentions(text, /verwerkingsverantwoordelijke|verantwoordelijke voor de verwerking/i);
      return { present, note: present ? 'de tekst noemt de verwerkingsverantwoordelijken' : 'de tekst noemt geen verwerkingsverantwoordelijke' };
    },
  },
  {
    id: 'dpo-contacts',
    label: 'contactgegevens van de betrokken functionarissen voor gegevensbescherming',
    check: (_p: Protocol, text: string) => {
      const present = mentionsDpoContact(text);
      return { present, note: present ? 'functionarissen en hun contactgegevens genoemd' : 'de tekst geeft geen contactgegevens van de functionarissen' };
    },
  },
  { ...flemish.purposes, id: 'purposes' },
  {
    id: 'data-and-format',
    label: 'categorieën van persoonsgegevens en hun formaat',
    check: (p: Protocol, text: string) => {
      const base = flemish.data.check(p, text);
      const format = mentions(text, /formaat|format|bestandsformaat|XML|JSON|CSV/i);
      return { present: base.present && format, note: format ? base.note : `${base.note}; het formaat van de gegevens is niet vermeld` };
    },
  },
  { ...flemish.recipients, id: 'recipients' },
  { ...flemish['legal-basis'], id: 'legal-basis' },
  { ...flemish.channel, id: 'channel', label: 'nadere regels voor de mededeling' },
  { ...flemish.security, id: 'security', label: 'specifieke maatregelen voor de mededeling' },
  {
    id: 'restrictions',
    label: 'beperkingen van de rechten van de betrokkene',
    check: (_p: Protocol, text: string) => {
      const present = mentions(text, /beperking(en)? van (de )?rechten|artikel 23 (van de )?AVG|geen beperking/i);
      return { present, note: present ? 'de tekst behandelt de beperkingen van de rechten' : 'de tekst zegt niets over beperkingen van de rechten van de betrokkene' };
    },
  },
  {
    id: 'rights-at-recipient',
    label: 'rechten van de betrokkene bij de ontvanger',
    check: (_p: Protocol, text: string) => {
      const present = mentions(text, /rechten van de betrokkene|rechten van betrokkenen/i);
      return { present, note: present ? 'de tekst zegt hoe de betrokkene zijn rechten uitoefent' : 'de tekst zegt niet hoe de betrokkene zijn rechten bij de ontvanger uitoefent' };
    },
  },
  { ...flemish.periodicity, id: 'periodicity' },
  { ...flemish.duration, id: 'duration' },
  { ...flemish.sanctions, id: 'sanctions' },
] as const satisfies readonly ChecklistElement[];

export type ChecklistElementId = (typeof elements)[number]['id'] | (typeof federalElements)[number]['id'];

const lists: Record<LegalFrameworkId, readonly ChecklistElement[]> = { 'flemish-egov-decree': elements, 'federal-law-2018': federalElements };

/** The elements of a framework in order, with their labels, for headings and overviews. */
export function checklistElementsOf(framework: LegalFrameworkId): readonly { id: ChecklistElementId; label: string }[] {
  return lists[framework].map(({ id, label }) => ({ id: id as ChecklistElementId, label }));
}

/** The Flemish decree's elements (the default framework). */
export const checklistElements = checklistElementsOf('flemish-egov-decree');

export interface Checklist {
  /** The legal framework whose list this is. */
  framework: LegalFrameworkId;
  findings: ChecklistFinding[];
  present: number;
  total: number;
  missing: ChecklistFinding[];
}

/** Measures one protocol against the list of its framework: its frontmatter and the text of its body. */
export function checklistOf(protocol: Protocol, text: string): Checklist {
  const framework = legalFrameworkOf(protocol);
  const findings = lists[framework].map((element) => ({ id: element.id as ChecklistElementId, ...element.check(protocol, text) }));
  const missing = findings.filter((finding) => !finding.present);
  return { framework, findings, present: findings.length - missing.length, total: findings.length, missing };
}

const labelsOf = Object.fromEntries(Object.entries(lists).map(([framework, list]) => [framework, new Map(list.map((element) => [element.id, element.label]))])) as Record<
  LegalFrameworkId,
  Map<string, string>
>;

/** The label of an element in the list of a framework (the Flemish one by default). */
export function checklistLabel(id: ChecklistElementId, framework: LegalFrameworkId = 'flemish-egov-decree'): string {
  return labelsOf[framework].get(id) ?? labelsOf['federal-law-2018'].get(id) ?? labelsOf['flemish-egov-decree'].get(id) ?? id;
}

/** "Bevat 11 van de 12 verplichte onderdelen; ontbreekt: sancties". */
export function checklistSummary(checklist: Checklist): string {
  const head = `Bevat ${checklist.present} van de ${checklist.total} verplichte onderdelen`;
  if (checklist.missing.length === 0) return `${head}.`;
  return `${head}; ontbreekt: ${checklist.missing.map((m) => checklistLabel(m.id, checklist.framework)).join(', ')}.`;
}
