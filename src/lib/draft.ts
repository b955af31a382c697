/**
 * Drafts a protocol file from the plain text of a source document (as extracted from a PDF).
 * It recognises what can be recognised reliably (title, subject, date, parties by their
 * "hierna:" name, KBO numbers, "Gegeven N" items, article headings) and leaves TODO markers
 * elsewhere, so that `npm run check` tells the editor exactly what is still missing.
 */
import { stringify } from 'yaml';
import type { Party } from './schemas.ts';
import { digitsOf, isValidKbo } from './kbo.ts';

const months: Record<string, number> = {
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, september: 9, oktober: 10, november: 11, december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Finds the first date written as "15 december 2025" or "04/10/2023" and returns YYYY-MM-DD. */
export function findDate(text: string): string | undefined {
  const written = /\b(\d{1,2})\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+(\d{4})\b/i.exec(text);
  const numeric = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(text);
  const candidates = [
    written && { index: written.index, value: `${written[3]}-${pad(months[written[2].toLowerCase()])}-${pad(Number(written[1]))}` },
    numeric && { index: numeric.index, value: `${numeric[3]}-${pad(Number(numeric[2]))}-${pad(Number(numeric[1]))}` },
  ].filter(Boolean) as { index: number; value: string }[];
  return candidates.sort((a, b) => a.index - b.index)[0]?.value;
}

/** Joins the hard line breaks of a PDF extraction into paragraphs; blank lines separate paragraphs. */
export function joinLines(text: string): string {
  return text
    .replace(/\r/g, '')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((l) => l.trim()).filter(Boolean).join(' '))
    .filter(Boolean)
    .join('\n\n');
}

