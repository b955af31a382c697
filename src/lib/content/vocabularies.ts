/**
 * Identifiers and vocabularies that other registers speak: the Flemish organisation register's
 * OVO numbers, NIS codes of municipalities, Belgian ELI URIs of acts, W3C DPV terms for GDPR
 * legal bases and personal-data categories, the two legal frameworks a protocol is concluded
 * under, and the kinds of flow. The zod pieces here are used by `schemas.ts`; the lookups by
 * the exports, the pages and the JSON-LD.
 */
import { z } from 'astro/zod';

/** OVO number in Wegwijs, the Flemish organisation register: "OVO" and six digits. */
export const ovoPattern = /^OVO\d{6}$/;
export const ovoCode = z
  .string({ error: 'moet een OVO-code zijn, als tekst (bv. "OVO000000")' })
  .regex(ovoPattern, { error: 'moet de vorm OVO000000 hebben (OVO en zes cijfers); laat weg als je de code niet zeker kent' });

/** The linked-data URI of an organisation in the Flemish organisation register. */
export const ovoUri = (code: string) => `https://data.vlaanderen.be/id/organisatie/${code}`;

/** The public KBO page of an enterprise number (KBO Public Search). */
export const kboPublicUrl = (kbo: string) => `https://kbopub.economie.fgov.be/kbopub/zoeknummerform.html?nummer=${kbo.replace(/\D/g, '')}&actionLu=Zoek`;

/** The linked-data URI of a registered entity in the Belgian organisation register (BelGIF). */
export const kboUri = (kbo: string) => `https://org.belgif.be/id/CbeRegisteredEntity/${kbo.replace(/\D/g, '')}`;

/** NIS code (INS code) of a municipality or other territorial unit: five digits (bv. 11002 Antwerpen). */
export const nisCode = z
  .string({ error: 'moet een NIS-code zijn, als tekst tussen aanhalingstekens (bv. "44021")' })
  .regex(/^\d{5}$/, { error: 'moet vijf cijfers zijn (bv. "44021" voor Gent); laat weg als je de code niet zeker kent' });

/**
 * A Belgian ELI (European Legislation Identifier) of the Belgian Official Journal:
 * https://www.ejustice.just.fgov.be/eli/<type>/<yyyy>/<mm>/<dd>/<numac>[/justel|/staatsblad|…].
 * The official form starts with http://; it is published as https://.
 */
export const eliPattern = /^https?:\/\/www\.ejustice\.just\.fgov\.be\/eli\/([a-z-]+)\/(\d{4})\/(\d{2})\/(\d{2})\/(\d{9,10})(?:\/(justel|staatsblad|moniteur))?\/?$/;
export const eliUri = z
  .string({ error: 'moet een ELI-adres zijn, als tekst' })
  .trim()
  .transform((value, ctx) => {
    const match = eliPattern.exec(value);
    const date = match ? `${match[2]}-${match[3]}-${match[4]}` : '';
    const parsed = new Date(`${date}T00:00:00Z`);
    const real = match && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
    if (!match || !real) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value.slice(0, 120)}" is geen Belgische ELI (verwacht: https://www.ejustice.just.fgov.be/eli/<soort>/<jjjj>/<mm>/<dd>/<numac>/justel)`,
        params: { fix: 'kopieer de ELI van de akte op www.ejustice.just.fgov.be (bv. https://www.ejustice.just.fgov.be/eli/decreet/2008/07/18/…/justel), of laat het veld weg' },
      });
      return z.NEVER;
    }
    return value.replace(/^http:/, 'https:').replace(/\/$/, '');
  });

/** The GDPR art. 6(1) bases as DPV legal-basis IRIs. */
export const gdprDpvBase = 'https://w3id.org/dpv/legal/eu/gdpr#';
export const gdprDpvIri = (letter: string) => `${gdprDpvBase}A6-1-${letter}`;

/** A DPV personal-data term: "pd:OfficialID" or its full IRI. */
export const dpvPdBase = 'https://w3id.org/dpv/pd#';
export const dpvPdTerm = z
  .string({ error: 'moet een DPV-term zijn, als tekst (bv. "pd:OfficialID")' })
  .trim()
  .regex(/^(?:pd:|https:\/\/w3id\.org\/dpv\/pd#)[A-Z][A-Za-z0-9]{1,80}$/, {
    error: 'moet een term uit het DPV-persoonsgegevensvocabularium zijn, bv. "pd:OfficialID" of "https://w3id.org/dpv/pd#OfficialID"',
  })
  .transform((value) => value.replace(dpvPdBase, 'pd:'));
/** "pd:OfficialID" → "https://w3id.org/dpv/pd#OfficialID". */
export const dpvPdIri = (term: string) => term.replace(/^pd:/, dpvPdBase);

/** The legal frameworks under which a protocol is concluded. */
export const legalFrameworks = ['flemish-egov-decree', 'federal-law-2018'] as const;
export type LegalFrameworkId = (typeof legalFrameworks)[number];

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

/**
 * The framework of a protocol: the controlled value when the editor gives it, else read from
 * the free text (a federal "protocol van akkoord" names the law of 30 July 2018), else the
 * Flemish decree, under which every protocol of this register was concluded so far.
 */
export function legalFrameworkOf(protocol: { legalFrameworkId?: LegalFrameworkId; legalFramework: string }): LegalFrameworkId {
  if (protocol.legalFrameworkId) return protocol.legalFrameworkId;
  return /30 juli 2018/i.test(protocol.legalFramework) && !/18 juli 2008|decreet/i.test(protocol.legalFramework) ? 'federal-law-2018' : 'flemish-egov-decree';
}

/** How the data of a flow travel (after the Dutch "Gegevens bij besluiten" register). */
export const flowKinds = ['push', 'pull', 'batch', 'event'] as const;
export type FlowKind = (typeof flowKinds)[number];
export const flowKindLabels: Record<FlowKind, string> = {
  push: 'de verstrekker stuurt de gegevens door (push)',
  pull: 'de ontvanger vraagt de gegevens op wanneer hij ze nodig heeft (op verzoek)',
  batch: 'periodiek in één bestand of zending (batch)',
  event: 'telkens wanneer een bepaalde gebeurtenis zich voordoet',
};

/** The special-category flag of a data category, in GDPR terms. */
export type SpecialKind = 'art-9' | 'art-10' | null;
export function specialKindOf(category: { specialCategory: boolean; criminalData?: boolean }): SpecialKind {
  if (category.criminalData) return 'art-10';
  return category.specialCategory ? 'art-9' : null;
}
export const specialKindLabels: Record<Exclude<SpecialKind, null>, string> = {
  'art-9': 'bijzondere categorie van persoonsgegevens (AVG art. 9)',
  'art-10': 'strafrechtelijke gegevens (AVG art. 10)',
};

/** An act cited as legal basis or as the act that authorises a flow, with its ELI when known. */
export const citedAct = z.object({
  title: z
    .string({ error: 'moet een tekst zijn' })
    .trim()
    .min(1, { error: 'mag niet leeg zijn' })
    .max(600, { error: (issue) => `is te lang: ${String(issue.input ?? '').length} tekens, hoogstens 600` })
    .describe('De akte zoals de bron ze noemt (bv. "Decreet van 8 juli 2022 over de werk- en zorgtrajecten, artikel 46")'),
  eli: eliUri.optional().describe('ELI van de akte in het Belgisch Staatsblad'),
});
export type CitedAct = z.output<typeof citedAct>;
