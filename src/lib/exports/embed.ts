/**
 * What an agency puts on its own privacy page: the list of its protocols, as a copy-paste HTML
 * snippet (plain links, no script, no iframe) or as the embed page in an iframe. The snippet
 * is built here as escaped HTML text, so a hostile title can never become markup.
 */
import type { ProtocolView, Register } from '../model/register.ts';
import { partyName, protocolsOfParty } from '../model/register.ts';
import { escapeHtml } from '../text.ts';
import { aboutWhom, statusText, validityPeriod } from '../model/describe.ts';
import { routes } from '../site/routes.ts';
import { formatDate, partyFullName } from '../format.ts';

export interface EmbedItem {
  id: string;
  url: string;
  title: string;
  status: string;
  period: string;
  /** Whom the protocol concerns ("Over wie: …"), in the cards' wording. */
  about: string;
}

/** The party's protocols as the embed shows them: in force first, then the rest, newest first. */
export function embedItems(register: Register, partyId: string, siteUrl: string): EmbedItem[] {
  const order = (p: ProtocolView) => (p.status === 'in-force' || p.status === 'unconfirmed' || p.status === 'one-off' ? 0 : p.status === 'not-yet' ? 1 : 2);
  return protocolsOfParty(register, partyId)
    .slice()
    .sort((a, b) => order(a) - order(b) || b.data.documentDate.localeCompare(a.data.documentDate))
    .map((p) => ({
      id: p.id,
      url: new URL(routes.protocol(p.id), siteUrl).href,
      title: p.data.title,
      status: statusText(p.data, p.status),
      period: validityPeriod(p.data, p.status),
      about: aboutWhom(p.data),
    }));
}

export function embedUrl(partyId: string, siteUrl: string): string {
  return new URL(routes.partyEmbed(partyId), siteUrl).href;
}

/** Plain HTML list of links, to paste into a privacy statement. */
export function embedSnippet(register: Register, partyId: string, siteUrl: string): string {
  const party = register.parties.get(partyId);
  const name = escapeHtml(party?.shortName ?? partyId);
  const items = embedItems(register, partyId, siteUrl)
    .map((item) => `  <li><a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a> (${escapeHtml(item.status)}, ${escapeHtml(item.period)})</li>`)
    .join('\n');
  const page = escapeHtml(new URL(routes.party(partyId), siteUrl).href);
  return `<!-- Protocollen van ${name} uit het Protocollenregister (${escapeHtml(register.today)}) -->
<ul>
${items}
</ul>
<p><a href="${page}">Alle protocollen van ${name} in het Protocollenregister</a></p>
`;
}

/** The embed's heading: the first mention of the party, so with its full name ("AgII (Agentschap …)"). */
export function embedHeading(register: Register, partyId: string): string {
  const party = register.parties.get(partyId);
  return `Protocollen van ${party ? partyFullName(party) : partyId}`;
}

/**
 * The height in CSS pixels an iframe needs to show a party's whole embed without scrolling on the
 * narrowest common screen (320 px). An iframe cannot size itself to a page of another site without
 * a script, and the embed has none, so the height is worked out from the list: the embed's own
 * type sizes (16 px text at 1.45 line height, small text 13.6 px; per protocol its title and status,
 * its period and whom it concerns) and how many characters fit on a
 * line at 320 px. On a wider screen lines are longer and some space stays free below the list.
 */
export function embedHeight(register: Register, partyId: string, siteUrl: string): number {
  const name = partyName(register, partyId);
  // Lines break between words, so a line holds up to perLine characters and a longer word its own lines.
  const lines = (text: string, perLine: number) => {
    let count = 1;
    let used = 0;
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const extra = used === 0 ? word.length : used + 1 + word.length;
      if (extra <= perLine) used = extra;
      else if (used === 0) {
        count += Math.ceil(word.length / perLine) - 1;
        used = word.length % perLine || perLine;
      } else {
        count += Math.ceil(word.length / perLine);
        used = word.length % perLine || perLine;
      }
    }
    return count;
  };
  const line = 16 * 1.45;
  const small = 0.95 * 16 * 1.45;
  const tiny = 0.85 * 16 * 1.45;
  const items = embedItems(register, partyId, siteUrl);
  const intro = `Met deze overheden deelt ${name} persoonsgegevens. Stand op ${formatDate(register.today)}.`;
  const more = `Alles over ${name} in het Protocollenregister`;
  let height = 24 + 1.15 * 16 * 1.45 * lines(embedHeading(register, partyId), 26) + 4;
  height += small * lines(intro, 34) + 16;
  height +=
    items.length === 0
      ? line * 2 + 16
      : items.reduce((sum, item) => sum + line * lines(`${item.title} ${item.status}`, 27) + tiny * lines(item.period, 32) + tiny * lines(`Over wie: ${item.about}`, 28) + 10, 0);
  height += small * lines(more, 34) + 16;
  return Math.ceil((height + 16) / 10) * 10;
}

/** The iframe code for the embed page, as high as the list needs (see embedHeight). */
export function iframeSnippet(register: Register, partyId: string, siteUrl: string): string {
  const name = escapeHtml(partyName(register, partyId));
  return `<iframe src="${escapeHtml(embedUrl(partyId, siteUrl))}" title="Protocollen van ${name} in het Protocollenregister" width="100%" height="${embedHeight(register, partyId, siteUrl)}" loading="lazy"></iframe>\n`;
}
