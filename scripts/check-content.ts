// npm run check [-- <content folder>]: validates every content file and lists every problem.
// Exit code 1 when there is at least one error; warnings alone do not fail.
import { resolve } from 'node:path';
import { readContentFolder } from '../src/lib/content/read.ts';
import { formatIssues, hasErrors, validateContent, type ValidatedContent } from '../src/lib/content/validate.ts';
import { processBodies } from '../src/lib/content/parallel.ts';
import { buildDate, ConfigError } from '../src/lib/site/config.ts';

/** Validates the folder and prints the report; returns the result when there is no error. */
export async function checkContent(contentDir: string): Promise<ValidatedContent | undefined> {
  const raw = readContentFolder(contentDir);
  const result = validateContent(raw, await processBodies(raw.protocols), { today: checkDate() });
  console.log(
    `Inhoud gecontroleerd in ${contentDir}: ${result.protocols.length} protocollen, ${result.parties.length} partijen, ${result.dataCategories.length} gegevenscategorieën.`,
  );
  if (result.issues.length > 0) console.log(formatIssues(result.issues));
  return hasErrors(result.issues) ? undefined : result;
}

/** The day date-driven warnings (a review date that has passed) are computed for: BUILD_DATE, else today. */
function checkDate(): string | undefined {
  try {
    return buildDate();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.log(`Let op: ${error.message}; datums zoals herzieningsdatums worden niet gecontroleerd.`);
      return undefined;
    }
    throw error;
  }
}

if (import.meta.main) {
  const dir = resolve(process.argv[2] ?? process.env.REGISTER_CONTENT_DIR ?? 'content');
  process.exit((await checkContent(dir)) ? 0 : 1);
}
