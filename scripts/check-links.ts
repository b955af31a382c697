// npm run check-links [-- <content-dir>]: checks every external address in the protocols and
// party files and prints a Dutch Markdown report (the weekly workflow writes it to the run's
// summary). Always exits 0 when the check ran: a broken link on someone else's website is a
// finding to follow up, not a failure of the register.
import { resolve } from 'node:path';
import { readContentFolder } from '../src/lib/content/read.node.ts';
import { contentDir as contentFolder } from '../src/lib/site/config.node.ts';
import { checkLinks, externalLinks, formatLinkReport } from '../src/lib/repository/links.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = contentFolder(process.argv[2]);
const links = externalLinks(readContentFolder(contentDir, root));
const results = await checkLinks(links);
process.stdout.write(formatLinkReport(results));
