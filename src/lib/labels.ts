/**
 * The one home of the Dutch words for the register's ids: every closed list of enums.ts gets
 * its label here, typed from its tuple, so a new value without a word fails the type check.
 * No zod and no imports beyond enums.ts: the browser's code reads these too.
 */
import type { ChannelType, FlowKind, GdprBasis, GovernmentLevel, LegalFrameworkId, PartyRole, Periodicity, RelationType, SpecialKind, Status } from './enums.ts';

export const periodicityLabels: Record<Periodicity, string> = {
  'one-off': 'Eenmalig',
  permanent: 'Doorlopend',
  periodic: 'Periodiek',
  'on-event': 'Telkens wanneer een bepaalde situatie zich voordoet',
};

export const governmentLevelLabels: Record<GovernmentLevel, string> = {
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

export const gdprBasisLabels: Record<GdprBasis, string> = {
  a: 'toestemming van de betrokkene (AVG art. 6.1.a)',
  b: 'uitvoering van een overeenkomst (AVG art. 6.1.b)',
  c: 'een wettelijke verplichting (AVG art. 6.1.c)',
  d: 'vitale belangen (AVG art. 6.1.d)',
  e: 'een taak van algemeen belang of openbaar gezag (AVG art. 6.1.e)',
  f: 'een gerechtvaardigd belang (AVG art. 6.1.f)',
};

export const channelLabels: Record<ChannelType, string> = {
  'service-integrator': 'via de Vlaamse Dienstenintegrator',
  'drop-server': 'via een beveiligde dropserver',
  email: 'via e-mail',
  'power-bi': 'via een afgeschermde Power BI-omgeving',
  'shared-application': 'via gedeelde toepassingen',
  api: 'via een beveiligde koppeling (API)',
  other: 'via een ander kanaal',
};

export const relationLabels: Record<RelationType, string> = {
  extends: 'Breidt uit',
  replaces: 'Vervangt',
  amends: 'Wijzigt',
  ends: 'Beëindigt',
  'accedes-to': 'Treedt toe tot',
  'based-on': 'Steunt op',
};

/** The same relations seen from the other protocol ("Vervangen door"). */
export const inverseRelationLabels: Record<RelationType, string> = {
  extends: 'Uitgebreid door',
  replaces: 'Vervangen door',
  amends: 'Gewijzigd door',
  ends: 'Beëindigd door',
  'accedes-to': 'Toetreding door',
  'based-on': 'Basis voor',
};

export const legalFrameworkLabels: Record<LegalFrameworkId, { label: string; short: string }> = {
  'flemish-egov-decree': {
    label: 'artikel 8, §1, van het decreet van 18 juli 2008 betreffende het elektronische bestuurlijke gegevensverkeer (Vlaams, decreet eGov)',
    short: 'art. 8, §1, decreet eGov',
  },
  'federal-law-2018': {
    label: 'artikel 20 van de wet van 30 juli 2018 betreffende de bescherming van natuurlijke personen met betrekking tot de verwerking van persoonsgegevens (federaal)',
    short: 'art. 20 wet 30 juli 2018',
  },
};

/** What the checklist of required elements of each framework is measured against (the decree's list adds the supervisory authority's model protocol). */
export const checklistSources: Record<LegalFrameworkId, { label: string; short: string }> = {
  'flemish-egov-decree': {
    label: 'artikel 8, §1, van het decreet van 18 juli 2008 betreffende het elektronische bestuurlijke gegevensverkeer, en het modelprotocol van de Vlaamse Toezichtcommissie',
    short: 'art. 8, §1, decreet eGov',
  },
  'federal-law-2018': {
    label: 'artikel 20 van de wet van 30 juli 2018 betreffende de bescherming van natuurlijke personen met betrekking tot de verwerking van persoonsgegevens',
    short: 'art. 20 wet 30 juli 2018',
  },
};

export const flowKindLabels: Record<FlowKind, string> = {
  push: 'de verstrekker stuurt de gegevens door (push)',
  pull: 'de ontvanger vraagt de gegevens op wanneer hij ze nodig heeft (op verzoek)',
  batch: 'periodiek in één bestand of zending (batch)',
  event: 'telkens wanneer een bepaalde gebeurtenis zich voordoet',
};

export const specialKindLabels: Record<Exclude<SpecialKind, null>, string> = {
  'art-9': 'bijzondere categorie van persoonsgegevens (AVG art. 9)',
  'art-10': 'strafrechtelijke gegevens (AVG art. 10)',
};

export const statusLabels: Record<Status, string> = {
  'in-force': 'Van kracht',
  unconfirmed: 'Einde niet bevestigd',
  ended: 'Beëindigd',
  'not-yet': 'Nog niet van kracht',
  'one-off': 'Eenmalig',
};

export const statusExplanations: Record<Status, string> = {
  'in-force': 'De gegevens mogen volgens dit protocol vandaag worden doorgegeven.',
  unconfirmed:
    'Het protocol eindigt wanneer een ander document of een gebeurtenis afloopt. Het register kan niet bevestigen of het vandaag nog geldt: de woorden van de bron staan erbij. Vraag het na bij de functionaris voor gegevensbescherming van een van de partijen.',
  ended: 'Het protocol is afgelopen: er mogen geen gegevens meer op basis van dit protocol worden doorgegeven.',
  'not-yet': 'Het protocol is ondertekend, maar de gegevensuitwisseling is nog niet begonnen.',
  'one-off': 'De gegevens worden één keer doorgegeven; daarna eindigt het protocol.',
};

/**
 * The one wording of an end tied to another document or event, which the register cannot
 * confirm: "gekoppeld aan het convenant 2018–2022 — niet bevestigd". The status says
 * "Einde " before it, the period ", einde " and the end of a protocol page starts with it
 * (followed there by tiedEndExplanation).
 */
export function tiedEndText(label: string): string {
  return `gekoppeld aan ${label} — niet bevestigd`;
}

/** Why a tied end is not confirmed, where there is room to say it (the end on a protocol page). */
export const tiedEndExplanation = 'het register kan niet bevestigen of het protocol nog geldt';
