/**
 * What kind of flow a protocol text describes (issue 22): pull on request, a periodic batch, on
 * an event, or a permanent push; the condition in plain words; and the act that authorises the
 * communication, when the legal-basis section cites one article of a dated act. Every value is
 * a proposal for the editor: the draft rates it below "hoog" and lists it in `review`. An ELI is
 * never proposed: the text does not give one, and the importer does not invent it.
 */

import { dutchMonths } from '../format.ts';
import { negated, sentences } from './recognise.ts';
import type { FlowKind } from '../enums.ts';

export interface FlowKindProposal {
  kind: FlowKind;
  /** The condition, in the words of the text ("op verzoek van de ontvanger", "elk kwartaal"). */
  trigger?: string;
  level: 'middel' | 'laag';
  /** The sentence the proposal comes from. */
  evidence: string;
}

const period =
  '(?:dagelijks|wekelijks|tweewekelijks|maandelijks|driemaandelijks|trimestrieel|halfjaarlijks|jaarlijks|elke (?:dag|week|maand)|elk (?:kwartaal|jaar|semester)|ieder(?:e)? (?:dag|week|maand|kwartaal|jaar)|per (?:dag|week|maand|kwartaal|jaar|semester))';
/** A sentence that sends something, with a file or list of data as its object. */
const sendVerb =
  /\b(?:bezorg(?:t|en|d)|lever(?:t|en|d)|geleverd|stuur(?:t|en)|gestuurd|zend(?:t|en)|verzonden|verstrek(?:t|ken)|maakt? .{0,40}over|overgemaakt|deel(?:t|en) .{0,60}mee|meegedeeld|medegedeeld|doorgegeven|ter beschikking)\b/i;
const fileObject = /\b(?:bestand(?:en)?|lijst(?:en)?|extract(?:ie)?|export|zending|csv|xml-bestand|gegevensbestand|batch)\b/i;
/** Reporting, evaluation and audits also come every year: that is not the data flow. */
const notTheData =
  /\b(?:categorie\S* van ontvangers|medewerkers|toestemming\w*|verdere mededeling|bewijs|beveiligingsmaatregel\w*|inzage|klacht\w*|verslag|rapport(?:eert|eren|ering)?|evaluat\w*|evalue\w*|audit\w*|overleg|herzien|herziening|vergader\w*|jaarverslag|statistie\w*)\b/i;

/** A sentence about the protocol itself (its entry into force, review, end), not about the data. */
const aboutProtocol = (s: string) =>
  /\b(?:protocol|overeenkomst|akkoord)\b/i.test(s) &&
  /\b(?:in werking|ondertek\w+|herzien\w*|herziening|gewijzigd|wijziging van dit|aangepast|beëindig\w*|opzeg\w*|verlengd|evalu\w+|bekendgemaakt|gepubliceerd)/i.test(s);

/** A cue and the kind it names; `clause` takes the trigger from the cue to the end of its clause. */
const cues: { kind: FlowKind; pattern: RegExp; clause: boolean }[] = [
  {
    kind: 'pull',
    pattern:
      /\b(?:op (?:(?:eenvoudige?|gemotiveerde?|schriftelijke?|uitdrukkelijke?) )?(?:verzoek|vraag|aanvraag)|bij (?:elke|iedere) (?:aanvraag|vraag|opvraging|raadpleging))\b/i,
    clause: true,
  },
  { kind: 'pull', pattern: /\b(?:raadpleging|raadpleegt|raadplegen|geraadpleegd|consulteert|consultatie|vraagt\b[^.;]{0,60}\bop|opgevraagd|opvragen)\b/i, clause: false },
  {
    kind: 'event',
    pattern:
      /\b(?:na (?:elke|iedere) (?:beslissing|wijziging|registratie|inschrijving|aanpassing|gebeurtenis|vaststelling|beëindiging)|bij (?:een|elke|iedere) (?:wijziging|aanpassing|nieuwe (?:beslissing|registratie|inschrijving))|zodra|telkens (?:als|wanneer|een|er)|nadat)\b/i,
    clause: true,
  },
];

/** From the cue to the end of its clause: the trigger in the text's own words. */
function clauseFrom(sentence: string, at: number): string {
  const rest = sentence.slice(at).replace(/\s+/g, ' ');
  const end = rest.search(/[,;.:](?:\s|$)|\s(?:via|met behulp van|door middel van)\s/);
  return (end > 0 ? rest.slice(0, end) : rest).trim().slice(0, 200);
}

/** The article on periodicity or on the communication, if the text has one; the whole text after it. */
function sections(text: string): [string, string] {
  const m = /(artikel \d+\s*[-–.:]?\s*[^\n]{0,60}?(?:periodiciteit|wijze van mededeling|modaliteiten)[\s\S]{0,1500})/i.exec(text);
  return [m ? m[1]! : '', text];
}

