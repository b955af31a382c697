/**
 * Linked data embedded in the pages: each party page describes its party as a schema.org
 * GovernmentOrganization (with its KBO, OVO and NIS codes), each protocol page describes the
 * protocol in DPV and DCAT terms (a dataset of processing: controllers, recipients, legal
 * bases, personal-data categories, flows). `/catalogus.jsonld` links to both by their @id.
 *
 * The JSON is written into a `<script type="application/ld+json">` block: a data block, which a
 * browser never runs, so the Content-Security-Policy needs no hash or 'unsafe-inline' for it.
 * `jsonLdText` escapes `<`, `>` and `&` (and the two line separators) so that no content value can
 * close the block or open a comment, whatever it contains.
 */
import type { Party } from '../content/schemas.ts';
import { dpvPdIri, gdprDpvIri, kboUri, ovoUri } from '../content/vocabularies.ts';
import { categoryTerms, flowFacts, legalFacts, reviewOf } from '../model/identifiers.ts';
import type { ProtocolView, Register } from '../model/register.ts';
import { routes } from '../site/routes.ts';
import { legalFrameworkLabels } from '../labels.ts';

/** The @id of the organisation a party page describes, and of the protocol a protocol page describes. */
export const partyNodeId = (id: string, siteUrl: string) => new URL(routes.partyNode(id), siteUrl).href;
export const protocolNodeId = (id: string, siteUrl: string) => new URL(routes.protocolNode(id), siteUrl).href;

/** JSON for a `<script type="application/ld+json">` block: nothing in it can end the block. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c').replaceAll('>', '\\u003e').replaceAll('&', '\\u0026').replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029');
}

const identifier = (propertyID: string, value: string, url?: string) => ({ '@type': 'PropertyValue', propertyID, value, ...(url ? { url } : {}) });

/** schema.org GovernmentOrganization for a party page. */
export function partyJsonLd(register: Register, id: string, siteUrl: string): object {
  const party = register.parties.get(id) as Party;
  const page = new URL(routes.party(id), siteUrl).href;
  const names = [party.shortName, ...party.aliases, ...party.formerNames.map((f) => f.name)].filter((name) => name !== party.name);
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    '@id': partyNodeId(id, siteUrl),
    name: party.name,
    ...(names.length > 0 ? { alternateName: [...new Set(names)] } : {}),
    description: party.description,
    url: party.website ?? page,
    mainEntityOfPage: page,
    identifier: [
      identifier('register-slug', id, page),
      ...(party.kbo ? [identifier('KBO', party.kbo, kboUri(party.kbo))] : []),
      ...party.establishmentUnits.map((unit) => identifier('KBO-vestigingseenheid', unit)),
      ...(party.ovoCode ? [identifier('OVO', party.ovoCode, ovoUri(party.ovoCode))] : []),
      ...(party.nisCode ? [identifier('NIS', party.nisCode)] : []),
    ],
    sameAs: [...(party.ovoCode ? [ovoUri(party.ovoCode)] : []), ...(party.kbo && !party.legalEntity ? [kboUri(party.kbo)] : [])],
    ...(party.legalEntity
      ? {
          parentOrganization: { '@type': 'GovernmentOrganization', name: party.legalEntity, ...(party.kbo ? { identifier: identifier('KBO', party.kbo, kboUri(party.kbo)) } : {}) },
        }
      : {}),
    ...(party.address ? { address: party.address } : {}),
    ...(party.dpo ? { contactPoint: { '@type': 'ContactPoint', contactType: 'functionaris voor gegevensbescherming', email: party.dpo.email } } : {}),
    subjectOf: { '@type': 'Dataset', '@id': `${new URL(routes.catalog(), siteUrl).href}#partij-${id}`, url: new URL(routes.partyJson(id), siteUrl).href },
  };
}

