/**
 * The zod field schemas of the identifiers and vocabularies of other registers (OVO, NIS, ELI,
 * DPV, cited acts), used by `schemas.ts`. The patterns and lookups are in `vocabularies.ts`.
 */
import { z } from 'astro/zod';
import { dpvPdBase, eliPattern, ovoPattern } from './vocabularies.ts';

export const ovoCode = z
  .string({ error: 'moet een OVO-code zijn, als tekst (bv. "OVO000000")' })
  .regex(ovoPattern, { error: 'moet de vorm OVO000000 hebben (OVO en zes cijfers); laat weg als je de code niet zeker kent' });

export const nisCode = z
  .string({ error: 'moet een NIS-code zijn, als tekst tussen aanhalingstekens (bv. "44021")' })
  .regex(/^\d{5}$/, { error: 'moet vijf cijfers zijn (bv. "44021" voor Gent); laat weg als je de code niet zeker kent' });

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

export const dpvPdTerm = z
  .string({ error: 'moet een DPV-term zijn, als tekst (bv. "pd:OfficialID")' })
  .trim()
  .regex(/^(?:pd:|https:\/\/w3id\.org\/dpv\/pd#)[A-Z][A-Za-z0-9]{1,80}$/, {
    error: 'moet een term uit het DPV-persoonsgegevensvocabularium zijn, bv. "pd:OfficialID" of "https://w3id.org/dpv/pd#OfficialID"',
  })
  .transform((value) => value.replace(dpvPdBase, 'pd:'));

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
