import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { dataCategorySchema, partySchema, protocolSchema } from './lib/schemas.ts';
import { contentDir } from './lib/site.ts';

// The content lives in ./content (or in REGISTER_CONTENT_DIR, e.g. a synthetic corpus).
// Cross-collection checks run in `npm run check`, which the build runs first.
const base = contentDir();

export const collections = {
  parties: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${base}/parties` }),
    schema: partySchema,
  }),
  dataCategories: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${base}/data-categories` }),
    schema: dataCategorySchema,
  }),
  protocols: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${base}/protocols` }),
    schema: protocolSchema,
  }),
};
