import { defineCollection } from 'astro:content';
import { dataCategorySchema, dataSubjectGroupSchema, partySchema, protocolSchema } from './lib/content/schemas.ts';
import { registerLoader } from './astro/content-loader.ts';

// The content lives in content/ (or in REGISTER_CONTENT_DIR, e.g. a synthetic corpus). These
// collections are the one path by which Astro reads it: their loaders hand Astro what the
// register's check validated, and the register the pages render is built from their entries
// (src/astro/register.ts); each protocol's rendered body is found by its entry's digest, outside
// Astro's data store (see content-loader.ts). The schemas here give the collections their types.
export const collections = {
  parties: defineCollection({ loader: registerLoader('parties'), schema: partySchema }),
  dataCategories: defineCollection({ loader: registerLoader('dataCategories'), schema: dataCategorySchema }),
  dataSubjectGroups: defineCollection({ loader: registerLoader('dataSubjectGroups'), schema: dataSubjectGroupSchema }),
  protocols: defineCollection({ loader: registerLoader('protocols'), schema: protocolSchema }),
};
