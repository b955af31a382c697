// npm run urls:update [-- <content folder>]: adds every URL the content now publishes to the
// ledger of published URLs (<content>/published-urls.txt). It never removes a URL: taking one
// out is a deliberate line in a pull request. Commit the ledger with your change.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readContentFolder } from '../src/lib/content/read.node.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { currentUrls, formatLedger, ledgerFileName, parseLedger } from '../src/lib/repository/url-ledger.ts';

const dir = resolve(process.argv[2] ?? process.env.REGISTER_CONTENT_DIR ?? 'content');
const file = join(dir, ledgerFileName);
const ledger = existsSync(file) ? parseLedger(readFileSync(file, 'utf8')) : [];
const content = validateContent(readContentFolder(dir));
const added = currentUrls(content).filter((url) => !ledger.includes(url));
writeFileSync(file, formatLedger([...ledger, ...added]));
console.log(
  added.length === 0
    ? `${relative(process.cwd(), file)} is bijgewerkt: geen nieuwe URL's.`
    : `${relative(process.cwd(), file)}: ${added.length} nieuwe URL's toegevoegd:\n${added.map((u) => `  ${u}`).join('\n')}\nCommit dit bestand met uw wijziging.`,
);
