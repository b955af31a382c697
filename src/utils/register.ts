/** Loads the content collections once per build and turns them into the register model. */
import { getCollection } from 'astro:content';
import { buildRegister, type Register } from '../lib/register.ts';
import { buildDate } from '../lib/site.ts';
import { htmlToText } from '../lib/text.ts';

let cached: Promise<Register> | undefined;

export function getRegister(): Promise<Register> {
  cached ??= (async () => {
    const [parties, dataCategories, protocols] = await Promise.all([
      getCollection('parties'),
      getCollection('dataCategories'),
      getCollection('protocols'),
    ]);
    const withText = protocols.map((entry) => ({ id: entry.id, data: entry.data, text: htmlToText(entry.rendered?.html ?? '') }));
    return buildRegister({ parties, dataCategories, protocols: withText }, buildDate());
  })();
  return cached;
}
