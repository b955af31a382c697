/**
 * The open-data records: one zod schema per JSON export, the functions that fill them from the
 * register, and the JSON Schemas published under /schema/ (generated from the same zod
 * schemas, so the published schema and the files can never disagree).
 */
import { z } from 'astro/zod';
import type { ProtocolView, Register } from '../model/register.ts';
import { partyFlowsOf } from '../model/register.ts';
import { statusText } from '../model/describe.ts';
import { routes } from '../site/routes.ts';
import { ovoUri } from '../content/vocabularies.ts';
import { categoryTerms, flowFacts, legalFacts, reviewOf, sourceRegisters } from '../model/identifiers.ts';
import { periodicityLabels, roleLabels, statusLabels } from '../labels.ts';
import { flowKinds, legalFrameworks, partyRoles, periodicities, statuses } from '../enums.ts';

/**
 * Version of the export format. v2 (issue 22) adds identifiers and vocabularies of other
 * registers to v1 without changing or removing a v1 property; /schema/v1/ stays published and
 * accepts the added properties, so a consumer that validates against v1 keeps working.
 * docs/export-schema-changelog.md says what changed.
 */
export const exportVersion = 'v2';
export const exportVersions = ['v1', 'v2'] as const;
export type ExportVersion = (typeof exportVersions)[number];

export const licence = {
  id: 'CC0-1.0',
  name: 'Creative Commons Zero 1.0 (publiek domein)',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl',
} as const;

/** Paths of the published JSON Schemas, per export (the current version). */
export const schemaPaths = {
  protocols: routes.schema(exportVersion, 'protocollen'),
  party: routes.schema(exportVersion, 'partij'),
} as const;

/** Paths of the JSON Schemas of one version. */
export const schemaPathsOf = (version: ExportVersion) => ({ protocols: routes.schema(version, 'protocollen'), party: routes.schema(version, 'partij') });

const partyRef = z.object({
  id: z.string().describe('Vaste identificatie (slug) van de partij in het register'),
  url: z.url().describe('Canonieke URL van de partijpagina'),
  name: z.string(),
  shortName: z.string(),
  kbo: z.string().nullable().describe('Ondernemingsnummer (KBO), gedeeld door veel Vlaamse diensten'),
  establishmentUnits: z.array(z.string()).describe('Vestigingseenheidsnummers'),
  ovoCode: z.string().nullable().describe('OVO-code in de Vlaamse organisatiedatabank'),
});

const protocolParty = partyRef.extend({
  role: z.enum(partyRoles),
  roleLabel: z.string(),
});

export const protocolRecordSchema = z.object({
  id: z.string().describe('Vaste identificatie (slug) van het protocol'),
  url: z.url().describe('Canonieke URL van de protocolpagina'),
  title: z.string(),
  subject: z.string(),
  summary: z.string(),
  documentDate: z.iso.date(),
  status: z.enum(statuses),
  statusLabel: z.string(),
  statusText: z.string().describe('Status zoals de site ze toont, bv. met waaraan het einde gekoppeld is'),
  statusComputedOn: z.iso.date(),
  entryIntoForce: z.iso.date(),
  endDate: z.iso.date().nullable(),
  indefinite: z.boolean(),
  endTiedTo: z.object({ kind: z.string(), label: z.string(), quote: z.string(), expectedDate: z.iso.date().optional() }).nullable(),
  periodicity: z.enum(periodicities),
  periodicityLabel: z.string(),
  parties: z.array(protocolParty),
  flows: z.array(z.object({ from: z.string(), to: z.string(), dataCategories: z.array(z.string()) })),
  dataCategories: z.array(z.string()),
  specialCategories: z.boolean(),
  legalBasis: z.object({ gdpr: z.array(z.string()), articles: z.array(z.string()), compatibility: z.string().optional() }),
  retention: z.string(),
  checklist: z.object({ present: z.number().int(), total: z.number().int(), missing: z.array(z.string()) }),
});

const meta = {
  $schema: z.string().describe('URL van het JSON Schema van dit bestand'),
  generated: z.iso.date().describe('Bouwdatum: de dag waarvoor de statussen berekend zijn'),
  licence: z.object({ id: z.string(), name: z.string(), url: z.url() }),
};

const protocolsExportSchemaV1 = z.object({ ...meta, protocols: z.array(protocolRecordSchema) });

const relationV1 = z.object({ counterparts: z.array(z.string()), dataCategories: z.array(z.string()), protocol: protocolRecordSchema });

const partyExportSchemaV1 = z.object({
  ...meta,
  party: partyRef.extend({
    formerNames: z.array(z.object({ name: z.string(), shortName: z.string().optional(), until: z.iso.date() })),
    website: z.string().nullable(),
    privacyPage: z.string().nullable(),
    dpoEmail: z.string().nullable(),
    feed: z.url(),
  }),
  sends: z.array(relationV1),
  receives: z.array(relationV1),
});

