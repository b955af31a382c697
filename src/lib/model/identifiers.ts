/**
 * What the pages show of the identifiers and vocabularies that other registers speak: a party's
 * KBO, OVO and NIS codes with links to their public registers; a protocol's legal framework,
 * its GDPR bases as DPV terms, the acts it cites with their ELI; what kind of flow each flow
 * is; the source register of each data item; the review date. Pure; pages only render it.
 */
import type { DataCategory, Flow, Party, Protocol } from '../content/schemas.ts';
import { dpvPdIri, gdprDpvIri, kboPublicUrl, legalFrameworkOf, ovoUri, specialKindOf, type CitedAct } from '../content/vocabularies.ts';
import type { ProtocolView, Register } from './register.ts';
import { flowKindLabels, legalFrameworkLabels, specialKindLabels } from '../labels.ts';
import type { LegalFrameworkId, SpecialKind } from '../enums.ts';

export interface IdentifierLink {
  label: string;
  value: string;
  href?: string;
  /** Where the link leads, in plain Dutch. */
  register?: string;
}

/** The identifiers of a party, in the order a reader looks for them. */
export function partyIdentifiers(party: Party): IdentifierLink[] {
  const kbo = 'Kruispuntbank van Ondernemingen';
  const list: IdentifierLink[] = [];
  if (party.kbo) list.push({ label: 'Ondernemingsnummer (KBO)', value: party.kbo, href: kboPublicUrl(party.kbo), register: kbo });
  for (const unit of party.establishmentUnits) list.push({ label: 'Vestigingseenheid', value: unit, href: kboPublicUrl(unit), register: kbo });
  if (party.ovoCode) list.push({ label: 'OVO-code', value: party.ovoCode, href: ovoUri(party.ovoCode), register: 'Wegwijs, de Vlaamse organisatiedatabank' });
  if (party.nisCode) list.push({ label: 'NIS-code', value: party.nisCode });
  return list;
}

export interface ActLink {
  title: string;
  href?: string;
}

const actLink = (act: CitedAct): ActLink => ({ title: act.title, href: act.eli });

export interface LegalFacts {
  framework: LegalFrameworkId;
  frameworkLabel: string;
  /** Whether the editor set the framework, or the register read it from the text. */
  frameworkExplicit: boolean;
  gdpr: { letter: string; iri: string }[];
  acts: ActLink[];
}

export function legalFacts(data: Protocol): LegalFacts {
  const framework = legalFrameworkOf(data);
  return {
    framework,
    frameworkLabel: legalFrameworkLabels[framework].label,
    frameworkExplicit: Boolean(data.legalFrameworkId),
    gdpr: data.legalBasis.gdpr.map((letter) => ({ letter, iri: gdprDpvIri(letter) })),
    acts: (data.legalBasis.acts ?? []).map(actLink),
  };
}

export interface FlowFacts {
  kind?: string;
  kindCode?: Flow['kind'];
  trigger?: string;
  authorisingAct?: ActLink;
}

/** What kind of flow it is, when the protocol says so; undefined when it says nothing. */
export function flowFacts(flow: Flow): FlowFacts | undefined {
  if (!flow.kind && !flow.trigger && !flow.authorisingAct) return undefined;
  return {
    kind: flow.kind && flowKindLabels[flow.kind],
    kindCode: flow.kind,
    trigger: flow.trigger,
    authorisingAct: flow.authorisingAct && actLink(flow.authorisingAct),
  };
}

export interface CategoryTerms {
  dpv: { term: string; iri: string }[];
  special: SpecialKind;
  specialLabel?: string;
}

export function categoryTerms(category: DataCategory): CategoryTerms {
  const special = specialKindOf(category);
  return {
    dpv: (category.dpv ?? []).map((term) => ({ term, iri: dpvPdIri(term) })),
    special,
    specialLabel: special ? specialKindLabels[special] : undefined,
  };
}

export interface Review {
  date: string;
  /** The review date lies before the day the register was built for. */
  passed: boolean;
}

export function reviewOf(data: Protocol, today: string): Review | undefined {
  return data.reviewDate ? { date: data.reviewDate, passed: data.reviewDate < today } : undefined;
}

/** The protocols with a review date, the ones whose date has passed first, each group by date. */
export function reviewList(register: Register): { protocol: ProtocolView; review: Review }[] {
  return register.protocols
    .flatMap((protocol) => {
      const review = reviewOf(protocol.data, register.today);
      return review ? [{ protocol, review }] : [];
    })
    .sort((a, b) => Number(b.review.passed) - Number(a.review.passed) || a.review.date.localeCompare(b.review.date) || a.protocol.id.localeCompare(b.protocol.id));
}

/** The source registers ("authentieke bronnen") a protocol's data come from, in order of appearance. */
export function sourceRegisters(data: Protocol): string[] {
  return [...new Set(data.flows.flatMap((flow) => flow.dataItems.flatMap((item) => (item.sourceRegister ? [item.sourceRegister] : []))))];
}
