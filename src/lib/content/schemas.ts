/**
 * Zod schemas for the three content collections: parties, data categories and protocols.
 *
 * These schemas check the shape of one entry at a time. Checks that need several entries
 * (does this party exist? does this data category exist?) live in `validate.ts`.
 * The same schemas are used by `src/content.config.ts` (Astro) and by `npm run check`.
 */
import { z } from 'astro/zod';
import { isValidKbo, isValidEstablishmentUnit } from './kbo.ts';
import { citedAct, dpvPdTerm, nisCode, ovoCode } from './vocabulary-fields.ts';
import { channelTypes, endLinkKinds, flowKinds, gdprBases, governmentLevels, legalFrameworks, partyKinds, partyRoles, periodicities, relationTypes } from '../enums.ts';

/** A party or protocol slug: lowercase letters, digits and hyphens. It is the URL. */
export const slug = z.string({ error: 'moet een tekst zijn (een slug zoals "vdab")' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: 'moet een slug zijn: kleine letters, cijfers en koppeltekens (bv. "departement-zorg")',
});

/**
 * A calendar date, written as YYYY-MM-DD. YAML parsers may already turn such a value into a
 * Date; both are accepted and normalised to the string form, which is what the site uses.
 */
export const isoDate = z.union([z.string(), z.date()], { error: 'moet een datum zijn in de vorm JJJJ-MM-DD' }).transform((value, ctx) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is geen datum in de vorm JJJJ-MM-DD (bv. 2025-12-15)` });
    return z.NEVER;
  }
  const parsed = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text) {
    ctx.addIssue({ code: 'custom', message: `"${text}" bestaat niet als kalenderdatum` });
    return z.NEVER;
  }
  return text;
});

/**
 * Maximum lengths per kind of text. Content comes from outsiders: a 20,000-character title
 * would be published on every list, feed and export. The full text belongs in the body.
 */
export const maxLength = { name: 200, shortName: 60, title: 400, label: 120, line: 600, paragraph: 4000 } as const;

/** A non-empty text of at most `max` characters; the message says how long it is. */
const textOf = (max: number) =>
  z
    .string({ error: 'moet een tekst zijn' })
    .trim()
    .min(1, { error: 'mag niet leeg zijn' })
    .max(max, { error: (issue) => `is te lang: ${String(issue.input ?? '').length} tekens, hoogstens ${max}` });
/** Free text in a field: a sentence or a paragraph. */
const text = textOf(maxLength.paragraph);
const name = textOf(maxLength.name);
const shortName = textOf(maxLength.shortName);
const title = textOf(maxLength.title);
const label = textOf(maxLength.label);
const line = textOf(maxLength.line);
/**
 * Web addresses: https only, with a real host name. Content is untrusted, so "javascript:",
 * "data:" and plain http are refused where the link is published.
 */
const url = z
  .url({
    protocol: /^https$/,
    hostname: z.regexes.domain,
    error: 'moet een volledig webadres zijn dat begint met https:// (andere soorten links worden niet gepubliceerd)',
  })
  .refine((value) => !/^[a-z]+:\/\/[^/?#]*@/i.test(value), {
    error: 'mag geen gebruikersgegevens bevatten ("…@" vóór de host): zo een adres leidt naar een andere website dan het lijkt',
  });
const email = z.email({ error: 'moet een e-mailadres zijn (naam@domein.be)' }).max(maxLength.label);

export const kboNumber = z
  .string({ error: 'moet een ondernemingsnummer zijn, als tekst tussen aanhalingstekens (bv. "0316.380.841")' })
  .regex(/^[01]\d{3}\.\d{3}\.\d{3}$/, {
    error: 'moet de vorm 0XXX.XXX.XXX of (sinds 2023) 1XXX.XXX.XXX hebben (bv. "0316.380.841")',
  })
  .refine(isValidKbo, {
    error: 'controlegetal klopt niet: de laatste twee cijfers moeten 97 min (de eerste acht cijfers modulo 97) zijn',
  });

export const establishmentUnitNumber = z
  .string({ error: 'moet een vestigingseenheidsnummer zijn, als tekst (bv. "2.199.310.197")' })
  .regex(/^[2-8]\.\d{3}\.\d{3}\.\d{3}$/, { error: 'moet de vorm 2.XXX.XXX.XXX hebben' })
  .refine(isValidEstablishmentUnit, { error: 'controlegetal van het vestigingseenheidsnummer klopt niet' });

/** Slugs a page had before: their URLs keep working and lead to the current page. */
const formerSlugs = z.array(slug).default([]).describe('Vroegere slugs van deze pagina; hun URL blijft werken en verwijst door');

export const partySchema = z.object({
  name: name.describe('Officiële naam, voluit'),
  formerSlugs,
  shortName: shortName.describe('Afkorting of korte naam zoals burgers ze kennen (bv. VDAB)'),
  aliases: z.array(name).default([]).describe('Andere schrijfwijzen en afkortingen, vindbaar in de zoekfunctie'),
  formerNames: z
    .array(
      z.object({
        name,
        shortName: shortName.optional(),
        until: isoDate.describe('Laatste dag waarop deze naam gold'),
      }),
    )
    .default([]),
  kind: z.enum(partyKinds, { error: `moet een van deze zijn: ${partyKinds.join(', ')}` }),
  legalForm: line.describe('Rechtsvorm zoals in de bron (bv. "extern verzelfstandigd agentschap")'),
  legalEntity: name.optional().describe('Rechtspersoon waarvoor de partij optreedt (bv. "Vlaams Gewest")'),
  governmentLevel: z.enum(governmentLevels, { error: `moet een van deze zijn: ${governmentLevels.join(', ')}` }),
  policyDomain: label.describe('Beleidsdomein, gebruikt om de graaf te groeperen'),
  kbo: kboNumber.optional(),
  establishmentUnits: z.array(establishmentUnitNumber).default([]),
  // Identifiers of other registers (issue 22): only values verified in a public source.
  ovoCode: ovoCode.optional().describe('OVO-code in Wegwijs, de Vlaamse organisatiedatabank (data.vlaanderen.be/id/organisatie/OVO…)'),
  nisCode: nisCode.optional().describe('NIS-code (INS-code) van de gemeente of het gebied, voor lokale besturen'),
  address: line.optional(),
  website: url.optional(),
  privacyPage: url.optional(),
  dpo: z
    .object({
      email: email.describe('Functioneel adres (dpo@…, privacy@…) eerder dan een persoonlijk adres'),
      phone: label.optional(),
      note: line.optional(),
    })
    .optional(),
  description: text.describe('Eén of twee zinnen in gewone taal: wat doet deze organisatie?'),
});

export const dataCategorySchema = z.object({
  label: label.describe('Naam in gewone taal'),
  description: text.describe('Korte uitleg voor burgers'),
  synonyms: z.array(label).default([]).describe('Woorden die burgers gebruiken, vindbaar in de zoekfunctie'),
  specialCategory: z.boolean({ error: 'moet true of false zijn' }).default(false).describe('Bijzondere persoonsgegevens (AVG art. 9 of 10)'),
  nationalId: z.boolean({ error: 'moet true of false zijn' }).default(false).describe('Nationaal identificatienummer (INSZ)'),
  // Vocabularies of other registers (issue 22).
  dpv: z.array(dpvPdTerm).optional().describe('Termen uit het DPV-persoonsgegevensvocabularium (bv. "pd:OfficialID")'),
  criminalData: z.boolean({ error: 'moet true of false zijn' }).optional().describe('Strafrechtelijke gegevens (AVG art. 10); dan ook specialCategory: true'),
});

/** A group of people in a life situation ("werkzoekenden"), for citizens who start from their situation. */
export const dataSubjectGroupSchema = z.object({
  label: label.describe('Naam van de groep in gewone taal, meervoud (bv. "Werkzoekenden")'),
  situation: label.describe('De situatie in de ik-vorm, voor de startpagina (bv. "Ik zoek werk")'),
  description: text.describe('Wie hoort bij deze groep, in één of twee zinnen'),
  synonyms: z.array(label).default([]).describe('Woorden die burgers gebruiken, vindbaar in de zoekfunctie'),
});

const dataItem = z.object({
  label: label.describe('Nummer of naam zoals in de bron (bv. "Gegeven 1")'),
  description: text.describe('Omschrijving van het gegeven zoals in de bron'),
  dataCategories: z.array(slug).min(1, { error: 'noem minstens één gegevenscategorie uit content/data-categories' }),
  proportionality: text.optional().describe('Verantwoording van de proportionaliteit, zoals in de bron'),
  specialCategory: z.boolean({ error: 'moet true of false zijn' }).default(false),
  sourceRegister: label.optional().describe('Authentieke bron waaruit het gegeven komt (bv. "LED", "KBO", "Rijksregister")'),
});

export const flowSchema = z.object({
  from: z.array(slug).min(1, { error: 'noem minstens één partij die meedeelt' }),
  to: z.array(slug).min(1, { error: 'noem minstens één partij die ontvangt' }),
  mutual: z.boolean().default(false).describe('Iedere partij in "from" deelt mee aan iedere andere partij in "to" (wederzijdse uitwisseling)'),
  dataItems: z.array(dataItem).min(1, { error: 'noem minstens één gegeven dat wordt meegedeeld' }),
  // What kind of flow (issue 22), after the Dutch "Gegevens bij besluiten" register.
  kind: z.enum(flowKinds, { error: `moet een van deze zijn: ${flowKinds.join(', ')}` }).optional(),
  trigger: line.optional().describe('Wanneer de gegevens stromen, in gewone woorden (bv. "bij elke nieuwe aanvraag")'),
  authorisingAct: citedAct.optional().describe('De akte die deze stroom toelaat'),
});

export const protocolSchema = z
  .object({
    title,
    subject: title.describe('"in het kader van …"'),
    summary: textOf(1500).describe('Twee of drie zinnen in gewone taal voor burgers'),
    documentDate: isoDate,
    legalFramework: line,
    legalFrameworkId: z
      .enum(legalFrameworks, { error: `moet een van deze zijn: ${legalFrameworks.join(', ')}` })
      .optional()
      .describe('Het kader als vaste waarde: flemish-egov-decree (art. 8 §1 decreet eGov) of federal-law-2018 (art. 20 wet 30 juli 2018)'),
    reviewDate: isoDate.optional().describe('Datum waarop de partijen het protocol opnieuw bekijken'),
    parties: z
      .array(
        z.object({
          party: slug,
          alias: name.optional().describe('Naam waarmee de partij in de tekst wordt aangeduid ("hierna: …")'),
          role: z.enum(partyRoles, { error: `moet een van deze zijn: ${partyRoles.join(', ')}` }),
          representative: z.object({ name, function: line }).optional(),
          kboAsWritten: label.optional().describe('Ondernemingsnummer zoals het in de brontekst staat'),
          // Facts as this protocol states them, when they differ from the party's current data
          // (an address that has since changed, a former name): shown as "in dit protocol: …".
          nameAsWritten: name.optional().describe('Naam van de partij zoals in dit protocol, als die verschilt van de huidige'),
          addressAsWritten: line.optional().describe('Adres zoals in dit protocol, als het verschilt van het huidige'),
          legalEntityAsWritten: name.optional().describe('Rechtspersoon zoals in dit protocol genoemd (bv. "Vlaamse Gemeenschap"), als die verschilt'),
          dpoAdviceDate: isoDate.optional(),
          publicationUrl: url.optional(),
        }),
      )
      .min(2, { error: 'een protocol heeft minstens twee partijen' }),
    flows: z.array(flowSchema).min(1, { error: 'noem minstens één gegevensstroom' }),
    dataSubjects: z.array(line).min(1, { error: 'noem minstens één categorie van betrokkenen' }),
    dataSubjectGroups: z.array(slug).default([]).describe('Groepen uit content/data-subjects waarover het protocol gaat'),
    volume: line.optional().describe('Omvang: hoeveel personen of ondernemingen'),
    purposes: z.array(z.object({ party: slug.optional(), text })).min(1, { error: 'noem minstens één doel' }),
    legalBasis: z.object({
      gdpr: z.array(z.enum(gdprBases, { error: 'moet een letter van AVG art. 6.1 zijn: a tot f' })).min(1),
      articles: z.array(line).default([]),
      acts: z.array(citedAct).optional().describe('De geciteerde akten, elk met zijn ELI waar de redacteur die kent'),
      compatibility: text.optional(),
    }),
    specialCategories: z.boolean({ error: 'moet true of false zijn' }).default(false),
    retention: z.object({ summary: line, justification: text.optional() }),
    recipients: z.object({
      internal: z.array(line).default([]),
      thirdParties: z.array(line).default([]),
      onwardSharing: text.optional(),
    }),
    periodicity: z.enum(periodicities, { error: `moet een van deze zijn: ${periodicities.join(', ')}` }),
    periodicityNote: line.optional(),
    channel: z.object({
      type: z.enum(channelTypes, { error: `moet een van deze zijn: ${channelTypes.join(', ')}` }),
      description: text,
    }),
    securityMeasures: z.array(line).default([]),
    informationClass: label.optional(),
    entryIntoForce: z.object({
      date: isoDate.describe('Datum waarop het protocol in werking trad (bij "vanaf ondertekening": de datum van ondertekening)'),
      note: text.optional(),
    }),
    end: z
      .object({
        date: isoDate.optional(),
        indefinite: z.boolean().default(false),
        note: text.optional(),
        /**
         * An end tied to another document or event ("eindigt op de einddatum van het
         * convenant"). Unless `date` holds a confirmed end date, the register cannot say the
         * protocol is in force and shows that honestly.
         */
        tiedTo: z
          .object({
            kind: z.enum(endLinkKinds, { error: `moet een van deze zijn: ${endLinkKinds.join(', ')}` }),
            label: label.describe('Waaraan het einde gekoppeld is, kort (bv. "het convenant 2018–2022")'),
            quote: line.describe('De woorden van de bron'),
            expectedDate: isoDate.optional().describe('Datum die de bron laat verwachten, als ze die noemt'),
          })
          .optional(),
      })
      .default({ indefinite: false }),
    noticePeriod: line.optional(),
    relations: z
      .array(
        z.object({
          type: z.enum(relationTypes, { error: `moet een van deze zijn: ${relationTypes.join(', ')}` }),
          protocol: slug.optional().describe('Slug van een protocol in dit register'),
          title: title.optional().describe('Titel van een document dat niet in dit register staat'),
          date: isoDate.optional(),
          note: text.optional(),
        }),
      )
      .default([]),
    signatures: z.array(z.object({ party: slug.optional(), name, function: line.optional(), date: isoDate.optional() })).default([]),
    editorNotes: z.array(z.object({ field: label.optional(), text })).default([]),
    formerSlugs,
    source: z.object({ file: label, note: line.optional() }).optional(),
    /**
     * Personal contact data of individual civil servants (a private mobile number, a personal
     * e-mail address) is replaced in the body by a visible marker; every replacement is declared.
     */
    redactions: z
      .array(
        z.object({
          marker: label.describe('De markering zoals ze in de tekst staat, bv. "[persoonlijk telefoonnummer weggelaten]"'),
          what: line.describe('Wat is weggelaten (zonder het gegeven zelf te herhalen)'),
          reason: line.describe('Waarom'),
        }),
      )
      .default([]),
    /** Set by the importer: a draft is never published until an editor has reviewed it. */
    draft: z.boolean({ error: 'moet true of false zijn' }).default(false),
    review: z
      .array(z.object({ field: label.describe('Veld dat de importeur geraden heeft'), note: line.describe('Wat de redacteur moet nakijken') }))
      .default([])
      .describe('Velden die een redacteur moet nakijken; leeg maken (en draft: false) om te publiceren'),
  })
  .superRefine((protocol, ctx) => {
    if (protocol.end.date && protocol.end.date < protocol.entryIntoForce.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['end', 'date'],
        message: `einddatum ${protocol.end.date} ligt voor de inwerkingtreding ${protocol.entryIntoForce.date}`,
        params: { rule: 'S008', fix: 'controleer beide datums in de bron: verbeter end.date of entryIntoForce.date zodat het einde na de inwerkingtreding valt' },
      });
    }
    if (protocol.end.date && protocol.end.indefinite) {
      ctx.addIssue({
        code: 'custom',
        path: ['end', 'indefinite'],
        message: 'een protocol met een einddatum kan niet tegelijk "onbepaalde duur" hebben',
        params: { rule: 'S009', fix: 'verwijder end.indefinite, of verwijder end.date als het protocol voor onbepaalde duur geldt' },
      });
    }
  });

export type Party = z.output<typeof partySchema>;
export type DataCategory = z.output<typeof dataCategorySchema>;
export type DataSubjectGroup = z.output<typeof dataSubjectGroupSchema>;
export type Protocol = z.output<typeof protocolSchema>;
export type Flow = z.output<typeof flowSchema>;
