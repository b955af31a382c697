/**
 * Astro content loaders for the register. The content is read, validated and its bodies
 * rendered once by the register's own check (src/lib/content/validate.ts), never by Astro's MDX
 * pipeline: no content file is compiled to code, so nothing in a pull request runs.
 *
 * `npm run build` runs the check first and hands its result over in a snapshot file
 * (REGISTER_CONTENT_SNAPSHOT), so the content is parsed once per build. Without a snapshot
 * (astro dev, astro check) the loader runs the same check itself and stops on any error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { deserialize } from 'node:v8';
import type { Loader } from 'astro/loaders';
import { readContentFolder } from '../lib/content/read.ts';
import { formatIssues, hasErrors, validateContent, type ValidatedContent } from '../lib/content/validate.ts';
import { contentDir } from '../lib/site/config.ts';

let pending: ValidatedContent | undefined;

function validated(): ValidatedContent {
  if (pending) return pending;
  const snapshot = process.env.REGISTER_CONTENT_SNAPSHOT;
  if (snapshot && existsSync(snapshot)) {
    pending = deserialize(readFileSync(snapshot)) as ValidatedContent;
    return pending;
  }
  const result = validateContent(readContentFolder(contentDir()));
  if (hasErrors(result.issues)) throw new Error(`De inhoud bevat fouten; er wordt niets gebouwd.\n${formatIssues(result.issues)}`);
  pending = result;
  return result;
}

type CollectionKey = 'parties' | 'dataCategories' | 'dataSubjectGroups' | 'protocols';

export function registerLoader(collection: CollectionKey): Loader {
  return {
    name: `register-${collection}`,
    load: async ({ store, generateDigest }) => {
      const entries = validated()[collection];
      store.clear();
      for (const entry of entries) {
        const rendered = 'rendered' in entry && entry.rendered ? { html: entry.rendered.html, metadata: { headings: entry.rendered.headings } } : undefined;
        store.set({
          id: entry.id,
          data: entry.data as Record<string, unknown>,
          filePath: entry.file,
          digest: generateDigest(JSON.stringify([entry.data, rendered?.html ?? ''])),
          rendered,
        });
      }
    },
  };
}
