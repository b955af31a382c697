/** Dutch (nl-BE) formatting helpers for the visible text. */
import type { Periodicity, PartyRole } from './content/schemas.ts';

export const dutchMonths = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2025-12-15" → "15 december 2025". */
export function formatDate(iso: string): string {
  const [year, month = 1, day] = iso.split('-').map(Number);
  return `${day} ${dutchMonths[month - 1]} ${year}`;
}

/** Joins names as Dutch prose: "A", "A en B", "A, B en C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`;
}

export const periodicityLabels: Record<Periodicity, string> = {
  'one-off': 'Eenmalig',
  permanent: 'Doorlopend',
  periodic: 'Periodiek',
  'on-event': 'Telkens wanneer een bepaalde situatie zich voordoet',
};

export const governmentLevelLabels: Record<string, string> = {
  flemish: 'Vlaamse overheid',
  federal: 'federale overheid',
  local: 'lokale overheid',
  other: 'andere',
};

export const roleLabels: Record<PartyRole, string> = {
  sends: 'deelt gegevens mee',
  receives: 'ontvangt gegevens',
  both: 'deelt mee en ontvangt',
};

export const gdprBasisLabels: Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', string> = {
  a: 'toestemming van de betrokkene (AVG art. 6.1.a)',
  b: 'uitvoering van een overeenkomst (AVG art. 6.1.b)',
  c: 'een wettelijke verplichting (AVG art. 6.1.c)',
  d: 'vitale belangen (AVG art. 6.1.d)',
  e: 'een taak van algemeen belang of openbaar gezag (AVG art. 6.1.e)',
  f: 'een gerechtvaardigd belang (AVG art. 6.1.f)',
};

export const channelLabels: Record<string, string> = {
  'service-integrator': 'via de Vlaamse Dienstenintegrator',
  'drop-server': 'via een beveiligde dropserver',
  email: 'via e-mail',
  'power-bi': 'via een afgeschermde Power BI-omgeving',
  'shared-application': 'via gedeelde toepassingen',
  api: 'via een beveiligde koppeling (API)',
  other: 'via een ander kanaal',
};

export const relationLabels: Record<string, string> = {
  extends: 'Breidt uit',
  replaces: 'Vervangt',
  amends: 'Wijzigt',
  ends: 'Beëindigt',
  'accedes-to': 'Treedt toe tot',
  'based-on': 'Steunt op',
};

/** The same relations seen from the other protocol ("Vervangen door"). */
export const inverseRelationLabels: Record<string, string> = {
  extends: 'Uitgebreid door',
  replaces: 'Vervangen door',
  amends: 'Gewijzigd door',
  ends: 'Beëindigd door',
  'accedes-to': 'Toetreding door',
  'based-on': 'Basis voor',
};

/** "1 verbinding", "3 verbindingen": a count with the right form of the word. */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "1 protocol", "3 protocollen". */
export function protocolCount(count: number): string {
  return countOf(count, 'protocol', 'protocollen');
}

/** "Agentschap Innoveren en Ondernemen (VLAIO)", or just the name when the short name is the same. */
export function partyFullName(party: { name: string; shortName: string }): string {
  return party.shortName === party.name ? party.name : `${party.name} (${party.shortName})`;
}