export function escapeMdx(text: string): string {
  return text.replace(/[{}]/g, (c) => `\\${c}`).replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface DraftParty {
  alias: string;
  party?: string;
  kboAsWritten?: string;
}

export interface Draft {
  slug: string;
  title: string;
  subject: string;
  documentDate?: string;
  parties: DraftParty[];
  dataItems: string[];
  articles: string[];
  warnings: string[];
}

function normaliseName(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/&/g, 'en').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Matches a "hierna"-alias (and the text before it) to a known party. */
export function matchParty(alias: string, context: string, parties: Map<string, Party>): string | undefined {
  const a = normaliseName(alias);
  const ctx = normaliseName(context);
  for (const [id, party] of parties) {
    const names = [party.shortName, party.name, ...party.aliases, ...party.formerNames.flatMap((f) => [f.name, f.shortName ?? ''])].filter(Boolean).map(normaliseName);
    if (names.includes(a)) return id;
  }
  for (const [id, party] of parties) {
    if (ctx.includes(normaliseName(party.name))) return id;
  }
  return undefined;
}

export function slugify(text: string): string {
  return normaliseName(text).replace(/\s+/g, '-').replace(/-+/g, '-').slice(0, 80).replace(/-$/, '');
}

export function analyseSource(source: string, parties: Map<string, Party>): Draft {
  const text = source.replace(/\r/g, '');
  const warnings: string[] = [];
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const subjectIndex = lines.findIndex((l) => /^in het kader van/i.test(l));
  const titleLines = subjectIndex > 0 ? lines.slice(0, subjectIndex) : lines.slice(0, 2).filter((l) => !findDate(l));
  let rawTitle = titleLines.join(' ').replace(/\s+/g, ' ');
  let subject = subjectIndex >= 0 ? lines[subjectIndex].replace(/\s+/g, ' ') : 'TODO: in het kader van …';
  const inline = /\s+(in het kader van .*)$/i.exec(rawTitle);
  if (subjectIndex < 0 && inline) {
    subject = inline[1];
    rawTitle = rawTitle.slice(0, inline.index);
  }
  const title = rawTitle === rawTitle.toUpperCase() ? rawTitle.charAt(0) + rawTitle.slice(1).toLowerCase() : rawTitle;

  const found: DraftParty[] = [];
  const aliasPattern = /hierna(?:\s*:)?\s*(?:instantie \d+ of\s*)?[“"‘']([^”"’']+)[”"’']/gi;
  let previousEnd = 0;
  for (const match of text.matchAll(aliasPattern)) {
    const context = text.slice(previousEnd, match.index);
    previousEnd = (match.index ?? 0) + match[0].length;
    const kboMatch = /(\d{4}[. ]?\d{3}[. ]?\d{3})/.exec(context.replace(/\s+/g, ' '));
    const alias = match[1].trim();
    const party = matchParty(alias, context, parties);
    if (!party) warnings.push(`partij "${alias}" niet gevonden in content/parties: maak een partijbestand aan of vul de slug in`);
    const kboAsWritten = kboMatch?.[1];
    if (kboAsWritten && !isValidKbo(digitsOf(kboAsWritten))) warnings.push(`ondernemingsnummer ${kboAsWritten} van "${alias}" heeft een fout controlegetal: controleer het en voeg een editorNote toe`);
    found.push({ alias, party, kboAsWritten });
  }

  const dataItems = [...new Set([...text.matchAll(/\bGegeven\s+(\d+)\b/g)].map((m) => `Gegeven ${m[1]}`))];
  const articles = [...new Set(lines.filter((l) => /^Artikel\s+\d+\s*[:.\-–]/.test(l)).map((l) => l.replace(/\s+/g, ' ')))];
  const documentDate = findDate(lines.slice(0, 30).join('\n'));
  if (!documentDate) warnings.push('geen datum gevonden in het begin van de tekst: vul documentDate in');
  const year = documentDate?.slice(0, 4) ?? 'JJJJ';
  const names = found.map((p) => p.party ?? slugify(p.alias)).slice(0, 3).join('-');
  return { slug: slugify(`${year}-${names}-${subject.replace(/^in het kader van/i, '')}`).slice(0, 70).replace(/-$/, ''), title, subject, documentDate, parties: found, dataItems, articles, warnings };
}

/** The draft MDX file: frontmatter with TODO markers for what needs an editor, then the text. */
export function renderDraft(draft: Draft, source: string, sourceFile: string): string {
  const todo = 'TODO';
  const partyIds = draft.parties.map((p) => p.party ?? `TODO-${slugify(p.alias)}`);
  const frontmatter = {
    title: draft.title,
    subject: draft.subject,
    summary: `${todo}: twee of drie zinnen in gewone taal: wie geeft welke gegevens aan wie, waarom en hoe lang.`,
    documentDate: draft.documentDate ?? `${todo} (JJJJ-MM-DD)`,
    legalFramework: 'Artikel 8, §1, van het decreet van 18 juli 2008 betreffende het elektronische bestuurlijke gegevensverkeer (decreet eGov)',
    parties: draft.parties.map((p, i) => ({ party: partyIds[i], alias: p.alias, role: `${todo}: sends | receives | both`, ...(p.kboAsWritten ? { kboAsWritten: p.kboAsWritten } : {}) })),
    flows: [
      {
        from: partyIds.slice(0, 1),
        to: partyIds.slice(1),
        dataItems: (draft.dataItems.length ? draft.dataItems : ['Gegeven 1']).map((label) => ({
          label,
          description: `${todo}: omschrijving zoals in de bron`,
          dataCategories: [`${todo}`],
          proportionality: `${todo}: verantwoording zoals in de bron`,
        })),
      },
    ],
    dataSubjects: [`${todo}: over wie gaan de gegevens?`],
    purposes: [{ text: `${todo}: doel bij de ontvanger` }],
    legalBasis: { gdpr: ['e'], articles: [] },
    retention: { summary: `${todo}: bewaartermijn` },
    recipients: { internal: [], thirdParties: [] },
    periodicity: `${todo}: one-off | permanent | periodic | on-event`,
    channel: { type: 'other', description: `${todo}: kanaal (dienstenintegrator, dropserver, e-mail …)` },
    entryIntoForce: { date: `${todo} (JJJJ-MM-DD)` },
    end: { note: `${todo}: einddatum, onbepaalde duur of eindvoorwaarde` },
    editorNotes: draft.warnings.map((text) => ({ text: `${todo}: ${text}` })),
    source: { file: sourceFile },
  };
  let body = escapeMdx(joinLines(source));
  for (const article of draft.articles) {
    const flat = escapeMdx(article);
    body = body.replace(flat, `\n\n### ${flat}\n\n`);
  }
  body = body.replace(/\n{3,}/g, '\n\n');
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n{/* TODO: controleer de tekst tegen de bron en zet de koppen (## Partijen, ### Artikel …) en tabellen goed. */}\n\n## Aanhef\n\n${body.trim()}\n`;
}
