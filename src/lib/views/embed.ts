/** The embed page of a party (/embed/partijen/<id>/), for an iframe on the party's own website. */
import { formatDate } from '../format.ts';
import type { Register } from '../model/register.ts';
import { embedHeading, embedItems, type EmbedItem } from '../exports/embed.ts';
import { routes } from '../site/routes.ts';

export interface EmbedView {
  id: string;
  heading: string;
  /** The party's short name, in the intro and the links. */
  name: string;
  /** "15 december 2025": the build date the list is true for. */
  date: string;
  items: EmbedItem[];
  /** The party page's full address (canonical, and the "Alles over …" link). */
  page: string;
}

export function embedView(register: Register, id: string, siteUrl: string): EmbedView | undefined {
  const party = register.parties.get(id);
  if (!party) return undefined;
  return {
    id,
    heading: embedHeading(register, id),
    name: party.shortName,
    date: formatDate(register.today),
    items: embedItems(register, id, siteUrl),
    page: new URL(routes.party(id), siteUrl).href,
  };
}
