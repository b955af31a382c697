/**
 * Astro content loaders for the register: the content collections (src/content.config.ts) are
 * the one path by which Astro reads the content. The content is read, validated and its bodies
 * rendered once by the register's own check (src/lib/repository/load.node.ts), never by Astro's MDX
 * pipeline: no content file is compiled to code, so nothing in a pull request runs.
 *
 * `npm run build` runs the check first and hands its result over in a snapshot file
 * (REGISTER_CONTENT_SNAPSHOT, see buildHandover in src/lib/site/config.node.ts), so the content is
 * parsed once per build. Without a snapshot (astro dev, astro check) the loader runs the same
 * check itself and stops on any error.
 *
 * The register the pages render (src/astro/register.ts) is built from the collections'
 * entries (getCollection). Each entry carries its data and, as its digest, a hash of its data
 * and its source body; the rendered body is NOT in the entry. Astro bundles its data store into
 * one JavaScript module, and with the bodies in it (80 MB at 5,000 protocols) bundling and
 * loading that module cost the build more than rendering all protocol pages. So the rendered
 * bodies stay with the check's result, in this process, keyed by that same digest
 * (`renderedBodies`): an entry gets exactly the body that was rendered for its version of the
 * file, and a digest without a body is an error, never a silently empty page.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { Loader } from 'astro/loaders';
import type { RenderedBody } from '../lib/content/body.ts';
import type { ValidatedContent } from '../lib/content/validate.ts';
import { loadContent, requireValid } from '../lib/repository/load.node.ts';
import { buildHandover, contentDir } from '../lib/site/config.node.ts';

// Astro loads this module twice in one process: once with the content config (the loaders)
// and once bundled with the pages (the register). The check's result and the body index are
// kept process-wide, so the content is read and checked once, not once per copy.
const shared = Symbol.for('protocollenregister.validatedContent');
type Shared = { [shared]?: Promise<{ content: ValidatedContent; bodies: Map<string, RenderedBody | undefined> }> };

const digests = new WeakMap<object, string>();

/** The digest of an entry: its data and its source body (computed once per entry). */
export function entryDigest(entry: { data: unknown; body?: string }): string {
  let digest = digests.get(entry);
  if (digest === undefined) {
    digest = createHash('sha256')
      .update(JSON.stringify(entry.data) ?? '')
      .update('\0')
      .update(entry.body ?? '')
      .digest('hex');
    digests.set(entry, digest);
  }
  return digest;
}

interface Snapshot {
  content: ValidatedContent;
  /** The digest of each protocol (in order): their source bodies are not in the snapshot. */
  protocolDigests: string[];
}

/**
 * The check's result as `npm run build` hands it to Astro: the entries without their source
 * bodies (only their digests are needed here: 300 MB of text at 20,000 protocols) and without the
 * check's issues (no page shows them).
 */
export function contentSnapshot(content: ValidatedContent): Buffer {
  const snapshot: Snapshot = {
    content: { ...content, protocols: content.protocols.map(({ body: _body, ...entry }) => entry), issues: [] },
    protocolDigests: content.protocols.map(entryDigest),
  };
  return serialize(snapshot);
}

function checked(): Promise<{ content: ValidatedContent; bodies: Map<string, RenderedBody | undefined> }> {
  const cache = globalThis as Shared;
  cache[shared] ??= (async () => {
    const { contentSnapshot: file } = buildHandover();
    let content: ValidatedContent;
    if (file && existsSync(file)) {
      const snapshot = deserialize(readFileSync(file)) as Snapshot;
      content = snapshot.content;
      for (const [i, entry] of content.protocols.entries()) digests.set(entry, snapshot.protocolDigests[i]!);
    } else content = requireValid(await loadContent(contentDir()));
    return { content, bodies: new Map(content.protocols.map((entry) => [entryDigest(entry), entry.rendered])) };
  })();
  return cache[shared];
}

/** The check's result for the content folder: from `npm run build`'s snapshot, else checked here. */
async function validatedContent(): Promise<ValidatedContent> {
  return (await checked()).content;
}

/** The rendered body of the protocol entry with `digest` (a collection entry's digest); undefined for a body too short to render. */
export async function renderedBody(digest: string | number | undefined): Promise<RenderedBody | undefined> {
  const { bodies } = await checked();
  if (typeof digest !== 'string' || !bodies.has(digest))
    throw new Error(`Geen gecontroleerde tekst voor het protocol met digest ${digest ?? '(geen)'}: de collectie en de controle lazen niet dezelfde inhoud.`);
  return bodies.get(digest);
}

type CollectionKey = 'parties' | 'dataCategories' | 'dataSubjectGroups' | 'protocols';

export function registerLoader(collection: CollectionKey): Loader {
  return {
    name: `register-${collection}`,
    load: async ({ store }) => {
      const entries = (await validatedContent())[collection];
      store.clear();
      for (const entry of entries) {
        store.set({ id: entry.id, data: entry.data as Record<string, unknown>, filePath: entry.file, digest: entryDigest(entry) });
      }
    },
  };
}
