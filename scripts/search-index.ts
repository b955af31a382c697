// Builds the Pagefind index for a built site folder. Any indexing error is thrown, so the
// build fails instead of publishing a site without (or with a partial) search index.
import * as pagefind from 'pagefind';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Pagefind joins the text of adjacent elements without a space, so `<dt>Adres</dt><dd>Brussel</dd>`
 * is indexed as one word "AdresBrussel": it cannot be found and reads badly in an excerpt. A space
 * between a term and its description changes nothing on screen; it is written into the party
 * pages (the only ones that set `</dt><dd>` on one line) before they are indexed.
 */
export function separateTerms(siteDir: string): number {
  const dir = join(siteDir, 'partijen');
  if (!existsSync(dir)) return 0;
  let changed = 0;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    const spaced = html.replaceAll('</dt><dd', '</dt> <dd');
    if (spaced !== html) {
      writeFileSync(file, spaced);
      changed++;
    }
  }
  return changed;
}

/**
 * Indexes a built site. `sharedPages: false` leaves out the register's own pages (rights, words,
 * about, accessibility), which every shard renders: only the first shard indexes them, so a
 * merged search lists each once.
 */
export async function indexSite(siteDir: string, options: { sharedPages?: boolean } = {}): Promise<{ pages: number }> {
  separateTerms(siteDir);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  try {
    if (!index || errors.length) throw new Error(errors.join('; ') || 'Pagefind kon geen index aanmaken');
    // Only the pages that carry data-pagefind-body: Pagefind need not read the other ~half.
    // The content pages (protocol, party, data category, situation) and the register's own
    // pages that answer a question (rights, words, about, accessibility).
    let pages = 0;
    const globs = [
      '{protocollen,partijen,gegevens,betrokkenen}/*/index.html',
      ...(options.sharedPages === false ? [] : ['{uw-rechten,begrippen,over,toegankelijkheid}/index.html']),
    ];
    for (const glob of globs) {
      const added = await index.addDirectory({ path: siteDir, glob });
      if (added.errors.length) throw new Error(added.errors.join('; '));
      pages += added.page_count;
    }
    if (pages === 0) throw new Error('geen enkele pagina is doorzoekbaar gemarkeerd (data-pagefind-body)');
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    // The indexes of other shards that the search page merges in (scripts/merge-shards.ts): none.
    writeFileSync(join(siteDir, 'pagefind', 'shards.json'), '[]\n');
    // The site uses Pagefind's JS API only: the UI bundles would be shipped and never loaded.
    for (const name of readdirSync(join(siteDir, 'pagefind'))) {
      if (/^pagefind-(ui|modular-ui|highlight|component-ui)[.-]/.test(name)) rmSync(join(siteDir, 'pagefind', name), { force: true });
    }
    return { pages };
  } finally {
    await pagefind.close();
  }
}