const context = {
  dpv: 'https://w3id.org/dpv#',
  pd: 'https://w3id.org/dpv/pd#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const text = (value: string) => ({ '@value': value, '@language': 'nl' });
const date = (value: string) => ({ '@value': value, '@type': 'xsd:date' });

/** DPV and DCAT for a protocol page: the protocol as a dataset of processing. */
export function protocolJsonLd(register: Register, protocol: ProtocolView, siteUrl: string): object {
  const { data } = protocol;
  const page = new URL(routes.protocol(protocol.id), siteUrl).href;
  const party = (id: string) => ({ '@id': partyNodeId(id, siteUrl) });
  const legal = legalFacts(data);
  const act = (a: { title: string; href?: string }) => ({ ...(a.href ? { '@id': a.href } : {}), '@type': 'dpv:Law', 'dct:title': text(a.title) });
  const personalData = (categories: string[]) =>
    categories.map((id) => {
      const category = register.dataCategories.get(id);
      const terms = category ? categoryTerms(category) : undefined;
      return {
        '@id': new URL(routes.dataCategory(id), siteUrl).href,
        '@type': terms?.special ? ['dpv:PersonalData', 'dpv:SpecialCategoryPersonalData'] : 'dpv:PersonalData',
        'dct:title': text(category?.label ?? id),
        ...(terms && terms.dpv.length > 0 ? { 'dct:subject': terms.dpv.map((t) => ({ '@id': t.iri })) } : {}),
        ...(terms?.special ? { 'dct:description': text(terms.specialLabel!) } : {}),
      };
    });
  const review = reviewOf(data, register.today);
  return {
    '@context': context,
    '@id': protocolNodeId(protocol.id, siteUrl),
    '@type': ['dcat:Dataset', 'dpv:Process'],
    'dct:identifier': protocol.id,
    'dct:title': text(data.title),
    'dct:description': text(data.summary),
    'dct:issued': date(data.documentDate),
    'dct:temporal': {
      '@type': 'dct:PeriodOfTime',
      'dcat:startDate': date(data.entryIntoForce.date),
      ...(data.end.date ? { 'dcat:endDate': date(data.end.date) } : {}),
    },
    // The date the parties will review the protocol (the end of its current validity as reviewed).
    ...(review ? { 'dct:valid': date(review.date) } : {}),
    'dcat:landingPage': { '@id': page },
    'dct:isPartOf': { '@id': `${new URL(routes.catalog(), siteUrl).href}#protocollen` },
    'dct:conformsTo': { '@type': 'dpv:Law', 'dct:title': text(legalFrameworkLabels[legal.framework].label), 'dct:identifier': legal.framework },
    'dpv:hasDataController': data.parties.map((p) => party(p.party)),
    'dpv:hasRecipient': protocol.receivers.map(party),
    'dpv:hasLegalBasis': [...data.legalBasis.gdpr.map((letter) => ({ '@id': gdprDpvIri(letter) })), ...legal.acts.map(act)],
    'dpv:hasPurpose': data.purposes.map((p) => ({ '@type': 'dpv:Purpose', 'dct:description': text(p.text) })),
    'dpv:hasPersonalData': personalData(protocol.categories),
    'dpv:hasDataSubject': data.dataSubjects.map((subject) => ({ '@type': 'dpv:DataSubject', 'dct:description': text(subject) })),
    'dpv:hasProcess': data.flows.map((flow, index) => {
      const facts = flowFacts(flow);
      const categories = [...new Set(flow.dataItems.flatMap((item) => item.dataCategories))];
      const sources = [...new Set(flow.dataItems.flatMap((item) => (item.sourceRegister ? [item.sourceRegister] : [])))];
      return {
        '@id': `${page}#stroom-${index + 1}`,
        '@type': 'dpv:Process',
        'dpv:hasProcessing': { '@id': 'dpv:Disclose' },
        'dpv:hasDataController': flow.from.map(party),
        'dpv:hasRecipient': flow.to.map(party),
        'dpv:hasPersonalData': categories.map((id) => ({ '@id': new URL(routes.dataCategory(id), siteUrl).href })),
        ...(sources.length > 0 ? { 'dpv:hasDataSource': sources.map((source) => ({ '@type': 'dpv:DataSource', 'dct:title': text(source) })) } : {}),
        ...(facts?.kindCode ? { 'dct:type': facts.kindCode, 'dct:description': text(facts.kind!) } : {}),
        ...(facts?.trigger ? { 'dpv:hasContext': text(facts.trigger) } : {}),
        ...(facts?.authorisingAct ? { 'dpv:hasLegalBasis': act(facts.authorisingAct) } : {}),
      };
    }),
  };
}

/** The pd: IRIs a protocol's data map to (for tests and the catalogue). */
export function protocolDpvTerms(register: Register, protocol: ProtocolView): string[] {
  return [...new Set(protocol.categories.flatMap((id) => register.dataCategories.get(id)?.dpv ?? []).map(dpvPdIri))];
}