// v2: the v1 records with the identifiers and vocabularies of other registers added.
const partyRefV2 = partyRef.extend({
  ovoUri: z.url().nullable().describe('URI van de organisatie in Wegwijs: https://data.vlaanderen.be/id/organisatie/OVO…'),
  nisCode: z.string().nullable().describe('NIS-code (INS-code) van een lokaal bestuur'),
});
const act = z.object({ title: z.string(), eli: z.url().nullable().describe('ELI van de akte in het Belgisch Staatsblad') });

export const protocolRecordSchemaV2 = protocolRecordSchema.extend({
  parties: z.array(partyRefV2.extend({ role: z.enum(partyRoles), roleLabel: z.string() })),
  legalFramework: z.object({
    id: z.enum(legalFrameworks).describe('flemish-egov-decree: art. 8 §1 decreet eGov; federal-law-2018: art. 20 wet 30 juli 2018'),
    label: z.string(),
    text: z.string().describe('Het kader zoals het protocol het noemt'),
  }),
  legalBasis: z.object({
    gdpr: z.array(z.string()),
    dpv: z.array(z.url()).describe('De AVG-gronden als DPV-termen (https://w3id.org/dpv/legal/eu/gdpr#A6-1-…)'),
    articles: z.array(z.string()),
    acts: z.array(act).describe('De geciteerde akten, met ELI waar bekend'),
    compatibility: z.string().optional(),
  }),
  dataFlows: z
    .array(
      z.object({
        from: z.array(z.string()),
        to: z.array(z.string()),
        mutual: z.boolean(),
        kind: z.enum(flowKinds).nullable().describe('push, pull (op verzoek), batch (periodiek) of event (bij een gebeurtenis)'),
        kindLabel: z.string().nullable(),
        trigger: z.string().nullable(),
        authorisingAct: act.nullable(),
        dataItems: z.array(z.object({ label: z.string(), dataCategories: z.array(z.string()), specialCategory: z.boolean(), sourceRegister: z.string().nullable() })),
      }),
    )
    .describe('De gegevensstromen zoals het protocol ze beschrijft, met hun soort, aanleiding en machtigende akte'),
  dataCategoryTerms: z
    .array(z.object({ id: z.string(), label: z.string(), dpv: z.array(z.url()), special: z.enum(['art-9', 'art-10']).nullable() }))
    .describe('Per soort gegevens de DPV-termen en of het om bijzondere (AVG art. 9) of strafrechtelijke gegevens (art. 10) gaat'),
  sourceRegisters: z.array(z.string()).describe('Authentieke bronnen waaruit de gegevens komen'),
  reviewDate: z.iso.date().nullable(),
  reviewPassed: z.boolean().describe('De herzieningsdatum ligt voor statusComputedOn'),
  checklist: z.object({ framework: z.enum(legalFrameworks), present: z.number().int(), total: z.number().int(), missing: z.array(z.string()) }),
});

export const protocolsExportSchema = z.object({ ...meta, protocols: z.array(protocolRecordSchemaV2) });

const relation = z.object({ counterparts: z.array(z.string()), dataCategories: z.array(z.string()), protocol: protocolRecordSchemaV2 });

export const partyExportSchema = z.object({
  ...meta,
  party: partyRefV2.extend({
    formerNames: z.array(z.object({ name: z.string(), shortName: z.string().optional(), until: z.iso.date() })),
    website: z.string().nullable(),
    privacyPage: z.string().nullable(),
    dpoEmail: z.string().nullable(),
    feed: z.url(),
  }),
  sends: z.array(relation),
  receives: z.array(relation),
});

export type ProtocolRecord = z.infer<typeof protocolRecordSchemaV2>;

/** Removes `additionalProperties: false` everywhere: a schema that accepts later additions. */
function open(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(open);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => !(key === 'additionalProperties' && value === false))
      .map(([key, value]) => [key, open(value)]),
  );
}

/**
 * The JSON Schema documents of a version, generated from the zod schemas. v1 keeps every v1
 * property as it was and accepts the properties v2 added (so v2 files validate against it);
 * the current version is strict.
 */
export function jsonSchemas(siteUrl: string, version: ExportVersion = exportVersion): Record<keyof typeof schemaPaths, object> {
  const paths = schemaPathsOf(version);
  const document = (schema: z.ZodType, path: string, title: string) => {
    const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' });
    return { ...(version === 'v1' ? (open(generated) as object) : generated), $id: new URL(path, siteUrl).href, title };
  };
  const [protocols, party] = version === 'v1' ? [protocolsExportSchemaV1, partyExportSchemaV1] : [protocolsExportSchema, partyExportSchema];
  return {
    protocols: document(protocols, paths.protocols, `Protocollenregister: alle protocollen (${version})`),
    party: document(party, paths.party, `Protocollenregister: één partij en haar protocollen (${version})`),
  };
}

function partyReference(register: Register, id: string, siteUrl: string) {
  const party = register.parties.get(id);
  return {
    id,
    url: new URL(routes.party(id), siteUrl).href,
    name: party?.name ?? id,
    shortName: party?.shortName ?? id,
    kbo: party?.kbo ?? null,
    establishmentUnits: party?.establishmentUnits ?? [],
    ovoCode: party?.ovoCode ?? null,
    ovoUri: party?.ovoCode ? ovoUri(party.ovoCode) : null,
    nisCode: party?.nisCode ?? null,
  };
}

