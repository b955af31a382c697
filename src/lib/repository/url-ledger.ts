/**
 * The ledger of published URLs (`published-urls.txt` in the content folder): every page and
 * file URL the register has published for its protocols, parties and data categories. A URL in
 * the ledger must keep working: either the content still produces it, or a former slug leads
 * from it to the current page. New URLs are added by `npm run urls:update`; removing one from the
 * ledger is a deliberate line in a pull request.
 */
import { routes } from '../site/routes.ts';

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
  return `# Gepubliceerde URL's van het register: elke URL hier moet blijven werken.\n# Nieuwe URL's voegt "npm run urls:update" toe; een URL weghalen is een bewuste keuze in een pull request.\n${[...new Set(urls)].sort().join('\n')}\n`;
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
  return `${url} is gepubliceerd maar zou verdwijnen. Oplossing: zet "${slug}" in formerSlugs van het bestand dat deze pagina vervangt, zodat de oude URL ernaar leidt; of haal de regel bewust weg uit ${ledgerFileName} in deze pull request.`;
}
