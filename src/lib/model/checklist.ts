/**
 * What a protocol must contain: article 8, §1, of the decree of 18 July 2008 on electronic
 * administrative data traffic (as amended in 2018) and the template of the Vlaamse
 * Toezichtcommissie. Modelled once; every protocol is measured against it from its structured
 * data and its text. A present element says the protocol addresses it, not that it is good.
 */
import type { Protocol } from '../content/schemas.ts';

export const checklistSource = {
  label: 'artikel 8, §1, van het decreet van 18 juli 2008 betreffende het elektronische bestuurlijke gegevensverkeer, en het modelprotocol van de Vlaamse Toezichtcommissie',
  short: 'art. 8, §1, decreet eGov',
} as const;

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
    check: (p) => ({ present: p.purposes.length > 0, note: `${p.purposes.length} ${p.purposes.length === 1 ? 'doel' : 'doelen'}` }),
  },
  {
    id: 'data',
    label: 'categorieën van persoonsgegevens',
    check: (p) => {
      const items = p.flows.reduce((sum, flow) => sum + flow.dataItems.length, 0);
      return { present: items > 0, note: `${items} ${items === 1 ? 'gegeven' : 'gegevens'} beschreven` };
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

export type ChecklistElementId = (typeof elements)[number]['id'];

/** The elements in order, with their labels, for headings and overviews. */
export const checklistElements: readonly { id: ChecklistElementId; label: string }[] = elements.map(({ id, label }) => ({ id, label }));

export interface Checklist {
  findings: ChecklistFinding[];
  present: number;
  total: number;
  missing: ChecklistFinding[];
}

/** Measures one protocol: its frontmatter and the text of its body. */
export function checklistOf(protocol: Protocol, text: string): Checklist {
  const findings = elements.map((element) => ({ id: element.id, ...element.check(protocol, text) }));
  const missing = findings.filter((finding) => !finding.present);
  return { findings, present: findings.length - missing.length, total: findings.length, missing };
}

const labelOf = new Map<string, string>(checklistElements.map((element) => [element.id, element.label]));

export function checklistLabel(id: ChecklistElementId): string {
  return labelOf.get(id) ?? id;
}

/** "Bevat 11 van de 12 verplichte onderdelen; ontbreekt: sancties". */
export function checklistSummary(checklist: Checklist): string {
  const head = `Bevat ${checklist.present} van de ${checklist.total} verplichte onderdelen`;
  if (checklist.missing.length === 0) return `${head}.`;
  return `${head}; ontbreekt: ${checklist.missing.map((m) => checklistLabel(m.id)).join(', ')}.`;
}
