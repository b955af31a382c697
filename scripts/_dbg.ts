import { resolve } from 'node:path';
import { readContentFolder } from '../src/lib/content/read.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { pdfPages } from '../src/lib/import/pdf.ts';
import { draftProtocol } from '../src/lib/import/draft.ts';
import { corpus, renderPdf } from '../tests/support/import-corpus.ts';
const content = validateContent(readContentFolder(resolve('tests/fixtures/content')));
const register = { parties: new Map(content.parties.map((p) => [p.id, p.data])), dataCategories: new Map(content.dataCategories.map((c) => [c.id, c.data])) };
const which = process.argv[2] ?? 'c1';
for (const protocol of corpus.filter((p) => p.file.startsWith(which))) {
  const pages = await pdfPages(await renderPdf(protocol));
  if (process.argv[3] === 'text') console.log(pages.join('\n=====PAGE=====\n'));
  const d = draftProtocol(pages, register, protocol.file);
  const { title, subject, documentDate, parties, flows, entryIntoForce, end, periodicity, channel, legalBasis } = d.data as any;
  console.log(JSON.stringify({ title, subject, documentDate, parties, items: flows[0].dataItems.map((i: any) => [i.label, i.description.slice(0, 60), i.dataCategories]), entryIntoForce, end, periodicity, channel: channel.type, gdpr: legalBasis.gdpr, newParties: d.newParties.map((n) => n.slug) }, null, 1));
}