// A protocol's record is the same in every export of one build (all protocols, and each of its
// parties' files): made once per protocol view and address.
const records = new WeakMap<ProtocolView, Map<string, ProtocolRecord>>();

export function protocolRecord(protocol: ProtocolView, register: Register, siteUrl: string): ProtocolRecord {
  const bySite = records.get(protocol) ?? new Map<string, ProtocolRecord>();
  records.set(protocol, bySite);
  const record = bySite.get(siteUrl) ?? makeProtocolRecord(protocol, register, siteUrl);
  bySite.set(siteUrl, record);
  return record;
}

function makeProtocolRecord(protocol: ProtocolView, register: Register, siteUrl: string): ProtocolRecord {
  const { data } = protocol;
  const legal = legalFacts(data);
  const review = reviewOf(data, register.today);
  return {
    id: protocol.id,
    url: new URL(routes.protocol(protocol.id), siteUrl).href,
    title: data.title,
    subject: data.subject,
    summary: data.summary,
    documentDate: data.documentDate,
    status: protocol.status,
    statusLabel: statusLabels[protocol.status],
    statusText: statusText(data, protocol.status),
    statusComputedOn: register.today,
    entryIntoForce: data.entryIntoForce.date,
    endDate: data.end.date ?? null,
    indefinite: data.end.indefinite,
    endTiedTo: data.end.tiedTo ?? null,
    periodicity: data.periodicity,
    periodicityLabel: periodicityLabels[data.periodicity],
    parties: data.parties.map((p) => ({ ...partyReference(register, p.party, siteUrl), role: p.role, roleLabel: roleLabels[p.role] })),
    flows: protocol.pairs.map((pair) => ({ from: pair.from, to: pair.to, dataCategories: pair.dataCategories })),
    dataCategories: protocol.categories,
    specialCategories: data.specialCategories,
    legalBasis: {
      gdpr: data.legalBasis.gdpr,
      dpv: legal.gdpr.map((basis) => basis.iri),
      articles: data.legalBasis.articles,
      acts: legal.acts.map((a) => ({ title: a.title, eli: a.href ?? null })),
      ...(data.legalBasis.compatibility ? { compatibility: data.legalBasis.compatibility } : {}),
    },
    retention: data.retention.summary,
    checklist: {
      framework: protocol.checklist.framework,
      present: protocol.checklist.present,
      total: protocol.checklist.total,
      missing: protocol.checklist.missing.map((m) => m.id),
    },
    legalFramework: { id: legal.framework, label: legal.frameworkLabel, text: data.legalFramework },
    dataFlows: data.flows.map((flow) => {
      const facts = flowFacts(flow);
      return {
        from: flow.from,
        to: flow.to,
        mutual: flow.mutual,
        kind: facts?.kindCode ?? null,
        kindLabel: facts?.kind ?? null,
        trigger: facts?.trigger ?? null,
        authorisingAct: facts?.authorisingAct ? { title: facts.authorisingAct.title, eli: facts.authorisingAct.href ?? null } : null,
        dataItems: flow.dataItems.map((item) => ({
          label: item.label,
          dataCategories: item.dataCategories,
          specialCategory: item.specialCategory,
          sourceRegister: item.sourceRegister ?? null,
        })),
      };
    }),
    dataCategoryTerms: protocol.categories.map((id) => {
      const category = register.dataCategories.get(id);
      const terms = category ? categoryTerms(category) : { dpv: [], special: null };
      return { id, label: category?.label ?? id, dpv: terms.dpv.map((t) => t.iri), special: terms.special };
    }),
    sourceRegisters: sourceRegisters(data),
    reviewDate: review?.date ?? null,
    reviewPassed: review?.passed ?? false,
  };
}

function metaFor(register: Register, siteUrl: string, schema: string) {
  return { $schema: new URL(schema, siteUrl).href, generated: register.today, licence: { ...licence } };
}

export function protocolsExport(register: Register, siteUrl: string): z.infer<typeof protocolsExportSchema> {
  return { ...metaFor(register, siteUrl, schemaPaths.protocols), protocols: register.protocols.map((p) => protocolRecord(p, register, siteUrl)) };
}

export function partyExport(register: Register, id: string, siteUrl: string): z.infer<typeof partyExportSchema> {
  const party = register.parties.get(id)!;
  const { sends, receives } = partyFlowsOf(register, id);
  const relation = (r: (typeof sends)[number]) => ({ counterparts: r.counterparts, dataCategories: r.categories, protocol: protocolRecord(r.protocol, register, siteUrl) });
  return {
    ...metaFor(register, siteUrl, schemaPaths.party),
    party: {
      ...partyReference(register, id, siteUrl),
      formerNames: party.formerNames,
      website: party.website ?? null,
      privacyPage: party.privacyPage ?? null,
      dpoEmail: party.dpo?.email ?? null,
      feed: new URL(routes.partyFeed(id), siteUrl).href,
    },
    sends: sends.map(relation),
    receives: receives.map(relation),
  };
}
