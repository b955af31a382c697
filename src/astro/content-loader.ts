/**
 * Astro content loaders for the register. The content is read, validated and its bodies
 * rendered once by the register's own check (src/lib/content/validate.ts), never by Astro's MDX
 * pipeline: no content file is compiled to code, so nothing in a pull request runs.
 *
 * `npm run build` runs the check first and hands its result over in a snapshot file
 * (REGISTER_CONTENT_SNAPSHOT), so the content is parsed once per build. Without a snapshot
 * (astro dev, astro check) the loader runs the same check itself and stops on any error.
 *
 * The register the pages render (src/astro/register.ts) is built from that same result. The
 * collections carry each entry's data, not the rendered bodies: Astro bundles its data store
 * into one JavaScript module, and with the bodies in it (80 MB at 5,000 protocols) bundling
 * and loading that module cost the build more than rendering all protocol pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import type { Loader } from 'astro/loaders';
import { readContentFolder } from '../lib/content/read.node.ts';
import { formatIssues, hasErrors, validateContent, type ValidatedContent } from '../lib/content/validate.ts';
import { contentDir } from '../lib/site/config.node.ts';

// Astro loads this module twice in one process: once with the content config (the loaders)
// and once bundled with the pages (the register). The result is kept process-wide so the
// content is read and checked once, not once per copy.
const shared = Symbol.for('protocollenregister.validatedContent');
type Shared = { [shared]?: ValidatedContent };

/** The check's result for the content folder: from `npm run build`'s snapshot, else checked here. */
export function validatedContent(): ValidatedContent {
  const cache = globalThis as Shared;
  if (cache[shared]) return cache[shared];
  const snapshot = process.env.REGISTER_CONTENT_SNAPSHOT;
  let result: ValidatedContent;
  if (snapshot && existsSync(snapshot)) {
    result = deserialize(readFileSync(snapshot)) as ValidatedContent;
  } else {
    result = validateContent(readContentFolder(contentDir()));
    if (hasErrors(result.issues)) throw new Error(`De inhoud bevat fouten; er wordt niets gebouwd.\n${formatIssues(result.issues)}`);
  }
  cache[shared] = result;
  return result;
}

type CollectionKey = 'parties' | 'dataCategories' | 'dataSubjectGroups' | 'protocols';

export function registerLoader(collection: CollectionKey): Loader {
  return {
    name: `register-${collection}`,
    load: async ({ store, generateDigest }) => {
      const entries = validatedContent()[collection];
      store.clear();
      for (const entry of entries) {
        store.set({ id: entry.id, data: entry.data as Record<string, unknown>, filePath: entry.file, digest: generateDigest(entry.data as Record<string, unknown>) });
      }
    },
  };
}
