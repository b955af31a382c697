/**
 * Which pages of the register a pull request changes, from `git diff --name-status` of the
 * content folder: a protocol file is its protocol page, a party file its party page (and its
 * embed), a data-category file its category page. Pure: it takes the diff's text.
 */
import { routes } from '../site/routes.ts';

export type PageChange = 'nieuw' | 'gewijzigd' | 'verwijderd';

export interface ChangedPage {
  path: string;
  change: PageChange;
  /** The content file, relative to the repository. */
  file: string;
}

const pagesOf = (file: string): string[] => {
  const match = /^(?:.*\/)?content\/(protocols|parties|data-categories)\/([a-z0-9][a-z0-9-]*)\.(mdx|yaml)$/.exec(file);
  if (!match) return [];
  const [, folder, slug] = match;
  if (folder === 'protocols') return [routes.protocol(slug!)];
  if (folder === 'parties') return [routes.party(slug!), routes.partyEmbed(slug!)];
  return [routes.dataCategory(slug!)];
};

/** The pages behind each changed content file, in the order of the diff; a rename is a removal and an addition. */
export function changedPages(nameStatus: string): ChangedPage[] {
  const pages: ChangedPage[] = [];
  const add = (file: string, change: PageChange) => {
    for (const path of pagesOf(file)) pages.push({ path, change, file });
  };
  for (const line of nameStatus.split('\n')) {
    const [status, first, second] = line.split('\t');
    if (!status || !first) continue;
    if (status.startsWith('R') && second) {
      add(first, 'verwijderd');
      add(second, 'nieuw');
    } else if (status.startsWith('C') && second) add(second, 'nieuw');
    else if (status === 'A') add(first, 'nieuw');
    else if (status === 'D') add(first, 'verwijderd');
    else add(first, 'gewijzigd');
  }
  return pages;
}

/** The list as Dutch Markdown; paths are code, so nothing in a file name is read as markup. */
export function formatChangedPages(pages: ChangedPage[]): string {
  if (pages.length === 0) return '### Gewijzigde pagina’s\n\nDeze pull request verandert geen protocol-, partij- of gegevenspagina.\n';
  const lines = pages.map((page) => `- \`${page.path}\` (${page.change})`);
  return `### Gewijzigde pagina’s\n\n${pages.length === 1 ? 'Eén pagina' : `${pages.length} pagina’s`} (in het voorbeeld van de site onder hetzelfde pad):\n\n${lines.join('\n')}\n`;
}
