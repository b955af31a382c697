/**
 * Identifiers and vocabularies that other registers speak: the Flemish organisation register's
 * OVO numbers, NIS codes of municipalities, Belgian ELI URIs of acts, W3C DPV terms for GDPR
 * legal bases and personal-data categories, the two legal frameworks a protocol is concluded
 * under, and the kinds of flow (their ids are in ../enums.ts, their words in ../labels.ts). The zod pieces here are used by `schemas.ts`; the lookups by
 * the exports, the pages and the JSON-LD.
 * No zod here: the browser's search code reaches this module (through the checklist), and zod
 * probes for eval, which the Content-Security-Policy refuses. The field schemas are in
 * `vocabulary-fields.ts`.
 */
import type { LegalFrameworkId, SpecialKind } from '../enums.ts';

/** OVO number in Wegwijs, the Flemish organisation register: "OVO" and six digits. */
export const ovoPattern = /^OVO\d{6}$/;

/** The linked-data URI of an organisation in the Flemish organisation register. */
export const ovoUri = (code: string) => `https://data.vlaanderen.be/id/organisatie/${code}`;

/** The public KBO page of an enterprise number (KBO Public Search). */
export const kboPublicUrl = (kbo: string) => `https://kbopub.economie.fgov.be/kbopub/zoeknummerform.html?nummer=${kbo.replace(/\D/g, '')}&actionLu=Zoek`;

/** The linked-data URI of a registered entity in the Belgian organisation register (BelGIF). */
export const kboUri = (kbo: string) => `https://org.belgif.be/id/CbeRegisteredEntity/${kbo.replace(/\D/g, '')}`;

/** NIS code (INS code) of a municipality or other territorial unit: five digits (bv. 11002 Antwerpen). */

/**
 * A Belgian ELI (European Legislation Identifier) of the Belgian Official Journal:
 * https://www.ejustice.just.fgov.be/eli/<type>/<yyyy>/<mm>/<dd>/<numac>[/justel|/staatsblad|…].
 * The official form starts with http://; it is published as https://.
 */
export const eliPattern = /^https?:\/\/www\.ejustice\.just\.fgov\.be\/eli\/([a-z-]+)\/(\d{4})\/(\d{2})\/(\d{2})\/(\d{9,10})(?:\/(justel|staatsblad|moniteur))?\/?$/;

/** The GDPR art. 6(1) bases as DPV legal-basis IRIs. */
export const gdprDpvBase = 'https://w3id.org/dpv/legal/eu/gdpr#';
export const gdprDpvIri = (letter: string) => `${gdprDpvBase}A6-1-${letter}`;

/** A DPV personal-data term: "pd:OfficialID" or its full IRI. */
export const dpvPdBase = 'https://w3id.org/dpv/pd#';
/** "pd:OfficialID" → "https://w3id.org/dpv/pd#OfficialID". */
export const dpvPdIri = (term: string) => term.replace(/^pd:/, dpvPdBase);

/**
 * The framework of a protocol: the controlled value when the editor gives it, else read from
 * the free text (a federal "protocol van akkoord" names the law of 30 July 2018), else the
 * Flemish decree, under which every protocol of this register was concluded so far.
 */
export function legalFrameworkOf(protocol: { legalFrameworkId?: LegalFrameworkId; legalFramework: string }): LegalFrameworkId {
  if (protocol.legalFrameworkId) return protocol.legalFrameworkId;
  return /30 juli 2018/i.test(protocol.legalFramework) && !/18 juli 2008|decreet/i.test(protocol.legalFramework) ? 'federal-law-2018' : 'flemish-egov-decree';
}

/** The special-category flag of a data category, in GDPR terms. */
export function specialKindOf(category: { specialCategory: boolean; criminalData?: boolean }): SpecialKind {
  if (category.criminalData) return 'art-10';
  return category.specialCategory ? 'art-9' : null;
}
/** An act cited as legal basis or as the act that authorises a flow, with its ELI when known. */
export interface CitedAct {
  title: string;
  eli?: string;
}
