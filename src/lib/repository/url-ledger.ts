/**
 * The ledger of published URLs (`published-urls.txt` in the content folder): every page and
 * file URL the register has published for its protocols, parties and data categories. A URL in
 * the ledger must keep working: either the content still produces it, or a former slug leads
 * from it to the current page. New URLs are added by `npm run urls:update`; removing one from the
 * ledger is a deliberate line in a pull request.
 */
import { routes } from '../site/routes.ts';
import type { Issue, Problem } from '../content/issue.ts';
import { inertLine } from '../text.ts';

export const ledgerFileName = 'published-urls.txt';

interface Slugged {
  id: string;
  data: { formerSlugs?: string[] };
}

export interface LedgerContent {
  protocols: Slugged[];
  parties: Slugged[];
  dataCategories: { id: string }[];
}

/** The URLs the content publishes now, each with the file (entry) it comes from. */
export function currentUrls(content: LedgerContent): string[] {
  return [
    ...content.protocols.map((p) => routes.protocol(p.id)),
    ...content.parties.flatMap((p) => [routes.party(p.id), routes.partyJson(p.id), routes.partyFeed(p.id), routes.partyEmbed(p.id)]),
    ...content.dataCategories.flatMap((c) => [routes.dataCategory(c.id), routes.dataCategoryFeed(c.id)]),
  ].sort();
}

/** Old URLs that still lead somewhere: former slugs of protocols and parties (pages, JSON and feeds). */
export function redirectedUrls(content: LedgerContent): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of content.protocols) for (const old of p.data.formerSlugs ?? []) map.set(routes.protocol(old), routes.protocol(p.id));
  for (const p of content.parties) {
    for (const old of p.data.formerSlugs ?? []) {
      map.set(routes.party(old), routes.party(p.id));
      map.set(routes.partyJson(old), routes.partyJson(p.id));
      map.set(routes.partyFeed(old), routes.partyFeed(p.id));
      map.set(routes.partyEmbed(old), routes.partyEmbed(p.id));
    }
  }
  return map;
}

export function parseLedger(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

export function formatLedger(urls: Iterable<string>): string {
  const list = [...new Set(urls)].sort();
  return `# Gepubliceerde URL's van het register: elke URL hier moet blijven werken.\n# Nieuwe URL's voegt "npm run urls:update" toe; een URL weghalen is een bewuste keuze in een pull request.\n${list.join('\n')}\n${endLine(list.length)}\n`;
}

/** The last line of the ledger: a file cut short (or emptied) lacks it or counts differently. */
const endLine = (count: number) => `# einde: ${count} URL's`;

/**
 * What is wrong with the ledger file as a file, or undefined: it must end with its end line, and
 * that line must count the URLs above it; every other line is a comment or a path.
 */
export function ledgerProblem(text: string): Problem | undefined {
  const lines = text.split('\n').map((line) => line.trim());
  const last = lines.filter(Boolean).pop() ?? '';
  const urls = parseLedger(text);
  const counted = /^# einde: (\d+) URL's$/.exec(last)?.[1];
  const fix = `herstel het bestand uit de vorige versie (git checkout origin/main -- content/${ledgerFileName}) en voer "npm run urls:update" uit; een URL weghalen doet u door één regel te schrappen en het getal op de laatste regel aan te passen`;
  if (counted === undefined) return { code: 'U009', message: `${ledgerFileName} is afgebroken of beschadigd: de laatste regel "# einde: N URL's" ontbreekt`, fix };
  if (Number(counted) !== urls.length)
    return {
      code: 'U011',
      message: `${ledgerFileName} telt ${urls.length} URL's, maar de laatste regel zegt ${counted}: het bestand is ingekort of aangepast zonder de telling`,
      fix,
    };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a path with control characters is refused
  const bad = urls.find((url) => !url.startsWith('/') || /[\s\u0000-\u001f\u007f-\u009f]/.test(url));
  if (bad)
    return {
      code: 'U012',
      message: `${ledgerFileName} bevat een regel die geen pad is: "${inertLine(bad.slice(0, 80))}"`,
      fix: 'elke regel is een pad dat met / begint, of een commentaarregel met #',
    };
  return undefined;
}

/**
 * A former slug may only name a URL that the register published for the same kind of page (it is
 * in the ledger) and that no live page uses: otherwise a pull request could take over an
 * unrelated address or a section URL (/protocollen/status/) with a redirect.
 */
export function formerSlugLedgerIssues(
  ledger: string[],
  content: LedgerContent & { protocols: (Slugged & { file?: string })[]; parties: (Slugged & { file?: string })[] },
): Issue[] {
  const inLedger = new Set(ledger);
  const live = new Set(currentUrls(content));
  const issues: Issue[] = [];
  for (const [kind, entries, url] of [
    ['protocol', content.protocols, routes.protocol],
    ['partij', content.parties, routes.party],
  ] as const) {
    for (const entry of entries as (Slugged & { file?: string })[]) {
      (entry.data.formerSlugs ?? []).forEach((former, i) => {
        const old = url(former);
        const field = `formerSlugs[${i}]`;
        const file = entry.file ?? entry.id;
        if (live.has(old))
          issues.push({ code: 'U006', level: 'error', file, field, message: `${old} is de URL van een bestaande pagina`, fix: `laat "${former}" weg uit formerSlugs` });
        else if (!inLedger.has(old))
          issues.push({
            code: 'U007',
            level: 'error',
            file,
            field,
            message: `${old} staat niet in ${ledgerFileName}: alleen een URL die het register voor een ${kind} gepubliceerd heeft, kan naar deze pagina doorverwijzen`,
            fix: `controleer de slug "${former}": het moet de vroegere bestandsnaam van deze ${kind} zijn`,
          });
      });
    }
  }
  return issues;
}

export interface LedgerReport {
  /** In the ledger, no longer produced and not redirected: the build fails. */
  dropped: string[];
  /** Produced but not yet in the ledger: the editor runs `npm run urls:update`. */
  added: string[];
}

export function compareLedger(ledger: string[], content: LedgerContent): LedgerReport {
  const produced = new Set(currentUrls(content));
  const redirected = redirectedUrls(content);
  const inLedger = new Set(ledger);
  return {
    dropped: ledger.filter((url) => !produced.has(url) && !redirected.has(url)),
    added: [...produced].filter((url) => !inLedger.has(url)),
  };
}

/** What an editor reads for a dropped URL: which URL and the two ways to fix it. */
export function droppedMessage(url: string): string {
  const slug = /\/(protocollen|partijen|gegevens|embed\/partijen)\/([^/.]+)/.exec(url)?.[2] ?? url;
  return `[U010] ${url} is gepubliceerd maar zou verdwijnen. Oplossing: zet "${slug}" in formerSlugs van het bestand dat deze pagina vervangt, zodat de oude URL ernaar leidt; of haal de regel bewust weg uit ${ledgerFileName} in deze pull request.`;
}
