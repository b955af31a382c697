/** Loads the content collections once per build and turns them into the register model. */
import { getCollection } from 'astro:content';
import { buildRegister, type Register } from '../lib/register.ts';
import { buildDate } from '../lib/site.ts';

let cached: Promise<Register> | undefined;

export function getRegister(): Promise<Register> {
  cached ??= (async () => {
    const [parties, dataCategories, protocols] = await Promise.all([
      getCollection('parties'),
      getCollection('dataCategories'),
      getCollection('protocols'),
    ]);
    return buildRegister({ parties, dataCategories, protocols }, buildDate());
  })();
  return cached;
}