/** The proposal of one sentence, or none: the earliest cue that is not negated. */
export function flowKindIn(sentence: string): FlowKindProposal | undefined {
  const s = sentence.replace(/\s+/g, ' ').trim();
  if (aboutProtocol(s) || (notTheData.test(s) && !fileObject.test(s))) return undefined;
  let best: (FlowKindProposal & { at: number }) | undefined;
  let condition: string | undefined;
  const consider = (p: FlowKindProposal & { at: number }) => {
    condition ??= p.trigger;
    if (!best || p.at < best.at) best = p;
  };
  for (const cue of cues) {
    const m = cue.pattern.exec(s);
    if (m && !negated(s, m.index)) consider({ kind: cue.kind, at: m.index, level: 'middel', evidence: s, ...(cue.clause ? { trigger: clauseFrom(s, m.index) } : {}) });
  }
  // A batch: a period and a file or list sent, not a report or an evaluation.
  const p = new RegExp(`\\b${period}\\b`, 'i').exec(s);
  if (p && !negated(s, p.index) && sendVerb.test(s) && fileObject.test(s) && !notTheData.test(s))
    consider({ kind: 'batch', at: p.index, level: 'middel', trigger: p[0].toLowerCase(), evidence: s });
  if (best) {
    // "opgevraagd …, telkens wanneer een werkzoekende zich inschrijft": the kind of the first cue, the condition of another.
    const { at: _, ...proposal } = best;
    return proposal.trigger || !condition ? proposal : { ...proposal, trigger: condition };
  }
  // A push: the sender sends on its own, permanently or automatically, without a request.
  // Not "zodat Gent de toelage automatisch kan toekennen": that word is about another act.
  const permanent = /\b(?:permanent|doorlopend|continu|automatisch|systematisch|onmiddellijk)\b(?!\s+(?:\S+\s+){0,2}(?:kan|kunnen|te)\s)/i.exec(s);
  if (permanent && !negated(s, permanent.index) && (sendVerb.test(s) || /\b(?:mededeling|doorgifte|uitwisseling)\b/i.test(s)) && !notTheData.test(s))
    return { kind: 'push', level: 'laag', evidence: s };
  return undefined;
}

/** The kind of flow the text describes: the first sentence with a cue, in the article on periodicity first. */
export function findFlowKind(text: string): FlowKindProposal | undefined {
  const [first, whole] = sections(text);
  for (const sentence of sentences(first)) {
    const found = flowKindIn(sentence);
    if (found) return found;
  }
  // Outside the article on periodicity a cue is weaker: the editor checks it first.
  for (const sentence of sentences(whole)) {
    const found = flowKindIn(sentence);
    if (found) return { ...found, level: 'laag' };
  }
  return undefined;
}

export interface AuthorisingActProposal {
  title: string;
  evidence: string;
}

/** Headings of the section on the legal basis ("Artikel 2 - Rechtsgrond", "Grondslagen van de mededeling"). */
const legalBasisHeading = /^[^\n]{0,40}\b(?:rechtsgrond(?:en)?|grondslag(?:en)?|wettelijke basis|juridische basis|rechtmatigheid|toelaatbaarheid)\b[^\n]{0,120}(?<![.;])$/im;
/** The sentence must say that the act allows the communication. */
const allows =
  /\b(?:mee(?: te)? ?del(?:en|ing)|meegedeeld|medegedeeld|mededeling|gegevensmededeling|verstrek(?:t|ken|king)|doorge(?:ven|geven)|bezorgen|uitwissel(?:en|ing)|toegang|op(?:te)?vragen|opgevraagd|raadplegen|laat toe|staat toe|toegestaan|machtigt|is gemachtigd)\b/i;

/**
 * One article of a dated act, as written: "artikel 46 van het decreet van 8 juli 2022 over de
 * werk- en zorgtrajecten", "artikel 12, §2, van de wet van 5 mei 2014", with the act's title
 * when it follows ("over", "betreffende", "houdende" … up to the next comma).
 */
const articleCitation = new RegExp(
  `\\b(?:het )?artikel(?:en)?\\s+[\\dIVX][\\w./§, -]{0,40}?\\s+van\\s+(?:het|de)\\s+(?:decreet|wet|besluit van de Vlaamse Regering|koninklijk besluit|ordonnantie|samenwerkingsakkoord)\\s+van\\s+\\d{1,2}\\s+(?:${dutchMonths.join('|')})\\s+\\d{4}(?:\\s+(?:betreffende|over|houdende|tot|inzake|met betrekking tot)\\s[^.;(),]{1,160})?`,
  'i',
);

/**
 * The act that authorises the communication: a sentence of the legal-basis section that cites
 * one article of a dated act ("artikel 46 van het decreet van 8 juli 2022 …") and says that it
 * allows the communication. Not the eGov decree (the framework of every protocol), not the GDPR.
 */
export function findAuthorisingAct(text: string): AuthorisingActProposal | undefined {
  const heading = legalBasisHeading.exec(text);
  if (!heading) return undefined;
  const after = text.slice(heading.index + heading[0].length);
  const next = after.search(/\n\s*(?:artikel|art\.)\s+\d+\b[^\n]{0,80}\n/i);
  const section = after.slice(0, next > 0 ? Math.min(next, 4000) : 4000);
  for (const sentence of sentences(section)) {
    const s = sentence.replace(/\s+/g, ' ').trim();
    if (!allows.test(s)) continue;
    const cited = articleCitation.exec(s)?.[0].trim();
    if (!cited || /elektronische bestuurlijke gegevensverkeer|18 juli 2008/i.test(cited)) continue;
    return { title: (cited.charAt(0).toUpperCase() + cited.slice(1)).replace(/^Het a/, 'A').slice(0, 600), evidence: s };
  }
  return undefined;
}
