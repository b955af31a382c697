/**
 * The open-data records: one zod schema per JSON export, the functions that fill them from the
 * register, and the JSON Schemas published under /schema/ (generated from the same zod
 * schemas, so the published schema and the files can never disagree).
 */
import { z } from 'astro/zod';
import type { ProtocolView, Register } from '../model/register.ts';
import { relationsOfParty } from '../model/register.ts';
import { statusLabels } from '../model/status.ts';
import { statusText } from '../model/describe.ts';
import { periodicityLabels } from '../format.ts';
import { periodicities, partyRoles } from '../content/schemas.ts';
import { routes } from '../site/routes.ts';

/** Version of the export format; a breaking change gets a new folder under /schema/. */
export const exportVersion = 'v1';

export const licence = {
  id: 'CC0-1.0',
  name: 'Creative Commons Zero 1.0 (publiek domein)',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl',
} as const;

const statuses = Object.keys(statusLabels) as (keyof typeof statusLabels)[];

/** Paths of the published JSON Schemas, per export. */
export const schemaPaths = {
  protocols: routes.schema(exportVersion, 'protocollen'),
  party: routes.schema(exportVersion, 'partij'),
} as const;

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

export const protocolsExportSchema = z.object({ ...meta, protocols: z.array(protocolRecordSchema) });

const relation = z.object({ counterparts: z.array(z.string()), dataCategories: z.array(z.string()), protocol: protocolRecordSchema });

export const partyExportSchema = z.object({
  ...meta,
  party: partyRef.extend({
    formerNames: z.array(z.object({ name: z.string(), shortName: z.string().optional(), until: z.iso.date() })),
    website: z.string().nullable(),
    privacyPage: z.string().nullable(),
    dpoEmail: z.string().nullable(),
    feed: z.url(),
  }),
  sends: z.array(relation),
  receives: z.array(relation),
});

export type ProtocolRecord = z.infer<typeof protocolRecordSchema>;

/** The JSON Schema documents, generated from the zod schemas. */
export function jsonSchemas(siteUrl: string): Record<keyof typeof schemaPaths, object> {
  const document = (schema: z.ZodType, path: string, title: string) => ({
    ...z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }),
    $id: new URL(path, siteUrl).href,
    title,
  });
  return {
    protocols: document(protocolsExportSchema, schemaPaths.protocols, 'Protocollenregister: alle protocollen'),
    party: document(partyExportSchema, schemaPaths.party, 'Protocollenregister: één partij en haar protocollen'),
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
  };
}

const roleLabels = { sends: 'deelt mee', receives: 'ontvangt', both: 'deelt mee en ontvangt' } as const;

export function protocolRecord(protocol: ProtocolView, register: Register, siteUrl: string): ProtocolRecord {
  const { data } = protocol;
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
    legalBasis: data.legalBasis,
    retention: data.retention.summary,
    checklist: { present: protocol.checklist.present, total: protocol.checklist.total, missing: protocol.checklist.missing.map((m) => m.id) },
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
  const { sends, receives } = relationsOfParty(register, id);
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
