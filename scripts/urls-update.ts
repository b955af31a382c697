// npm run urls:update [-- <content folder>]: adds every URL the content now publishes to the
// ledger of published URLs (<content>/published-urls.txt). It never removes a URL: taking one
// out is a deliberate line in a pull request. Commit the ledger with your change.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadContent } from '../src/lib/repository/load.node.ts';
import { contentDir } from '../src/lib/site/config.node.ts';
import { currentUrls, formatLedger, ledgerFileName, parseLedger } from '../src/lib/repository/url-ledger.ts';

const dir = contentDir(process.argv[2]);
const file = join(dir, ledgerFileName);
const ledger = existsSync(file) ? parseLedger(readFileSync(file, 'utf8')) : [];
// Files with errors publish nothing yet: the URLs of the valid entries are added (npm run check reports the rest).
const content = await loadContent(dir);
const added = currentUrls(content).filter((url) => !ledger.includes(url));
writeFileSync(file, formatLedger([...ledger, ...added]));
console.log(
  added.length === 0
    ? `${relative(process.cwd(), file)} is bijgewerkt: geen nieuwe URL's.`
    : `${relative(process.cwd(), file)}: ${added.length} nieuwe URL's toegevoegd:\n${added.map((u) => `  ${u}`).join('\n')}\nCommit dit bestand met uw wijziging.`,
);
