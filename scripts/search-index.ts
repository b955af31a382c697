// Builds the Pagefind index for a built site folder. Any indexing error is thrown, so the
// build fails instead of publishing a site without (or with a partial) search index.
import * as pagefind from 'pagefind';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  try {
    if (!index || errors.length) throw new Error(errors.join('; ') || 'Pagefind kon geen index aanmaken');
    // Only the pages that carry data-pagefind-body: Pagefind need not read the other ~half.
    const added = await index.addDirectory({ path: siteDir, glob: '{protocollen,partijen,gegevens}/*/index.html' });
    if (added.errors.length) throw new Error(added.errors.join('; '));
    if (added.page_count === 0) throw new Error('geen enkele pagina is doorzoekbaar gemarkeerd (data-pagefind-body)');
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    // The indexes of other shards that the search page merges in (scripts/merge-shards.ts): none.
    writeFileSync(join(siteDir, 'pagefind', 'shards.json'), '[]\n');
    // The site uses Pagefind's JS API only: the UI bundles would be shipped and never loaded.
    for (const name of readdirSync(join(siteDir, 'pagefind'))) {
      if (/^pagefind-(ui|modular-ui|highlight|component-ui)[.-]/.test(name)) rmSync(join(siteDir, 'pagefind', name), { force: true });
    }
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
